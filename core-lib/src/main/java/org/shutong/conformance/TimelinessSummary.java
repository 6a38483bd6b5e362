package org.shutong.conformance;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Dates checked for 及时性, as {@code profile.timeliness} of the JSON report shows them.
 *
 * @param asOf the reference date (ISO), dates after it are in the future
 * @param windowFrom first expected date, or {@code null}
 * @param windowTo last expected date, or {@code null}
 * @param columns the columns checked (declared, or inferred as dates)
 * @param dateValues dates and date-times checked
 * @param future values after {@code asOf}
 * @param outsideWindow values before {@code windowFrom} or after {@code windowTo}
 * @param untimely values that are in the future or outside the window (each counted once)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record TimelinessSummary(String asOf, String windowFrom, String windowTo, List<String> columns,
    long dateValues, long future, long outsideWindow, long untimely) {
  /** Copies the list. */
  public TimelinessSummary {
    columns = List.copyOf(columns);
  }
}
