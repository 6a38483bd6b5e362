package org.shutong.deid;

/**
 * Reading and writing the date part of date and date-time values on their characters, without
 * regular expressions or {@code java.time} objects per value (the date shift runs on every date of
 * every record). Dates are of the proleptic Gregorian calendar, as ISO 8601 and {@code java.time}
 * count them; only years 0000 to 9999 are written.
 */
final class DateValues {
  /** Days in 400 Gregorian years (the calendar repeats after them). */
  private static final long DAYS_PER_400_YEARS = 146_097;
  /** Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar. */
  private static final long DAYS_0000_03_01_TO_1970 = 719_468;

  private DateValues() {}

  /**
   * The date of {@code value} as {@code yyyy*10000+MM*100+dd}, or -1: {@code yyyy-MM-dd},
   * {@code yyyy/MM/dd}, {@code yyyy.MM.dd}, {@code yyyyMMdd}, each optionally followed by a space or
   * {@code T} and a time.
   */
  static int parse(String value) {
    String s = value.strip();
    int n = s.length();
    int y;
    int m;
    int d;
    int end;
    if (n >= 10 && separator(s.charAt(4)) && s.charAt(7) == s.charAt(4)) {
      y = digits(s, 0, 4);
      m = digits(s, 5, 2);
      d = digits(s, 8, 2);
      end = 10;
    } else if (n >= 8) {
      y = digits(s, 0, 4);
      m = digits(s, 4, 2);
      d = digits(s, 6, 2);
      end = 8;
    } else {
      return -1;
    }
    if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31) {
      return -1;
    }
    if (end < n && s.charAt(end) != ' ' && s.charAt(end) != 'T') {
      return -1;
    }
    if (d > lengthOfMonth(y, m)) {
      return -1;
    }
    return y * 10000 + m * 100 + d;
  }

  private static boolean separator(char c) {
    return c == '-' || c == '/' || c == '.';
  }

  static String format(int ymd) {
    int y = ymd / 10000;
    int m = ymd / 100 % 100;
    int d = ymd % 100;
    char[] c = new char[10];
    c[0] = (char) ('0' + y / 1000);
    c[1] = (char) ('0' + y / 100 % 10);
    c[2] = (char) ('0' + y / 10 % 10);
    c[3] = (char) ('0' + y % 10);
    c[4] = '-';
    c[5] = (char) ('0' + m / 10);
    c[6] = (char) ('0' + m % 10);
    c[7] = '-';
    c[8] = (char) ('0' + d / 10);
    c[9] = (char) ('0' + d % 10);
    return new String(c);
  }

  /**
   * The date {@code days} after {@code ymd} (a date that {@link #parse} gave for {@code original}),
   * written in the layout of {@code original}: the same separators, the same time part, only the
   * date's digits changed. {@code null} if that date is outside the years 0000 to 9999.
   */
  static String shift(String original, int ymd, int days) {
    int to = plusDays(ymd, days);
    if (to < 0) {
      return null;
    }
    String s = original.strip();
    int n = s.length();
    char[] c = new char[n];
    s.getChars(0, n, c, 0);
    // parse() took a separated date only when the same separator stands at 4 and 7
    int at = n >= 10 && separator(s.charAt(4)) ? 1 : 0;
    put(c, 0, to / 10000, 4);
    put(c, 4 + at, to / 100 % 100, 2);
    put(c, 6 + 2 * at, to % 100, 2);
    return new String(c);
  }

  /** The date {@code days} after {@code ymd} as {@code yyyy*10000+MM*100+dd}, or -1 outside 0000–9999. */
  static int plusDays(int ymd, int days) {
    long day = epochDay(ymd / 10000, ymd / 100 % 100, ymd % 100) + days;
    return ofEpochDay(day);
  }

  /** Days since 1970-01-01 of a valid date (negative before). */
  static long epochDay(int year, int month, int day) {
    // count from 0000-03-01 so that the leap day is the last day of a counted year
    long y = month <= 2 ? year - 1L : year;
    long era = Math.floorDiv(y, 400);
    long yearOfEra = y - era * 400;
    long dayOfYear = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * DAYS_PER_400_YEARS + dayOfEra - DAYS_0000_03_01_TO_1970;
  }

  /** The date of {@code epochDay} as {@code yyyy*10000+MM*100+dd}, or -1 outside 0000–9999. */
  static int ofEpochDay(long epochDay) {
    long z = epochDay + DAYS_0000_03_01_TO_1970;
    long era = Math.floorDiv(z, DAYS_PER_400_YEARS);
    long dayOfEra = z - era * DAYS_PER_400_YEARS;
    long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    long mp = (5 * dayOfYear + 2) / 153;
    long day = dayOfYear - (153 * mp + 2) / 5 + 1;
    long month = mp < 10 ? mp + 3 : mp - 9;
    long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999) {
      return -1;
    }
    return (int) (year * 10000 + month * 100 + day);
  }

  /** Days in {@code month} of {@code year} (Gregorian leap years). */
  static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  private static void put(char[] c, int at, int value, int width) {
    int v = value;
    for (int i = at + width - 1; i >= at; i--) {
      c[i] = (char) ('0' + v % 10);
      v /= 10;
    }
  }

  private static int digits(String s, int from, int len) {
    int v = 0;
    for (int i = from; i < from + len; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
