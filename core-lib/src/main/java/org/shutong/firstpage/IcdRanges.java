package org.shutong.firstpage;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of ICD code ranges as QC rules write them: {@code C60-C63} (categories C60 to C63),
 * {@code D07.4-D07.6} (subcategories), {@code B26.0} or {@code Z37} (one prefix). A code matches a
 * range when its first characters, as many as the range's bounds have, fall between the bounds
 * (so {@code N70-N98} holds {@code N72.x00}). Immutable.
 */
final class IcdRanges {
  private final String[] from;
  private final String[] to;

  private IcdRanges(String[] from, String[] to) {
    this.from = from;
    this.to = to;
  }

  /**
   * Parses {@code A00-B99}-style entries.
   *
   * @throws IllegalArgumentException for an empty entry or bounds of different lengths
   */
  static IcdRanges parse(List<String> entries) {
    List<String> f = new ArrayList<>();
    List<String> t = new ArrayList<>();
    for (String e : entries) {
      String s = e.strip();
      int dash = s.indexOf('-');
      String a = dash < 0 ? s : s.substring(0, dash).strip();
      String b = dash < 0 ? s : s.substring(dash + 1).strip();
      if (a.isEmpty() || b.isEmpty() || a.length() != b.length() || a.compareTo(b) > 0) {
        throw new IllegalArgumentException("bad ICD range '" + e + "'");
      }
      f.add(a);
      t.add(b);
    }
    return new IcdRanges(f.toArray(new String[0]), t.toArray(new String[0]));
  }

  /**
   * Ranges whose bounds may differ in length, compared as the coding service's edits compare them:
   * the code's first {@code max(len(from), len(to))} characters, lexicographically.
   */
  static IcdRanges loose(List<String[]> fromTo) {
    String[] f = new String[fromTo.size()];
    String[] t = new String[fromTo.size()];
    for (int i = 0; i < f.length; i++) {
      f[i] = fromTo.get(i)[0];
      t[i] = fromTo.get(i)[1];
    }
    return new IcdRanges(f, t);
  }

  /** Whether {@code code} falls in one of the ranges. */
  boolean contains(String code) {
    for (int i = 0; i < from.length; i++) {
      String a = from[i];
      String b = to[i];
      int n = Math.max(a.length(), b.length());
      if (code.length() < n) {
        continue;
      }
      if (compare(code, a, n) >= 0 && compare(code, b, n) <= 0) {
        return true;
      }
    }
    return false;
  }

  /** {@code code.substring(0, n).compareTo(bound)} without the substring. */
  private static int compare(String code, String bound, int n) {
    int m = Math.min(n, bound.length());
    for (int k = 0; k < m; k++) {
      int d = code.charAt(k) - bound.charAt(k);
      if (d != 0) {
        return d;
      }
    }
    return n - bound.length();
  }

  int size() {
    return from.length;
  }
}
