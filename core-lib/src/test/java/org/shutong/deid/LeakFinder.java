package org.shutong.deid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds which of many values occur anywhere in a text: a rolling hash per value length over the
 * whole text, candidates verified exactly. Fast enough for hundreds of thousands of values in tens
 * of megabytes.
 */
final class LeakFinder {
  private static final long B = 1_000_003L;

  private LeakFinder() {}

  /** The values (non-blank, at least {@code minLength} characters) that occur in {@code text}. */
  static List<String> find(String text, List<String> values, int minLength) {
    Map<Integer, Map<Long, List<String>>> byLength = new HashMap<>();
    for (String v : values) {
      if (v == null || v.isBlank() || v.length() < minLength) {
        continue;
      }
      byLength.computeIfAbsent(v.length(), k -> new HashMap<>())
          .computeIfAbsent(hash(v, 0, v.length()), k -> new ArrayList<>()).add(v);
    }
    Set<String> found = new HashSet<>();
    for (Map.Entry<Integer, Map<Long, List<String>>> e : byLength.entrySet()) {
      int len = e.getKey();
      Map<Long, List<String>> table = e.getValue();
      if (text.length() < len) {
        continue;
      }
      long pow = 1;
      for (int i = 1; i < len; i++) {
        pow *= B;
      }
      long h = hash(text, 0, len);
      for (int i = 0; ; i++) {
        List<String> cands = table.get(h);
        if (cands != null) {
          for (String c : cands) {
            if (text.regionMatches(i, c, 0, len)) {
              found.add(c);
            }
          }
        }
        if (i + len >= text.length()) {
          break;
        }
        h = (h - text.charAt(i) * pow) * B + text.charAt(i + len);
      }
    }
    return new ArrayList<>(found);
  }

  private static long hash(String s, int from, int len) {
    long h = 0;
    for (int i = from; i < from + len; i++) {
      h = h * B + s.charAt(i);
    }
    return h;
  }
}
