package org.shutong.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shutong.i18n.Lang;

class XlsxReportRendererTest {
  private static XSSFWorkbook xlsx(Report r, Lang lang) throws Exception {
    return new XSSFWorkbook(new ByteArrayInputStream(Fixtures.bytes(ReportRenderer.of(ReportFormat.XLSX), r, lang)));
  }

  private static List<String> row(Sheet s, int i) {
    DataFormatter f = new DataFormatter();
    List<String> out = new ArrayList<>();
    Row r = s.getRow(i);
    for (int c = 0; c < r.getLastCellNum(); c++) {
      out.add(r.getCell(c) == null ? "" : f.formatCellValue(r.getCell(c)));
    }
    return out;
  }

  private static List<String> sheetNames(XSSFWorkbook wb) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      names.add(wb.getSheetName(i));
    }
    return names;
  }

  @Test
  void summaryFindingsAndOneSheetPerTable() throws Exception {
    try (XSSFWorkbook wb = xlsx(Fixtures.withExtras(), Lang.ZH)) {
      assertEquals(List.of("汇总", "发现明细", "列填充率", "indicators"), sheetNames(wb));
      XSSFSheet table = wb.getSheet("列填充率");
      assertEquals(List.of("#", "列", "非空"), row(table, 1));
      assertEquals(CellType.NUMERIC, table.getRow(2).getCell(2).getCellType());
      assertEquals(10.0, table.getRow(2).getCell(2).getNumericCellValue());
      assertEquals("注：非空指去掉空白后不为空", table.getRow(5).getCell(0).getStringCellValue());
      XSSFSheet ind = wb.getSheet("indicators");
      assertEquals(List.of("code", "name", "value"), row(ind, 1));
      assertEquals(8.25, ind.getRow(3).getCell(2).getNumericCellValue());
      // scalar and flat extras are on the summary sheet
      Sheet sum = wb.getSheet("汇总");
      Set<String> firstColumn = new HashSet<>();
      for (Row r : sum) {
        if (r.getCell(0) != null) {
          firstColumn.add(r.getCell(0).getStringCellValue());
        }
      }
      assertTrue(firstColumn.containsAll(List.of("level", "score", "risk", "FP-DATE-ORDER")), firstColumn.toString());
    }
  }

  @Test
  void findingsSheetHasFrozenHeaderAutofilterWidthsAndNumbers() throws Exception {
    try (XSSFWorkbook wb = xlsx(Fixtures.firstPage(), Lang.EN)) {
      XSSFSheet s = wb.getSheet("Findings");
      assertEquals(List.of("severity", "rule", "file", "record", "line", "field", "value", "message"), row(s, 0));
      assertEquals(List.of("error", "FP-DATE-ORDER", "in.csv", "17", "18", "B15", "2024-01-01", "出院时间早于入院时间"), row(s, 1));
      assertEquals(CellType.NUMERIC, s.getRow(1).getCell(3).getCellType());
      assertEquals(4, s.getLastRowNum());
      assertNotNull(s.getPaneInformation());
      assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition());
      assertEquals("A1:H5", s.getCTWorksheet().getAutoFilter().getRef());
      assertTrue(s.getColumnWidth(7) > s.getColumnWidth(0));
      assertTrue(wb.getFontAt(s.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold());
    }
  }

  @Test
  void summarySheetCountsAndRules() throws Exception {
    try (XSSFWorkbook wb = xlsx(Fixtures.firstPage(), Lang.EN)) {
      Sheet s = wb.getSheet("Summary");
      List<List<String>> rows = new ArrayList<>();
      for (Row r : s) {
        rows.add(row(s, r.getRowNum()));
      }
      assertTrue(rows.contains(List.of("command", "firstpage check")), rows.toString());
      assertTrue(rows.contains(List.of("in.csv", "100", "GB18030")), rows.toString());
      assertTrue(rows.contains(List.of("records with errors", "2")), rows.toString());
      assertTrue(rows.contains(List.of("FP-SEX-CODE", "0", "0", "0", "passed", "性别代码符合 GB/T 2261.1")), rows.toString());
    }
  }

  @Test
  void valuesThatLookLikeFormulasStayText() throws Exception {
    FindingCollector c = new FindingCollector();
    c.accept(Fixtures.error("R", 1, "A", "=HYPERLINK(\"http://x\",\"y\")", "=1+1"));
    try (XSSFWorkbook wb = xlsx(Report.builder("x").build(c), Lang.EN)) {
      var cell = wb.getSheet("Findings").getRow(1).getCell(6);
      assertEquals(CellType.STRING, cell.getCellType());
      assertEquals("=HYPERLINK(\"http://x\",\"y\")", cell.getStringCellValue());
    }
  }

  @Test
  void sheetNamesAreValidAndUnique() {
    Set<String> taken = new HashSet<>();
    assertEquals("汇总", XlsxReportRenderer.sheetName("汇总", "summary", taken));
    assertEquals("a b", XlsxReportRenderer.sheetName("a/b: a title much longer than thirty-one chars", "a/b", taken));
    assertEquals("a b (2)", XlsxReportRenderer.sheetName("a/b", "a/b", taken));
    assertEquals("汇总 (2)", XlsxReportRenderer.sheetName("汇总", "summary", taken));
    assertEquals("x", XlsxReportRenderer.sheetName("a\u0007b", "x", taken), "control characters: use the id");
  }
}
