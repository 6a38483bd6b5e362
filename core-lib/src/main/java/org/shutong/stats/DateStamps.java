package org.shutong.stats;

/**
 * Fast, allocation-free parsing of the date and date-time values found in case-card and first-page
 * extracts: {@code 2022-11-03}, {@code 2022/11/3 9:05}, {@code 2022-11-03 09:05:07.0},
 * {@code 2022-11-03T09:05:07}, {@code 2022-11-03T09:05:07+08:00}, {@code 20221103}, {@code 20221103090507},
 * {@code 2022年11月3日}. No
 * regular expressions and no exceptions on the hot path.
 *
 * <p>A parsed value is a <em>stamp</em>: the epoch second shifted left by one, with the low bit set
 * when the value carried a time of day. {@link #EMPTY} and {@link #INVALID} are reserved.
 */
final class DateStamps {
  /** The value was blank. */
  static final long EMPTY = Long.MIN_VALUE;
  /** The value was not a valid date. */
  static final long INVALID = Long.MIN_VALUE + 1;

  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2199;

  private DateStamps() {}

  /** Whether {@code stamp} is a parsed date (neither {@link #EMPTY} nor {@link #INVALID}). */
  static boolean valid(long stamp) {
    return stamp != EMPTY && stamp != INVALID;
  }

  /** The epoch second of a valid stamp (midnight when it had no time). */
  static long epochSecond(long stamp) {
    return stamp >> 1;
  }

  /** The epoch day of a valid stamp. */
  static long epochDay(long stamp) {
    return Math.floorDiv(stamp >> 1, 86_400L);
  }

  /** Whether a valid stamp carried a time of day. */
  static boolean hasTime(long stamp) {
    return (stamp & 1L) != 0;
  }

  /** Parses {@code s}; see the class comment for the accepted forms. */
  static long parse(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && s.charAt(i) <= ' ') {
      i++;
    }
    while (n > i && s.charAt(n - 1) <= ' ') {
      n--;
    }
    if (i == n) {
      return EMPTY;
    }
    int year;
    int month;
    int day;
    int p = i;
    int digits = countDigits(s, p, n);
    if (digits == 8 || digits == 14) {
      year = num(s, p, 4);
      month = num(s, p + 4, 2);
      day = num(s, p + 6, 2);
      p += 8;
      if (digits == 14) {
        int h = num(s, p, 2);
        int mi = num(s, p + 2, 2);
        int se = num(s, p + 4, 2);
        p += 6;
        if (p != n) {
          return INVALID;
        }
        return stamp(year, month, day, h, mi, se, true);
      }
      if (p == n) {
        return stamp(year, month, day, 0, 0, 0, false);
      }
      return time(s, p, n, year, month, day);
    }
    if (digits != 4) {
      return INVALID;
    }
    year = num(s, p, 4);
    p += 4;
    if (p >= n) {
      return INVALID;
    }
    char sep = s.charAt(p);
    if (sep != '-' && sep != '/' && sep != '.' && sep != '年') {
      return INVALID;
    }
    p++;
    int d = countDigits(s, p, n);
    if (d < 1 || d > 2) {
      return INVALID;
    }
    month = num(s, p, d);
    p += d;
    if (p >= n) {
      return INVALID;
    }
    char sep2 = s.charAt(p);
    if (sep == '年' ? sep2 != '月' : sep2 != sep) {
      return INVALID;
    }
    p++;
    d = countDigits(s, p, n);
    if (d < 1 || d > 2) {
      return INVALID;
    }
    day = num(s, p, d);
    p += d;
    if (sep == '年') {
      if (p < n && s.charAt(p) == '日') {
        p++;
      }
    }
    if (p == n) {
      return stamp(year, month, day, 0, 0, 0, false);
    }
    return time(s, p, n, year, month, day);
  }

  private static long time(String s, int p, int n, int year, int month, int day) {
    char c = s.charAt(p);
    if (c != ' ' && c != 'T') {
      return INVALID;
    }
    while (p < n && (s.charAt(p) == ' ' || s.charAt(p) == 'T')) {
      p++;
    }
    int d = countDigits(s, p, n);
    if (d < 1 || d > 2) {
      return INVALID;
    }
    int h = num(s, p, d);
    p += d;
    if (p >= n || s.charAt(p) != ':') {
      return INVALID;
    }
    p++;
    d = countDigits(s, p, n);
    if (d != 2) {
      return INVALID;
    }
    int mi = num(s, p, 2);
    p += 2;
    int se = 0;
    if (p < n && s.charAt(p) == ':') {
      p++;
      d = countDigits(s, p, n);
      if (d != 2) {
        return INVALID;
      }
      se = num(s, p, 2);
      p += 2;
      if (p < n && s.charAt(p) == '.') {
        p++;
        d = countDigits(s, p, n);
        if (d < 1 || d > 9) {
          return INVALID;
        }
        p += d;
      }
    }
    if (p < n) {
      // an ISO 8601 zone designator (Z, +08:00, +0800) as JSON exports write it: the local time as written counts
      char z = s.charAt(p);
      if (z == 'Z' && p + 1 == n) {
        p = n;
      } else if ((z == '+' || z == '-') && ((n - p == 6 && s.charAt(p + 3) == ':') || n - p == 5)
          && countDigits(s, p + 1, p + 3) == 2) {
        p = n;
      }
    }
    if (p != n) {
      return INVALID;
    }
    return stamp(year, month, day, h, mi, se, true);
  }

  private static long stamp(int y, int m, int d, int h, int mi, int se, boolean hasTime) {
    if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)
        || h < 0 || h > 23 || mi < 0 || mi > 59 || se < 0 || se > 59) {
      return INVALID;
    }
    long epochSecond = epochDay(y, m, d) * 86_400L + h * 3600L + mi * 60L + se;
    return (epochSecond << 1) | (hasTime ? 1L : 0L);
  }

  static int daysInMonth(int y, int m) {
    return switch (m) {
      case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Days since 1970-01-01 of a valid civil date (the algorithm of {@code java.time.LocalDate}). */
  static long epochDay(int year, int month, int day) {
    long y = year;
    long m = month;
    long total = 365 * y;
    total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    total += (367 * m - 362) / 12;
    total += day - 1;
    if (m > 2) {
      total--;
      if (!(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))) {
        total--;
      }
    }
    return total - 719_528L;
  }

  private static int countDigits(String s, int p, int n) {
    int k = p;
    while (k < n) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        break;
      }
      k++;
    }
    return k - p;
  }

  private static int num(String s, int p, int len) {
    int v = 0;
    for (int k = p; k < p + len; k++) {
      v = v * 10 + (s.charAt(k) - '0');
    }
    return v;
  }
}
