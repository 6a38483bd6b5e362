package org.shutong.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateStampsTest {
  private static long second(String iso) {
    return LocalDateTime.parse(iso).toEpochSecond(ZoneOffset.UTC);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2022-11-03", "2022/11/3", "2022.11.03", "20221103", "2022年11月3日", "2022年11月3", " 2022-11-03 "})
  void datesWithoutTime(String s) {
    long st = DateStamps.parse(s);
    assertTrue(DateStamps.valid(st), s);
    assertFalse(DateStamps.hasTime(st), s);
    assertEquals(LocalDate.of(2022, 11, 3).toEpochDay(), DateStamps.epochDay(st), s);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2022-11-03 09:05:07", "2022-11-03T09:05:07", "2022/11/3 9:05:07", "20221103090507",
      "2022-11-03 09:05:07.0", "2022-11-03 09:05:07.123456", "2022-11-03T09:05:07Z", "2022-11-03T09:05:07+08:00",
      "2022-11-03T09:05:07.000+0800"})
  void dateTimes(String s) {
    long st = DateStamps.parse(s);
    assertTrue(DateStamps.hasTime(st), s);
    assertEquals(second("2022-11-03T09:05:07"), DateStamps.epochSecond(st), s);
  }

  @Test
  void minutesOnly() {
    assertEquals(second("2022-11-03T09:05:00"), DateStamps.epochSecond(DateStamps.parse("2022-11-03 09:05")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2022-02-29", "2022-13-01", "2022-11-31", "2022-11-03 24:00:00", "2022-11-03 10:61",
      "03/11/2022", "2022-11", "not a date", "2022-11-03x", "2022-11-03T09:05:07+8", "2022-11/03", "1899-12-31", "202211031", "2022-11-03 9"})
  void invalid(String s) {
    assertEquals(DateStamps.INVALID, DateStamps.parse(s), s);
  }

  @Test
  void leapDayAndEmpty() {
    assertEquals(LocalDate.of(2024, 2, 29).toEpochDay(), DateStamps.epochDay(DateStamps.parse("2024-02-29")));
    assertEquals(LocalDate.of(2000, 2, 29).toEpochDay(), DateStamps.epochDay(DateStamps.parse("2000-02-29")));
    assertEquals(DateStamps.INVALID, DateStamps.parse("1900-02-29"));
    assertEquals(DateStamps.EMPTY, DateStamps.parse(""));
    assertEquals(DateStamps.EMPTY, DateStamps.parse("   "));
  }

  @Test
  void epochDayMatchesJavaTimeOverCenturies() {
    for (LocalDate d = LocalDate.of(1900, 1, 1); d.isBefore(LocalDate.of(2101, 1, 1)); d = d.plusDays(1)) {
      assertEquals(d.toEpochDay(), DateStamps.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()), d::toString);
    }
  }
}
