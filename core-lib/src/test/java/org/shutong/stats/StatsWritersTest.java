package org.shutong.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.i18n.Lang;
import org.shutong.io.ReadOptions;
import org.shutong.report.FindingCollector;
import org.shutong.report.Report;

class StatsWritersTest {
  @TempDir Path dir;
  private NotifiableResult result;
  private Report report;

  @BeforeEach
  void tabulate() throws IOException {
    List<CaseCardFile.Card> cards = new ArrayList<>();
    String[] names = {"乙肝", "丙肝", "肺结核", "Ⅰ期梅毒", "流行性感冒", "手足口病", "<script>alert(1)</script>"};
    for (int i = 0; i < 140; i++) {
      int day = 1 + i % 30;
      String month = i % 7 == 0 ? "2022-10" : "2022-11";
      cards.add(new CaseCardFile.Card("C" + i, names[i % names.length], "确诊病例", month + "-01",
          month + "-01 08:00:00", String.format("%s-%02d 10:00:00", month, day), i % 11 == 0 ? month + "-02" : "",
          i % 2 == 0 ? "320402" : "320106", ""));
    }
    Path f = dir.resolve("cards.csv");
    CaseCardFile.write(f, cards, StandardCharsets.UTF_8);
    FindingCollector fc = new FindingCollector();
    result = NotifiableTabulator.tabulate(List.of(f), NotifiableOptions.of(ReportMonths.parse(List.of("2022-10..2022-11")))
        .withByRegion(org.shutong.codesets.RegionLevel.COUNTY).withRead(ReadOptions.defaults().withProblems(fc)));
    report = NotifiableReports.report(result, null, fc, Lang.ZH);
  }

  @Test
  void workbookHasTheTableAsPublishedWithFormattingAndAFindingsSheet() throws IOException {
    StatsDocument doc = NotifiableReports.document(result, null, Lang.ZH);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StatsWriters.xlsx(doc, report, out, Lang.ZH);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet s = wb.getSheetAt(0);
      assertEquals("2022年11月法定传染病报告发病、死亡统计表", s.getSheetName());
      assertEquals("2022年11月法定传染病报告发病、死亡统计表", s.getRow(0).getCell(0).getStringCellValue());
      int header = -1;
      for (Row r : s) {
        if (r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING
            && r.getCell(0).getStringCellValue().equals("病名")) {
          header = r.getRowNum();
          break;
        }
      }
      assertTrue(header > 0);
      Row head = s.getRow(header);
      assertEquals("死亡数***", head.getCell(2).getStringCellValue());
      assertTrue(wb.getFontAt(head.getCell(0).getCellStyle().getFontIndex()).getBold());
      assertEquals(FillPatternType.SOLID_FOREGROUND, head.getCell(0).getCellStyle().getFillPattern());
      Row total = s.getRow(header + 1);
      assertEquals("甲乙丙类总计", total.getCell(0).getStringCellValue());
      assertEquals(CellType.NUMERIC, total.getCell(1).getCellType());
      assertEquals(result.table().row("total").cases(), (long) total.getCell(1).getNumericCellValue());
      assertEquals("0", total.getCell(1).getCellStyle().getDataFormatString());
      assertEquals(FillPatternType.SOLID_FOREGROUND, total.getCell(1).getCellStyle().getFillPattern());
      Row hepB = s.getRow(header + 1 + 8);
      assertEquals("乙型肝炎", hepB.getCell(0).getStringCellValue());
      assertTrue(((XSSFCellStyle) hepB.getCell(0).getCellStyle()).getIndention() > 0);
      assertEquals(result.table().row("hepatitis_b").cases(), (long) hepB.getCell(1).getNumericCellValue());
      boolean footnote = false;
      for (Row r : s) {
        Cell c = r.getCell(0);
        if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("注：发病数与死亡数按照终审日期进行统计")) {
          footnote = true;
        }
      }
      assertTrue(footnote, "the table's note is under the table");
      Set<String> sheets = new HashSet<>();
      wb.forEach(sh -> sheets.add(sh.getSheetName()));
      assertTrue(sheets.containsAll(Set.of("逐月发病数", "逐月死亡数", "按现住址地区", "报告卡计数情况", "统计口径", "发现")), sheets.toString());
      Sheet findings = wb.getSheet("发现");
      assertEquals(report.findings().size(), findings.getLastRowNum());
    }
  }

  @Test
  void htmlIsSelfContainedWithChartsAndEscapedText() throws IOException {
    StatsDocument doc = NotifiableReports.document(result, null, Lang.ZH);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StatsWriters.html(doc, report, out, Lang.ZH);
    String html = out.toString(StandardCharsets.UTF_8);
    Document d = Jsoup.parse(html);
    assertTrue(d.select("script").isEmpty(), "no script, and the user's text is escaped");
    assertTrue(html.contains("&lt;script&gt;"), "the unknown name is shown as text");
    assertTrue(d.select("link[href], img[src], script[src]").isEmpty(), "nothing loaded from outside");
    assertNotNull(d.selectFirst("svg polyline.series"));
    assertEquals(2, d.select("figure#trend svg polyline.series").size());
    assertEquals(49, d.select("h2#table + table tbody tr").size());
    assertEquals(1, d.select("h2#table + table tbody tr.total").size());
    assertEquals(3, d.select("h2#table + table tbody tr.subtotal").size());
    assertEquals(Long.toString(result.table().row("total").cases()),
        d.select("h2#table + table tbody tr.total td").get(1).text());
    assertFalse(d.select("#findings").isEmpty());
  }

  @Test
  void csvRoundTripsThroughTheVerifierInBothLanguages() throws IOException {
    for (Lang lang : Lang.values()) {
      StatsDocument doc = NotifiableReports.document(result, null, lang);
      Path csv = dir.resolve("table-" + lang + ".csv");
      try (var os = Files.newOutputStream(csv)) {
        StatsWriters.csv(doc.tables().get(0), os);
      }
      FindingCollector fc = new FindingCollector();
      TableVerifier.Result v = TableVerifier.verify(csv, DiseaseNames.bundled(NotifiableCatalogue.bundled()),
          ReadOptions.defaults().withProblems(fc));
      assertEquals(List.of(), fc.findings(), lang.toString());
      assertEquals(8, v.checks());
      assertEquals(49, v.rows().size());
    }
  }

  @Test
  void csvOfAHandMadeTableFormatsByColumnType() throws IOException {
    StatsTable t = new StatsTable("t", "t", List.of(new StatsTable.Column("名称", StatsTable.Type.TEXT),
        new StatsTable.Column("n", StatsTable.Type.INTEGER), new StatsTable.Column("d", StatsTable.Type.DECIMAL),
        new StatsTable.Column("p", StatsTable.Type.PERCENT)),
        List.of(StatsTable.Line.of("a,\"b\"", 3L, 2.5, 0.12345), StatsTable.Line.of("c", null, null, null)), List.of());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StatsWriters.csv(t, out);
    assertEquals("\uFEFF名称,n,d,p\r\n\"a,\"\"b\"\"\",3,2.50,12.35%\r\nc,,,\r\n", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void sheetNamesAreValidAndUnique() {
    Set<String> used = new HashSet<>();
    assertEquals("a_b_c", XlsxStatsWriter.sheetName("a/b?c", "x", used));
    assertEquals("a_b_c(2)", XlsxStatsWriter.sheetName("a:b*c", "x", used));
    String longName = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三";
    assertEquals(31, XlsxStatsWriter.sheetName(longName, "x", used).length());
    assertEquals("fallback", XlsxStatsWriter.sheetName("  ", "fallback", used));
  }

  @Test
  void englishDocumentUsesEnglishLabels() {
    StatsDocument doc = NotifiableReports.document(result, null, Lang.EN);
    assertEquals("Notifiable infectious diseases: cases and deaths reported, 11/2022", doc.title());
    assertEquals("Total, classes A, B and C", doc.tables().get(0).lines().get(0).cells().get(0));
    assertEquals(YearMonth.of(2022, 11), result.table().month());
  }
}
