package org.shutong.coding;

/**
 * The character-level clean-up of a code as real extracts have it (see {@link Change}): full-width
 * forms, spaces, quotes, case, missing dots, spreadsheet damage. It never chooses between table codes;
 * {@link CodingSystem} does the look-ups and refuses to guess.
 */
final class Normalizer {
  /** The result: either a problem, or the cleaned code and the changes applied. */
  record Cleaned(String code, int mask, Problem problem) {}

  private Normalizer() {}

  static Cleaned clean(String in, Family family) {
    int n = in.length();
    if (n > CodingSystem.MAX_CODE_LENGTH) {
      return new Cleaned(null, 0, Problem.TOO_LONG);
    }
    StringBuilder sb = new StringBuilder(n);
    int mask = 0;
    for (int i = 0; i < n; i++) {
      char c = in.charAt(i);
      if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
        return new Cleaned(null, 0, Problem.CONTROL_CHARACTER);
      }
      if (c == ' ' || c == '\u00A0' || c == '\u3000' || c == '\uFEFF' || (c >= '\u2000' && c <= '\u200B')) {
        mask |= Change.SPACES.bit();
        continue;
      }
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
        mask |= Change.FULL_WIDTH.bit();
      } else if (c == '\u3002') {
        c = '.';
        mask |= Change.FULL_WIDTH.bit();
      } else if (c == '\u2020') {
        c = '+';
        mask |= Change.SYMBOL.bit();
      } else if (c == '\u00D7') {
        c = 'x';
        mask |= Change.SYMBOL.bit();
      }
      if (c == '\'' || c == '"' || c == '`' || c == '\u2018' || c == '\u2019' || c == '\u201C' || c == '\u201D') {
        mask |= Change.QUOTES.bit();
        continue;
      }
      if (c >= '\u3400' && c <= '\u9FFF') {
        return new Cleaned(null, 0, Problem.LOOKS_LIKE_NAME);
      }
      sb.append(c);
    }
    if (sb.length() == 0) {
      return new Cleaned(null, 0, Problem.EMPTY);
    }
    // case: letters upper, except the extension/placeholder x (not first, not right after '+')
    boolean caseChanged = false;
    for (int i = 0; i < sb.length(); i++) {
      char c = sb.charAt(i);
      char want = c;
      if (c >= 'a' && c <= 'z') {
        want = (char) (c - 32);
      }
      if ((want == 'X') && i > 0 && sb.charAt(i - 1) != '+' && family != Family.OTHER) {
        want = 'x';
      }
      if (want != c) {
        sb.setCharAt(i, want);
        caseChanged = true;
      }
    }
    if (caseChanged) {
      mask |= Change.CASE.bit();
    }
    // trailing '.' or '-' ("I21.-", "I21.")
    int len = sb.length();
    while (len > 1 && (sb.charAt(len - 1) == '.' || sb.charAt(len - 1) == '-')) {
      len--;
    }
    if (len != sb.length()) {
      sb.setLength(len);
      mask |= Change.TRAILING_PUNCTUATION.bit();
    }
    if (family == Family.ICD10) {
      mask |= addIcd10Dots(sb);
    } else if (family == Family.ICD9CM3) {
      mask |= fixIcd9(sb);
    }
    return new Cleaned(sb.toString(), mask, null);
  }

  /** Inserts the dot after the three-character category in each part of the code ({@code I219+G01*}). */
  private static int addIcd10Dots(StringBuilder sb) {
    int mask = 0;
    int start = 0;
    while (start < sb.length()) {
      int end = sb.indexOf("+", start);
      if (end < 0) {
        end = sb.length();
      }
      int partEnd = end;
      while (partEnd > start && (sb.charAt(partEnd - 1) == '*')) {
        partEnd--;
      }
      if (partEnd - start >= 4
          && isLetter(sb.charAt(start))
          && isDigit(sb.charAt(start + 1))
          && isDigit(sb.charAt(start + 2))
          && (isDigit(sb.charAt(start + 3)) || sb.charAt(start + 3) == 'x')
          && indexOf(sb, '.', start, partEnd) < 0) {
        sb.insert(start + 3, '.');
        end++;
        mask = Change.DOT_ADDED.bit();
      }
      start = end + 1;
    }
    return mask;
  }

  /** ICD-9-CM-3: restores a lost leading zero ({@code 0.01}) and a missing dot ({@code 360700}). */
  private static int fixIcd9(StringBuilder sb) {
    int mask = 0;
    if (sb.length() >= 3 && isDigit(sb.charAt(0)) && sb.charAt(1) == '.') {
      sb.insert(0, '0');
      mask |= Change.LEADING_ZERO.bit();
    }
    if (sb.length() >= 3 && isDigit(sb.charAt(0)) && isDigit(sb.charAt(1)) && sb.indexOf(".") < 0
        && (isDigit(sb.charAt(2)) || sb.charAt(2) == 'x')) {
      sb.insert(2, '.');
      mask |= Change.DOT_ADDED.bit();
    }
    return mask;
  }

  private static int indexOf(StringBuilder sb, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (sb.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** Whether a cleaned ICD-10 code has the shape letter, two digits, optional dot part, optional dagger/asterisk part. */
  static boolean icd10Shape(String s) {
    int plus = s.indexOf('+');
    if (plus < 0) {
      return icd10Part(s, 0, stripMarks(s, 0, s.length()));
    }
    if (!icd10Part(s, 0, plus)) {
      return false;
    }
    int end = stripMarks(s, plus + 1, s.length());
    return end == plus + 1 || icd10Part(s, plus + 1, end);
  }

  private static int stripMarks(String s, int from, int to) {
    while (to > from && (s.charAt(to - 1) == '*' || s.charAt(to - 1) == '+')) {
      to--;
    }
    return to;
  }

  private static boolean icd10Part(String s, int from, int to) {
    if (to - from < 3 || !isLetter(s.charAt(from)) || !isDigit(s.charAt(from + 1)) || !isDigit(s.charAt(from + 2))) {
      return false;
    }
    if (to - from == 3) {
      return true;
    }
    if (s.charAt(from + 3) != '.' || to - from < 5) {
      return false;
    }
    for (int i = from + 4; i < to; i++) {
      char c = s.charAt(i);
      if (!isDigit(c) && c != 'x') {
        return false;
      }
    }
    return true;
  }

  /** ICD-9-CM-3 shape: two digits, optional dot and digits/x/upper-case letters. */
  static boolean icd9Shape(String s) {
    if (s.length() < 2 || !isDigit(s.charAt(0)) || !isDigit(s.charAt(1))) {
      return false;
    }
    if (s.length() == 2) {
      return true;
    }
    if (s.charAt(2) != '.' || s.length() < 4) {
      return false;
    }
    for (int i = 3; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isDigit(c) && c != 'x' && !(c >= 'A' && c <= 'G')) {
        return false;
      }
    }
    return true;
  }

  /** Morphology shape: {@code M}, four or five digits, {@code /}, one digit ({@code M8140/3}, {@code M81400/3}). */
  static boolean morphologyShape(String s) {
    int slash = s.indexOf('/');
    if (s.isEmpty() || s.charAt(0) != 'M' || slash < 5 || slash > 6 || slash != s.length() - 2) {
      return false;
    }
    for (int i = 1; i < slash; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return isDigit(s.charAt(slash + 1));
  }
}
