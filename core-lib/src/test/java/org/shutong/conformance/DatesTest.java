package org.shutong.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The date forms extracts use, read into one comparable number; and day arithmetic without allocation. */
class DatesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "20240131            | 20240131000000",
    "2024-01-31          | 20240131000000",
    "2024/01/31          | 20240131000000",
    "2024.01.31          | 20240131000000",
    "20240131T083000     | 20240131083000",
    "20240131083000      | 20240131083000",
    "2024-01-31 08:30:00 | 20240131083000",
    "2024-01-31T08:30:00 | 20240131083000",
    "2024-01-31 08:30    | 20240131083000",
    "2024-01-31 08:30:00.123 | 20240131083000",
    "20240230            | -1",
    "2024-13-01          | -1",
    "2024-01-31 25:00:00 | -1",
    "2024-01/31          | -1",
    "0999-01-01          | -1",
    "1234567             | -1",
    "张三                | -1",
  })
  void parses(String text, long expected) {
    assertEquals(expected, Dates.parse(text, 0, text.length()));
  }

  @ParameterizedTest
  @CsvSource({"19700101", "20000229", "20240301", "19491001", "21001231", "18000101"})
  void daysFromCivilMatchesJavaTime(int yyyymmdd) {
    LocalDate d = LocalDate.of(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
    assertEquals(d.toEpochDay(), Dates.daysFromCivil(yyyymmdd));
  }
}
