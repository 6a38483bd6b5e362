package org.shutong.conformance;

/** An open-addressing set of longs (linear probing); the value 0 is held in a flag. Not thread-safe. */
final class LongHashSet {
  private long[] table;
  private int size;
  private boolean hasZero;
  private int mask;

  LongHashSet(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    table = new long[cap];
    mask = cap - 1;
  }

  /** Adds {@code v}; returns whether it was new. */
  boolean add(long v) {
    if (v == 0) {
      if (hasZero) {
        return false;
      }
      hasZero = true;
      size++;
      return true;
    }
    int i = (int) v & mask;
    while (true) {
      long t = table[i];
      if (t == 0) {
        table[i] = v;
        if (++size * 2 > table.length) {
          grow();
        }
        return true;
      }
      if (t == v) {
        return false;
      }
      i = (i + 1) & mask;
    }
  }

  /** Whether {@code v} is in the set. */
  boolean contains(long v) {
    if (v == 0) {
      return hasZero;
    }
    int i = (int) v & mask;
    while (true) {
      long t = table[i];
      if (t == 0) {
        return false;
      }
      if (t == v) {
        return true;
      }
      i = (i + 1) & mask;
    }
  }

  int size() {
    return size;
  }

  /** Calls {@code f} for every element. */
  void forEach(java.util.function.LongConsumer f) {
    if (hasZero) {
      f.accept(0);
    }
    for (long t : table) {
      if (t != 0) {
        f.accept(t);
      }
    }
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    mask = table.length - 1;
    for (long t : old) {
      if (t != 0) {
        int i = (int) t & mask;
        while (table[i] != 0) {
          i = (i + 1) & mask;
        }
        table[i] = t;
      }
    }
  }
}
