package org.shutong.deid;

import java.util.Arrays;

/** An open-addressing map from long keys to long counts, for frequency sets of equivalence classes. */
final class LongCounts {
  private static final long EMPTY = Long.MIN_VALUE;
  private long[] keys;
  private long[] counts;
  private int size;
  private int mask;

  LongCounts(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[cap];
    counts = new long[cap];
    Arrays.fill(keys, EMPTY);
    mask = cap - 1;
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  void add(long key, long n) {
    if (key == EMPTY) {
      throw new IllegalArgumentException("reserved key");
    }
    int i = slot(key, mask);
    while (true) {
      long k = keys[i];
      if (k == key) {
        counts[i] += n;
        return;
      }
      if (k == EMPTY) {
        keys[i] = key;
        counts[i] = n;
        if (++size * 2 > keys.length) {
          grow();
        }
        return;
      }
      i = (i + 1) & mask;
    }
  }

  long get(long key) {
    int i = slot(key, mask);
    while (true) {
      long k = keys[i];
      if (k == key) {
        return counts[i];
      }
      if (k == EMPTY) {
        return 0;
      }
      i = (i + 1) & mask;
    }
  }

  int size() {
    return size;
  }

  /** Calls {@code f} for every entry. */
  void forEach(Entry f) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        f.accept(keys[i], counts[i]);
      }
    }
  }

  interface Entry {
    void accept(long key, long count);
  }

  private void grow() {
    long[] ok = keys;
    long[] oc = counts;
    keys = new long[ok.length * 2];
    counts = new long[ok.length * 2];
    Arrays.fill(keys, EMPTY);
    mask = keys.length - 1;
    size = 0;
    for (int i = 0; i < ok.length; i++) {
      if (ok[i] != EMPTY) {
        add(ok[i], oc[i]);
      }
    }
  }
}
