package org.shutong.io;

import org.apiguardian.api.API;

/**
 * Reads a number as a spreadsheet or a Chinese input method writes it, when it is not in the plain
 * form ({@code 21841.78}) that the interfaces expect: thousands separators in strict groups of three
 * ({@code 21,841.78}, what Excel's {@code #,##0.00} format exports) and full-width digits, point,
 * comma and sign ({@code ２１８４１．７８}). Nothing else is guessed: no units ({@code 元}, {@code 岁}),
 * no exponents, no decimal comma, no loose grouping ({@code 1,5} or {@code 12,34} are not numbers).
 *
 * <p>Callers parse the plain form first on their own fast path and ask this class only when that
 * fails, so standard data pays nothing; a value read here is "readable but not standard" and the
 * validators say so (e.g. {@code FP-FORMAT-NONSTANDARD}).
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class TextNumbers {
  private TextNumbers() {}

  /** Full-width forms (U+FF01…U+FF5E) to ASCII for the characters a number can hold. */
  private static char narrow(char c) {
    return c >= '\uFF0B' && c <= '\uFF19' ? (char) (c - 0xFEE0) : c;
  }

  /**
   * The value of {@code text} written plainly or in one of the forms above (surrounding white space
   * ignored), or NaN when it is none of them.
   */
  public static double parse(String text) {
    if (text == null) {
      return Double.NaN;
    }
    int i = 0;
    int n = text.length();
    while (i < n && isSpace(text.charAt(i))) {
      i++;
    }
    while (n > i && isSpace(text.charAt(n - 1))) {
      n--;
    }
    if (i >= n || n - i > 64) {
      return Double.NaN;
    }
    StringBuilder plain = new StringBuilder(n - i);
    char c = narrow(text.charAt(i));
    if (c == '-' || c == '+') {
      if (c == '-') {
        plain.append('-');
      }
      i++;
    }
    int digits = 0;
    int group = 0;
    boolean grouped = false;
    for (; i < n; i++) {
      c = narrow(text.charAt(i));
      if (c >= '0' && c <= '9') {
        plain.append(c);
        digits++;
        group++;
      } else if (c == ',') {
        // the first group has 1-3 digits, every later one exactly 3
        if (group == 0 || (grouped ? group != 3 : group > 3)) {
          return Double.NaN;
        }
        grouped = true;
        group = 0;
      } else {
        break;
      }
    }
    if (digits == 0 || (grouped && group != 3)) {
      return Double.NaN;
    }
    if (i < n) {
      if (narrow(text.charAt(i)) != '.') {
        return Double.NaN;
      }
      plain.append('.');
      int fraction = 0;
      for (i++; i < n; i++) {
        c = narrow(text.charAt(i));
        if (c < '0' || c > '9') {
          return Double.NaN;
        }
        plain.append(c);
        fraction++;
      }
      if (fraction == 0) {
        return Double.NaN;
      }
    }
    return Double.parseDouble(plain.toString());
  }

  private static boolean isSpace(char c) {
    return c <= ' ' || c == '\u3000' || c == '\u00A0';
  }
}
