package org.shutong.io;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.shutong.i18n.Messages;
import org.shutong.report.Finding;
import org.shutong.report.FindingSink;
import org.shutong.report.Severity;

/**
 * RFC 4180 reader over a char buffer: quoted fields with doubled quotes, delimiters and line breaks
 * inside quotes, CRLF/LF/CR, blank lines and lines of delimiters only (Excel's empty rows) skipped. Each record is parsed straight out of the buffer;
 * when a record runs past the buffer's end the buffer is compacted (or grown) and the record parsed
 * again, so the common case copies every character once, into its field's String.
 */
final class CsvTableReader extends StreamingTableReader {
  static final int INITIAL_BUFFER = 1 << 16;
  /** Longest record accepted (characters); longer ones are reported and skipped. */
  static final int MAX_RECORD_CHARS = 1 << 25;

  private static final int RECORD = 0;
  private static final int END = 1;
  private static final int NEED_MORE = 2;
  private static final int BAD_QUOTE = 3;

  private final DecodingReader reader;
  private final InputEncoding choice;
  private final long size;
  private final char delim;

  private char[] buf = new char[INITIAL_BUFFER];
  private int pos;
  private int limit;
  private boolean eof;
  private long line = 1;
  private long recordStartLine;
  private long quoteStartLine;

  private String[] fields = new String[64];
  private int nfields;
  private final List<String> header;
  private final long headerLine;
  private final int width;

  CsvTableReader(DecodingReader reader, TableSource source, InputEncoding choice, long size,
      char delimiter, FindingSink problems, Messages messages) {
    super(source, problems, messages);
    this.reader = reader;
    this.choice = choice;
    this.size = size;
    this.delim = delimiter;
    int status = parse();
    if (status == BAD_QUOTE) {
      close();
      throw new InputException(name, quoteStartLine, 0, messages.get("in.headerQuote", name, quoteStartLine), null);
    }
    if (status != RECORD) {
      close();
      throw new InputException(name, messages.get("in.empty", name));
    }
    this.headerLine = recordStartLine;
    String[] h = Arrays.copyOf(fields, nfields);
    for (int i = 0; i < h.length; i++) {
      h[i] = h[i].strip();
    }
    this.header = Collections.unmodifiableList(Arrays.asList(h));
    this.width = h.length;
  }

  /** Guesses the delimiter from the header line: the most frequent of , TAB ; | outside quotes. */
  static char guessDelimiter(byte[] head, int n) {
    int comma = 0;
    int tab = 0;
    int semi = 0;
    int pipe = 0;
    boolean q = false;
    for (int i = 0; i < n; i++) {
      byte b = head[i];
      if (b == '"') {
        q = !q;
      } else if (!q && (b == '\n' || b == '\r')) {
        break;
      } else if (!q) {
        switch (b) {
          case ',' -> comma++;
          case '\t' -> tab++;
          case ';' -> semi++;
          case '|' -> pipe++;
          default -> {}
        }
      }
    }
    if (tab > comma && tab >= semi && tab >= pipe) {
      return '\t';
    }
    if (semi > comma && semi > pipe) {
      return ';';
    }
    if (pipe > comma) {
      return '|';
    }
    return ',';
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public long headerLine() {
    return headerLine;
  }

  @Override
  public double progress() {
    return size <= 0 ? -1 : Math.min(1.0, (double) reader.bytesTaken() / size);
  }

  @Override
  Row advance() {
    while (true) {
      int status = parse();
      if (status == END) {
        return null;
      }
      if (status == RECORD && allEmpty()) {
        continue;
      }
      records++;
      if (status == BAD_QUOTE) {
        problems.accept(new Finding("IO-UNTERMINATED-QUOTE", Severity.ERROR, name, records,
            quoteStartLine, null, null, messages.get("in.unterminatedQuote", name, quoteStartLine, records)));
        return null;
      }
      if (nfields != width) {
        ragged(recordStartLine, "in.ragged", nfields, width);
        continue;
      }
      return new Row(name, records, recordStartLine, Arrays.copyOf(fields, width));
    }
  }

  /**
   * Whether the record just parsed has no value at all: a line of delimiters only ({@code ,,,,}),
   * which is how Excel saves an empty row. Like a blank line (and like an empty row of a worksheet)
   * it is not a record.
   */
  private boolean allEmpty() {
    for (int i = 0; i < nfields; i++) {
      if (!fields[i].isEmpty()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException ignored) {
      // nothing was written; closing a read-only stream has no consequence
    }
  }

  /** Parses the next record into {@link #fields}; returns RECORD, END or BAD_QUOTE. */
  private int parse() {
    while (true) {
      int s = tryParse();
      if (s != NEED_MORE) {
        return s;
      }
      fill();
    }
  }

  private void fill() {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      pos = 0;
    } else if (limit == buf.length) {
      if (buf.length >= MAX_RECORD_CHARS) {
        skipOversized();
        return;
      }
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    try {
      int r = reader.read(buf, limit, buf.length - limit);
      if (r < 0) {
        eof = true;
      } else {
        limit += r;
      }
    } catch (DecodingReader.Malformed e) {
      close();
      throw EncodingSniffer.decodeFailure(source.path(), name, source.encoding(), choice, e.offset, messages, e);
    } catch (IOException e) {
      throw new InputException(name, line, 0, messages.get("in.readFailed", name, e.getMessage()), e);
    }
  }

  /** Drops a record longer than {@link #MAX_RECORD_CHARS}, reporting it once, and resumes after it. */
  private void skipOversized() {
    long start = line;
    records++;
    problems.accept(new Finding("IO-RECORD-TOO-LONG", Severity.ERROR, name, records, start, null, null,
        messages.get("in.tooLong", name, records, start, MAX_RECORD_CHARS)));
    boolean inQuotes = false;
    try {
      while (true) {
        for (int i = pos; i < limit; i++) {
          char c = buf[i];
          if (c == '"') {
            inQuotes = !inQuotes;
          } else if (c == '\n') {
            line++;
            if (!inQuotes) {
              pos = i + 1;
              return;
            }
          }
        }
        pos = 0;
        int r;
        try {
          r = reader.read(buf, 0, buf.length);
        } catch (DecodingReader.Malformed e) {
          close();
          throw EncodingSniffer.decodeFailure(source.path(), name, source.encoding(), choice, e.offset, messages, e);
        }
        if (r < 0) {
          eof = true;
          limit = 0;
          return;
        }
        limit = r;
      }
    } catch (IOException e) {
      throw new InputException(name, line, 0, messages.get("in.readFailed", name, e.getMessage()), e);
    }
  }

  private int tryParse() {
    final char[] b = buf;
    final int lim = limit;
    final char d = delim;
    final char hi = d > '\r' ? d : '\r';
    int p = pos;
    long ln = line;
    // skip blank lines
    while (true) {
      if (p >= lim) {
        if (eof) {
          pos = p;
          line = ln;
          return END;
        }
        return NEED_MORE;
      }
      char c = b[p];
      if (c == '\n') {
        p++;
        ln++;
      } else if (c == '\r') {
        if (p + 1 >= lim && !eof) {
          return NEED_MORE;
        }
        p++;
        if (p < lim && b[p] == '\n') {
          p++;
        }
        ln++;
      } else {
        break;
      }
    }
    long startLine = ln;
    nfields = 0;
    while (true) {
      if (p < lim && b[p] == '"') {
        int q = p + 1;
        boolean escapes = false;
        long quoteLine = ln;
        while (true) {
          if (q >= lim) {
            if (!eof) {
              return NEED_MORE;
            }
            quoteStartLine = quoteLine;
            recordStartLine = startLine;
            pos = lim;
            line = ln;
            return BAD_QUOTE;
          }
          char c = b[q];
          if (c > '"') {
            q++;
            continue;
          }
          if (c == '"') {
            if (q + 1 >= lim && !eof) {
              return NEED_MORE;
            }
            if (q + 1 < lim && b[q + 1] == '"') {
              escapes = true;
              q += 2;
              continue;
            }
            break;
          }
          if (c == '\n') {
            ln++;
          } else if (c == '\r') {
            if (q + 1 >= lim && !eof) {
              return NEED_MORE;
            }
            if (q + 1 >= lim || b[q + 1] != '\n') {
              ln++;
            }
          }
          q++;
        }
        String v = escapes ? unescape(b, p + 1, q) : new String(b, p + 1, q - p - 1);
        p = q + 1;
        int r = p;
        while (r < lim) {
          char c = b[r];
          if (c == d || c == '\n' || c == '\r') {
            break;
          }
          r++;
        }
        if (r >= lim && !eof) {
          return NEED_MORE;
        }
        if (r > p) {
          v = v + new String(b, p, r - p);
        }
        p = r;
        add(v);
      } else {
        int q = p;
        while (q < lim) {
          char c = b[q];
          // one comparison for almost every character: the specials are all at or below 'hi'
          if (c <= hi && (c == d || c == '\n' || c == '\r')) {
            break;
          }
          q++;
        }
        if (q >= lim && !eof) {
          return NEED_MORE;
        }
        add(q == p ? "" : new String(b, p, q - p));
        p = q;
      }
      if (p >= lim) {
        pos = p;
        line = ln;
        recordStartLine = startLine;
        return RECORD;
      }
      char c = b[p];
      if (c == d) {
        p++;
        continue;
      }
      if (c == '\r') {
        if (p + 1 >= lim && !eof) {
          return NEED_MORE;
        }
        p++;
        if (p < lim && b[p] == '\n') {
          p++;
        }
      } else {
        p++;
      }
      ln++;
      pos = p;
      line = ln;
      recordStartLine = startLine;
      return RECORD;
    }
  }

  private void add(String v) {
    if (nfields == fields.length) {
      fields = Arrays.copyOf(fields, nfields * 2);
    }
    fields[nfields++] = v;
  }

  private static String unescape(char[] b, int from, int to) {
    char[] out = new char[to - from];
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = b[i];
      out[n++] = c;
      if (c == '"') {
        i++;
      }
    }
    return new String(out, 0, n);
  }
}
