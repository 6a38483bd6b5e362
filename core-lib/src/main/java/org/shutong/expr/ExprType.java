package org.shutong.expr;

import java.util.Locale;
import org.apiguardian.api.API;

/** The static type of an expression of the Shutong rule language. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ExprType {
  /** True, false or unknown. */
  BOOL,
  /** A number (double precision). */
  NUMBER,
  /** Text. */
  TEXT,
  /** A date or date-time (seconds since 1970-01-01, local time; a date is its midnight). */
  TIME;

  /** Lower-case name for messages. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
