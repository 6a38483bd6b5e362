package org.shutong.identifier;

import org.apiguardian.api.API;

/**
 * What is wrong with an identifier, as {@link IdentifierCheck#defect()} reports it. When a value has
 * several defects the first in this order is reported (see {@link Identifiers} for each check).
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Defect {
  /** Nothing: the identifier is valid. */
  NONE,
  /** The value is empty. */
  EMPTY,
  /** Wrong number of characters (or digits). */
  LENGTH,
  /** A character that the identifier may not contain (a letter in a number, a full-width digit). */
  CHARACTERS,
  /** Structure: a part is missing or misplaced (no area code, an e-mail address without domain). */
  FORMAT,
  /** A number segment (号段) or area code (区号) that is not allocated. */
  PREFIX,
  /** The birth date in a resident identity number is not a real date, or lies in the future. */
  BIRTH_DATE,
  /** The administrative-division code (GB/T 2260) is not in the region table. */
  REGION,
  /** The check digit or check character does not match the rest. */
  CHECK_DIGIT,
  /** Valid except for letter case: the standard requires upper case ({@code X}, not {@code x}). */
  CASE
}
