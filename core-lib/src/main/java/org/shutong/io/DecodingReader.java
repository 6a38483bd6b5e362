package org.shutong.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * A strict decoding {@link Reader} that knows where it is in the file. Bytes that do not decode in
 * the charset raise {@link Malformed} carrying the byte offset of the bad sequence in the file, after
 * every character before it has been delivered; so a reader can say exactly where the file breaks its
 * encoding, however far past the detection window that is. Also counts the bytes taken from the
 * stream, for progress bars.
 */
final class DecodingReader extends Reader {
  /** Bytes that do not decode, with their offset in the file (0-based). */
  static final class Malformed extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    /** Offset of the first bad byte in the file. */
    final long offset;

    Malformed(long offset) {
      this.offset = offset;
    }

    @Override
    public String getMessage() {
      return "malformed input at byte " + offset;
    }
  }

  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final Charset charset;
  private ByteBuffer bytes;
  /** File offset of {@code bytes}' index 0. */
  private long base;
  private long taken;
  private boolean eof;
  private boolean flushed;
  private Malformed pending;

  /**
   * @param head bytes already read from the start of the file
   * @param skip bytes of {@code head} to skip (a byte-order mark); offsets still count them
   * @param in the rest of the file
   */
  DecodingReader(byte[] head, int skip, InputStream in, Charset charset) {
    this.in = in;
    this.charset = charset;
    this.decoder =
        charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.bytes = ByteBuffer.wrap(head, skip, head.length - skip);
    this.taken = head.length;
  }

  Charset charset() {
    return charset;
  }

  /** Bytes taken from the file so far (read ahead of what was decoded by at most one buffer). */
  long bytesTaken() {
    return taken;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (pending != null) {
      throw pending;
    }
    if (len == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (true) {
      CoderResult r = flushed ? CoderResult.UNDERFLOW : decoder.decode(bytes, out, eof);
      if (r.isError()) {
        pending = new Malformed(base + bytes.position());
        if (out.position() > off) {
          return out.position() - off;
        }
        throw pending;
      }
      if (r.isOverflow()) {
        return out.position() - off;
      }
      if (eof) {
        if (!flushed) {
          CoderResult f = decoder.flush(out);
          if (f.isOverflow()) {
            return out.position() - off;
          }
          flushed = true;
        }
        int n = out.position() - off;
        return n > 0 ? n : -1;
      }
      if (out.position() > off && out.remaining() < 64) {
        return out.position() - off;
      }
      refill();
    }
  }

  private void refill() throws IOException {
    if (bytes.capacity() < BUFFER) {
      // leaving the head array: move what is left into a buffer of our own
      ByteBuffer b = ByteBuffer.allocate(BUFFER);
      base += bytes.position();
      b.put(bytes);
      bytes = b;
    } else {
      base += bytes.position();
      bytes.compact();
    }
    int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (r < 0) {
      eof = true;
    } else {
      taken += r;
      bytes.position(bytes.position() + r);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
