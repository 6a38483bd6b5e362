package org.shutong.stats;

import java.util.Arrays;

/**
 * The card ids seen so far in a run, for counting duplicate cards once: an open-addressing table of
 * 64-bit hashes of the ids with where each was first seen and a fingerprint of its counted content.
 * About 24 bytes per card, so a million cards take ~50 MB at most instead of a set of strings. Two
 * different ids collide with probability ~n²/2⁶⁵ (3·10⁻⁸ for a million cards).
 */
final class CardIdSet {
  private long[] keys;
  private long[] where;
  private long[] prints;
  private int size;
  private int mask;

  CardIdSet() {
    int cap = 1 << 14;
    keys = new long[cap];
    where = new long[cap];
    prints = new long[cap];
    mask = cap - 1;
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
    int i = (int) (mix(k) & mask);
    while (true) {
      long cur = keys[i];
      if (cur == 0) {
        keys[i] = k;
        where[i] = location;
        prints[i] = print;
        if (++size * 2 > keys.length) {
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
    return where[slot];
  }

  long printAt(int slot) {
    return prints[slot];
  }

  private void grow() {
    long[] ok = keys;
    long[] ow = where;
    long[] op = prints;
    int cap = ok.length * 2;
    keys = new long[cap];
    where = new long[cap];
    prints = new long[cap];
    mask = cap - 1;
    for (int j = 0; j < ok.length; j++) {
      long k = ok[j];
      if (k != 0) {
        int i = (int) (mix(k) & mask);
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = k;
        where[i] = ow[j];
        prints[i] = op[j];
      }
    }
    Arrays.fill(ok, 0);
  }

  /** FNV-1a over the UTF-16 code units of {@code s}, finished with the murmur3 mixer. */
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
