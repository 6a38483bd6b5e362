package org.shutong.drg;

import java.util.List;
import org.apiguardian.api.API;

/**
 * How a record's CHS-DRG group changes under the coding choices a coder weighs: each secondary
 * diagnosis dropped or promoted to principal, each procedure dropped or promoted to main. Immutable.
 *
 * @param record the record as coded
 * @param baseline its group as coded
 * @param scenarios one variant per change, in record order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record WhatIf(DrgRecord record, DrgResult baseline, List<Scenario> scenarios) {

  /** Copies the scenarios. */
  public WhatIf {
    scenarios = List.copyOf(scenarios);
  }

  /** The kinds of change. */
  public enum Change {
    /** The secondary diagnosis is left out. */
    DROP_DIAGNOSIS,
    /** The secondary diagnosis becomes the principal; the principal takes its place. */
    PROMOTE_DIAGNOSIS,
    /** The procedure is left out (the next one becomes main if it was the main one). */
    DROP_PROCEDURE,
    /** The procedure becomes the main procedure; the main one takes its place. */
    PROMOTE_PROCEDURE
  }

  /**
   * One variant.
   *
   * @param change what was changed
   * @param index the position of the code in the record's diagnoses or procedures (0 = principal
   *     / main)
   * @param code the code changed
   * @param name its name in the table set, or {@code null} if unknown
   * @param result the group of the variant
   * @param changed whether status, MDC, ADRG or DRG differ from the baseline
   */
  public record Scenario(Change change, int index, String code, String name, DrgResult result,
      boolean changed) {}
}
