package org.shutong.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.shutong.i18n.Messages;

/**
 * Chooses the charset of a text input from its first bytes: a byte-order mark, else strict UTF-8,
 * else strict GB18030; rejects binary content. The decoder it returns is strict too, so bytes that
 * break the chosen encoding later in the file raise an error naming the line instead of turning
 * into replacement characters.
 */
final class EncodingSniffer {
  /** Bytes examined to choose an encoding. */
  static final int WINDOW = 1 << 20;

  static final Charset GB18030 = Charset.forName("GB18030");

  private EncodingSniffer() {}

  /** The decoded stream and the charset chosen. */
  static final class Decoded {
    final Reader reader;
    final Charset charset;
    final byte[] head;

    Decoded(Reader reader, Charset charset, byte[] head) {
      this.reader = reader;
      this.charset = charset;
      this.head = head;
    }
  }

  /** First bytes of {@code in} and how many were read (at most {@link #WINDOW}). */
  static byte[] readHead(InputStream in, int max) throws IOException {
    byte[] head = new byte[max];
    int n = 0;
    while (n < max) {
      int r = in.read(head, n, max - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    return n == max ? head : java.util.Arrays.copyOf(head, n);
  }

  /**
   * Opens {@code in} (positioned at the start of the file) as characters.
   *
   * @throws InputException if the content is binary or neither UTF-8 nor GB18030 (with AUTO), or
   *     does not decode in the chosen encoding
   */
  static Decoded open(InputStream in, InputEncoding choice, String name, Messages m) throws IOException {
    byte[] head = readHead(in, WINDOW);
    int n = head.length;
    int skip = 0;
    Charset cs;
    if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      cs = StandardCharsets.UTF_8;
      skip = 3;
    } else if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      cs = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      cs = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (n >= 4 && (head[0] & 0xFF) == 0x84 && (head[1] & 0xFF) == 0x31
        && (head[2] & 0xFF) == 0x95 && (head[3] & 0xFF) == 0x33) {
      cs = GB18030;
      skip = 4;
    } else {
      for (int i = 0; i < n; i++) {
        if (head[i] == 0) {
          throw new InputException(name, lineAt(head, i), 0, m.get("in.binary", name, lineAt(head, i)), null);
        }
      }
      if (choice != InputEncoding.AUTO) {
        cs = choice.charset();
        int bad = firstMalformed(head, 0, n, cs, n < WINDOW);
        if (bad >= 0) {
          throw new InputException(name, lineAt(head, bad), 0,
              m.get("in.badEncoding", name, cs.name(), lineAt(head, bad), bad + 1), null);
        }
      } else {
        int badUtf8 = firstMalformed(head, 0, n, StandardCharsets.UTF_8, n < WINDOW);
        if (badUtf8 < 0) {
          cs = StandardCharsets.UTF_8;
        } else if (firstMalformed(head, 0, n, GB18030, n < WINDOW) < 0) {
          cs = GB18030;
        } else {
          throw new InputException(name, lineAt(head, badUtf8), 0,
              m.get("in.unknownEncoding", name, lineAt(head, badUtf8), badUtf8 + 1), null);
        }
      }
    }
    if (choice != InputEncoding.AUTO && skip > 0 && !sameFamily(cs, choice.charset())) {
      // a BOM wins over a contradicting --encoding only for UTF-16; otherwise follow the user
      if (!cs.equals(StandardCharsets.UTF_16LE) && !cs.equals(StandardCharsets.UTF_16BE)) {
        cs = choice.charset();
      }
    }
    InputStream all = new SequenceInputStream(new ByteArrayInputStream(head, skip, n - skip), in);
    CharsetDecoder dec =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new Decoded(new InputStreamReader(all, dec), cs, head);
  }

  private static boolean sameFamily(Charset a, Charset b) {
    return a.equals(b) || (a.equals(GB18030) && b.name().equals("GBK"));
  }

  /**
   * Offset of the first byte that does not decode strictly, or -1. When {@code endOfInput} is
   * false, an incomplete sequence cut by the window's end is not an error.
   */
  static int firstMalformed(byte[] b, int off, int len, Charset cs, boolean endOfInput) {
    CharsetDecoder dec =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, off, len);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult r = dec.decode(in, out, endOfInput);
      if (r.isError()) {
        return in.position();
      }
      if (r.isOverflow()) {
        out.clear();
        continue;
      }
      if (endOfInput) {
        out.clear();
        CoderResult f = dec.flush(out);
        if (f.isError()) {
          return in.position();
        }
      }
      return -1;
    }
  }

  /** 1-based line of byte offset {@code pos}. */
  static long lineAt(byte[] b, int pos) {
    long line = 1;
    for (int i = 0; i < pos && i < b.length; i++) {
      if (b[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
