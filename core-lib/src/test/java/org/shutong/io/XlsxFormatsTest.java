package org.shutong.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class XlsxFormatsTest {
  /** 2024-01-05 18:00:00 (a Friday) as an Excel serial. */
  static final String FRI_6PM = "45296.75";

  private static String render(int id, String declared, String value) {
    XlsxFormats f = new XlsxFormats(new XlsxFormats.Style[] {new XlsxFormats.Style(0, null),
        new XlsxFormats.Style(id, declared)}, false);
    return f.format(value, "1");
  }

  @ParameterizedTest(name = "built-in {0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "14|2024/1/5",
      "22|2024/1/5 18:00",
      "27|2024年1月",
      "28|1月5日",
      "29|1月5日",
      "30|1-5-24",
      "31|2024年1月5日",
      "32|18时00分",
      "33|18时00分00秒",
      "34|下午6时00分",
      "35|下午6时00分00秒",
      "36|2024年1月",
      "50|2024年1月",
      "51|1月5日",
      "52|2024年1月",
      "53|1月5日",
      "54|1月5日",
      "55|下午6时00分",
      "56|下午6时00分00秒",
      "57|2024年1月",
      "58|1月5日"})
  void everyZhCnBuiltInIdRendersAsChineseExcelShowsIt(int id, String expected) {
    assertEquals(expected, render(id, null, FRI_6PM));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "yyyy\"年\"m\"月\"d\"日\"|2024年1月5日",
      "yyyy\"年\"mm\"月\"dd\"日\" hh:mm:ss|2024年01月05日 18:00:00",
      "[$-804]yyyy\"年\"m\"月\"d\"日\" dddd|2024年1月5日 星期五",
      "yyyy/m/d;@|2024/1/5",
      "yyyy-mm-dd|2024-01-05",
      "yyyy-mm-dd\\Thh:mm|2024-01-05T18:00",
      "h:mm AM/PM|6:00 下午",
      "m/d/yy h:mm|1/5/24 18:00",
      "mmm-yy|1月-24",
      "hh:mm:ss.00|18:00:00.00",
      "[DBNum1][$-804]yyyy\"年\"m\"月\"d\"日\"|2024年1月5日"})
  void customDateFormatsWithChineseLiterals(String code, String expected) {
    assertEquals(expected, render(200, code, FRI_6PM));
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "General|12345.5|12345.5",
      "General|0.30000000000000004|0.3",
      "0.00|12345.5|12345.50",
      "#,##0.00|12345.5|12,345.50",
      "0%|0.125|13%",
      "0.00\"元\"|88.8|88.80元",
      "@|7|7",
      "[h]:mm|1.5|36:00"})
  void numbersGoThroughPoi(String code, String value, String expected) {
    assertEquals(expected, render(200, code, value));
  }

  @Test
  void builtinNumberIdsWithoutDeclaredCodeKeepTheirMeaning() {
    assertEquals("12345.50", render(2, null, "12345.5"));
    assertEquals("13%", render(9, null, "0.125"));
    assertEquals("12346", render(1, null, "12345.5"));
  }

  @Test
  void dateClassification() {
    assertTrue(XlsxDates.isDate("yyyy\"年\"m\"月\"d\"日\""));
    assertTrue(XlsxDates.isDate("h\"时\"mm\"分\""));
    assertTrue(XlsxDates.isDate("hh:mm:ss.000"));
    assertFalse(XlsxDates.isDate("General"));
    assertFalse(XlsxDates.isDate("0.00\"天\""));
    assertFalse(XlsxDates.isDate("#,##0.00_);[Red](#,##0.00)"));
    assertFalse(XlsxDates.isDate("[h]:mm"), "elapsed time is left to POI");
    assertFalse(XlsxDates.isDate("\"yyyy\"0"), "quoted letters are not codes");
    assertNull(XlsxDates.compile("0.00"));
  }

  @Test
  void aNumberOutsideTheDateRangeIsShownAsANumber() {
    assertEquals("-1", render(14, null, "-1"));
  }

  @Test
  void chineseTableCoversTheDocumentedIds() {
    Map<Integer, String> expectedIds = Map.of(14, "yyyy/m/d", 31, "yyyy\"年\"m\"月\"d\"日\"");
    expectedIds.forEach((id, code) -> assertEquals(code, XlsxFormats.code(id, null)));
    assertEquals("0.00", XlsxFormats.code(2, null));
    assertEquals("General", XlsxFormats.code(0, null));
    assertEquals("yyyy-mm-dd", XlsxFormats.code(14, "yyyy-mm-dd"), "a declared code wins");
  }
}
