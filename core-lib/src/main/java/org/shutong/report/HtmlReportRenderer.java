package org.shutong.report;

import java.io.IOException;
import java.io.OutputStream;
import org.shutong.i18n.Lang;

/** TODO(foundation): Html renderer. */
final class HtmlReportRenderer implements ReportRenderer {
  @Override
  public void render(Report r, OutputStream out, Lang lang) throws IOException {
    throw new UnsupportedOperationException("Html report not implemented yet");
  }
}
