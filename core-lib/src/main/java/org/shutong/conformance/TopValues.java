package org.shutong.conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Most frequent values of a column in bounded memory. Counts are exact while the column has at most
 * {@code capacity} distinct values; beyond that the Misra–Gries algorithm (1982) takes over: every
 * value more frequent than n/(capacity+1) stays, and a count may be low by at most
 * {@link #maxError()}, which the profile reports. Keys (value hashes) and counts sit side by side in
 * one array, so a lookup touches one cache line.
 */
final class TopValues {
  private final int capacity;
  /** slot i: table[2i] the key (0 = empty), table[2i+1] its count. */
  private final long[] table;
  private final String[] values;
  private final int mask;
  private int size;
  private long decremented;
  private boolean approximate;
  private final Consumer<TopValues> onFirstOverflow;
  private final long[] scratch;
  private final String[] scratchValues;

  TopValues(int capacity) {
    this(capacity, null);
  }

  /**
   * A counter that calls {@code onFirstOverflow} once, just before the first Misra–Gries step: up to
   * then it holds every distinct value seen (so it doubles as an exact distinct counter).
   */
  TopValues(int capacity, Consumer<TopValues> onFirstOverflow) {
    this.onFirstOverflow = onFirstOverflow;
    this.capacity = capacity;
    int slots = Integer.highestOneBit(capacity * 2 - 1) << 1;
    table = new long[slots * 2];
    values = new String[slots];
    mask = slots - 1;
    scratch = new long[capacity * 2];
    scratchValues = new String[capacity];
  }

  /**
   * Counts a value with hash {@code h}, the characters {@code text[from, to)}. The value's text is kept
   * for a new entry; after the first Misra–Gries step only when the value is seen a second time
   * (values seen once then are not worth a copy), so {@link #top} lists only values whose text it has.
   *
   * @return whether the value was not in the table (while the table is exact: whether it is new)
   */
  boolean add(long h, String text, int from, int to) {
    long k = h == 0 ? 1 : h;
    int i = (int) k & mask;
    while (true) {
      long t = table[2 * i];
      if (t == k) {
        table[2 * i + 1]++;
        if (values[i] == null) {
          values[i] = copy(text, from, to);
        }
        return false;
      }
      if (t == 0) {
        break;
      }
      i = (i + 1) & mask;
    }
    if (size < capacity) {
      table[2 * i] = k;
      table[2 * i + 1] = 1;
      values[i] = approximate ? null : copy(text, from, to);
      size++;
      return true;
    }
    // Misra–Gries: decrement every counter, drop the zeros, do not store the new value
    if (!approximate && onFirstOverflow != null) {
      onFirstOverflow.accept(this);
    }
    approximate = true;
    decremented++;
    int n = 0;
    for (int j = 0; j <= mask; j++) {
      if (table[2 * j] != 0 && table[2 * j + 1] > 1) {
        scratch[2 * n] = table[2 * j];
        scratch[2 * n + 1] = table[2 * j + 1] - 1;
        scratchValues[n] = values[j];
        n++;
      }
    }
    Arrays.fill(table, 0);
    Arrays.fill(values, null);
    for (int j = 0; j < n; j++) {
      int p = (int) scratch[2 * j] & mask;
      while (table[2 * p] != 0) {
        p = (p + 1) & mask;
      }
      table[2 * p] = scratch[2 * j];
      table[2 * p + 1] = scratch[2 * j + 1];
      values[p] = scratchValues[j];
      scratchValues[j] = null;
    }
    size = n;
    return true;
  }

  /** The value's text: the String itself when it is whole and short, else a copy of at most 200 characters. */
  private static String copy(String text, int from, int to) {
    if (from == 0 && to == text.length() && to <= 200) {
      return text;
    }
    return text.substring(from, Math.min(to, from + 200));
  }

  /** Distinct values held (all distinct values seen, while not {@link #approximate()}). */
  int size() {
    return size;
  }

  /** Calls {@code f} with the hash of every value held. */
  void forEachKey(LongConsumer f) {
    for (int j = 0; j <= mask; j++) {
      if (table[2 * j] != 0) {
        f.accept(table[2 * j]);
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
    List<ValueCount> all = new ArrayList<>();
    for (int j = 0; j <= mask; j++) {
      if (table[2 * j] != 0 && values[j] != null) {
        all.add(new ValueCount(values[j], table[2 * j + 1]));
      }
    }
    all.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count()) : a.value().compareTo(b.value()));
    return all.size() > k ? List.copyOf(all.subList(0, k)) : all;
  }
}
