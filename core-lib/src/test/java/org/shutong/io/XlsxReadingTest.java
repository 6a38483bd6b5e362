package org.shutong.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.i18n.Lang;
import org.shutong.report.Finding;

class XlsxReadingTest {
  @TempDir Path dir;

  /** A first-page extract as a hospital saves it from Excel: text codes, numbers, dates. */
  private Path firstPageWorkbook() throws IOException {
    Path f = dir.resolve("首页.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(f)) {
      CreationHelper h = wb.getCreationHelper();
      CellStyle date = wb.createCellStyle();
      date.setDataFormat((short) 14);
      CellStyle iso = wb.createCellStyle();
      iso.setDataFormat(h.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
      CellStyle money = wb.createCellStyle();
      money.setDataFormat(h.createDataFormat().getFormat("0.00"));
      wb.createSheet("说明").createRow(0).createCell(0).setCellValue("本表为 2024 年 1 月出院病人");
      XSSFSheet s = wb.createSheet("首页");
      XSSFRow hdr = s.createRow(0);
      String[] names = {"病案号", "姓名", "出生日期", "入院时间", "住院总费用", "住院次数"};
      for (int i = 0; i < names.length; i++) {
        hdr.createCell(i).setCellValue(names[i]);
      }
      XSSFRow r1 = s.createRow(1);
      r1.createCell(0).setCellValue("007");
      r1.createCell(1).setCellValue("张三");
      r1.createCell(2).setCellValue(LocalDate.of(1956, 3, 7));
      r1.getCell(2).setCellStyle(date);
      r1.createCell(3).setCellValue(LocalDateTime.of(2024, 1, 5, 8, 30));
      r1.getCell(3).setCellStyle(iso);
      r1.createCell(4).setCellValue(12345.5);
      r1.getCell(4).setCellStyle(money);
      r1.createCell(5).setCellValue(2);
      // row 3 left empty on purpose; row 4 sparse
      XSSFRow r4 = s.createRow(3);
      r4.createCell(0).setCellValue("0001235");
      r4.createCell(5).setCellFormula("1+2");
      r4.getCell(5).setCellValue(3);
      s.createRow(4).createCell(2).setCellValue("");
      wb.write(os);
    }
    return f;
  }

  @Test
  void valuesAreWhatAPersonSees() throws IOException {
    Tables.Read r = Tables.read(firstPageWorkbook(), ReadOptions.defaults().withSheet("首页"));
    assertEquals(List.of("病案号", "姓名", "出生日期", "入院时间", "住院总费用", "住院次数"), r.header());
    assertEquals(List.of(
        List.of("007", "张三", "1956/3/7", "2024-01-05 08:30", "12345.50", "2"),
        List.of("0001235", "", "", "", "", "3")), r.values());
    assertEquals(List.of(2L, 4L), r.rows().stream().map(Row::line).toList(), "line = sheet row; empty rows skipped");
    assertEquals(List.of(1L, 2L), r.rows().stream().map(Row::record).toList());
    assertEquals("首页", r.source().sheet());
    assertEquals(TableFormat.XLSX, r.source().format());
    assertNull(r.source().encodingName());
    assertEquals(0, r.problems().findings().size());
  }

  @Test
  void sheetByIndexAndSheetNamesListed() throws IOException {
    Path f = firstPageWorkbook();
    Tables.Read r = Tables.read(f, ReadOptions.defaults().withSheet("2"));
    assertEquals("首页", r.source().sheet());
    Tables.Read first = Tables.read(f);
    assertEquals("说明", first.source().sheet());
    assertEquals(List.of("本表为 2024 年 1 月出院病人"), first.header());
    try (TableReader t = TableReaders.open(f, ReadOptions.defaults())) {
      assertEquals(List.of("说明", "首页"), t.sheetNames());
    }
  }

  @Test
  void aSheetNamedLikeANumberIsFoundByName() throws IOException {
    Path f = dir.resolve("years.xlsx");
    new MiniXlsx()
        .sheet("2023", null, "<row r=\"1\"><c t=\"inlineStr\"><is><t>y2023</t></is></c></row>")
        .sheet("2024", null, "<row r=\"1\"><c t=\"inlineStr\"><is><t>y2024</t></is></c></row>")
        .sheet("汇总", null, "<row r=\"1\"><c t=\"inlineStr\"><is><t>sum</t></is></c></row>")
        .write(f);
    assertEquals(List.of("y2024"), Tables.read(f, ReadOptions.defaults().withSheet("2024")).header());
    assertEquals(List.of("y2024"), Tables.read(f, ReadOptions.defaults().withSheet("2")).header());
    assertEquals(List.of("sum"), Tables.read(f, ReadOptions.defaults().withSheet(" 汇总 ")).header());
  }

  @Test
  void missingSheetListsTheSheetsPresent() throws IOException {
    Path f = firstPageWorkbook();
    InputException e = assertThrows(InputException.class,
        () -> Tables.read(f, ReadOptions.defaults().withSheet("病案首页")));
    assertTrue(e.getMessage().contains("病案首页") && e.getMessage().contains("说明、首页"), e.getMessage());
    assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
    assertThrows(InputException.class, () -> Tables.read(f, ReadOptions.defaults().withSheet("3")));
  }

  @Test
  void excelLayoutWithSharedStringsPhoneticRunsBuiltinChineseFormatsAndSparseRows() throws IOException {
    Path f = dir.resolve("excel.xlsx");
    new MiniXlsx()
        .shared("<t>病案号</t>")
        .shared("<r><t>姓</t></r><r><rPr><b/></rPr><t>名</t></r><rPh sb=\"0\" eb=\"1\"><t>xingming</t></rPh>")
        .shared("<t>出院日期</t>")
        .shared("<t xml:space=\"preserve\"> 007 </t>")
        .shared("<t>A_x000D_B</t>")
        .styles("<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"31\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs>")
        .sheet("Sheet1", "A1:D6",
            "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>1</v></c><c r=\"C2\" t=\"s\"><v>2</v></c></row>"
            + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>3</v></c><c r=\"B3\" t=\"inlineStr\"><is><t>李四</t></is></c>"
            + "<c r=\"C3\" s=\"1\"><v>45296</v></c></row>"
            + "<row r=\"4\"><c r=\"A4\" s=\"2\"/><c r=\"B4\" s=\"2\"/></row>"
            + "<row r=\"5\"><c t=\"s\"><v>4</v></c><c t=\"b\"><v>1</v></c><c s=\"2\"><v>45296.5</v></c></row>"
            + "<row r=\"6\"><c r=\"C6\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c></row>")
        .write(f);
    Tables.Read r = Tables.read(f);
    assertEquals(List.of("病案号", "姓名", "出院日期"), r.header());
    assertEquals(List.of(
        List.of(" 007 ", "李四", "2024年1月5日"),
        List.of("A\rB", "TRUE", "2024/1/5"),
        List.of("", "", "#DIV/0!")), r.values());
    assertEquals(List.of(3L, 5L, 6L), r.rows().stream().map(Row::line).toList());
    try (TableReader t = TableReaders.open(f, ReadOptions.defaults())) {
      assertEquals(2, t.headerLine());
    }
  }

  @Test
  void date1904WorkbooksCountFrom1904() throws IOException {
    Path f = dir.resolve("mac.xlsx");
    new MiniXlsx().date1904()
        .styles("<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs>")
        .sheet("Sheet1", null, "<row r=\"1\"><c t=\"inlineStr\"><is><t>出院日期</t></is></c></row>"
            + "<row r=\"2\"><c s=\"1\"><v>43834</v></c></row>")
        .write(f);
    assertEquals("2024/1/5", Tables.read(f).rows().get(0).get(0));
  }

  @Test
  void raggedRowsAreReportedAndSkippedAndTrailingEmptyCellsAreNot() throws IOException {
    Path f = dir.resolve("ragged.xlsx");
    new MiniXlsx()
        .sheet("Sheet1", "A1:C4", "<row r=\"1\"><c t=\"inlineStr\"><is><t>病案号</t></is></c>"
            + "<c t=\"inlineStr\"><is><t>姓名</t></is></c></row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>0001</t></is></c><c r=\"C2\" t=\"inlineStr\"><is><t>多余</t></is></c></row>"
            + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>0002</t></is></c><c r=\"B3\" t=\"inlineStr\"><is><t>张三</t></is></c>"
            + "<c r=\"C3\" t=\"inlineStr\"><is><t></t></is></c></row>"
            + "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>0003</t></is></c></row>")
        .write(f);
    Tables.Read r = Tables.read(f, ReadOptions.defaults().withLang(Lang.EN));
    assertEquals(List.of(List.of("0002", "张三"), List.of("0003", "")), r.values());
    assertEquals(List.of("IO-RAGGED-ROW"), r.ruleIds());
    Finding g = r.problems().findings().get(0);
    assertEquals(1, g.record());
    assertEquals(2, g.line());
    assertTrue(g.message().contains("column 3"), g.message());
  }

  @Test
  void progressFollowsTheSheetDimension() throws IOException {
    Path f = dir.resolve("p.xlsx");
    StringBuilder rows = new StringBuilder("<row r=\"1\"><c t=\"inlineStr\"><is><t>a</t></is></c></row>");
    for (int i = 2; i <= 100; i++) {
      rows.append("<row r=\"").append(i).append("\"><c><v>").append(i).append("</v></c></row>");
    }
    new MiniXlsx().sheet("S", "A1:A100", rows.toString()).write(f);
    try (TableReader r = TableReaders.open(f, ReadOptions.defaults())) {
      assertEquals(0.01, r.progress(), 1e-9);
      for (int i = 0; i < 49; i++) {
        r.next();
      }
      assertEquals(0.5, r.progress(), 1e-9);
      while (r.hasNext()) {
        r.next();
      }
      assertEquals(1.0, r.progress(), 1e-9);
    }
  }

  @Test
  void emptySheetIsUnreadable() throws IOException {
    Path f = dir.resolve("empty.xlsx");
    new MiniXlsx().sheet("空表", null, "<row r=\"1\"><c r=\"A1\" s=\"0\"/></row>").write(f);
    InputException e = assertThrows(InputException.class, () -> Tables.read(f));
    assertTrue(e.getMessage().contains("空表"), e.getMessage());
  }

  @Test
  void csvNamedXlsxAndOtherImpostorsAreUnreadableWithClearMessages() throws IOException {
    Path csv = dir.resolve("fake.xlsx");
    Files.writeString(csv, "病案号,姓名\n0001,张三\n", StandardCharsets.UTF_8);
    InputException e = assertThrows(InputException.class, () -> Tables.read(csv, ReadOptions.defaults().withLang(Lang.EN)));
    assertTrue(e.getMessage().contains("not an Excel workbook") && e.getMessage().contains("--from csv"), e.getMessage());
    // ... and readable as CSV when the user says so
    assertEquals(1, Tables.read(csv, ReadOptions.defaults().withFormat(TableFormat.CSV)).rows().size());

    Path xls = dir.resolve("old.xls");
    byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
    Files.write(xls, ole2);
    InputException x = assertThrows(InputException.class, () -> Tables.read(xls, ReadOptions.defaults().withLang(Lang.EN)));
    assertTrue(x.getMessage().contains(".xls"), x.getMessage());

    Path zip = dir.resolve("notes.xlsx");
    try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
      z.write("hello".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    InputException n = assertThrows(InputException.class, () -> Tables.read(zip, ReadOptions.defaults().withLang(Lang.EN)));
    assertTrue(n.getMessage().startsWith(zip + ": not a valid Excel workbook"), n.getMessage());
  }

  @Test
  void damagedSheetXmlIsUnreadableWithItsPlace() throws IOException {
    Path f = dir.resolve("damaged.xlsx");
    new MiniXlsx().sheet("S", null, "<row r=\"1\"><c t=\"inlineStr\"><is><t>a</t></is></c></row>"
        + "<row r=\"2\"><c><v>1</v></row>").write(f);
    InputException e = assertThrows(InputException.class, () -> {
      try (TableReader r = TableReaders.open(f, ReadOptions.defaults())) {
        while (r.hasNext()) {
          r.next();
        }
      }
    });
    assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
    assertTrue(e.line() > 0, "line of the XML error");
  }
}
