package org.shutong.identifier;

/**
 * The two organisation codes.
 *
 * <ul>
 *   <li>统一社会信用代码, GB 32100-2015: 18 characters from the 31-character set {@code 0-9} and
 *       upper-case letters without I, O, Z, S, V (clause 4.3, table 3); positions 3–8 the
 *       registering authority's administrative-division code (digits); position 18 a check
 *       character, C<sub>18</sub> = 31 − (Σ C<sub>i</sub>·W<sub>i</sub> mod 31), W<sub>i</sub> =
 *       3<sup>i−1</sup> mod 31, 31 written 0 (clause 5 / annex).
 *   <li>组织机构代码, GB 11714-1997: 8 body characters {@code 0-9A-Z} and a check character,
 *       C<sub>9</sub> = 11 − (Σ C<sub>i</sub>·W<sub>i</sub> mod 11) with W = 3 7 9 10 5 8 4 2,
 *       A=10 … Z=35, 10 written X and 11 written 0; often printed as {@code XXXXXXXX-X}.
 * </ul>
 */
final class CodeRules {
  private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  private static final int[] USCC_VALUE = new int[128];

  private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  static {
    java.util.Arrays.fill(USCC_VALUE, -1);
    for (int i = 0; i < USCC_CHARS.length(); i++) {
      USCC_VALUE[USCC_CHARS.charAt(i)] = i;
    }
  }

  private CodeRules() {}

  /** Value of an upper-case USCC character, or -1. */
  private static int usccValue(char c) {
    return c < 128 ? USCC_VALUE[c] : -1;
  }

  static Defect socialCreditCode(CharSequence s) {
    int n = s.length();
    if (n == 0) {
      return Defect.EMPTY;
    }
    if (n != 18) {
      return Defect.LENGTH;
    }
    boolean lower = false;
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        lower = true;
        c = (char) (c - 32);
      }
      int v = usccValue(c);
      if (v < 0) {
        return Defect.CHARACTERS;
      }
      sum += v * USCC_WEIGHTS[i];
    }
    char last = s.charAt(17);
    if (last >= 'a' && last <= 'z') {
      lower = true;
      last = (char) (last - 32);
    }
    if (usccValue(last) < 0) {
      return Defect.CHARACTERS;
    }
    for (int i = 2; i < 8; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return Defect.FORMAT;
      }
    }
    if (USCC_CHARS.charAt((31 - sum % 31) % 31) != last) {
      return Defect.CHECK_DIGIT;
    }
    return lower ? Defect.CASE : Defect.NONE;
  }

  /** The GB 32100 check character for 17 characters, or {@code 0} if they are not all in the set. */
  static char socialCreditCheckCharacter(CharSequence first17) {
    if (first17.length() != 17) {
      return 0;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = usccValue(first17.charAt(i));
      if (v < 0) {
        return 0;
      }
      sum += v * USCC_WEIGHTS[i];
    }
    return USCC_CHARS.charAt((31 - sum % 31) % 31);
  }

  static Defect organizationCode(CharSequence s) {
    int n = s.length();
    if (n == 0) {
      return Defect.EMPTY;
    }
    int checkAt;
    if (n == 9) {
      checkAt = 8;
    } else if (n == 10 && s.charAt(8) == '-') {
      checkAt = 9;
    } else {
      return n == 10 ? Defect.FORMAT : Defect.LENGTH;
    }
    boolean lower = false;
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        lower = true;
        c = (char) (c - 32);
      }
      int v = orgValue(c);
      if (v < 0) {
        return Defect.CHARACTERS;
      }
      sum += v * ORG_WEIGHTS[i];
    }
    char last = s.charAt(checkAt);
    if (last == 'x') {
      lower = true;
      last = 'X';
    }
    if (!(last >= '0' && last <= '9') && last != 'X') {
      return Defect.CHARACTERS;
    }
    if (orgCheck(sum) != last) {
      return Defect.CHECK_DIGIT;
    }
    return lower ? Defect.CASE : Defect.NONE;
  }

  /** The GB 11714 check character for 8 body characters, or {@code 0} if not 8 of 0-9A-Z. */
  static char organizationCheckCharacter(CharSequence first8) {
    if (first8.length() != 8) {
      return 0;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      int v = orgValue(first8.charAt(i));
      if (v < 0) {
        return 0;
      }
      sum += v * ORG_WEIGHTS[i];
    }
    return orgCheck(sum);
  }

  private static int orgValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static char orgCheck(int sum) {
    int c = 11 - sum % 11;
    return c == 11 ? '0' : c == 10 ? 'X' : (char) ('0' + c);
  }
}
