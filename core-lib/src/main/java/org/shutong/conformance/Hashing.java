package org.shutong.conformance;

/**
 * 64-bit hashes of values and records for distinct counts, top values and duplicate detection: the
 * UTF-16 units taken four at a time as one 64-bit word, each word xor-ed in and multiplied by the
 * FNV-1a 64-bit prime (one multiplication per four characters), finished with the MurmurHash3 64-bit
 * mixer so that the low bits are usable directly. Collisions are possible but rare (about 1 in 10^19
 * for two given values); the profile says its duplicate counts are hash-based.
 */
final class Hashing {
  static final long SEED = 0xcbf29ce484222325L;
  static final long PRIME = 0x100000001b3L;

  private Hashing() {}

  static long hash(CharSequence s, int from, int to) {
    int n = to - from;
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = s.charAt(from + i);
    }
    return hash(c, n);
  }

  /** The hash of {@code c[0, n)}. */
  static long hash(char[] c, int n) {
    long h = SEED;
    int i = 0;
    for (; i + 4 <= n; i += 4) {
      long w = c[i] | (long) c[i + 1] << 16 | (long) c[i + 2] << 32 | (long) c[i + 3] << 48;
      h = (h ^ w) * PRIME;
    }
    switch (n - i) {
      case 3 -> h = (h ^ (c[i] | (long) c[i + 1] << 16 | (long) c[i + 2] << 32)) * PRIME;
      case 2 -> h = (h ^ (c[i] | (long) c[i + 1] << 16)) * PRIME;
      case 1 -> h = (h ^ c[i]) * PRIME;
      default -> { }
    }
    return mix(h ^ n);
  }

  /**
   * Combines a running record hash with the next field's (already mixed) hash; order matters. Finish
   * with {@link #mix} once the last field is in.
   */
  static long combine(long acc, long field) {
    return Long.rotateLeft(acc, 23) ^ field;
  }

  static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
