package org.shutong.drg;

import java.util.List;
import org.apiguardian.api.API;
import org.shutong.io.Row;

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
}
