package org.shutong.drg;

import java.util.List;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.io.Row;
import org.shutong.report.Finding;
import org.shutong.report.FindingSink;
import org.shutong.report.Severity;

/**
 * How the rows of an input become grouping records: the adapter between a file layout (the 病案首页
 * columns, a 医保结算清单 export, a hospital's own extract) and the grouper. It also says which input
 * field each record value came from, so that a finding can name it ({@code C06x03C}, not "the third
 * secondary diagnosis").
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface DrgInputLayout {
  /** The grouping record of one row. */
  DrgRecord record(Row row);

  /**
   * The input's field code that a record value came from.
   *
   * @param field the record field
   * @param index for diagnoses and procedures, the position in the record's list (0 = principal /
   *     main), else 0
   */
  String field(Row row, DrgField field, int index);

  /** The row's case identifier (e.g. 病案号), or {@code ""} if the layout has none. */
  default String caseId(Row row) {
    return "";
  }

  /** Problems of the row that belong to the layout rather than the grouper (warnings). */
  default List<DrgIssue> issues(Row row) {
    return List.of();
  }

  /**
   * Reports one record's findings as {@code drg group} does, each on the input field it names: the
   * layout's issues, the grouper's issues, and why the record is ungroupable
   * ({@code DRG-UNGROUPABLE}, a warning on the principal diagnosis {@code C03C}).
   *
   * @param file the input's name, for the findings
   * @param r the record's result
   */
  default void findings(String file, Row row, DrgResult r, Lang lang, FindingSink sink) {
    for (DrgIssue i : issues(row)) {
      sink.accept(finding(file, row, i, lang));
    }
    for (DrgIssue i : r.issues()) {
      sink.accept(finding(file, row, i, lang));
    }
    if (r.status() == DrgStatus.UNGROUPABLE) {
      sink.accept(new Finding("DRG-UNGROUPABLE", Severity.WARNING, file, row.record(), row.line(), "C03C",
          r.cause().principal(), r.cause().message(lang)));
    }
  }

  /** One issue of the record as a finding on the input field it names. */
  private Finding finding(String file, Row row, DrgIssue i, Lang lang) {
    return new Finding(i.ruleId(), i.severity(), file, row.record(), row.line(), field(row, i.field(), i.index()),
        i.value(), i.message(lang));
  }
}
