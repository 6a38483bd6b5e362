package org.shutong.conformance;

/**
 * 64-bit hashes of values and records for distinct counts, top values and duplicate detection:
 * FNV-1a over the UTF-16 units, finished with the MurmurHash3 64-bit mixer so that the low bits are
 * usable directly. Collisions are possible but rare (about 1 in 10^19 for two given values); the
 * profile says its duplicate counts are hash-based.
 */
final class Hashing {
  static final long SEED = 0xcbf29ce484222325L;
  static final long PRIME = 0x100000001b3L;

  private Hashing() {}

  static long hash(CharSequence s, int from, int to) {
    long h = SEED;
    for (int i = from; i < to; i++) {
      h = (h ^ s.charAt(i)) * PRIME;
    }
    return mix(h ^ (to - from));
  }

  /** Combines a running record hash with the next field's hash (order matters; a separator is implied). */
  static long combine(long acc, long field) {
    return mix(acc * 31 + field + 0x9e3779b97f4a7c15L);
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
