package org.shutong.stats;

import java.util.List;
import org.apiguardian.api.API;
import org.shutong.firstpage.FirstPageRecord;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.report.Finding;
import org.shutong.report.Severity;

/**
 * Decides whether a first-page record may be counted in the monthly statistics: the errors of the
 * first-page check ({@code shutong firstpage check}) exclude a record, and the statistics count the
 * excluded records by reason. This small interface is what the statistics need from the checker;
 * until the checker's library API is available, {@link #minimal(Lang)} stands in with the checks
 * without which a record cannot be tabulated at all.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface RecordScreen {
  /**
   * The error findings that exclude {@code record} (empty: count it). Called once per record whose
   * discharge falls in the months, in file order.
   */
  List<Finding> errors(FirstPageRecord record);

  /**
   * The checks the statistics cannot do without: 入院时间 (B12) readable, and not after 出院时间
   * (B15). Rule ids {@code STATS-FP-ADMISSION}, {@code STATS-FP-DATE-ORDER}.
   */
  static RecordScreen minimal(Lang lang) {
    Messages m = Messages.of("org.shutong.stats.messages", lang);
    String missing = m.get("fp.admissionMissing");
    String invalid = m.get("fp.admissionInvalid");
    return record -> {
      String admitted = record.raw("B12");
      long a = DateStamps.parse(admitted);
      if (!DateStamps.valid(a)) {
        return List.of(new Finding("STATS-FP-ADMISSION", Severity.ERROR, record.row().source(), record.row().record(),
            record.row().line(), "B12", admitted.isBlank() ? null : admitted.strip(),
            a == DateStamps.EMPTY ? missing : invalid));
      }
      long d = DateStamps.parse(record.raw("B15"));
      if (DateStamps.valid(d) && DateStamps.epochSecond(a) > DateStamps.epochSecond(d)) {
        return List.of(new Finding("STATS-FP-DATE-ORDER", Severity.ERROR, record.row().source(), record.row().record(),
            record.row().line(), "B12", admitted.strip(), m.get("fp.dateOrder", record.raw("B15").strip())));
      }
      return List.of();
    };
  }
}
