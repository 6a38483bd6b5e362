package org.shutong.report;

import java.io.IOException;
import java.io.OutputStream;
import org.shutong.i18n.Lang;

/** TODO(foundation): Xlsx renderer. */
final class XlsxReportRenderer implements ReportRenderer {
  @Override
  public void render(Report r, OutputStream out, Lang lang) throws IOException {
    throw new UnsupportedOperationException("Xlsx report not implemented yet");
  }
}
