package org.shutong.conformance;

/**
 * Recognises the usual ways a value misses its format, so that a message can say what was written
 * and how to write it ({@code 2024-01-31} for {@code D8}: write {@code 20240131}). Returns a hint
 * key of the messages bundle ({@code hint.*}), or {@code null}.
 */
final class FormatHints {
  private FormatHints() {}

  static String hint(RepresentationFormat f, FormatDefect d, String v) {
    if (hasFullWidthDigit(v) && (d == FormatDefect.CHARACTERS || d == FormatDefect.DATE
        || d == FormatDefect.DATETIME || d == FormatDefect.TIME)) {
      return "fullWidth";
    }
    switch (d) {
      case DATE:
        if (dashedDate(v, 0)) {
          return v.length() == 10 ? "dashedDate" : "dateWithTime";
        }
        if ((v.length() == 15 && FormatChecks.dateTime(v)) || (v.length() == 14 && FormatChecks.date(v, 0, 8))) {
          return "dateWithTime";
        }
        if (v.length() == 8 && allDigits(v)) {
          return "notARealDate";
        }
        return null;
      case DATETIME:
        if (dashedDate(v, 0)) {
          return "dashedDateTime";
        }
        if (v.length() == 14 && allDigits(v)) {
          return "missingT";
        }
        if (v.length() == 8 && FormatChecks.date(v, 0, 8)) {
          return "dateOnly";
        }
        if (v.length() == 15 && allDigits(v.substring(0, 8)) && v.charAt(8) == 'T') {
          return "notARealDate";
        }
        return null;
      case TIME:
        return v.indexOf(':') >= 0 ? "colonTime" : null;
      case BOOLEAN:
        return "boolWord";
      case DECIMALS:
        return "decimals";
      case CHARACTERS:
        if (f.kind() == RepresentationFormat.Kind.N && (v.startsWith("-") || v.startsWith("+"))) {
          return "sign";
        }
        if (f.kind() == RepresentationFormat.Kind.N && f.decimals() <= 0 && v.indexOf('.') >= 0) {
          return "noDecimals";
        }
        return null;
      default:
        return null;
    }
  }

  /** {@code YYYY-MM-DD} or {@code YYYY/MM/DD} at {@code from}. */
  private static boolean dashedDate(String v, int from) {
    if (v.length() < from + 10) {
      return false;
    }
    char s1 = v.charAt(from + 4);
    char s2 = v.charAt(from + 7);
    return (s1 == '-' || s1 == '/' || s1 == '.') && s2 == s1 && allDigits(v.substring(from, from + 4))
        && allDigits(v.substring(from + 5, from + 7)) && allDigits(v.substring(from + 8, from + 10));
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private static boolean hasFullWidthDigit(String v) {
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) >= '\uFF10' && v.charAt(i) <= '\uFF19') {
        return true;
      }
    }
    return false;
  }
}
