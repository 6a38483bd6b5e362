package org.shutong.interop;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HL7 V3 point-in-time values ({@code TS}: {@code YYYY[MM[DD[HH[MM[SS[.S+]]]]]][+|-ZZzz]}) as CDA
 * documents and v3 messages write them, e.g. {@code 20240315093000}.
 */
final class HlTime {
  private static final Pattern TS =
      Pattern.compile("(\\d{4})(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(\\.\\d{1,4})?([+-]\\d{4})?");
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

  private HlTime() {}

  /**
   * The number of digits before any fraction or zone if {@code v} is a valid TS (4, 6, 8, 10, 12
   * or 14), else 0. Precisions of 6 or more must be real calendar dates and clock times.
   */
  static int precision(String v) {
    if (v == null) {
      return 0;
    }
    Matcher m = TS.matcher(v.trim());
    if (!m.matches()) {
      return 0;
    }
    int year = Integer.parseInt(m.group(1));
    int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
    int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
    int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
    int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
    if (m.group(7) != null && m.group(6) == null) {
      return 0;
    }
    if (year < 1) {
      return 0;
    }
    try {
      LocalDate.of(year, month, day);
      if (hour > 23 || minute > 59 || second > 59) {
        return 0;
      }
    } catch (DateTimeException e) {
      return 0;
    }
    int digits = 4;
    for (int g = 2; g <= 6; g++) {
      if (m.group(g) != null) {
        digits += 2;
      }
    }
    return digits;
  }

  /** Whether {@code v} is a valid TS. */
  static boolean valid(String v) {
    return precision(v) > 0;
  }

  /** {@code t} as a 14-digit TS. */
  static String format(LocalDateTime t) {
    return SECONDS.format(t);
  }
}
