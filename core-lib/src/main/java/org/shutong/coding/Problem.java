package org.shutong.coding;

import org.apiguardian.api.API;

/** Why a code is {@link CheckStatus#MALFORMED}. */
@API(status = API.Status.STABLE, since = "0.1")
public enum Problem {
  /** Nothing but spaces or quotes. */
  EMPTY,
  /** Longer than any code can be ({@link CodingSystem#MAX_CODE_LENGTH} characters). */
  TOO_LONG,
  /** Contains a control character (tab, NUL, a line break …). */
  CONTROL_CHARACTER,
  /** Contains Chinese characters: a name where a code belongs. */
  LOOKS_LIKE_NAME,
  /** Does not have the shape of a code of this system. */
  BAD_SHAPE
}
