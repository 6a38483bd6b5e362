package org.shutong.deid;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * {@code HMAC(key, prefix || 0x00 || UTF-8(value))} for one thread, the keyed function behind
 * pseudonyms, date offsets and noise, computed without allocating per value. BouncyCastle's
 * {@link HMac} keeps the digest states after the inner and outer pads (SM3 and SHA-256 digests are
 * {@code Memoable}), so a short value costs two compressions; here the prefix is laid out once and
 * an ASCII value is encoded straight into the same buffer, so the MAC sees one {@code update}. The
 * bytes hashed are exactly those of {@code prefix.getBytes(UTF_8)}, a zero byte and
 * {@code value.getBytes(UTF_8)}. Not thread-safe: one instance per thread.
 */
final class PrefixedMac {
  private final HMac mac;
  private final int prefixLength;
  private final byte[] out;
  private byte[] buf;

  PrefixedMac(HashAlgorithm algorithm, byte[] key, String prefix) {
    this.mac = new HMac(algorithm.newDigest());
    mac.init(new KeyParameter(key));
    byte[] p = prefix.getBytes(StandardCharsets.UTF_8);
    this.prefixLength = p.length + 1;
    this.buf = Arrays.copyOf(p, prefixLength + 64);
    this.out = new byte[mac.getMacSize()];
  }

  /** The MAC of {@code value}; the array is reused by the next call. */
  byte[] mac(String value) {
    int n = value.length();
    int p = prefixLength;
    if (buf.length < p + n) {
      buf = Arrays.copyOf(buf, p + n + 64);
    }
    byte[] b = buf;
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c >= 0x80) {
        return macOf(value.getBytes(StandardCharsets.UTF_8));
      }
      b[p + i] = (byte) c;
    }
    mac.update(b, 0, p + n);
    mac.doFinal(out, 0);
    return out;
  }

  private byte[] macOf(byte[] v) {
    if (buf.length < prefixLength + v.length) {
      buf = Arrays.copyOf(buf, prefixLength + v.length + 64);
    }
    System.arraycopy(v, 0, buf, prefixLength, v.length);
    mac.update(buf, 0, prefixLength + v.length);
    mac.doFinal(out, 0);
    return out;
  }

  /** The first eight bytes of the MAC of {@code value}, big-endian. */
  long first8(String value) {
    byte[] m = mac(value);
    long r = 0;
    for (int i = 0; i < 8; i++) {
      r = (r << 8) | (m[i] & 0xff);
    }
    return r;
  }
}
