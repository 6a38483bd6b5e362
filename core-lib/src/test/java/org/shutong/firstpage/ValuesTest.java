package org.shutong.firstpage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {
  private static long at(int y, int mo, int d, int h, int mi, int s) {
    return LocalDateTime.of(y, mo, d, h, mi, s).toEpochSecond(ZoneOffset.UTC);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2024-01-05 08:30:00|2024|1|5|8|30|0",
      "2024-01-05|2024|1|5|0|0|0",
      "2024/1/5 8:30|2024|1|5|8|30|0",
      "2024-01-05T08:30:15|2024|1|5|8|30|15",
      "2024-01-05 08:30:00.000|2024|1|5|8|30|0",
      "20240105|2024|1|5|0|0|0",
      "20240105083000|2024|1|5|8|30|0",
      "2024年1月5日|2024|1|5|0|0|0",
      "2024-02-29 23:59:59|2024|2|29|23|59|59",
      "1900-03-01|1900|3|1|0|0|0",
      "2024/1/9 10:00|2024|1|9|10|0|0"})
  void parsesTheFormsExtractsUse(String v, int y, int mo, int d, int h, int mi, int s) {
    assertEquals(at(y, mo, d, h, mi, s), Values.parseDateTime(v));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", "abc", "2023-02-29", "2024-13-01", "2024-01-32", "2024-01-05 24:00:00",
      "2024-01-05 08:60", "2024-01", "05/01/2024", "2024-01-05x", "0000-00-00", "2024-1-5 8", "20241305", "2024010508300x"})
  void rejectsImpossibleOrUnreadable(String v) {
    assertEquals(Values.NONE, Values.parseDateTime(v));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-01-05 08:30:00", "1999-12-31 23:59:59"})
  void standardDateTime(String v) {
    assertTrue(Values.isStandardDateTime(v));
    assertFalse(Values.isStandardDate(v));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-01-05", "2024/01/05 08:30:00", "2024-1-5 08:30:00", "2024-01-05 08:30",
      "2023-02-29 00:00:00"})
  void nonStandardDateTime(String v) {
    assertFalse(Values.isStandardDateTime(v));
  }

  @ParameterizedTest
  @CsvSource({"12,12", "-3,-3", "+4,4", "3.50,3.5", "0.01,0.01", "' 7 ',7", ".5,0.5", "123456789012345678901,1.2345678901234568E20"})
  void parsesNumbers(String v, double expected) {
    assertEquals(expected, Values.parseNumber(v), 1e-9);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", "12a", "1.2.3", ".", "+", "1e5", "1,5", "12,34", "1,2345", ",123", "1,234,",
      "1.234,50", "21841.78元", "54岁", "１２ａ"})
  void rejectsNonNumbers(String v) {
    assertTrue(Double.isNaN(Values.parseNumber(v)));
  }

  /** Excel's #,##0.00 display and full-width input: the same number, reported as not standard. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"1,234.5|1234.5", "21,841.78|21841.78", "1,234,567|1234567", "-1,000.00|-1000",
      "２１８４１．７８|21841.78", "－３|-3", "１，２３４|1234", "' 1,234 '|1234"})
  void readsThousandsSeparatorsAndFullWidthDigits(String v, double expected) {
    assertEquals(expected, Values.parseNumber(v), 1e-9);
    assertFalse(Values.isStandardDecimal(v.strip()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "-", " - ", "－", "\t"})
  void emptyBoxes(String v) {
    assertTrue(Values.isEmpty(v));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "--", "-1", "无", " a "})
  void filledBoxes(String v) {
    assertFalse(Values.isEmpty(v));
  }

  @ParameterizedTest
  @CsvSource({"12,true,true", "-12,true,true", "3.0,false,true", "3.,false,false", "a,false,false", "'',false,false"})
  void standardNumberForms(String v, boolean integer, boolean decimal) {
    assertEquals(integer, Values.isStandardInteger(v));
    assertEquals(decimal, Values.isStandardDecimal(v));
  }
}
