package org.shutong.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import org.shutong.i18n.Messages;

/**
 * RFC 4180 CSV/TSV: fields quoted only when they contain the delimiter, a quote or a line break;
 * records end with CRLF. UTF-8 (optionally with a BOM, which Excel needs to open Chinese CSV) or
 * GB18030.
 *
 * <p>Values are copied in bulk into a char buffer ({@link String#getChars}) and checked there; a
 * field that needs no quotes (the common case) costs one copy and one scan. The buffer is encoded
 * a whole buffer at a time, so the encoder's per-call cost is paid per 32K characters rather than
 * per field.
 */
final class CsvTableWriter extends BaseTableWriter {
  /** Characters buffered before encoding. */
  static final int CHARS = 1 << 15;

  private final CharsetEncoder encoder;
  private final char delim;
  /** For ASCII characters: whether one makes a value need quotes (delimiter, quote, CR, LF). */
  private final boolean[] special = new boolean[128];
  private final char[] buf = new char[CHARS];
  private final CharBuffer chars = CharBuffer.wrap(buf);
  private final byte[] bytes;
  private final ByteBuffer byteBuf;
  private int len;

  CsvTableWriter(AtomicOutput out, OutputEncoding enc, char delim, Messages m) {
    super(out, m, enc.charset().name());
    this.encoder = enc.charset().newEncoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.bytes = new byte[(int) Math.ceil(CHARS * (double) encoder.maxBytesPerChar())];
    this.byteBuf = ByteBuffer.wrap(bytes);
    this.delim = delim;
    for (char c : new char[] {delim, '"', '\n', '\r'}) {
      if (c < 128) {
        special[c] = true;
      }
    }
    if (enc.bom()) {
      buf[len++] = '\uFEFF';
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
    int n = values.size();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        put(delim);
      }
      String v = values.get(i);
      if (v != null && !v.isEmpty()) {
        field(v, line, i);
      }
    }
    if (len + 2 > CHARS) {
      flushChars(false);
    }
    buf[len++] = '\r';
    buf[len++] = '\n';
  }

  private void put(char c) {
    if (len == CHARS) {
      flushChars(false);
    }
    buf[len++] = c;
  }

  /** Appends one non-empty value: copied as is when it needs no quotes, else quoted. */
  private void field(String v, long line, int col) {
    int n = v.length();
    if (n > CHARS - len) {
      flushChars(false);
      if (n > CHARS - len) {
        slowField(v, line, col);
        return;
      }
    }
    int start = len;
    v.getChars(0, n, buf, start);
    final char d = delim;
    final boolean[] sp = special;
    for (int j = start, end = start + n; j < end; j++) {
      char c = buf[j];
      if (c < 128 ? sp[c] : (c == d || Character.isSurrogate(c))) {
        // rare: the value needs quotes or holds surrogates; redo it carefully
        slowField(v, line, col);
        return;
      }
    }
    len = start + n;
  }

  /** A value that needs quoting or checking, or is longer than the buffer. */
  private void slowField(String v, long line, int col) {
    boolean quote = needsQuote(v, line, col);
    if (quote) {
      put('"');
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (quote && c == '"') {
        put('"');
      }
      put(c);
    }
    if (quote) {
      put('"');
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

  /**
   * Encodes the buffered characters and writes the bytes. A high surrogate at the very end (a pair
   * cut by the buffer's end) stays for the next round.
   */
  private void flushChars(boolean end) {
    chars.limit(len).position(0);
    try {
      while (true) {
        CoderResult r = encoder.encode(chars, byteBuf, end);
        if (r.isOverflow()) {
          drain();
        } else if (r.isUnderflow()) {
          break;
        } else {
          r.throwException();
        }
      }
      if (end) {
        while (encoder.flush(byteBuf).isOverflow()) {
          drain();
        }
      }
      drain();
    } catch (CharacterCodingException e) {
      throw failed(e);
    }
    int rest = chars.remaining();
    if (rest > 0) {
      System.arraycopy(buf, chars.position(), buf, 0, rest);
    }
    len = rest;
  }

  private void drain() {
    if (byteBuf.position() > 0) {
      try {
        out.stream().write(bytes, 0, byteBuf.position());
      } catch (IOException e) {
        throw failed(e);
      }
      byteBuf.clear();
    }
  }

  @Override
  public void commit() {
    flushChars(true);
    out.commit();
  }
}
