package org.shutong.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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

  /** Bytes examined past a pure-ASCII window, from the first non-ASCII byte. */
  static final int PEEK = 1 << 16;

  static final Charset GB18030 = Charset.forName("GB18030");

  private EncodingSniffer() {}

  /** The decoded stream and the charset chosen. */
  static final class Decoded {
    final DecodingReader reader;
    final Charset charset;
    final byte[] head;

    Decoded(DecodingReader reader, Charset charset, byte[] head) {
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
    return n == max ? head : Arrays.copyOf(head, n);
  }

  /**
   * Opens {@code in} (positioned at the start of the file) as characters.
   *
   * @param path the file, re-read only to look past a pure-ASCII window and to locate a bad byte
   * @throws InputException if the content is binary or neither UTF-8 nor GB18030 (with AUTO), or
   *     does not decode in the chosen encoding
   */
  static Decoded open(InputStream in, Path path, InputEncoding choice, String name, Messages m) throws IOException {
    return open(in, path, choice, false, name, m);
  }

  /**
   * As {@link #open(InputStream, Path, InputEncoding, String, Messages)}; with {@code xml}, an
   * encoding declared in the XML declaration is used when there is no BOM and no explicit choice
   * (XML 1.0 §4.3.3), GB2312 and GBK read as their superset GB18030.
   */
  static Decoded open(InputStream in, Path path, InputEncoding choice, boolean xml, String name, Messages m)
      throws IOException {
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
      boolean complete = n < WINDOW;
      Charset declared = xml && choice == InputEncoding.AUTO ? xmlDeclared(head, name, m) : null;
      if (declared != null) {
        cs = declared;
        int bad = firstMalformed(head, 0, n, cs, complete);
        if (bad >= 0) {
          throw new InputException(name, lineAt(head, bad), 0,
              m.get("in.badDeclaredEncoding", name, cs.name(), lineAt(head, bad), bad + 1), null);
        }
      } else if (choice != InputEncoding.AUTO) {
        cs = choice.charset();
        int bad = firstMalformed(head, 0, n, cs, complete);
        if (bad >= 0) {
          throw new InputException(name, lineAt(head, bad), 0,
              m.get("in.badEncoding", name, cs.name(), lineAt(head, bad), bad + 1), null);
        }
      } else {
        int badUtf8 = firstMalformed(head, 0, n, StandardCharsets.UTF_8, complete);
        if (badUtf8 < 0) {
          cs = !complete && isAscii(head) ? lookPastAscii(path, n) : StandardCharsets.UTF_8;
        } else if (firstMalformed(head, 0, n, GB18030, complete) < 0) {
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
    return new Decoded(new DecodingReader(head, skip, in, cs), cs, head);
  }

  /**
   * The encoding named by an XML declaration at the start of {@code head}, or null if there is none.
   *
   * @throws InputException if the named encoding is not supported
   */
  static Charset xmlDeclared(byte[] head, String name, Messages m) {
    int n = Math.min(head.length, 512);
    String start = new String(head, 0, n, StandardCharsets.ISO_8859_1);
    if (!start.startsWith("<?xml")) {
      return null;
    }
    int end = start.indexOf("?>");
    if (end < 0) {
      return null;
    }
    String decl = start.substring(0, end);
    int e = decl.indexOf("encoding");
    if (e < 0) {
      return null;
    }
    int i = e + "encoding".length();
    while (i < decl.length() && (decl.charAt(i) == ' ' || decl.charAt(i) == '=' || decl.charAt(i) == '\t')) {
      i++;
    }
    if (i >= decl.length() || (decl.charAt(i) != '"' && decl.charAt(i) != '\'')) {
      return null;
    }
    char q = decl.charAt(i);
    int close = decl.indexOf(q, i + 1);
    if (close < 0) {
      return null;
    }
    String enc = decl.substring(i + 1, close).strip();
    String u = enc.toUpperCase(java.util.Locale.ROOT);
    if (u.equals("GB2312") || u.equals("GBK") || u.equals("CP936") || u.equals("GB18030") || u.equals("X-GBK")) {
      return GB18030;
    }
    try {
      return Charset.forName(enc);
    } catch (IllegalArgumentException ex) {
      throw new InputException(name, 1, 0, m.get("in.xmlEncodingUnsupported", name, enc), ex);
    }
  }

  private static boolean isAscii(byte[] b) {
    for (byte x : b) {
      if (x < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The window held only ASCII, which both encodings share: finds the first non-ASCII bytes further
   * on and decides on up to {@link #PEEK} bytes from there. UTF-8 unless those bytes are GB18030 and
   * not UTF-8 (or if the file is ASCII to the end).
   */
  private static Charset lookPastAscii(Path path, long from) throws IOException {
    try (InputStream s = Files.newInputStream(path)) {
      s.skipNBytes(from);
      byte[] buf = new byte[1 << 16];
      while (true) {
        int r = s.read(buf);
        if (r < 0) {
          return StandardCharsets.UTF_8;
        }
        for (int i = 0; i < r; i++) {
          if (buf[i] < 0) {
            byte[] peek = new byte[PEEK];
            int k = r - i;
            System.arraycopy(buf, i, peek, 0, k);
            boolean end = false;
            while (k < PEEK) {
              int more = s.read(peek, k, PEEK - k);
              if (more < 0) {
                end = true;
                break;
              }
              k += more;
            }
            if (firstMalformed(peek, 0, k, StandardCharsets.UTF_8, end) >= 0
                && firstMalformed(peek, 0, k, GB18030, end) < 0) {
              return GB18030;
            }
            return StandardCharsets.UTF_8;
          }
        }
      }
    }
  }

  /**
   * The 1-based line of byte {@code offset} of the file, counting line feeds before it (a 0x0A byte
   * is always a line feed in UTF-8, GB18030 and GBK; in UTF-16 it is counted per code unit).
   * 0 if the file cannot be read again.
   */
  static long lineOfOffset(Path path, long offset, Charset cs) {
    boolean le = cs.equals(StandardCharsets.UTF_16LE);
    boolean be = cs.equals(StandardCharsets.UTF_16BE);
    long line = 1;
    long pos = 0;
    byte prev = 1;
    try (InputStream s = Files.newInputStream(path)) {
      byte[] buf = new byte[1 << 16];
      while (pos < offset) {
        int r = s.read(buf, 0, (int) Math.min(buf.length, offset - pos));
        if (r < 0) {
          break;
        }
        for (int i = 0; i < r; i++, pos++) {
          byte b = buf[i];
          if (le) {
            if ((pos & 1) == 1 && b == 0 && prev == '\n') {
              line++;
            }
          } else if (be) {
            if ((pos & 1) == 1 && b == '\n' && prev == 0) {
              line++;
            }
          } else if (b == '\n') {
            line++;
          }
          prev = b;
        }
      }
      return line;
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * The {@link InputException} for bytes at {@code offset} that do not decode: names the file, the
   * line and the byte, and says what to do.
   */
  static InputException decodeFailure(Path path, String name, Charset cs, InputEncoding choice,
      long offset, Messages m, Throwable cause) {
    long line = lineOfOffset(path, offset, cs);
    String key = choice == InputEncoding.AUTO && cs.equals(StandardCharsets.UTF_8)
        ? "in.decodeFailedGuess" : "in.decodeFailed";
    return new InputException(name, line, 0, m.get(key, name, cs.name(), line, offset + 1), cause);
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
