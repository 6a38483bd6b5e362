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

  /** The renderer for a format, with {@link RenderOptions#defaults() default options}. */
  static ReportRenderer of(ReportFormat format) {
    return of(format, RenderOptions.defaults());
  }

  /** The renderer for a format, with options (colour applies to {@link ReportFormat#TEXT} only). */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  static ReportRenderer of(ReportFormat format, RenderOptions options) {
    return switch (format) {
      case JSON -> new JsonReportRenderer();
      case TEXT -> new TextReportRenderer(options.colour());
      case CSV -> new CsvReportRenderer();
      case JUNIT -> new JunitReportRenderer();
      case HTML -> new HtmlReportRenderer();
      case XLSX -> new XlsxReportRenderer();
    };
  }
}
