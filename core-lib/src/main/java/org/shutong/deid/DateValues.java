package org.shutong.deid;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Reading and writing the date part of date and date-time values, without regular expressions. */
final class DateValues {
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
    if (n >= 10 && (s.charAt(4) == '-' || s.charAt(4) == '/' || s.charAt(4) == '.') && s.charAt(7) == s.charAt(4)) {
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
    if (d > LocalDate.of(y, m, 1).lengthOfMonth()) {
      return -1;
    }
    return y * 10000 + m * 100 + d;
  }

  /** Where the date part of {@code value} ends (its time, if any, starts after it). */
  static int dateEnd(String value) {
    String s = value.strip();
    return s.length() >= 10 && (s.charAt(4) == '-' || s.charAt(4) == '/' || s.charAt(4) == '.') ? 10 : 8;
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

  /** The date {@code days} after {@code ymd}, written in the separator style of {@code original}. */
  static String shift(String original, int ymd, int days) {
    LocalDate date;
    try {
      date = LocalDate.of(ymd / 10000, ymd / 100 % 100, ymd % 100).plusDays(days);
    } catch (DateTimeException e) {
      return null;
    }
    String s = original.strip();
    int end = dateEnd(s);
    String rest = s.substring(end);
    String iso = format(date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth());
    if (end == 8) {
      return iso.replace("-", "") + rest;
    }
    char sep = s.charAt(4);
    return (sep == '-' ? iso : iso.replace('-', sep)) + rest;
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
