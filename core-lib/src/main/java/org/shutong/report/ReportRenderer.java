package org.shutong.report;

import java.io.IOException;
import java.io.OutputStream;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;

/** Writes a {@link Report} in one {@link ReportFormat}. Implementations are stateless. */
@API(status = API.Status.STABLE, since = "0.1")
public interface ReportRenderer {
  /**
   * Writes the report to {@code out} (UTF-8 for text formats). Does not close {@code out}.
   *
   * @param lang language of headings and labels (messages in findings are already localised)
   */
  void render(Report report, OutputStream out, Lang lang) throws IOException;

  /** The renderer for a format. */
  static ReportRenderer of(ReportFormat format) {
    return switch (format) {
      case JSON -> new JsonReportRenderer();
      case TEXT -> new TextReportRenderer();
      case CSV -> new CsvReportRenderer();
      case JUNIT -> new JunitReportRenderer();
      case HTML -> new HtmlReportRenderer();
      case XLSX -> new XlsxReportRenderer();
    };
  }
}
