package org.shutong.identifier;

import java.time.LocalDate;

/**
 * 公民身份号码 per GB 11643-1999: 6-digit address code (clause 5.2, GB/T 2260), 8-digit birth date
 * YYYYMMDD (clause 5.3, GB/T 7408), 3-digit sequence code (clause 5.4) and the check character
 * (clause 5.5: ISO 7064:1983 MOD 11-2 over the 17 digits, 10 written as {@code X}). The legacy
 * 15-digit number (issued before GB 11643-1999) has a YYMMDD birth date in the 1900s and no check.
 */
final class ResidentIdRules {
  /** Weights W<sub>i</sub> = 2<sup>i-1</sup> mod 11 for positions 18..2 (GB 11643-1999 clause 7.2). */
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  /** Check character for each value of (sum mod 11): (12 - r) mod 11, 10 written X. */
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  /**
   * Earliest birth year accepted. Not in the standard: a plausibility floor chosen by Shutong so
   * that a year such as 0019 is reported as a wrong birth date.
   */
  static final int MIN_BIRTH_YEAR = 1800;

  private ResidentIdRules() {}

  static Defect check(CharSequence s, RegionLookup regions, int today) {
    int n = s.length();
    if (n == 0) {
      return Defect.EMPTY;
    }
    if (n == 18) {
      return check18(s, regions, today);
    }
    if (n == 15) {
      return check15(s, regions, today);
    }
    return Defect.LENGTH;
  }

  private static Defect check18(CharSequence s, RegionLookup regions, int today) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return Defect.CHARACTERS;
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    char last = s.charAt(17);
    boolean lowerX = last == 'x';
    if (!(last >= '0' && last <= '9') && last != 'X' && !lowerX) {
      return Defect.CHARACTERS;
    }
    int year = digits(s, 6, 4);
    int month = digits(s, 10, 2);
    int day = digits(s, 12, 2);
    if (!plausibleBirth(year, month, day, today)) {
      return Defect.BIRTH_DATE;
    }
    char expected = CHECK[sum % 11];
    if (expected != (lowerX ? 'X' : last)) {
      return Defect.CHECK_DIGIT;
    }
    if (regions != null && !regions.exists(s.subSequence(0, 6).toString())) {
      return Defect.REGION;
    }
    return lowerX ? Defect.CASE : Defect.NONE;
  }

  private static Defect check15(CharSequence s, RegionLookup regions, int today) {
    for (int i = 0; i < 15; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return Defect.CHARACTERS;
      }
    }
    if (!plausibleBirth(1900 + digits(s, 6, 2), digits(s, 8, 2), digits(s, 10, 2), today)) {
      return Defect.BIRTH_DATE;
    }
    if (regions != null && !regions.exists(s.subSequence(0, 6).toString())) {
      return Defect.REGION;
    }
    return Defect.NONE;
  }

  /** The check character for 17 digits; {@code 0} if {@code first17} is not 17 ASCII digits. */
  static char checkCharacter(CharSequence first17) {
    if (first17.length() != 17) {
      return 0;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = first17.charAt(i);
      if (c < '0' || c > '9') {
        return 0;
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  /** Parses a number whose structure is valid (defect NONE, CASE or REGION). */
  static ResidentId parse(CharSequence s) {
    String v = s.toString();
    boolean legacy = v.length() == 15;
    String eighteen;
    if (legacy) {
      String first17 = v.substring(0, 6) + "19" + v.substring(6);
      eighteen = first17 + checkCharacter(first17);
    } else {
      eighteen = v.charAt(17) == 'x' ? v.substring(0, 17) + 'X' : v;
    }
    LocalDate birth = LocalDate.of(digits(eighteen, 6, 4), digits(eighteen, 10, 2), digits(eighteen, 12, 2));
    int seq = eighteen.charAt(16) - '0';
    return new ResidentId(eighteen, eighteen.substring(0, 6), birth, seq % 2 == 1 ? 1 : 2, legacy);
  }

  static int digits(CharSequence s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  /** A real calendar date, not before {@link #MIN_BIRTH_YEAR}, not after {@code today} (yyyymmdd). */
  static boolean plausibleBirth(int year, int month, int day, int today) {
    if (year < MIN_BIRTH_YEAR || !validDate(year, month, day)) {
      return false;
    }
    return year * 10000 + month * 100 + day <= today;
  }

  /** Whether year-month-day is a date of the proleptic Gregorian calendar (year 1..9999). */
  static boolean validDate(int year, int month, int day) {
    if (year < 1 || month < 1 || month > 12 || day < 1) {
      return false;
    }
    return day <= daysInMonth(year, month);
  }

  static int daysInMonth(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }
}
