package org.shutong.conformance;

/**
 * Reads the ways extracts write dates and times into one comparable number {@code yyyyMMddHHmmss}
 * (a date alone at 00:00:00): {@code YYYYMMDD} (D8), {@code YYYY-MM-DD}, {@code YYYY/MM/DD},
 * {@code YYYY.MM.DD}, {@code YYYYMMDDThhmmss} (DT15), {@code YYYYMMDDhhmmss}, and the dashed forms
 * followed by a space or {@code T} and {@code hh:mm} or {@code hh:mm:ss} (fractions ignored). Only
 * real calendar dates of the years 1000–2999 are read. No allocation, no exceptions.
 */
final class Dates {
  /** Not a date. */
  static final long NONE = -1;
  private Dates() {}

  /** The value of {@code s[from,to)} as yyyyMMddHHmmss, or {@link #NONE}. */
  static long parse(CharSequence s, int from, int to) {
    int n = to - from;
    if (n < 8) {
      return NONE;
    }
    int y;
    int mo;
    int d;
    int p;
    if (digits(s, from, 8)) {
      y = num(s, from, 4);
      mo = num(s, from + 4, 2);
      d = num(s, from + 6, 2);
      p = from + 8;
      if (n == 8) {
        return date(y, mo, d);
      }
      if (n == 14 && digits(s, p, 6)) {
        return dateTime(y, mo, d, num(s, p, 2), num(s, p + 2, 2), num(s, p + 4, 2));
      }
      if (n == 15 && s.charAt(p) == 'T' && digits(s, p + 1, 6)) {
        return dateTime(y, mo, d, num(s, p + 1, 2), num(s, p + 3, 2), num(s, p + 5, 2));
      }
      return NONE;
    }
    if (n < 10) {
      return NONE;
    }
    char sep = s.charAt(from + 4);
    if ((sep != '-' && sep != '/' && sep != '.') || s.charAt(from + 7) != sep
        || !digits(s, from, 4) || !digits(s, from + 5, 2) || !digits(s, from + 8, 2)) {
      return NONE;
    }
    y = num(s, from, 4);
    mo = num(s, from + 5, 2);
    d = num(s, from + 8, 2);
    if (n == 10) {
      return date(y, mo, d);
    }
    p = from + 10;
    char t = s.charAt(p);
    if ((t != ' ' && t != 'T') || n < 16 || !digits(s, p + 1, 2) || s.charAt(p + 3) != ':' || !digits(s, p + 4, 2)) {
      return NONE;
    }
    int hh = num(s, p + 1, 2);
    int mm = num(s, p + 4, 2);
    int ss = 0;
    if (n >= 19) {
      if (s.charAt(p + 6) != ':' || !digits(s, p + 7, 2)) {
        return NONE;
      }
      ss = num(s, p + 7, 2);
      if (n > 19 && s.charAt(p + 9) != '.') {
        return NONE;
      }
    } else if (n != 16) {
      return NONE;
    }
    return dateTime(y, mo, d, hh, mm, ss);
  }

  /** Whether the value was written with a time of day (a date-time rather than a date). */
  static boolean hasTime(int length) {
    return length > 10;
  }

  private static long date(int y, int mo, int d) {
    if (y < 1000 || y > 2999 || mo < 1 || mo > 12 || d < 1 || d > FormatChecks.daysInMonth(y, mo)) {
      return NONE;
    }
    return (y * 10000L + mo * 100L + d) * 1_000_000L;
  }

  private static long dateTime(int y, int mo, int d, int hh, int mm, int ss) {
    long day = date(y, mo, d);
    if (day == NONE || hh > 23 || mm > 59 || ss > 59) {
      return NONE;
    }
    return day + hh * 10000L + mm * 100L + ss;
  }

  /** The date part, yyyyMMdd. */
  static int day(long v) {
    return (int) (v / 1_000_000L);
  }

  /**
   * Days since 1970-01-01 of a yyyyMMdd day (proleptic Gregorian), without allocating: the
   * days-from-civil algorithm (H. Hinnant, "chrono-compatible low-level date algorithms").
   */
  static long daysFromCivil(int yyyymmdd) {
    int y = yyyymmdd / 10000;
    int m = yyyymmdd / 100 % 100;
    int d = yyyymmdd % 100;
    y -= m <= 2 ? 1 : 0;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097L + doe - 719468;
  }

  /** The ISO text of a yyyyMMddHHmmss value ({@code 2024-01-31} or {@code 2024-01-31 08:30:00}). */
  static String text(long v, boolean withTime) {
    int day = day(v);
    String d = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", day / 10000, day / 100 % 100, day % 100);
    if (!withTime) {
      return d;
    }
    long t = v % 1_000_000L;
    return d + String.format(java.util.Locale.ROOT, " %02d:%02d:%02d", t / 10000, t / 100 % 100, t % 100);
  }

  private static boolean digits(CharSequence s, int from, int count) {
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int num(CharSequence s, int from, int count) {
    return FormatChecks.num(s, from, count);
  }
}
