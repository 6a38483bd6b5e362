package org.shutong.report;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A titled table that a command adds to its report for people to read (indicators, per-rule
 * summaries, scores). Text, HTML and XLSX renderers show it; JSON carries the command's own typed
 * keys instead (see {@link Report#extras()}).
 *
 * @param id stable ASCII id (used as anchor, sheet name fallback)
 * @param title title in the run's language
 * @param columns column titles
 * @param rows rows of cell values; numbers stay numbers so XLSX can sum them
 * @param note optional explanation (definitions, sources), or {@code null}
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ReportTable(
    String id, String title, List<String> columns, List<List<Object>> rows, String note) {

  /** Copies the lists. */
  public ReportTable {
    columns = List.copyOf(columns);
    rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
  }
}
