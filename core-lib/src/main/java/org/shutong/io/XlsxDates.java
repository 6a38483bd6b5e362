package org.shutong.io;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Compiles the date and time number formats of SpreadsheetML (ECMA-376 Part 1 §18.8.31, the
 * {@code y m d h s AM/PM} codes) into {@link DateTimeFormatter}s. Apache POI's {@code DataFormatter}
 * leaves Excel's quoted literals in place ({@code yyyy"年"m"月"d"日"} comes out with the quotes) and
 * takes {@code h"时"mm"分"} for a number, which breaks the most common Chinese formats; this reads
 * them as Excel does. Elapsed-time codes ({@code [h]:mm}) are left to POI.
 *
 * <p>Rules, as Excel applies them: {@code m}/{@code mm} is minutes right after an hour code or right
 * before a seconds code, else the month; {@code y}/{@code yy} is a two-digit year, three or more a
 * four-digit one; {@code e} is the (Gregorian) year; {@code ddd}/{@code dddd} and {@code aaa}/{@code
 * aaaa} are weekday names; {@code .0}–{@code .000} after seconds are fractions; {@code AM/PM},
 * {@code A/P} and Excel's Chinese {@code 上午/下午} make hours 12-hour; {@code "text"}, {@code \c} and
 * other characters are literal; {@code [$-804]}, {@code [DBNum1]} and colour brackets are dropped
 * (digits stay Arabic); only the first section (before {@code ;}) is used.
 */
final class XlsxDates {
  private XlsxDates() {}

  /** A compiled date format; {@code fractions} if it shows fractions of a second (no rounding). */
  record Compiled(DateTimeFormatter formatter, boolean fractions) {}

  /** The formatter for {@code code} (zh-CN names), or null if it is not a plain date/time format. */
  static Compiled compile(String code) {
    if (code == null) {
      return null;
    }
    String section = firstSection(code);
    if (!isDate(section)) {
      return null;
    }
    String pattern = toJavaPattern(section);
    if (pattern == null) {
      return null;
    }
    try {
      return new Compiled(DateTimeFormatter.ofPattern(pattern, Locale.SIMPLIFIED_CHINESE), pattern.contains("S"));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The first {@code ;}-separated section, quotes and escapes respected. */
  static String firstSection(String code) {
    boolean quoted = false;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '\\') {
        i++;
      } else if (!quoted && c == ';') {
        return code.substring(0, i);
      }
    }
    return code;
  }

  /** Whether the section has date/time codes and no number placeholders or elapsed-time brackets. */
  static boolean isDate(String s) {
    boolean dateCode = false;
    boolean afterSeconds = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        int e = s.indexOf('"', i + 1);
        i = e < 0 ? s.length() : e;
        continue;
      }
      if (c == '\\' || c == '_' || c == '*') {
        i++;
        continue;
      }
      if (c == '[') {
        int e = s.indexOf(']', i + 1);
        String in = e < 0 ? "" : s.substring(i + 1, e).toLowerCase(Locale.ROOT);
        if (!in.isEmpty() && (in.chars().allMatch(ch -> ch == 'h') || in.chars().allMatch(ch -> ch == 'm')
            || in.chars().allMatch(ch -> ch == 's'))) {
          return false; // elapsed time: left to POI
        }
        i = e < 0 ? s.length() : e;
        continue;
      }
      if (s.regionMatches(true, i, "General", 0, 7)) {
        return false;
      }
      char l = Character.toLowerCase(c);
      if (l == 'y' || l == 'm' || l == 'd' || l == 'h' || l == 's' || l == 'e') {
        dateCode = true;
        afterSeconds = l == 's';
      } else if (c == '0' && afterSeconds) {
        // fractions of a second: ss.000
        afterSeconds = true;
      } else if (c == '0' || c == '#' || c == '?' || c == '@' || c == '%') {
        return false;
      } else if (c != '.') {
        afterSeconds = false;
      }
    }
    return dateCode;
  }

  private static String toJavaPattern(String s) {
    boolean twelveHour = hasAmPm(s);
    StringBuilder out = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    int lastDateToken = 0; // 0 none, 'h' hour, 'o' other
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      char l = Character.toLowerCase(c);
      if (c == '"') {
        int e = s.indexOf('"', i + 1);
        literal.append(s, i + 1, e < 0 ? n : e);
        i = e < 0 ? n : e + 1;
        continue;
      }
      if (c == '\\' && i + 1 < n) {
        literal.append(s.charAt(i + 1));
        i += 2;
        continue;
      }
      if (c == '_' && i + 1 < n) {
        literal.append(' ');
        i += 2;
        continue;
      }
      if (c == '*' && i + 1 < n) {
        i += 2;
        continue;
      }
      if (c == '[') {
        int e = s.indexOf(']', i + 1);
        i = e < 0 ? n : e + 1;
        continue;
      }
      if (s.startsWith("上午/下午", i)) {
        flush(out, literal);
        out.append('a');
        i += "上午/下午".length();
        continue;
      }
      if (s.regionMatches(true, i, "AM/PM", 0, 5)) {
        flush(out, literal);
        out.append('a');
        i += 5;
        continue;
      }
      if (s.regionMatches(true, i, "A/P", 0, 3)) {
        flush(out, literal);
        out.append('a');
        i += 3;
        continue;
      }
      int run = run(s, i, l);
      switch (l) {
        case 'y' -> {
          flush(out, literal);
          out.append(run <= 2 ? "yy" : "yyyy");
          lastDateToken = 'o';
        }
        case 'e' -> {
          flush(out, literal);
          out.append("yyyy");
          lastDateToken = 'o';
        }
        case 'd' -> {
          flush(out, literal);
          out.append(run == 1 ? "d" : run == 2 ? "dd" : run == 3 ? "EEE" : "EEEE");
          lastDateToken = 'o';
        }
        case 'a' -> {
          if (run >= 3) {
            flush(out, literal);
            out.append(run == 3 ? "EEEEE" : "EEEE");
            lastDateToken = 'o';
          } else {
            literal.append(s, i, i + run);
          }
        }
        case 'h' -> {
          flush(out, literal);
          char h = twelveHour ? 'h' : 'H';
          out.append(run == 1 ? String.valueOf(h) : "" + h + h);
          lastDateToken = 'h';
        }
        case 'm' -> {
          flush(out, literal);
          boolean minutes = run <= 2 && (lastDateToken == 'h' || nextCodeIsSeconds(s, i + run));
          if (minutes) {
            out.append(run == 1 ? "m" : "mm");
          } else {
            out.append(run == 1 ? "M" : run == 2 ? "MM" : run == 3 ? "MMM" : run == 4 ? "MMMM" : "MMMMM");
          }
          lastDateToken = 'o';
        }
        case 's' -> {
          flush(out, literal);
          out.append(run == 1 ? "s" : "ss");
          int j = i + run;
          if (j + 1 < n && s.charAt(j) == '.' && s.charAt(j + 1) == '0') {
            int z = run(s, j + 1, '0');
            out.append('.').append("S".repeat(Math.min(z, 3)));
            i = j + 1 + z;
            lastDateToken = 'o';
            continue;
          }
          lastDateToken = 'o';
        }
        default -> literal.append(s, i, i + run);
      }
      i += run;
    }
    flush(out, literal);
    return out.toString();
  }

  private static boolean hasAmPm(String s) {
    String u = s.toUpperCase(Locale.ROOT);
    return u.contains("AM/PM") || u.contains("A/P") || s.contains("上午/下午");
  }

  private static int run(String s, int i, char lower) {
    int j = i;
    while (j < s.length() && Character.toLowerCase(s.charAt(j)) == lower) {
      j++;
    }
    return Math.max(1, j - i);
  }

  /** Whether the next date code after position {@code i} (skipping literals) is seconds. */
  private static boolean nextCodeIsSeconds(String s, int i) {
    for (int j = i; j < s.length(); j++) {
      char c = Character.toLowerCase(s.charAt(j));
      if (c == '"') {
        int e = s.indexOf('"', j + 1);
        j = e < 0 ? s.length() : e;
        continue;
      }
      if (c == 's') {
        return true;
      }
      if (c == 'y' || c == 'm' || c == 'd' || c == 'h' || c == 'e') {
        return false;
      }
    }
    return false;
  }

  private static void flush(StringBuilder out, StringBuilder literal) {
    if (literal.length() == 0) {
      return;
    }
    out.append('\'');
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      out.append(c);
      if (c == '\'') {
        out.append('\'');
      }
    }
    out.append('\'');
    literal.setLength(0);
  }
}
