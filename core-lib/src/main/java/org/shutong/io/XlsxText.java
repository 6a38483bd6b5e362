package org.shutong.io;

/**
 * The {@code _xHHHH_} escape of SpreadsheetML strings (ECMA-376 Part 1 §22.9.2.19 ST_Xstring): a
 * character that XML 1.0 cannot carry (most C0 controls) is written as {@code _x} + four hex digits
 * + {@code _}, and a literal text that looks like such an escape has its underscore escaped as
 * {@code _x005F_}. Excel and Apache POI decode it the same way, so text survives a round trip.
 */
final class XlsxText {
  private XlsxText() {}

  /** Decodes every {@code _xHHHH_}, left to right, as Excel does. */
  static String decode(String s) {
    int i = s.indexOf("_x");
    if (i < 0) {
      return s;
    }
    StringBuilder sb = null;
    int from = 0;
    while (i >= 0 && i + 7 <= s.length()) {
      if (s.charAt(i + 6) == '_' && isHex(s, i + 2, i + 6)) {
        if (sb == null) {
          sb = new StringBuilder(s.length());
        }
        sb.append(s, from, i).append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        from = i + 7;
        i = s.indexOf("_x", from);
      } else {
        i = s.indexOf("_x", i + 1);
      }
    }
    if (sb == null) {
      return s;
    }
    return sb.append(s, from, s.length()).toString();
  }

  /** Encodes characters XML 1.0 cannot carry, and escapes literal {@code _xHHHH_} sequences. */
  static String encode(String s) {
    StringBuilder sb = null;
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF';
      boolean lookalike = c == '_' && i + 7 <= s.length() && s.charAt(i + 1) == 'x'
          && s.charAt(i + 6) == '_' && isHex(s, i + 2, i + 6);
      if (control || lookalike) {
        if (sb == null) {
          sb = new StringBuilder(s.length() + 16);
        }
        sb.append(s, from, i).append("_x").append(hex4(control ? c : '_')).append('_');
        from = i + 1;
      }
    }
    if (sb == null) {
      return s;
    }
    return sb.append(s, from, s.length()).toString();
  }

  private static String hex4(char c) {
    String h = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
    return "0000".substring(h.length()) + h;
  }

  private static boolean isHex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
        return false;
      }
    }
    return true;
  }
}
