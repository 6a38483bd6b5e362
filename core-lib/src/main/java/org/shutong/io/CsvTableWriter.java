package org.shutong.io;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.List;
import org.shutong.i18n.Messages;

/**
 * RFC 4180 CSV/TSV: fields quoted only when they contain the delimiter, a quote or a line break;
 * records end with CRLF. UTF-8 (optionally with a BOM, which Excel needs to open Chinese CSV) or
 * GB18030.
 */
final class CsvTableWriter extends BaseTableWriter {
  private final Writer w;
  private final char delim;

  CsvTableWriter(AtomicOutput out, OutputEncoding enc, char delim, Messages m) {
    super(out, m, enc.charset().name());
    this.w = new OutputStreamWriter(out.stream(), enc.charset().newEncoder());
    this.delim = delim;
    if (enc.bom()) {
      try {
        w.write('\uFEFF');
      } catch (IOException e) {
        throw failed(e);
      }
    }
  }

  @Override
  public void writeHeader(List<String> header) {
    this.header = List.copyOf(header);
    write(header, 0);
  }

  @Override
  public void writeRow(List<String> values) {
    write(values, ++row);
  }

  private void write(List<String> values, long line) {
    try {
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          w.write(delim);
        }
        String v = values.get(i);
        if (v != null && !v.isEmpty()) {
          if (needsQuote(v, line, i)) {
            w.write('"');
            w.write(v.indexOf('"') < 0 ? v : v.replace("\"", "\"\""));
            w.write('"');
          } else {
            w.write(v);
          }
        }
      }
      w.write("\r\n");
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /** Whether {@code v} must be quoted; also checks that it is valid text. */
  private boolean needsQuote(String v, long line, int col) {
    boolean quote = false;
    boolean checked = false;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == delim || c == '"' || c == '\n' || c == '\r') {
        quote = true;
      } else if (!checked && Character.isSurrogate(c)) {
        checkText(v, line, col);
        checked = true;
      }
    }
    return quote;
  }

  @Override
  public void commit() {
    try {
      w.flush();
    } catch (IOException e) {
      throw failed(e);
    }
    out.commit();
  }
}
