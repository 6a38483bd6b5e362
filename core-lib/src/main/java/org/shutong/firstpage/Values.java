package org.shutong.firstpage;

import org.shutong.io.TextNumbers;

/**
 * Parsing of first-page values without allocation or exceptions: the empty-box convention, dates and
 * times (standard and the lenient forms real extracts contain), and numbers.
 *
 * <p>Empty: blank, or {@code -} — the 2011 填写说明 (卫医政发〔2011〕84号 附件2) says a box with nothing to
 * fill is written "-" (also accepted in its full-width form {@code －}).
 *
 * <p>Dates: the standard forms are {@code yyyy-MM-dd} and {@code yyyy-MM-dd HH:mm:ss}. The lenient
 * parser also reads {@code /} or {@code .} or 年月日 as date separators, 1-digit months, days and hours,
 * a {@code T} between date and time, a time without seconds, fractional seconds ({@code .000}, as SQL
 * Server writes them), and the compact {@code yyyyMMdd} / {@code yyyyMMddHHmmss}. Anything else, or
 * an impossible date, is invalid.
 */
final class Values {
  /** Returned for a missing or unparseable time. */
  static final long NONE = Long.MIN_VALUE;

  private Values() {}

  /** Status of a box: blank (nothing at all). */
  static final byte BLANK = 0;
  /** Status of a box: the "nothing to fill" mark {@code -}. */
  static final byte DASH = 1;
  /** Status of a box: a value. */
  static final byte VALUE = 2;

  /** {@link #BLANK}, {@link #DASH} or {@link #VALUE}; cheap for the common cases. */
  static byte status(String v) {
    int n = v.length();
    if (n == 0) {
      return BLANK;
    }
    char c0 = v.charAt(0);
    if (n == 1) {
      return c0 == '-' || c0 == '\uFF0D' ? DASH : c0 <= ' ' ? BLANK : VALUE;
    }
    if (c0 > ' ' && v.charAt(n - 1) > ' ') {
      return VALUE;
    }
    if (v.isBlank()) {
      return BLANK;
    }
    String t = v.strip();
    return t.equals("-") || t.equals("\uFF0D") ? DASH : VALUE;
  }

  /** Whether a value counts as not filled: blank or {@code -}. */
  static boolean isEmpty(String v) {
    if (v == null) {
      return true;
    }
    int n = v.length();
    int i = 0;
    while (i < n && v.charAt(i) <= ' ') {
      i++;
    }
    int j = n;
    while (j > i && v.charAt(j - 1) <= ' ') {
      j--;
    }
    if (i == j) {
      return true;
    }
    char c = v.charAt(i);
    if (j - i == 1 && (c == '-' || c == '\uFF0D')) {
      return true;
    }
    // only a value starting with a non-ASCII space (e.g. the ideographic space U+3000, the highest
    // character Character.isWhitespace accepts) can still be blank
    return c > 0x7F && c <= '\u3000' && Character.isWhitespace(c) && v.isBlank();
  }

  /** The value with surrounding white space removed, or {@code null} if it counts as empty. */
  static String clean(String v) {
    if (isEmpty(v)) {
      return null;
    }
    char first = v.charAt(0);
    char last = v.charAt(v.length() - 1);
    return first > ' ' && last > ' ' ? v : v.strip();
  }

  // --- numbers

  /**
   * A decimal number ({@code -12}, {@code 3.50}, {@code +1}), or one written with thousands
   * separators or full-width digits ({@code 21,841.78}, {@code ２１８４１．７８}, see
   * {@link TextNumbers}); NaN if not one.
   */
  static double parseNumber(String v) {
    if (v == null) {
      return Double.NaN;
    }
    int n = v.length();
    int i = 0;
    while (i < n && v.charAt(i) == ' ') {
      i++;
    }
    while (n > i && v.charAt(n - 1) == ' ') {
      n--;
    }
    if (i >= n) {
      return Double.NaN;
    }
    boolean neg = false;
    char c = v.charAt(i);
    if (c == '-' || c == '+') {
      neg = c == '-';
      i++;
    }
    long whole = 0;
    int digits = 0;
    while (i < n && (c = v.charAt(i)) >= '0' && c <= '9') {
      if (digits < 17) {
        whole = whole * 10 + (c - '0');
      } else {
        return slowParse(v);
      }
      digits++;
      i++;
    }
    long frac = 0;
    int fracDigits = 0;
    if (i < n && v.charAt(i) == '.') {
      i++;
      while (i < n && (c = v.charAt(i)) >= '0' && c <= '9') {
        if (fracDigits < 9) {
          frac = frac * 10 + (c - '0');
          fracDigits++;
        }
        i++;
      }
      if (fracDigits == 0 && digits == 0) {
        return TextNumbers.parse(v);
      }
    }
    if (i != n || (digits == 0 && fracDigits == 0)) {
      // not plain: thousands separators or full-width digits are still a number (not standard)
      return TextNumbers.parse(v);
    }
    double r = whole + (fracDigits == 0 ? 0 : frac / POW10[fracDigits]);
    return neg ? -r : r;
  }

  private static double slowParse(String v) {
    try {
      return Double.parseDouble(v.strip());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};

  /** Whether {@code v} is an integer in standard form: optional minus sign, digits. */
  static boolean isStandardInteger(String v) {
    int n = v.length();
    int i = n > 0 && v.charAt(0) == '-' ? 1 : 0;
    if (i >= n) {
      return false;
    }
    for (; i < n; i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code v} is a decimal in standard form: optional minus, digits, optional fraction. */
  static boolean isStandardDecimal(String v) {
    int n = v.length();
    int i = n > 0 && v.charAt(0) == '-' ? 1 : 0;
    int start = i;
    while (i < n && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
      i++;
    }
    if (i == start) {
      return false;
    }
    if (i == n) {
      return true;
    }
    if (v.charAt(i) != '.' || i + 1 >= n) {
      return false;
    }
    for (i++; i < n; i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  // --- dates and times

  /** Whether {@code v} is exactly {@code yyyy-MM-dd} and a real date. */
  static boolean isStandardDate(String v) {
    return v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-' && parseDateTime(v) != NONE;
  }

  /** Whether {@code v} is exactly {@code yyyy-MM-dd HH:mm:ss} and a real date and time. */
  static boolean isStandardDateTime(String v) {
    return v.length() == 19 && v.charAt(4) == '-' && v.charAt(7) == '-' && v.charAt(10) == ' '
        && v.charAt(13) == ':' && v.charAt(16) == ':' && parseDateTime(v) != NONE;
  }

  /**
   * Seconds since 1970-01-01 00:00 (local time, no zone) of a date or date-time in any accepted form,
   * or {@link #NONE}. A date alone gives midnight.
   */
  static long parseDateTime(String v) {
    if (v == null) {
      return NONE;
    }
    int n = v.length();
    int i = 0;
    while (i < n && v.charAt(i) <= ' ') {
      i++;
    }
    while (n > i && v.charAt(n - 1) <= ' ') {
      n--;
    }
    int len = n - i;
    if ((len == 8 || len == 14) && allDigits(v, i, n)) {
      int y = num(v, i, 4);
      int mo = num(v, i + 4, 2);
      int d = num(v, i + 6, 2);
      if (len == 8) {
        return epoch(y, mo, d, 0, 0, 0);
      }
      return epoch(y, mo, d, num(v, i + 8, 2), num(v, i + 10, 2), num(v, i + 12, 2));
    }
    // year
    if (len < 8) {
      return NONE;
    }
    int p = i;
    int y = 0;
    for (int k = 0; k < 4; k++, p++) {
      char c = v.charAt(p);
      if (c < '0' || c > '9') {
        return NONE;
      }
      y = y * 10 + (c - '0');
    }
    char sep = v.charAt(p);
    if (sep != '-' && sep != '/' && sep != '.' && sep != '年') {
      return NONE;
    }
    p++;
    int[] pos = {p};
    int mo = digits(v, pos, n, 2);
    if (mo < 0 || pos[0] >= n) {
      return NONE;
    }
    char sep2 = v.charAt(pos[0]);
    if (!(sep2 == sep || (sep == '年' && sep2 == '月'))) {
      return NONE;
    }
    pos[0]++;
    int d = digits(v, pos, n, 2);
    if (d < 0) {
      return NONE;
    }
    p = pos[0];
    if (p < n && sep == '年' && v.charAt(p) == '日') {
      p++;
    }
    if (p == n) {
      return epoch(y, mo, d, 0, 0, 0);
    }
    char t = v.charAt(p);
    if (t != ' ' && t != 'T') {
      return NONE;
    }
    while (p < n && (v.charAt(p) == ' ' || v.charAt(p) == 'T')) {
      p++;
    }
    pos[0] = p;
    int h = digits(v, pos, n, 2);
    if (h < 0 || pos[0] >= n) {
      return NONE;
    }
    char c1 = v.charAt(pos[0]);
    if (c1 != ':' && c1 != '时') {
      return NONE;
    }
    pos[0]++;
    int mi = digits(v, pos, n, 2);
    if (mi < 0) {
      return NONE;
    }
    int s = 0;
    p = pos[0];
    if (p < n && v.charAt(p) == '分') {
      p++;
    }
    if (p < n && v.charAt(p) == ':') {
      pos[0] = p + 1;
      s = digits(v, pos, n, 2);
      if (s < 0) {
        return NONE;
      }
      p = pos[0];
      if (p < n && v.charAt(p) == '.') {
        p++;
        int f = p;
        while (p < n && v.charAt(p) >= '0' && v.charAt(p) <= '9') {
          p++;
        }
        if (p == f) {
          return NONE;
        }
      }
    }
    if (p < n && v.charAt(p) == '秒') {
      p++;
    }
    if (p != n) {
      return NONE;
    }
    return epoch(y, mo, d, h, mi, s);
  }

  private static boolean allDigits(String v, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = v.charAt(k);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int num(String v, int from, int len) {
    int r = 0;
    for (int k = from; k < from + len; k++) {
      r = r * 10 + (v.charAt(k) - '0');
    }
    return r;
  }

  /** 1 to {@code max} digits at pos[0]; advances pos; -1 if none. */
  private static int digits(String v, int[] pos, int n, int max) {
    int p = pos[0];
    int r = 0;
    int k = 0;
    while (p < n && k < max) {
      char c = v.charAt(p);
      if (c < '0' || c > '9') {
        break;
      }
      r = r * 10 + (c - '0');
      p++;
      k++;
    }
    if (k == 0) {
      return -1;
    }
    pos[0] = p;
    return r;
  }

  private static long epoch(int y, int mo, int d, int h, int mi, int s) {
    if (y < 1800 || y > 2999 || mo < 1 || mo > 12 || d < 1 || d > monthLength(y, mo)
        || h > 23 || mi > 59 || s > 59) {
      return NONE;
    }
    return epochDay(y, mo, d) * 86400L + h * 3600L + mi * 60L + s;
  }

  static int monthLength(int y, int m) {
    return switch (m) {
      case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
  static long epochDay(int y, int m, int d) {
    int yy = m <= 2 ? y - 1 : y;
    int era = Math.floorDiv(yy, 400);
    int yoe = yy - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097L + doe - 719468;
  }

  /** The day (days since epoch) of a time in seconds. */
  static long day(long seconds) {
    return Math.floorDiv(seconds, 86400L);
  }
}
