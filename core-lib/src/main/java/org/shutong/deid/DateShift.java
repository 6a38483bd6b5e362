package org.shutong.deid;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Per-person keyed values: the date offset of a person (all dates of one person move by the same
 * number of days, so intervals such as length of stay and age at admission are kept; GB/T
 * 37964-2019 附录A 随机化技术 applied per person) and the uniform variate behind keyed noise.
 * {@code HMAC(k, purpose || 0x00 || person)} with the keys derived for {@code date-shift} and
 * {@code noise}. The same key and person give the same offset in every run and runner.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class DateShift implements Serializable {
  private static final long serialVersionUID = 1L;

  private final byte[] shiftKey;
  private final byte[] noiseKey;
  private final HashAlgorithm algorithm;
  private transient ThreadLocal<HMac[]> macs;

  /** Keys derived from {@code key} with {@code algorithm}. */
  public DateShift(DeidKey key, HashAlgorithm algorithm) {
    this.algorithm = algorithm;
    this.shiftKey = key.derive("date-shift", algorithm, 32);
    this.noiseKey = key.derive("noise", algorithm, 32);
    init();
  }

  private void init() {
    macs = ThreadLocal.withInitial(() -> {
      HMac a = new HMac(algorithm.newDigest());
      a.init(new KeyParameter(shiftKey));
      HMac b = new HMac(algorithm.newDigest());
      b.init(new KeyParameter(noiseKey));
      return new HMac[] {a, b};
    });
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    init();
  }

  /**
   * The offset in days of {@code person} (a normalised person key), in {@code [-maxDays, -1]} or
   * {@code [1, maxDays]}: never zero, so no date is left as it was.
   */
  public int offsetDays(String person, int maxDays) {
    if (maxDays < 1) {
      throw new IllegalArgumentException("maxDays < 1");
    }
    return offset(first8(macs.get()[0], "shift", person), maxDays);
  }

  private static int offset(long mac, int maxDays) {
    long v = Long.remainderUnsigned(mac, 2L * maxDays);
    return v < maxDays ? (int) -(v + 1) : (int) (v - maxDays + 1);
  }

  /** A keyed uniform variate in (0, 1) for {@code input} (domain, person and value joined). */
  public double uniform(String input) {
    return uniform(first8(macs.get()[1], "noise", input));
  }

  private static double uniform(long mac) {
    long v = mac >>> 11;
    return (v + 0.5) / (double) (1L << 53);
  }

  /**
   * Offsets and variates for one thread, equal to {@link #offsetDays} and {@link #uniform} but
   * without allocating per value (see {@link PrefixedMac}).
   */
  Session session() {
    return new Session(new PrefixedMac(algorithm, shiftKey, "shift"), new PrefixedMac(algorithm, noiseKey, "noise"));
  }

  /** See {@link #session()}. Not thread-safe. */
  static final class Session {
    private final PrefixedMac shift;
    private final PrefixedMac noise;

    private Session(PrefixedMac shift, PrefixedMac noise) {
      this.shift = shift;
      this.noise = noise;
    }

    int offsetDays(String person, int maxDays) {
      if (maxDays < 1) {
        throw new IllegalArgumentException("maxDays < 1");
      }
      return offset(shift.first8(person), maxDays);
    }

    double uniform(String input) {
      return DateShift.uniform(noise.first8(input));
    }
  }

  private static long first8(HMac m, String purpose, String input) {
    byte[] p = purpose.getBytes(StandardCharsets.US_ASCII);
    byte[] v = input.getBytes(StandardCharsets.UTF_8);
    m.update(p, 0, p.length);
    m.update((byte) 0);
    m.update(v, 0, v.length);
    byte[] out = new byte[m.getMacSize()];
    m.doFinal(out, 0);
    long r = 0;
    for (int i = 0; i < 8; i++) {
      r = (r << 8) | (out[i] & 0xff);
    }
    return r;
  }

  @Override
  public String toString() {
    return "DateShift[" + algorithm.label() + "]";
  }
}
