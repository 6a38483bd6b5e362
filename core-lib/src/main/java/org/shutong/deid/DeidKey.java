package org.shutong.deid;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import org.apiguardian.api.API;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.InputException;

/**
 * A per-project de-identification key: at least 128 bits of secret from which the keys of
 * pseudonyms, date shifts, noise and SM4 tokens are derived with HKDF (RFC 5869) over the chosen
 * hash, one key per purpose. Written as hexadecimal (64 digits from {@link #generate()}, as
 * {@code shutong deid keygen} writes) or as {@code base64:...}; lines starting with {@code #} are
 * comments.
 *
 * <p>The key never appears in {@link #toString()}, exception messages, logs or reports; reports
 * carry its {@link #fingerprint()} (a one-way SM3 digest) so that runs can be matched to keys.
 * Serialisable so that a distributed runner can ship it to its workers.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class DeidKey implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Shortest key accepted, in bytes (128 bits). */
  public static final int MIN_BYTES = 16;
  /** Length of generated keys, in bytes (256 bits). */
  public static final int GENERATED_BYTES = 32;
  private static final String BUNDLE = "org.shutong.deid.messages";

  private final byte[] secret;

  private DeidKey(byte[] secret) {
    this.secret = secret.clone();
  }

  /** A fresh random 256-bit key from the platform's strong random source. */
  public static DeidKey generate() {
    byte[] b = new byte[GENERATED_BYTES];
    new SecureRandom().nextBytes(b);
    return new DeidKey(b);
  }

  /**
   * A key from raw bytes.
   *
   * @param origin how the key was given, for messages ({@code --key-file k.txt}); never the key
   * @throws InputException if the key is shorter than 128 bits or visibly not random
   */
  public static DeidKey of(byte[] secret, String origin, Lang lang) {
    Messages m = Messages.of(BUNDLE, lang);
    if (secret.length < MIN_BYTES) {
      throw new InputException(origin, m.get("key.short", origin, secret.length * 8, MIN_BYTES * 8));
    }
    if (!looksRandom(secret)) {
      throw new InputException(origin, m.get("key.weak", origin));
    }
    return new DeidKey(secret);
  }

  /**
   * Parses a key written as text: hexadecimal digits (spaces and colons ignored) or
   * {@code base64:} followed by Base64; {@code #} comment lines and blank lines are skipped.
   *
   * @param origin how the key was given ({@code --key-file k.txt}, {@code --key-env NAME})
   * @throws InputException if the text is empty, not hex/base64, or the key is weak
   */
  public static DeidKey parse(String text, String origin, Lang lang) {
    Messages m = Messages.of(BUNDLE, lang);
    StringBuilder sb = new StringBuilder();
    for (String line : text.lines().toList()) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        sb.append(l);
      }
    }
    String v = sb.toString();
    if (v.isEmpty()) {
      throw new InputException(origin, m.get("key.empty", origin));
    }
    byte[] bytes;
    if (v.toLowerCase(Locale.ROOT).startsWith("base64:")) {
      try {
        bytes = Base64.getDecoder().decode(v.substring(7).replaceAll("\\s", ""));
      } catch (IllegalArgumentException e) {
        throw new InputException(origin, m.get("key.format", origin));
      }
    } else {
      String hex = v.replaceAll("[\\s:]", "");
      if (hex.length() % 2 != 0 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
        throw new InputException(origin, m.get("key.format", origin));
      }
      bytes = HexFormat.of().parseHex(hex);
    }
    try {
      return of(bytes, origin, lang);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /**
   * Reads a key file (UTF-8 text, see {@link #parse}).
   *
   * @throws InputException if the file is missing or unreadable, or holds no usable key
   */
  public static DeidKey read(Path file, Lang lang) {
    Messages m = Messages.of(BUNDLE, lang);
    String origin = file.toString();
    try {
      byte[] raw = Files.readAllBytes(file);
      if (raw.length > 64 * 1024) {
        throw new InputException(origin, m.get("key.format", origin));
      }
      String text = new String(raw, StandardCharsets.UTF_8);
      Arrays.fill(raw, (byte) 0);
      return parse(text, origin, lang);
    } catch (NoSuchFileException e) {
      throw new InputException(origin, m.get("key.missing", origin));
    } catch (AccessDeniedException e) {
      throw new InputException(origin, m.get("key.unreadable", origin));
    } catch (IOException e) {
      throw new InputException(origin, m.get("key.unreadable", origin));
    }
  }

  /** The key as 64 (or more) lower-case hexadecimal digits, for writing a key file. */
  public String toHex() {
    return HexFormat.of().formatHex(secret);
  }

  /**
   * A one-way fingerprint that identifies the key in reports without revealing it:
   * {@code sm3:} and the first 8 bytes of SM3("shutong-deid-key-fingerprint/v1" || key) in hex.
   */
  public String fingerprint() {
    SM3Digest d = new SM3Digest();
    byte[] label = "shutong-deid-key-fingerprint/v1".getBytes(StandardCharsets.US_ASCII);
    d.update(label, 0, label.length);
    d.update(secret, 0, secret.length);
    byte[] out = new byte[d.getDigestSize()];
    d.doFinal(out, 0);
    return "sm3:" + HexFormat.of().formatHex(out, 0, 8);
  }

  /**
   * The key for one purpose: HKDF (RFC 5869) with the hash of {@code algorithm}, no salt, and the
   * info {@code shutong-deid/v1/<purpose>}.
   */
  byte[] derive(String purpose, HashAlgorithm algorithm, int length) {
    HKDFBytesGenerator g = new HKDFBytesGenerator(algorithm.newDigest());
    byte[] info = ("shutong-deid/v1/" + purpose).getBytes(StandardCharsets.US_ASCII);
    g.init(new HKDFParameters(secret, null, info));
    byte[] out = new byte[length];
    g.generateBytes(out, 0, length);
    return out;
  }

  /** No two bytes equal throughout, no short period, no arithmetic run: a human-made key. */
  static boolean looksRandom(byte[] b) {
    boolean[] seen = new boolean[256];
    int distinct = 0;
    for (byte x : b) {
      if (!seen[x & 0xff]) {
        seen[x & 0xff] = true;
        distinct++;
      }
    }
    if (distinct < Math.min(8, b.length / 2)) {
      return false;
    }
    for (int period = 1; period <= 4; period++) {
      boolean periodic = true;
      for (int i = period; i < b.length && periodic; i++) {
        periodic = b[i] == b[i - period];
      }
      if (periodic) {
        return false;
      }
    }
    int step = (b[1] - b[0]) & 0xff;
    boolean arithmetic = true;
    for (int i = 2; i < b.length && arithmetic; i++) {
      arithmetic = ((b[i] - b[i - 1]) & 0xff) == step;
    }
    return !arithmetic;
  }

  /** Never shows the key. */
  @Override
  public String toString() {
    return "DeidKey[" + fingerprint() + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DeidKey k && java.security.MessageDigest.isEqual(secret, k.secret);
  }

  @Override
  public int hashCode() {
    return fingerprint().hashCode();
  }
}
