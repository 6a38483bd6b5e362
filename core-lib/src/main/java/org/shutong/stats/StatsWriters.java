package org.shutong.stats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.report.Report;

/**
 * Writes statistical submissions: XLSX as people submit them (a sheet per table, formatted
 * headings, subtotal and total lines, notes, a findings sheet), one self-contained HTML page with
 * SVG charts, and CSV of one table (UTF-8 with BOM so that Excel shows the Chinese text). Callers
 * write to an {@link org.shutong.io.AtomicOutput} stream so that a failed run leaves no file.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StatsWriters {
  private StatsWriters() {}

  /** Writes {@code doc} as an XLSX workbook; {@code report} (may be {@code null}) adds a findings sheet. */
  public static void xlsx(StatsDocument doc, Report report, OutputStream out, Lang lang) throws IOException {
    XlsxStatsWriter.write(doc, report, out, lang);
  }

  /** Writes {@code doc} as one HTML page; {@code report} (may be {@code null}) adds the findings. */
  public static void html(StatsDocument doc, Report report, OutputStream out, Lang lang) throws IOException {
    HtmlStatsWriter.write(doc, report, out, lang);
  }

  /**
   * Writes {@code table} as CSV: a heading line, then the lines; whole numbers plainly, decimals with
   * two places, shares as percentages ({@code 12.34%}). Notes are not written.
   */
  public static void csv(StatsTable table, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write('\uFEFF');
    for (int i = 0; i < table.columns().size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      cell(w, table.columns().get(i).title());
    }
    w.write("\r\n");
    for (StatsTable.Line l : table.lines()) {
      for (int i = 0; i < l.cells().size(); i++) {
        if (i > 0) {
          w.write(',');
        }
        Object v = l.cells().get(i);
        if (v instanceof Number n) {
          w.write(HtmlStatsWriter.format(n.doubleValue(), HtmlStatsWriter.effective(v, table.columns().get(i).type())));
        } else if (v != null) {
          cell(w, v.toString());
        }
      }
      w.write("\r\n");
    }
    w.flush();
  }

  private static void cell(Writer w, String s) throws IOException {
    boolean quote = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        quote = true;
        break;
      }
    }
    if (quote) {
      w.write('"');
      w.write(s.replace("\"", "\"\""));
      w.write('"');
    } else {
      w.write(s);
    }
  }
}
