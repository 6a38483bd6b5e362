package org.shutong.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-written calendar arithmetic of the date shift agrees with {@code java.time}. */
class DateValuesTest {
  @Test
  void epochDaysAgreeWithJavaTimeForEveryDayOfYears0000To9999() {
    LocalDate d = LocalDate.of(0, 1, 1);
    LocalDate end = LocalDate.of(9999, 12, 31);
    while (!d.isAfter(end)) {
      int ymd = d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
      assertEquals(d.toEpochDay(), DateValues.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()), d::toString);
      assertEquals(ymd, DateValues.ofEpochDay(d.toEpochDay()), d::toString);
      d = d.plusDays(1);
    }
    assertEquals(-1, DateValues.ofEpochDay(LocalDate.of(0, 1, 1).toEpochDay() - 1));
    assertEquals(-1, DateValues.ofEpochDay(LocalDate.of(10000, 1, 1).toEpochDay()));
  }

  @Test
  void monthLengthsFollowTheGregorianLeapYears() {
    for (int y = 0; y <= 2400; y++) {
      for (int m = 1; m <= 12; m++) {
        assertEquals(YearMonth.of(y, m).lengthOfMonth(), DateValues.lengthOfMonth(y, m), y + "-" + m);
      }
    }
  }

  @Test
  void shiftsKeepTheLayoutAndAgreeWithJavaTime() {
    SplittableRandom rnd = new SplittableRandom(7);
    List<String> layouts = List.of("%s-%s-%s", "%s/%s/%s", "%s.%s.%s", "%s%s%s", "%s-%s-%s 08:30:00", "%s-%s-%sT08:30",
        "%s%s%s 0830", " %s-%s-%s 23:59 ");
    for (int i = 0; i < 20_000; i++) {
      LocalDate date = LocalDate.ofEpochDay(rnd.nextLong(LocalDate.of(1800, 1, 1).toEpochDay(),
          LocalDate.of(2200, 12, 31).toEpochDay()));
      int days = rnd.nextInt(-36_500, 36_501);
      String layout = layouts.get(rnd.nextInt(layouts.size()));
      String in = written(layout, date);
      int ymd = DateValues.parse(in);
      assertEquals(date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth(), ymd, in);
      assertEquals(written(layout, date.plusDays(days)).strip(), DateValues.shift(in, ymd, days), in + " + " + days);
    }
  }

  @Test
  void shiftsOutsideYears0000To9999AreNotWritten() {
    assertNull(DateValues.shift("9999-12-31", 99991231, 1));
    assertNull(DateValues.shift("0000-01-01", 101, -1));
    assertEquals("9999-12-31", DateValues.shift("9999-12-30", 99991230, 1));
  }

  @Test
  void onlyRealDatesInTheKnownLayoutsParse() {
    assertEquals(20240229, DateValues.parse("2024-02-29"));
    assertEquals(20240229, DateValues.parse("20240229 08:00"));
    for (String bad : List.of("2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-1-01", "2024/01-01",
        "2024-01-01x", "24-01-01", "2024年1月1日", "", "abcdefgh")) {
      assertEquals(-1, DateValues.parse(bad), bad);
    }
  }

  private static String written(String layout, LocalDate d) {
    return String.format(java.util.Locale.ROOT, layout, String.format(java.util.Locale.ROOT, "%04d", d.getYear()),
        String.format(java.util.Locale.ROOT, "%02d", d.getMonthValue()),
        String.format(java.util.Locale.ROOT, "%02d", d.getDayOfMonth()));
  }
}
