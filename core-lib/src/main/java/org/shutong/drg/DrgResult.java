package org.shutong.drg;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.report.Severity;

/**
 * The CHS-DRG group of one record (the grouper's result: status, MDC, ADRG, DRG) with the names
 * from the table set, the input issues found, why it could not be grouped, and, when asked for
 * ({@link Grouper#explain}), the ordered trace of decisions. Immutable.
 *
 * @param status grouped, ungroupable or invalid
 * @param mdc the MDC code ({@code MDCG}), or {@code null} unless grouped
 * @param mdcName its Chinese name, or {@code null}
 * @param adrg the ADRG code ({@code GZ1}), or {@code null} unless grouped
 * @param adrgName its Chinese name, or {@code null}
 * @param drg the DRG code ({@code GZ13}), or {@code null} unless grouped
 * @param drgName its Chinese name, or {@code null}
 * @param cause why an {@link DrgStatus#UNGROUPABLE} record is so, else {@code null}
 * @param issues input problems: errors for {@link DrgStatus#INVALID}, warnings otherwise
 * @param trace the decisions in order; empty unless produced by {@link Grouper#explain}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DrgResult(
    DrgStatus status,
    String mdc,
    String mdcName,
    String adrg,
    String adrgName,
    String drg,
    String drgName,
    UngroupableCause cause,
    List<DrgIssue> issues,
    List<TraceStep> trace) {

  /** Checks the status and copies the lists. */
  public DrgResult {
    Objects.requireNonNull(status, "status");
    issues = issues == null ? List.of() : List.copyOf(issues);
    trace = trace == null ? List.of() : List.copyOf(trace);
  }

  /** Whether the record got a DRG. */
  public boolean grouped() {
    return status == DrgStatus.GROUPED;
  }

  /**
   * Why the record is not grouped, in one line (the {@code note} of {@code drg group}'s CSV and JSON
   * outputs): the ungroupable cause, or the first error of an invalid record; {@code null} for a
   * grouped record.
   */
  public String note(Lang lang) {
    return switch (status) {
      case GROUPED -> null;
      case UNGROUPABLE -> cause.message(lang);
      case INVALID -> {
        for (DrgIssue i : issues) {
          if (i.severity() == Severity.ERROR) {
            yield i.message(lang);
          }
        }
        yield null;
      }
    };
  }

  /** Whether {@code other} has the same status, MDC, ADRG and DRG. */
  public boolean sameGroup(DrgResult other) {
    return status == other.status
        && Objects.equals(mdc, other.mdc)
        && Objects.equals(adrg, other.adrg)
        && Objects.equals(drg, other.drg);
  }
}
