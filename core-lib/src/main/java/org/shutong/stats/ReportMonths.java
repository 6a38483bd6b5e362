package org.shutong.stats;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * The calendar months a statistical run covers: the report month (the latest) and, when several
 * are given, the previous months it is compared with. Monthly statistics are published for
 * calendar months (e.g. "2022年11月（2022年11月1日0时至11月30日24时）", seed 002).
 *
 * @param months the months, ascending, without duplicates; the last one is the report month
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ReportMonths(List<YearMonth> months) {
  /** Longest span accepted, so that a typo such as {@code 2002-11..2022-11} is caught. */
  public static final int MAX_MONTHS = 60;

  /** Sorts, de-duplicates and checks. */
  public ReportMonths {
    Objects.requireNonNull(months, "months");
    if (months.isEmpty()) {
      throw new IllegalArgumentException("no month");
    }
    months = List.copyOf(new TreeSet<>(months));
  }

  /** One month. */
  public static ReportMonths of(YearMonth month) {
    return new ReportMonths(List.of(month));
  }

  /**
   * Parses the values of {@code --month}: each is {@code yyyy-MM} (also {@code yyyyMM},
   * {@code yyyy/MM}) or a range {@code yyyy-MM..yyyy-MM}.
   *
   * @throws IllegalArgumentException naming the bad value
   */
  public static ReportMonths parse(List<String> values) {
    List<YearMonth> out = new ArrayList<>();
    for (String v : values) {
      for (String part : v.split(",", -1)) {
        String p = part.strip();
        if (p.isEmpty()) {
          continue;
        }
        int dots = p.indexOf("..");
        if (dots >= 0) {
          YearMonth a = month(p.substring(0, dots), v);
          YearMonth b = month(p.substring(dots + 2), v);
          if (b.isBefore(a)) {
            throw new IllegalArgumentException("'" + v + "': the range ends before it starts");
          }
          for (YearMonth m = a; !m.isAfter(b); m = m.plusMonths(1)) {
            out.add(m);
            if (out.size() > MAX_MONTHS) {
              throw new IllegalArgumentException("'" + v + "': more than " + MAX_MONTHS + " months");
            }
          }
        } else {
          out.add(month(p, v));
        }
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no month given");
    }
    if (new TreeSet<>(out).size() > MAX_MONTHS) {
      throw new IllegalArgumentException("more than " + MAX_MONTHS + " months");
    }
    return new ReportMonths(out);
  }

  private static YearMonth month(String s, String whole) {
    String t = s.strip().replace('/', '-').replace('.', '-');
    if (t.length() == 6 && t.chars().allMatch(Character::isDigit)) {
      t = t.substring(0, 4) + "-" + t.substring(4);
    }
    try {
      if (t.length() != 7 || t.charAt(4) != '-') {
        throw new DateTimeException(t);
      }
      return YearMonth.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5)));
    } catch (DateTimeException | NumberFormatException e) {
      throw new IllegalArgumentException("'" + whole + "' is not a month (yyyy-MM or yyyy-MM..yyyy-MM)", e);
    }
  }

  /** The report month: the latest one. */
  public YearMonth reportMonth() {
    return months.get(months.size() - 1);
  }

  /** First and last epoch day of each month, interleaved. */
  long[] bounds() {
    long[] b = new long[months.size() * 2];
    for (int i = 0; i < months.size(); i++) {
      YearMonth m = months.get(i);
      b[2 * i] = m.atDay(1).toEpochDay();
      b[2 * i + 1] = m.atEndOfMonth().toEpochDay();
    }
    return b;
  }
}
