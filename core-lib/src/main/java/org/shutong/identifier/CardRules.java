package org.shutong.identifier;

/**
 * Bank card numbers (primary account numbers) per ISO/IEC 7812-1: digits only, at most 19, the last
 * a Luhn (modulus 10, "double-add-double") check digit over the others (ISO/IEC 7812-1 annex B).
 * Shutong accepts 12 to 19 digits (shorter numbers are not payment cards in use) and spaces or
 * hyphens between digit groups as printed on cards.
 */
final class CardRules {
  static final int MIN_DIGITS = 12;
  static final int MAX_DIGITS = 19;

  private CardRules() {}

  static Defect bankCard(CharSequence s) {
    int n = s.length();
    if (n == 0) {
      return Defect.EMPTY;
    }
    if (n > 2 * MAX_DIGITS) {
      return Defect.LENGTH;
    }
    int digits = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == ' ' || c == '-') {
        if (i == 0 || i == n - 1 || s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '-') {
          return Defect.FORMAT;
        }
      } else {
        return Defect.CHARACTERS;
      }
    }
    if (digits < MIN_DIGITS || digits > MAX_DIGITS) {
      return Defect.LENGTH;
    }
    int sum = 0;
    boolean dbl = false;
    for (int i = n - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        continue;
      }
      int v = c - '0';
      if (dbl) {
        v *= 2;
        if (v > 9) {
          v -= 9;
        }
      }
      sum += v;
      dbl = !dbl;
    }
    return sum % 10 == 0 ? Defect.NONE : Defect.CHECK_DIGIT;
  }
}
