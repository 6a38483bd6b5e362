package org.shutong.conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Most frequent values of a column in bounded memory. Counts are exact while the column has at most
 * {@code capacity} distinct values; beyond that the Misra–Gries algorithm (1982) takes over: every
 * value more frequent than n/(capacity+1) stays, and a count may be low by at most
 * {@link #maxError()}, which the profile reports.
 */
final class TopValues {
  private final int capacity;
  private long[] keys;
  private long[] counts;
  private String[] values;
  private int size;
  private long decremented;
  private boolean approximate;

  TopValues(int capacity) {
    this.capacity = capacity;
    int cap = Integer.highestOneBit(capacity * 2 - 1) << 1;
    keys = new long[cap];
    counts = new long[cap];
    values = new String[cap];
  }

  /** Counts a value with hash {@code h}; {@code value} is asked for only when a new key is stored. */
  void add(long h, CharSequence text, int from, int to) {
    long k = h == 0 ? 1 : h;
    int mask = keys.length - 1;
    int i = (int) k & mask;
    while (true) {
      long t = keys[i];
      if (t == k) {
        counts[i]++;
        return;
      }
      if (t == 0) {
        break;
      }
      i = (i + 1) & mask;
    }
    if (size < capacity) {
      keys[i] = k;
      counts[i] = 1;
      int len = Math.min(to - from, 200);
      values[i] = text.subSequence(from, from + len).toString();
      size++;
      return;
    }
    // Misra–Gries: decrement every counter, drop the zeros, do not store the new value
    approximate = true;
    decremented++;
    long[] ok = keys;
    long[] oc = counts;
    String[] ov = values;
    keys = new long[ok.length];
    counts = new long[ok.length];
    values = new String[ok.length];
    size = 0;
    for (int j = 0; j < ok.length; j++) {
      if (ok[j] != 0 && oc[j] > 1) {
        int p = (int) ok[j] & mask;
        while (keys[p] != 0) {
          p = (p + 1) & mask;
        }
        keys[p] = ok[j];
        counts[p] = oc[j] - 1;
        values[p] = ov[j];
        size++;
      }
    }
  }

  /** Whether counts may be low (the column had more distinct values than the capacity). */
  boolean approximate() {
    return approximate;
  }

  /** The most a reported count may be below the true count. */
  long maxError() {
    return decremented;
  }

  /** The {@code k} most frequent values, most frequent first, ties by value. */
  List<ValueCount> top(int k) {
    Integer[] idx = new Integer[keys.length];
    int n = 0;
    for (int j = 0; j < keys.length; j++) {
      if (keys[j] != 0) {
        idx[n++] = j;
      }
    }
    Integer[] live = Arrays.copyOf(idx, n);
    Arrays.sort(live, (a, b) -> counts[a] != counts[b] ? Long.compare(counts[b], counts[a]) : values[a].compareTo(values[b]));
    List<ValueCount> out = new ArrayList<>();
    for (int j = 0; j < Math.min(k, n); j++) {
      out.add(new ValueCount(values[live[j]], counts[live[j]]));
    }
    return out;
  }
}
