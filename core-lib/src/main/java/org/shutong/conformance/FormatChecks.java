package org.shutong.conformance;

/** The value checks behind {@link RepresentationFormat#check}: one pass over the characters, no allocation. */
final class FormatChecks {
  private FormatChecks() {}

  static FormatDefect chars(RepresentationFormat f, CharSequence v) {
    return switch (f.kind()) {
      case N -> f.decimals() > 0 ? decimal(f, v) : digits(f, v);
      case A -> text(f, v, false);
      default -> text(f, v, true);
    };
  }

  /** {@code N} without decimals: ASCII digits only. */
  private static FormatDefect digits(RepresentationFormat f, CharSequence v) {
    int n = v.length();
    for (int i = 0; i < n; i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return FormatDefect.CHARACTERS;
      }
    }
    return n < f.minLength() || n > f.maxLength() ? FormatDefect.LENGTH : FormatDefect.NONE;
  }

  /** {@code Nx,d}: digits, one point, exactly {@code d} digits after it; the point counts in the length. */
  private static FormatDefect decimal(RepresentationFormat f, CharSequence v) {
    int n = v.length();
    int dot = -1;
    for (int i = 0; i < n; i++) {
      char c = v.charAt(i);
      if (c == '.' && dot < 0) {
        dot = i;
      } else if (c < '0' || c > '9') {
        return FormatDefect.CHARACTERS;
      }
    }
    if (dot <= 0 || n - dot - 1 != f.decimals()) {
      return FormatDefect.DECIMALS;
    }
    return n < f.minLength() || n > f.maxLength() ? FormatDefect.LENGTH : FormatDefect.NONE;
  }

  /** {@code A} (no digits) and {@code AN}: no control characters; length in code points. */
  private static FormatDefect text(RepresentationFormat f, CharSequence v, boolean digitsAllowed) {
    int n = v.length();
    int length = 0;
    for (int i = 0; i < n; i++) {
      char c = v.charAt(i);
      length++;
      if (c >= 0x20 && c < 0x7f) {
        if (!digitsAllowed && c >= '0' && c <= '9') {
          return FormatDefect.CHARACTERS;
        }
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(v.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, v.charAt(i + 1));
        i++;
        if (!digitsAllowed && Character.isDigit(cp)) {
          return FormatDefect.CHARACTERS;
        }
        continue;
      }
      if (isControl(c, digitsAllowed) || (!digitsAllowed && Character.isDigit(c))) {
        return FormatDefect.CHARACTERS;
      }
    }
    return length < f.minLength() || length > f.maxLength() ? FormatDefect.LENGTH : FormatDefect.NONE;
  }

  /** Control characters; free text (AN) may hold tab and line breaks. */
  private static boolean isControl(char c, boolean textAllowsBreaks) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return !textAllowsBreaks;
    }
    return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == '\uFFFD';
  }

  /** {@code YYYYMMDD} at {@code from}, a real date of years 0001–9999. */
  static boolean date(CharSequence v, int from, int to) {
    if (to - from != 8) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    int y = num(v, from, 4);
    int m = num(v, from + 4, 2);
    int d = num(v, from + 6, 2);
    return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
  }

  /** {@code hhmmss} at {@code from}: 00–23, 00–59, 00–59. */
  static boolean time(CharSequence v, int from, int to) {
    if (to - from != 6) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return num(v, from, 2) <= 23 && num(v, from + 2, 2) <= 59 && num(v, from + 4, 2) <= 59;
  }

  /** {@code YYYYMMDDThhmmss}. */
  static boolean dateTime(CharSequence v) {
    return v.length() == 15 && v.charAt(8) == 'T' && date(v, 0, 8) && time(v, 9, 15);
  }

  static int num(CharSequence v, int from, int count) {
    int r = 0;
    for (int i = from; i < from + count; i++) {
      r = r * 10 + (v.charAt(i) - '0');
    }
    return r;
  }

  static int daysInMonth(int y, int m) {
    return switch (m) {
      case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }
}
