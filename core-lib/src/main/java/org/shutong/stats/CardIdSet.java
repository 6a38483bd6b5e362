package org.shutong.stats;

/**
 * The card ids seen so far in a run, for counting duplicate cards once: an open-addressing table of
 * 64-bit hashes of the ids with where each was first seen and a fingerprint of its counted content,
 * interleaved in one array (key, location, fingerprint) so that a lookup touches one cache line, not
 * three. 24 bytes a slot at a load of at most one half: a million cards take ~50 MB, not a set of
 * strings. Two different ids collide with probability ~n²/2⁶⁵ (3·10⁻⁸ for a million cards).
 */
final class CardIdSet {
  private static final int STRIDE = 3;
  private long[] table;
  private int size;
  private int mask;

  CardIdSet() {
    int slots = 1 << 14;
    table = new long[slots * STRIDE];
    mask = slots - 1;
  }

  /** Number of distinct ids. */
  int size() {
    return size;
  }

  /**
   * Adds {@code idHash} first seen at {@code location} with {@code print}; returns -1 if it was new,
   * else the slot of the earlier entry (read it with {@link #whereAt} and {@link #printAt}).
   */
  int addOrFind(long idHash, long location, long print) {
    long k = idHash == 0 ? 1 : idHash;
    int i = (int) k & mask;
    while (true) {
      int at = i * STRIDE;
      long cur = table[at];
      if (cur == 0) {
        table[at] = k;
        table[at + 1] = location;
        table[at + 2] = print;
        if (++size * 2 > mask + 1) {
          grow();
        }
        return -1;
      }
      if (cur == k) {
        return i;
      }
      i = (i + 1) & mask;
    }
  }

  long whereAt(int slot) {
    return table[slot * STRIDE + 1];
  }

  long printAt(int slot) {
    return table[slot * STRIDE + 2];
  }

  private void grow() {
    long[] old = table;
    int slots = (mask + 1) * 2;
    table = new long[slots * STRIDE];
    mask = slots - 1;
    for (int j = 0; j < old.length; j += STRIDE) {
      long k = old[j];
      if (k != 0) {
        int i = (int) k & mask;
        while (table[i * STRIDE] != 0) {
          i = (i + 1) & mask;
        }
        int at = i * STRIDE;
        table[at] = k;
        table[at + 1] = old[j + 1];
        table[at + 2] = old[j + 2];
      }
    }
  }

  /**
   * FNV-1a over the UTF-16 code units of {@code s}, finished with the murmur3 mixer (so its low bits,
   * which pick the slot, are well spread).
   */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /** Combines a running fingerprint with a string. */
  static long combine(long acc, String s) {
    return mix(acc * 31 + hash(s));
  }

  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
