package org.shutong.report;

import java.io.IOException;
import java.io.OutputStream;
import org.shutong.i18n.Lang;

/** TODO(foundation): Junit renderer. */
final class JunitReportRenderer implements ReportRenderer {
  @Override
  public void render(Report r, OutputStream out, Lang lang) throws IOException {
    throw new UnsupportedOperationException("Junit report not implemented yet");
  }
}
