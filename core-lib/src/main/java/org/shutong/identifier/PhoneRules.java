package org.shutong.identifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * Telephone numbers of mainland China (ITU-T E.164 country code 86; MIIT 电信网编号计划), with the
 * allocated mobile segments and the fixed-line area codes taken from the libphonenumber CN metadata
 * ({@code mobile-prefixes.csv}, {@code landline-area-codes.csv}; see PROVENANCE.md beside them).
 *
 * <p>Accepted writing: digits with spaces and hyphens between groups; an optional country code
 * {@code +86} or {@code 0086} (and {@code 86} before an 11-digit mobile number); for landlines the
 * area code may be in parentheses ({@code (010)} or full-width {@code （010）}) and an extension may
 * follow after {@code -}, {@code 转}, {@code ext}, {@code #} or {@code ,}.
 */
final class PhoneRules {
  /** Longest input considered; anything longer is a wrong length without further scanning. */
  static final int MAX_INPUT = 40;

  private static final BitSet MOBILE3 = new BitSet(1000);
  private static final BitSet MOBILE4 = new BitSet(10000);
  private static final BitSet MOBILE5 = new BitSet(100000);
  /** Area code without the trunk 0 (10, 351) → bit 7 and/or bit 8 for the local lengths; 0 if none. */
  private static final int[] AREA = new int[1000];

  static {
    for (String line : lines("mobile-prefixes.csv")) {
      int v = Integer.parseInt(line);
      switch (line.length()) {
        case 3 -> MOBILE3.set(v);
        case 4 -> MOBILE4.set(v);
        case 5 -> MOBILE5.set(v);
        default -> throw new IllegalStateException("mobile-prefixes.csv: bad prefix " + line);
      }
    }
    for (String line : lines("landline-area-codes.csv")) {
      int comma = line.indexOf(',');
      int code = Integer.parseInt(line.substring(1, comma));
      int mask = 0;
      for (String l : line.substring(comma + 1).split("\\|", -1)) {
        mask |= 1 << Integer.parseInt(l);
      }
      AREA[code] = mask;
    }
  }

  private PhoneRules() {}

  private static java.util.List<String> lines(String resource) {
    try (InputStream in = PhoneRules.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      java.util.List<String> out = new java.util.ArrayList<>();
      r.readLine(); // header
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        if (!l.isBlank()) {
          out.add(l.strip());
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The digits of a number as written, where groups end, and where an explicit extension starts. */
  private static final class Scan {
    final char[] digits = new char[MAX_INPUT];
    int count;
    /** Bit i set: a separator came right after digit i-1 (a group starts at digit i). */
    long groupStarts;
    int extensionAt = -1;
    boolean plus;
    Defect defect = Defect.NONE;
  }

  private static Scan scan(CharSequence s, boolean allowLandlineSyntax) {
    Scan sc = new Scan();
    int n = s.length();
    boolean lastWasSep = true;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (lastWasSep && sc.count > 0) {
          sc.groupStarts |= 1L << sc.count;
        }
        sc.digits[sc.count++] = c;
        lastWasSep = false;
      } else if (c == '+' && i == 0) {
        sc.plus = true;
      } else if (c == ' ' || c == '-') {
        if (i == 0 || i == n - 1) {
          sc.defect = Defect.FORMAT;
          return sc;
        }
        lastWasSep = true;
      } else if (allowLandlineSyntax && (c == '(' || c == ')' || c == '（' || c == '）')) {
        lastWasSep = true;
      } else if (allowLandlineSyntax && sc.extensionAt < 0 && sc.count > 0
          && (c == '转' || c == '#' || c == ',' || c == 'e' || c == 'E')) {
        if (c == 'e' || c == 'E') {
          if (i + 2 >= n || Character.toLowerCase(s.charAt(i + 1)) != 'x'
              || Character.toLowerCase(s.charAt(i + 2)) != 't') {
            sc.defect = Defect.CHARACTERS;
            return sc;
          }
          i += 2;
          if (i + 1 < n && s.charAt(i + 1) == '.') {
            i++;
          }
        }
        sc.extensionAt = sc.count;
        lastWasSep = true;
      } else {
        sc.defect = Defect.CHARACTERS;
        return sc;
      }
    }
    if (sc.count == 0) {
      sc.defect = Defect.CHARACTERS;
    }
    return sc;
  }

  static Defect mobile(CharSequence s) {
    int n = s.length();
    if (n == 0) {
      return Defect.EMPTY;
    }
    if (n > MAX_INPUT) {
      return Defect.LENGTH;
    }
    Scan sc = scan(s, false);
    if (sc.defect != Defect.NONE) {
      return sc.defect;
    }
    int from = countryCodeLength(sc, true);
    if (from < 0) {
      return Defect.FORMAT;
    }
    return mobileDigits(sc.digits, from, sc.count);
  }

  /** Digits after the country code: -1 for a non-Chinese international number. */
  private static int countryCodeLength(Scan sc, boolean mobile) {
    char[] d = sc.digits;
    if (sc.plus) {
      return sc.count >= 2 && d[0] == '8' && d[1] == '6' ? 2 : -1;
    }
    if (sc.count >= 4 && d[0] == '0' && d[1] == '0' && d[2] == '8' && d[3] == '6') {
      return 4;
    }
    if (mobile && sc.count == 13 && d[0] == '8' && d[1] == '6' && d[2] == '1') {
      return 2;
    }
    return 0;
  }

  private static Defect mobileDigits(char[] d, int from, int to) {
    if (to - from != 11) {
      return Defect.LENGTH;
    }
    if (d[from] != '1') {
      return Defect.PREFIX;
    }
    int p3 = (d[from] - '0') * 100 + (d[from + 1] - '0') * 10 + (d[from + 2] - '0');
    if (MOBILE3.get(p3)) {
      return Defect.NONE;
    }
    int p4 = p3 * 10 + (d[from + 3] - '0');
    if (MOBILE4.get(p4)) {
      return Defect.NONE;
    }
    return MOBILE5.get(p4 * 10 + (d[from + 4] - '0')) ? Defect.NONE : Defect.PREFIX;
  }

  static Defect landline(CharSequence s) {
    int n = s.length();
    if (n == 0) {
      return Defect.EMPTY;
    }
    if (n > MAX_INPUT) {
      return Defect.LENGTH;
    }
    Scan sc = scan(s, true);
    if (sc.defect != Defect.NONE) {
      return sc.defect;
    }
    int cc = countryCodeLength(sc, false);
    if (cc < 0) {
      return Defect.FORMAT;
    }
    char[] d = sc.digits;
    int end = sc.extensionAt >= 0 ? sc.extensionAt : sc.count;
    if (sc.extensionAt >= 0 && sc.extensionAt == sc.count) {
      return Defect.FORMAT; // an extension marker with no extension after it
    }
    // After a country code the trunk prefix 0 is dropped ("+86 10 ..."); "(0)" may still be written.
    int zero = cc;
    boolean trunkPresent = zero < end && d[zero] == '0';
    if (cc == 0 && !trunkPresent) {
      return Defect.FORMAT; // no area code
    }
    int codeStart = trunkPresent ? zero + 1 : zero;
    if (end - codeStart < 3) {
      return Defect.LENGTH;
    }
    int codeLen;
    int mask;
    int two = (d[codeStart] - '0') * 10 + (d[codeStart + 1] - '0');
    if (d[codeStart] == '1' || d[codeStart] == '2') {
      codeLen = 2;
      mask = AREA[two];
    } else {
      codeLen = 3;
      mask = AREA[two * 10 + (d[codeStart + 2] - '0')];
    }
    if (mask == 0) {
      return Defect.PREFIX;
    }
    int local = codeStart + codeLen;
    int remaining = end - local;
    if (remaining < 32 && (mask & (1 << remaining)) != 0) {
      return Defect.NONE;
    }
    if (sc.extensionAt < 0) {
      // an extension written after a plain separator: 010-12345678-801
      for (int len = 7; len <= 8; len++) {
        if ((mask & (1 << len)) != 0 && remaining > len && (sc.groupStarts & (1L << (local + len))) != 0) {
          return Defect.NONE;
        }
      }
    }
    return Defect.LENGTH;
  }

  static Defect phone(CharSequence s) {
    Defect m = mobile(s);
    if (m == Defect.NONE) {
      return m;
    }
    Defect l = landline(s);
    if (l == Defect.NONE || s.length() > MAX_INPUT) {
      return l;
    }
    // Report the defect of the kind the value resembles: 10 or more national digits starting
    // with 1 is a mobile number; anything else is taken as a landline.
    Scan sc = scan(s, true);
    int cc = countryCodeLength(sc, true);
    boolean mobileLike = cc >= 0 && sc.count - cc >= 10 && sc.digits[cc] == '1';
    return mobileLike ? m : l;
  }
}
