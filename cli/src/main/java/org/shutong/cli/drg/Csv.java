package org.shutong.cli.drg;

import java.io.PrintWriter;
import java.util.List;

/** RFC 4180 lines for CSV written to standard output (files go through {@code io.TableWriters}). */
final class Csv {
  private Csv() {}

  static void line(PrintWriter out, List<String> cells) {
    StringBuilder sb = new StringBuilder(128);
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String v = cells.get(i);
      if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
        sb.append('"').append(v.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(v);
      }
    }
    out.print(sb);
    out.print("\r\n");
  }
}
