package org.shutong.drg;

/**
 * Reads the grouper's numeric fields from their text without allocating: sex, ages and weight are
 * compared as numbers (ALGORITHM.md §4), so {@code "1"}, {@code " 1 "} and {@code "1.0"} are the
 * same value.
 */
final class Numbers {
  private Numbers() {}

  /** 1 (male) or 2 (female) from {@code 1}/{@code 2} (as numbers) or {@code 男}/{@code 女}; -1 otherwise. */
  static int sex(String s) {
    String v = s.strip();
    if (v.equals("男")) {
      return 1;
    }
    if (v.equals("女")) {
      return 2;
    }
    double d = number(v);
    if (d == 1) {
      return 1;
    }
    if (d == 2) {
      return 2;
    }
    return -1;
  }

  /** A whole number {@code >= 0} (ages), or -1 if the text is not one. */
  static int count(String s) {
    double d = number(s);
    if (Double.isNaN(d) || d < 0 || d != Math.rint(d) || d > Integer.MAX_VALUE) {
      return -1;
    }
    return (int) d;
  }

  /**
   * A plain decimal number ({@code 12}, {@code -3}, {@code 2450.5}, surrounding spaces allowed), or
   * NaN if the text is blank or not such a number (no exponents, no thousands separators, no units).
   */
  static double number(String s) {
    int i = 0;
    int end = s.length();
    while (i < end && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    while (end > i && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    if (i == end) {
      return Double.NaN;
    }
    boolean negative = false;
    if (s.charAt(i) == '-') {
      negative = true;
      i++;
    }
    long whole = 0;
    int digits = 0;
    while (i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      if (digits++ > 15) {
        return Double.NaN;
      }
      whole = whole * 10 + (s.charAt(i) - '0');
      i++;
    }
    double value = whole;
    if (i < end && s.charAt(i) == '.') {
      i++;
      double scale = 0.1;
      int fraction = 0;
      while (i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        value += (s.charAt(i) - '0') * scale;
        scale /= 10;
        fraction++;
        i++;
      }
      if (fraction == 0 && digits == 0) {
        return Double.NaN;
      }
    } else if (digits == 0) {
      return Double.NaN;
    }
    if (i != end) {
      return Double.NaN;
    }
    return negative ? -value : value;
  }
}
