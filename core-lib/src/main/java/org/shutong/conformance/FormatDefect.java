package org.shutong.conformance;

import org.apiguardian.api.API;

/**
 * How a value breaks its data element's representation format (WS 363.1-2011 clause 5.2 / WS/T
 * 303-2009, 数据元值的表示格式). {@link #NONE} when it conforms.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum FormatDefect {
  /** The value conforms. */
  NONE,
  /** Too short or too long for the length the format gives (fixed, up to a maximum, or a range). */
  LENGTH,
  /** A character the type does not allow: a digit in {@code A}, a letter in {@code N}, a control character. */
  CHARACTERS,
  /** A number of format {@code Nx,d} without exactly {@code d} digits after one decimal point. */
  DECIMALS,
  /** Not a date written {@code YYYYMMDD} ({@code D8}), or not a real date. */
  DATE,
  /** Not a date-time written {@code YYYYMMDDThhmmss} ({@code DT15}), or not a real one. */
  DATETIME,
  /** Not a time written {@code hhmmss} ({@code T6}), or not a real one. */
  TIME,
  /** Not {@code T} or {@code F} (boolean format {@code T/F}). */
  BOOLEAN
}
