package org.shutong.report;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A {@link FindingSink} that counts every finding and keeps up to a limit of them, so that memory
 * stays bounded however many findings a large file produces. Counts (per severity, and records with
 * errors per file) are always exact; findings beyond the limit are counted as omitted.
 *
 * <p>Not thread-safe: one collector per run, fed from one thread.
 */
@API(status = API.Status.STABLE, since = "0.1")
@SuppressWarnings("EnumOrdinal") // counts indexed by severity: a fixed, three-element enum
public final class FindingCollector implements FindingSink {
  /** Default number of findings kept: enough for any file a person reads, bounded for 10M-row runs. */
  public static final int DEFAULT_LIMIT = 1_000_000;

  private final int limit;
  private final List<Finding> kept = new ArrayList<>();
  private final long[] counts = new long[Severity.values().length];
  private final Map<String, BitSet> errorRecords = new HashMap<>();
  private long omitted;

  /** A collector keeping at most {@link #DEFAULT_LIMIT} findings. */
  public FindingCollector() {
    this(DEFAULT_LIMIT);
  }

  /** A collector keeping at most {@code limit} findings ({@code >= 0}). */
  public FindingCollector(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit < 0");
    }
    this.limit = limit;
  }

  @Override
  public void accept(Finding f) {
    counts[f.severity().ordinal()]++;
    if (f.severity() == Severity.ERROR && f.record() > 0 && f.record() <= Integer.MAX_VALUE) {
      errorRecords
          .computeIfAbsent(f.file() == null ? "" : f.file(), k -> new BitSet())
          .set((int) f.record());
    }
    if (kept.size() < limit) {
      kept.add(f);
    } else {
      omitted++;
    }
  }

  /** Findings of a severity seen so far (kept or not). */
  public long count(Severity s) {
    return counts[s.ordinal()];
  }

  /** Findings at or above {@code threshold} seen so far. */
  public long countAtLeast(Severity threshold) {
    long n = 0;
    for (Severity s : Severity.values()) {
      if (s.atLeast(threshold)) {
        n += counts[s.ordinal()];
      }
    }
    return n;
  }

  /** Distinct (file, record) pairs with at least one error. */
  public long recordsWithErrors() {
    long n = 0;
    for (BitSet b : errorRecords.values()) {
      n += b.cardinality();
    }
    return n;
  }

  /** Whether {@code record} of {@code file} has an error finding. */
  public boolean hasError(String file, long record) {
    BitSet b = errorRecords.get(file == null ? "" : file);
    return b != null && record > 0 && record <= Integer.MAX_VALUE && b.get((int) record);
  }

  /** The findings kept, in the order they arrived. */
  public List<Finding> findings() {
    return Collections.unmodifiableList(kept);
  }

  /** Findings counted but not kept because of the limit. */
  public long omitted() {
    return omitted;
  }
}
