package org.shutong.expr;

import org.apiguardian.api.API;

/**
 * Three-valued logic of the rule language: a comparison with a missing or unreadable value is
 * {@link #UNKNOWN}, and a rule fires only on a definite {@link #FALSE}, so that missing data is
 * reported by the rules about missing data, not by every rule that reads it (as in SQL).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Logic {
  /** True. */
  public static final int TRUE = 1;
  /** False. */
  public static final int FALSE = 0;
  /** Unknown: an operand was missing or unreadable. */
  public static final int UNKNOWN = -1;

  /** Value used for an unknown number. */
  public static final double NO_NUMBER = Double.NaN;
  /** Value used for an unknown time. */
  public static final long NO_TIME = Long.MIN_VALUE;

  private Logic() {}

  /** {@link #TRUE} or {@link #FALSE}. */
  public static int of(boolean b) {
    return b ? TRUE : FALSE;
  }

  static int not(int v) {
    return v == UNKNOWN ? UNKNOWN : 1 - v;
  }
}
