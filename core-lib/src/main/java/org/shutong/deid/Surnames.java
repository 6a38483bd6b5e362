package org.shutong.deid;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Chinese surnames for recognising personal names: the 100 most common surnames and the common
 * compound surnames of the 公安部户政管理研究中心 《二〇二〇年全国姓名报告》, and the surnames of the
 * classic 《百家姓》; see {@code PROVENANCE.md} beside {@code surnames.csv}.
 */
final class Surnames {
  private static final Set<String> SINGLE = new HashSet<>();
  private static final Set<String> COMPOUND = new HashSet<>();
  private static final Set<String> COMMON = new HashSet<>();

  static {
    try (InputStream in = Surnames.class.getResourceAsStream("surnames.csv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/shutong/deid/surnames.csv");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      r.readLine();
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        int comma = l.indexOf(',');
        if (comma <= 0) {
          continue;
        }
        String s = l.substring(0, comma);
        (s.length() == 1 ? SINGLE : COMPOUND).add(s);
        if (l.indexOf("MPS2020", comma) > 0) {
          COMMON.add(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Surnames() {}

  /** The length of the surname {@code s} starts with at {@code i} (2 compound, 1 single), or 0. */
  static int surnameAt(CharSequence s, int i) {
    if (i + 1 < s.length() && COMPOUND.contains(s.subSequence(i, i + 2).toString())) {
      return 2;
    }
    return i < s.length() && SINGLE.contains(String.valueOf(s.charAt(i))) ? 1 : 0;
  }

  /** Whether the surname is among the 100 most common (or the listed compound ones) of 2020. */
  static boolean common(String surname) {
    return COMMON.contains(surname);
  }

  /**
   * Whether {@code v} has the shape of a Chinese personal name: a known surname followed by one or
   * two Han characters (three or four for a compound surname's holder), nothing else.
   */
  static boolean looksLikeName(String v) {
    int n = v.length();
    if (n < 2 || n > 4) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (!isHan(v.charAt(i))) {
        return false;
      }
    }
    int s = surnameAt(v, 0);
    return s > 0 && n - s >= 1 && n - s <= 2;
  }

  static boolean isHan(char c) {
    return c >= '\u4e00' && c <= '\u9fff';
  }

  static int count() {
    return SINGLE.size() + COMPOUND.size();
  }
}
