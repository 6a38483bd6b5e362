package org.shutong.io;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.List;
import org.shutong.i18n.Messages;

/** RFC 4180 CSV/TSV: fields quoted only when they contain the delimiter, a quote or a line break; CRLF. */
final class CsvTableWriter implements TableWriter {
  private final AtomicOutput out;
  private final Writer w;
  private final char delim;
  private final Messages m;

  CsvTableWriter(AtomicOutput out, OutputEncoding enc, char delim, Messages m) {
    this.out = out;
    this.w = new OutputStreamWriter(out.stream(), enc.charset().newEncoder());
    this.delim = delim;
    this.m = m;
    if (enc.bom()) {
      write("\uFEFF");
    }
  }

  @Override
  public void writeHeader(List<String> header) {
    writeRow(header);
  }

  @Override
  public void writeRow(List<String> values) {
    try {
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          w.write(delim);
        }
        String v = values.get(i);
        if (v != null && !v.isEmpty()) {
          if (needsQuote(v)) {
            w.write('"');
            w.write(v.replace("\"", "\"\""));
            w.write('"');
          } else {
            w.write(v);
          }
        }
      }
      w.write("\r\n");
    } catch (IOException e) {
      throw new OutputException(out.target().toString(), m.get("out.failed", out.target(), e.getMessage()), e);
    }
  }

  private boolean needsQuote(String v) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == delim || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  private void write(String s) {
    try {
      w.write(s);
    } catch (IOException e) {
      throw new OutputException(out.target().toString(), m.get("out.failed", out.target(), e.getMessage()), e);
    }
  }

  @Override
  public void commit() {
    try {
      w.flush();
    } catch (IOException e) {
      throw new OutputException(out.target().toString(), m.get("out.failed", out.target(), e.getMessage()), e);
    }
    out.commit();
  }

  @Override
  public void close() {
    out.close();
  }
}
