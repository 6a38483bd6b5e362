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
  /** Per first character (ASCII): the indexes of the ranges that can hold a code starting with it. */
  private final int[][] byFirst = new int[128][];

  private IcdRanges(String[] from, String[] to) {
    this.from = from;
    this.to = to;
    List<List<Integer>> lists = new ArrayList<>();
    for (int c = 0; c < 128; c++) {
      lists.add(new ArrayList<>());
    }
    for (int i = 0; i < from.length; i++) {
      char a = from[i].charAt(0);
      char b = to[i].charAt(0);
      for (char c = a; c <= b && c < 128; c++) {
        lists.get(c).add(i);
      }
    }
    for (int c = 0; c < 128; c++) {
      byFirst[c] = lists.get(c).stream().mapToInt(Integer::intValue).toArray();
    }
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
    if (code.isEmpty()) {
      return false;
    }
    char c0 = code.charAt(0);
    if (c0 >= 128) {
      return false;
    }
    for (int i : byFirst[c0]) {
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
