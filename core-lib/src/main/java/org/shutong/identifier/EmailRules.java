package org.shutong.identifier;

/**
 * E-mail addresses as {@code local@domain}: RFC 5322 clause 3.4.1 addr-spec with a dot-atom local
 * part (clause 3.2.3 atext; quoted local parts are not accepted), RFC 5321 clause 4.5.3.1 limits
 * (local part at most 64, domain at most 255, whole address at most 254 characters), domain labels
 * of letters, digits and inner hyphens of at most 63 characters (RFC 1035 clause 2.3.1, RFC 5890),
 * at least two labels, and an alphabetic top-level label. Non-ASCII letters are accepted in both parts
 * (RFC 6531, RFC 5890 internationalised addresses such as {@code 用户@例子.中国}).
 */
final class EmailRules {
  static final int MAX_LENGTH = 254;
  private static final String ATEXT_SPECIALS = "!#$%&'*+-/=?^_`{|}~";

  private EmailRules() {}

  static Defect email(CharSequence s) {
    int n = s.length();
    if (n == 0) {
      return Defect.EMPTY;
    }
    if (n > MAX_LENGTH) {
      return Defect.LENGTH;
    }
    int at = -1;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '@') {
        if (at >= 0) {
          return Defect.FORMAT;
        }
        at = i;
      } else if (c <= ' ' || c == 0x7f || Character.isWhitespace(c) || c == '＠') {
        return Defect.CHARACTERS;
      }
    }
    if (at <= 0 || at == n - 1) {
      return Defect.FORMAT;
    }
    if (at > 64) {
      return Defect.LENGTH;
    }
    Defect local = localPart(s, at);
    return local != Defect.NONE ? local : domain(s, at + 1, n);
  }

  private static Defect localPart(CharSequence s, int end) {
    char prev = '.';
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (prev == '.') {
          return Defect.FORMAT; // leading or doubled dot
        }
      } else if (!(isAsciiLetterOrDigit(c) || ATEXT_SPECIALS.indexOf(c) >= 0 || nonAsciiLetterOrDigit(c))) {
        return Defect.CHARACTERS;
      }
      prev = c;
    }
    return prev == '.' ? Defect.FORMAT : Defect.NONE;
  }

  private static Defect domain(CharSequence s, int from, int to) {
    int labels = 0;
    int labelStart = from;
    boolean labelAllDigits = true;
    boolean lastLabelAlpha = false;
    for (int i = from; i <= to; i++) {
      char c = i < to ? s.charAt(i) : '.';
      if (c == '.') {
        int len = i - labelStart;
        if (len == 0) {
          return Defect.FORMAT;
        }
        if (len > 63) {
          return Defect.LENGTH;
        }
        if (s.charAt(labelStart) == '-' || s.charAt(i - 1) == '-') {
          return Defect.FORMAT;
        }
        labels++;
        lastLabelAlpha = !labelAllDigits;
        labelStart = i + 1;
        labelAllDigits = true;
      } else if (isAsciiLetterOrDigit(c) || c == '-' || nonAsciiLetterOrDigit(c)) {
        if (!(c >= '0' && c <= '9') && c != '-') {
          labelAllDigits = false;
        }
      } else {
        return Defect.CHARACTERS;
      }
    }
    if (to - from > 255) {
      return Defect.LENGTH;
    }
    return labels >= 2 && lastLabelAlpha ? Defect.NONE : Defect.FORMAT;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean nonAsciiLetterOrDigit(char c) {
    return c > 0x7f && Character.isLetterOrDigit(c) && !isFullWidthAscii(c);
  }

  /** Full-width forms of ASCII (Ａ, １): typed by mistake in a Chinese input method, not IDNA. */
  private static boolean isFullWidthAscii(char c) {
    return c >= '\uFF01' && c <= '\uFF5E';
  }
}
