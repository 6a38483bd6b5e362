package org.shutong.conformance;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The representation format (表示格式) of a data element, as WS 363.1-2011 clause 5.2 and WS/T
 * 303-2009 write it, parsed once and then applied to values without regular expressions.
 *
 * <p>Grammar:
 *
 * <pre>
 * format   = "D8" | "DT15" | "T6" | "T/F" | chars [length] ["," decimals]
 * chars    = "A" | "N" | "AN"
 * length   = n            fixed length, e.g. N2, AN18
 *          | ".." max     1 to max characters, e.g. AN..20
 *          | min ".." max min to max characters, e.g. N1..3
 * decimals = d            only after N: exactly d digits after a decimal point, e.g. N4,1, N..6,2
 * </pre>
 *
 * <ul>
 *   <li>{@code A} letters (字母字符): any character but a digit or a control character; Chinese
 *       characters are letters (WS 445 names, A..50, hold them), and so are spaces and punctuation
 *       in names ({@code ·}). This reading is Shutong's: the standard names only the class.
 *   <li>{@code N} digits (数字字符): ASCII digits only; no sign, no full-width digits.
 *   <li>{@code AN} letters and/or digits (字母和(或)数字字符): any text without control characters
 *       other than tab and line breaks (free-text elements such as 现病史 hold punctuation).
 *   <li>Length counts characters (Unicode code points), the decimal point included: {@code N4,1}
 *       is {@code 36.5} (as the vendors' 互联互通 validators read it).
 *   <li>{@code D8} {@code YYYYMMDD}, {@code DT15} {@code YYYYMMDDThhmmss}, {@code T6} {@code hhmmss}:
 *       real calendar dates and times (GB/T 7408 basic format); {@code T/F} boolean, {@code T} or
 *       {@code F}.
 * </ul>
 *
 * @param text the format as written in the catalogue
 * @param kind which of the grammar's kinds
 * @param minLength smallest length allowed (1 when none is given)
 * @param maxLength largest length allowed, or {@link Integer#MAX_VALUE} when none is given
 * @param decimals digits after the decimal point for {@code N} with decimals, else {@code -1}
 */
@API(status = API.Status.STABLE, since = "0.1")
public record RepresentationFormat(String text, Kind kind, int minLength, int maxLength, int decimals) {

  /** The kinds of representation format. */
  public enum Kind {
    /** {@code A}: letters. */
    A,
    /** {@code N}: digits, optionally with decimals. */
    N,
    /** {@code AN}: letters and/or digits (text). */
    AN,
    /** {@code D8}: date YYYYMMDD. */
    DATE,
    /** {@code DT15}: date-time YYYYMMDDThhmmss. */
    DATETIME,
    /** {@code T6}: time hhmmss. */
    TIME,
    /** {@code T/F}: boolean. */
    BOOLEAN
  }

  /** Checks the components. */
  public RepresentationFormat {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    if (minLength < 0 || maxLength < minLength) {
      throw new IllegalArgumentException("bad length range " + minLength + ".." + maxLength);
    }
  }

  /**
   * Parses a format such as {@code AN..20}, {@code N1..3}, {@code N4,1}, {@code D8}.
   *
   * @throws IllegalArgumentException naming what is wrong, if {@code text} is not a format of the grammar
   */
  public static RepresentationFormat parse(String text) {
    String t = text.strip();
    switch (t) {
      case "D8":
        return new RepresentationFormat(t, Kind.DATE, 8, 8, -1);
      case "DT15":
        return new RepresentationFormat(t, Kind.DATETIME, 15, 15, -1);
      case "T6":
        return new RepresentationFormat(t, Kind.TIME, 6, 6, -1);
      case "T/F":
        return new RepresentationFormat(t, Kind.BOOLEAN, 1, 1, -1);
      default:
        break;
    }
    Kind kind;
    int i;
    if (t.startsWith("AN")) {
      kind = Kind.AN;
      i = 2;
    } else if (t.startsWith("A")) {
      kind = Kind.A;
      i = 1;
    } else if (t.startsWith("N")) {
      kind = Kind.N;
      i = 1;
    } else {
      throw new IllegalArgumentException("'" + text + "': a format starts with A, N or AN, or is D8, DT15, T6 or T/F");
    }
    int n = t.length();
    int first = -1;
    int j = i;
    while (j < n && isDigit(t.charAt(j))) {
      j++;
    }
    if (j > i) {
      first = number(t, i, j, text);
    }
    int min;
    int max;
    if (j + 1 < n && t.charAt(j) == '.' && t.charAt(j + 1) == '.') {
      int k = j + 2;
      int m = k;
      while (m < n && isDigit(t.charAt(m))) {
        m++;
      }
      if (m == k) {
        throw new IllegalArgumentException("'" + text + "': '..' must be followed by the maximum length");
      }
      max = number(t, k, m, text);
      min = first < 0 ? 1 : first;
      j = m;
    } else if (first >= 0) {
      min = first;
      max = first;
    } else {
      min = 1;
      max = Integer.MAX_VALUE;
    }
    int decimals = -1;
    if (j < n && t.charAt(j) == ',') {
      int k = j + 1;
      int m = k;
      while (m < n && isDigit(t.charAt(m))) {
        m++;
      }
      if (m == k) {
        throw new IllegalArgumentException("'" + text + "': ',' must be followed by the number of decimals");
      }
      if (kind != Kind.N) {
        throw new IllegalArgumentException("'" + text + "': only N formats have decimals");
      }
      if (max == Integer.MAX_VALUE) {
        throw new IllegalArgumentException("'" + text + "': decimals need a length before them (N4,1)");
      }
      decimals = number(t, k, m, text);
      j = m;
    }
    if (j != n) {
      throw new IllegalArgumentException("'" + text + "': unexpected '" + t.substring(j) + "'");
    }
    if (min < 1 || max < min) {
      throw new IllegalArgumentException("'" + text + "': length must be at least 1 and min ≤ max");
    }
    if (decimals >= 0 && max != Integer.MAX_VALUE && decimals + 2 > max) {
      throw new IllegalArgumentException("'" + text + "': " + decimals + " decimals do not fit in length " + max);
    }
    return new RepresentationFormat(t, kind, min, max, decimals);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int number(String t, int from, int to, String text) {
    if (to - from > 6) {
      throw new IllegalArgumentException("'" + text + "': length too large");
    }
    return Integer.parseInt(t, from, to, 10);
  }

  /** Whether the length is fixed ({@code N2}, {@code D8}). */
  public boolean fixedLength() {
    return minLength == maxLength;
  }

  /**
   * Checks a (non-empty) value against this format. Leading or trailing spaces are characters like
   * any other: strip them first if they are to be ignored.
   */
  public FormatDefect check(CharSequence v) {
    return switch (kind) {
      case DATE -> FormatChecks.date(v, 0, v.length()) ? FormatDefect.NONE : FormatDefect.DATE;
      case DATETIME -> FormatChecks.dateTime(v) ? FormatDefect.NONE : FormatDefect.DATETIME;
      case TIME -> FormatChecks.time(v, 0, v.length()) ? FormatDefect.NONE : FormatDefect.TIME;
      case BOOLEAN -> v.length() == 1 && (v.charAt(0) == 'T' || v.charAt(0) == 'F')
          ? FormatDefect.NONE : FormatDefect.BOOLEAN;
      case A, AN, N -> FormatChecks.chars(this, v);
    };
  }

  @Override
  public String toString() {
    return text;
  }
}
