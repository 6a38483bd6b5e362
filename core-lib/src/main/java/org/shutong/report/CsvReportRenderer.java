package org.shutong.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.shutong.i18n.Lang;

/** One finding a row, UTF-8 with BOM so that Excel shows the Chinese text. Header in ASCII keys. */
final class CsvReportRenderer implements ReportRenderer {
  @Override
  public void render(Report r, OutputStream out, Lang lang) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write('\uFEFF');
    w.write("ruleId,severity,file,record,line,field,value,message\r\n");
    for (Finding f : r.findings()) {
      cell(w, f.ruleId());
      w.write(',');
      cell(w, f.severity().label());
      w.write(',');
      cell(w, f.file());
      w.write(',');
      cell(w, f.record() > 0 ? Long.toString(f.record()) : "");
      w.write(',');
      cell(w, f.line() > 0 ? Long.toString(f.line()) : "");
      w.write(',');
      cell(w, f.field());
      w.write(',');
      cell(w, f.value());
      w.write(',');
      cell(w, f.message());
      w.write("\r\n");
    }
    w.flush();
  }

  private static void cell(Writer w, String s) throws IOException {
    if (s == null || s.isEmpty()) {
      return;
    }
    boolean quote = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        quote = true;
        break;
      }
    }
    if (!quote) {
      w.write(s);
      return;
    }
    w.write('"');
    w.write(s.replace("\"", "\"\""));
    w.write('"');
  }
}
