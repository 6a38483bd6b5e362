package org.shutong.deid;

/**
 * A small direct-mapped cache from values to what a keyed function gave for them (a pseudonym, a
 * person's date offset): the same person's identifiers recur across their stays, and a hit saves two
 * hash compressions. A slot holds the last value that hashed to it; no allocation on lookup, no
 * rehashing, no clearing. It only remembers results, so it never changes one. Not thread-safe: one
 * per thread.
 */
final class RecentCache<V> {
  private final int mask;
  private final int[] hashes;
  private final String[] keys;
  private final Object[] values;

  /** A cache of {@code 2^bits} slots. */
  RecentCache(int bits) {
    int n = 1 << bits;
    mask = n - 1;
    hashes = new int[n];
    keys = new String[n];
    values = new Object[n];
  }

  private int slot(int h) {
    return (h ^ (h >>> 16)) & mask;
  }

  /** What was put for {@code key}, or {@code null}. */
  @SuppressWarnings("unchecked") // values are only ever put as V
  V get(String key) {
    int h = key.hashCode();
    int i = slot(h);
    if (hashes[i] == h) {
      String k = keys[i];
      if (k != null && k.equals(key)) {
        return (V) values[i];
      }
    }
    return null;
  }

  void put(String key, V value) {
    int h = key.hashCode();
    int i = slot(h);
    hashes[i] = h;
    keys[i] = key;
    values[i] = value;
  }
}
