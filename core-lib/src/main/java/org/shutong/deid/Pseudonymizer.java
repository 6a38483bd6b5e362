package org.shutong.deid;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apiguardian.api.API;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Keyed, deterministic pseudonyms (GB/T 37964-2019 附录A 假名化技术, derived from the identifier with
 * a keyed cryptographic function): {@code HMAC(k_p, domain || 0x00 || value)} with HMAC-SM3 (or
 * HMAC-SHA-256), written with an {@link Alphabet} to a fixed length. The same key, domain and value
 * give the same pseudonym in every file, run and runner, so de-identified tables still link through
 * the master index (seed 004); another key gives unrelated pseudonyms. Without the key a pseudonym
 * cannot be computed or reversed.
 *
 * <p>{@code k_p} is derived from the project key by HKDF with the purpose {@code pseudonym}. The
 * digest is read as a big-endian number and written in base {@code alphabet.size()}, most
 * significant digit first, keeping the last {@code length} digits; a length of at least 64 bits
 * (16 base32 characters by default, 20 decimal digits) and at most 192 bits is required so that
 * collisions are negligible and the encoding unbiased.
 *
 * <p>Serialisable (the key travels with it); each thread uses its own MAC instance.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Pseudonymizer implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Fewest bits a pseudonym may carry. */
  public static final int MIN_BITS = 64;
  /** Most bits a pseudonym may carry (of the 256 of the MAC). */
  public static final int MAX_BITS = 192;

  private final byte[] macKey;
  private final HashAlgorithm algorithm;
  private final Alphabet alphabet;
  private final int length;
  private transient ThreadLocal<HMac> macs;

  /**
   * @throws IllegalArgumentException if {@code length} characters of {@code alphabet} carry fewer
   *     than {@link #MIN_BITS} or more than {@link #MAX_BITS} bits
   */
  public Pseudonymizer(DeidKey key, HashAlgorithm algorithm, Alphabet alphabet, int length) {
    this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    this.alphabet = Objects.requireNonNull(alphabet, "alphabet");
    double bits = alphabet.bits(length);
    if (bits < MIN_BITS || bits > MAX_BITS) {
      throw new IllegalArgumentException("pseudonym of " + length + " characters of " + alphabet.name()
          + " carries " + Math.round(bits) + " bits; " + MIN_BITS + " to " + MAX_BITS + " are required");
    }
    this.length = length;
    this.macKey = key.derive("pseudonym", algorithm, 32);
    init();
  }

  private void init() {
    macs = ThreadLocal.withInitial(() -> {
      HMac m = new HMac(algorithm.newDigest());
      m.init(new KeyParameter(macKey));
      return m;
    });
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    init();
  }

  /** The algorithm. */
  public HashAlgorithm algorithm() {
    return algorithm;
  }

  /** The alphabet. */
  public Alphabet alphabet() {
    return alphabet;
  }

  /** The length of pseudonyms in characters. */
  public int length() {
    return length;
  }

  /**
   * The pseudonym of {@code value} in {@code domain} (e.g. {@code resident-id}). The value is used
   * as given (UTF-8); normalise it first (see {@link ValueNormalizer}) so that spellings of one
   * identifier agree.
   */
  public String pseudonym(String domain, String value) {
    byte[] mac = mac(domain, value);
    return encode(mac);
  }

  byte[] mac(String domain, String value) {
    HMac m = macs.get();
    byte[] d = domain.getBytes(StandardCharsets.UTF_8);
    byte[] v = value.getBytes(StandardCharsets.UTF_8);
    m.update(d, 0, d.length);
    m.update((byte) 0);
    m.update(v, 0, v.length);
    byte[] out = new byte[m.getMacSize()];
    m.doFinal(out, 0);
    return out;
  }

  private String encode(byte[] mac) {
    int base = alphabet.size();
    String chars = alphabet.chars();
    char[] out = new char[length];
    if (Integer.bitCount(base) == 1) {
      // the bits of the MAC from the most significant on, `bits` at a time
      int bits = Integer.numberOfTrailingZeros(base);
      int mask = base - 1;
      long acc = 0;
      int have = 0;
      int next = 0;
      for (int i = 0; i < length; i++) {
        while (have < bits) {
          acc = (acc << 8) | (mac[next++] & 0xff);
          have += 8;
        }
        have -= bits;
        out[i] = chars.charAt((int) (acc >>> have) & mask);
      }
      return new String(out);
    }
    BigInteger n = new BigInteger(1, mac);
    BigInteger b = BigInteger.valueOf(base);
    for (int i = length - 1; i >= 0; i--) {
      BigInteger[] qr = n.divideAndRemainder(b);
      out[i] = chars.charAt(qr[1].intValue());
      n = qr[0];
    }
    return new String(out);
  }

  /**
   * The pseudonyms of one domain for one thread: {@code session(d).pseudonym(v)} equals
   * {@code pseudonym(d, v)}, without allocating per value beyond the result (see {@link PrefixedMac}).
   */
  Session session(String domain) {
    return new Session(new PrefixedMac(algorithm, macKey, domain));
  }

  /** See {@link #session(String)}. Not thread-safe. */
  final class Session {
    private final PrefixedMac mac;

    private Session(PrefixedMac mac) {
      this.mac = mac;
    }

    String pseudonym(String value) {
      return encode(mac.mac(value));
    }
  }

  @Override
  public String toString() {
    return "Pseudonymizer[" + algorithm.label() + ", " + alphabet.name() + ", " + length + "]";
  }
}
