package org.shutong.deid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Accumulates records' quasi-identifier (and sensitive) values and computes {@link RiskMeasures}.
 * Classes are kept as 64-bit digests of the values with their counts, so memory stays small
 * on millions of records; distinct sensitive values per class are kept only for the sensitive
 * columns asked for. Not thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RiskAnalyzer {
  /** The thresholds of {@link RiskMeasures#recordsInClassesBelow()}. */
  private static final int[] THRESHOLDS = {2, 5, 10};

  private final List<String> sensitive;
  private final String marker;
  private final LongCounts classes = new LongCounts(1 << 12);
  private final List<Map<Long, java.util.Set<Long>>> distinct = new ArrayList<>();
  private long suppressed;

  /**
   * @param sensitive names of the sensitive columns, in the order their values are given
   * @param marker the suppression marker: a record whose quasi-identifiers are all the marker is
   *     counted as suppressed
   */
  public RiskAnalyzer(List<String> sensitive, String marker) {
    this.sensitive = List.copyOf(sensitive);
    this.marker = marker;
    for (int i = 0; i < sensitive.size(); i++) {
      distinct.add(new HashMap<>());
    }
  }

  /** Adds one record. */
  public void add(String[] qi, String[] sensitiveValues) {
    boolean allMarked = qi.length > 0;
    for (String v : qi) {
      allMarked &= marker.equals(v);
    }
    if (allMarked) {
      suppressed++;
      return;
    }
    long key = hash(qi);
    classes.add(key, 1);
    for (int i = 0; i < distinct.size(); i++) {
      distinct.get(i).computeIfAbsent(key, x -> new java.util.HashSet<>())
          .add(hash(new String[] {sensitiveValues[i]}));
    }
  }

  /**
   * A 64-bit digest of the values (FNV-1a over the characters, values separated, then the MurmurHash3
   * finaliser): with a million classes the chance that two share a digest is about 3 in 10^8.
   */
  static long hash(String[] values) {
    long h = 0xcbf29ce484222325L;
    for (String v : values) {
      for (int i = 0; i < v.length(); i++) {
        h = (h ^ v.charAt(i)) * 0x100000001b3L;
      }
      h = (h ^ 0x1f) * 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == Long.MIN_VALUE ? 0 : h;
  }

  /** The measures of the records added so far. */
  public RiskMeasures result() {
    long[] n = new long[1];
    long[] min = {Long.MAX_VALUE};
    long[] below = new long[THRESHOLDS.length];
    classes.forEach((key, count) -> {
      n[0] += count;
      min[0] = Math.min(min[0], count);
      for (int t = 0; t < THRESHOLDS.length; t++) {
        if (count < THRESHOLDS[t]) {
          below[t] += count;
        }
      }
    });
    long records = n[0];
    long k = records == 0 ? 0 : min[0];
    Map<String, Double> shares = new LinkedHashMap<>();
    for (int t = 0; t < THRESHOLDS.length; t++) {
      shares.put(String.valueOf(THRESHOLDS[t]), records == 0 ? 0.0 : (double) below[t] / records);
    }
    Map<String, Long> l = new LinkedHashMap<>();
    for (int i = 0; i < sensitive.size(); i++) {
      long minL = Long.MAX_VALUE;
      for (java.util.Set<Long> s : distinct.get(i).values()) {
        minL = Math.min(minL, s.size());
      }
      l.put(sensitive.get(i), minL == Long.MAX_VALUE ? 0 : minL);
    }
    return new RiskMeasures(records, suppressed, k, classes.size(), shares,
        k == 0 ? 0 : 1.0 / k, records == 0 ? 0 : (double) classes.size() / records, l);
  }
}
