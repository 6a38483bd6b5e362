package org.shutong.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportMonthsTest {
  @Test
  void singleRangeAndListAreSortedAndDeduplicated() {
    ReportMonths m = ReportMonths.parse(List.of("2022-11", "2022-09..2022-10", "202211", "2022/08"));
    assertEquals(List.of(YearMonth.of(2022, 8), YearMonth.of(2022, 9), YearMonth.of(2022, 10), YearMonth.of(2022, 11)),
        m.months());
    assertEquals(YearMonth.of(2022, 11), m.reportMonth());
  }

  @Test
  void rangeAcrossAYear() {
    assertEquals(5, ReportMonths.parse(List.of("2022-10..2023-02")).months().size());
  }

  @Test
  void badValuesNameTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportMonths.parse(List.of("2022-13")));
    assertTrue(e.getMessage().contains("2022-13"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ReportMonths.parse(List.of("2022-11..2022-01")));
    assertThrows(IllegalArgumentException.class, () -> ReportMonths.parse(List.of("nov")));
    assertThrows(IllegalArgumentException.class, () -> ReportMonths.parse(List.of("2000-01..2022-01")));
    assertThrows(IllegalArgumentException.class, () -> ReportMonths.parse(List.of(" ")));
  }
}
