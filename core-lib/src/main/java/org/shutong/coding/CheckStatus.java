package org.shutong.coding;

import org.apiguardian.api.API;

/** The verdict on one code, as {@link CodingSystem#validate(String)} gives it. */
@API(status = API.Status.STABLE, since = "0.1")
public enum CheckStatus {
  /** In the table and a leaf (a code to be used in coding); possibly after normalisation. */
  VALID,
  /**
   * In the table (or implied by it) but not a leaf: a 类目/亚目/细目 that groups codes; the record
   * should carry one of its leaf codes ({@link CodingSystem#children(String)}).
   */
  NOT_LEAF,
  /** Has the form of a code of this system but is not in the table. */
  UNKNOWN,
  /** Normalisation leads to two or more codes; none is chosen ({@link CodeCheck#candidates()}). */
  AMBIGUOUS,
  /** Not a code of this system at all: control characters, too long, a name, a wrong shape. */
  MALFORMED
}
