package org.shutong.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.i18n.Lang;

class WritersTest {
  static final List<String> HEADER = List.of("病案号", "姓名", "出院主要诊断名称");

  @TempDir Path dir;

  private void write(Path f, WriteOptions o, List<List<String>> rows) {
    try (TableWriter w = TableWriters.open(f, o)) {
      w.writeHeader(HEADER);
      for (List<String> r : rows) {
        w.writeRow(r);
      }
      w.commit();
    }
  }

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
    }
  }

  @Test
  void csvQuotesOnlyWhatNeedsQuotingAndEndsRecordsWithCrlf() throws IOException {
    Path f = dir.resolve("out.csv");
    write(f, WriteOptions.defaults(), List.of(List.of("007", "张\"三\"", "a,b\nc"), List.of("", " 李四 ", "")));
    assertEquals("病案号,姓名,出院主要诊断名称\r\n007,\"张\"\"三\"\"\",\"a,b\nc\"\r\n, 李四 ,\r\n",
        Files.readString(f, StandardCharsets.UTF_8));
  }

  @Test
  void csvEncodings() throws IOException {
    Path bom = dir.resolve("excel.csv");
    write(bom, WriteOptions.defaults().withEncoding(OutputEncoding.UTF_8_BOM), List.of(List.of("007", "张三", "")));
    byte[] b = Files.readAllBytes(bom);
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(b, 3));
    assertEquals("UTF-8", Tables.read(bom).source().encodingName());

    Path gb = dir.resolve("gb.csv");
    write(gb, WriteOptions.defaults().withEncoding(OutputEncoding.GB18030), List.of(List.of("007", "李㵘", "")));
    assertEquals("病案号,姓名,出院主要诊断名称\r\n007,李㵘,\r\n", new String(Files.readAllBytes(gb), Charset.forName("GB18030")));
    assertEquals("GB18030", Tables.read(gb).source().encodingName());
  }

  @Test
  void textThatNoEncodingCanCarryIsRefusedNamingRowAndColumnAndNothingIsLeft() throws IOException {
    Path gb = dir.resolve("bad.csv");
    OutputException e = assertThrows(OutputException.class, () -> write(gb,
        WriteOptions.defaults().withEncoding(OutputEncoding.GB18030).withLang(Lang.EN),
        List.of(List.of("1", "张三", ""), List.of("2", "x\uD800y", ""))));
    assertTrue(e.getMessage().contains("row 2, column 2 (姓名)") && e.getMessage().contains("D800")
        && e.getMessage().contains("GB18030"), e.getMessage());
    assertFalse(Files.exists(gb));
    assertEquals(List.of(), leftovers());
    for (String ext : List.of("xlsx", "jsonl")) {
      Path o = dir.resolve("bad." + ext);
      assertThrows(OutputException.class, () -> write(o, WriteOptions.defaults(), List.of(List.of("1", "\uDC00", ""))));
      assertFalse(Files.exists(o));
    }
    assertEquals(List.of(), leftovers());
  }

  /** RFC 4180 as the test writes it: quotes only where needed, CRLF. */
  private static String csv(List<String> header, List<List<String>> rows, char delim) {
    StringBuilder sb = new StringBuilder();
    List<List<String>> all = new java.util.ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (List<String> r : all) {
      for (int i = 0; i < r.size(); i++) {
        if (i > 0) {
          sb.append(delim);
        }
        String v = r.get(i) == null ? "" : r.get(i);
        boolean q = v.indexOf(delim) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        sb.append(q ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
      }
      sb.append("\r\n");
    }
    return sb.toString();
  }

  /**
   * Values of every length around the writer's buffer (a value longer than it, quoted values and
   * surrogate pairs across its end), written in every encoding, give exactly the RFC 4180 text.
   */
  @Test
  void csvBytesAreExactAcrossBufferBoundariesInEveryEncoding() throws IOException {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(5);
    String[] pieces = {"a", "7", "张", "𠀀", "😀", ",", "\"", "\n", "\r", " ", "\t", "é", "㵘"};
    List<List<String>> rows = new java.util.ArrayList<>();
    for (int r = 0; r < 400; r++) {
      List<String> row = new java.util.ArrayList<>();
      for (int c = 0; c < 3; c++) {
        int kind = rnd.nextInt(20);
        int n = kind == 0 ? CsvTableWriter.CHARS + rnd.nextInt(3 * CsvTableWriter.CHARS)
            : kind == 1 ? 0 : rnd.nextInt(kind < 4 ? 2000 : 12);
        StringBuilder v = new StringBuilder();
        boolean plain = rnd.nextInt(3) > 0;
        while (v.length() < n) {
          v.append(plain ? pieces[rnd.nextInt(3)] : pieces[rnd.nextInt(pieces.length)]);
        }
        row.add(kind == 2 ? null : v.toString());
      }
      rows.add(row);
    }
    for (OutputEncoding enc : OutputEncoding.values()) {
      for (String ext : List.of("csv", "tsv")) {
        Path f = dir.resolve(enc + "." + ext);
        write(f, WriteOptions.defaults().withEncoding(enc), rows);
        String expected = (enc.bom() ? "\uFEFF" : "") + csv(HEADER, rows, ext.equals("csv") ? ',' : '\t');
        assertArrayEquals(expected.getBytes(enc.charset()), Files.readAllBytes(f), enc + " " + ext);
      }
    }
    assertEquals(List.of(), leftovers());
  }

  @Test
  void anUnpairedSurrogateInAValueLongerThanTheBufferIsRefusedNamingRowAndColumn() throws IOException {
    Path f = dir.resolve("long.csv");
    String v = "x".repeat(CsvTableWriter.CHARS + 10) + "\uDC00";
    OutputException e = assertThrows(OutputException.class, () -> write(f, WriteOptions.defaults().withLang(Lang.EN),
        List.of(List.of("1", "2", "3"), List.of("4", "5", "6"), List.of("7", "8", v))));
    assertTrue(e.getMessage().contains("row 3, column 3 (出院主要诊断名称)") && e.getMessage().contains("DC00"), e.getMessage());
    assertFalse(Files.exists(f));
    assertEquals(List.of(), leftovers());
  }

  @Test
  void xlsxCellsAreTextInATextStyleAndTheHeaderIsBoldAndFrozen() throws IOException {
    Path f = dir.resolve("out.xlsx");
    write(f, WriteOptions.defaults(), List.of(List.of("007", "1.50", "2024-01-05"), List.of("", "=1+1", "")));
    try (InputStream in = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      XSSFSheet s = wb.getSheetAt(0);
      assertTrue(s.getRow(0).getCell(0).getCellStyle().getFont().getBold());
      assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition());
      XSSFCell c = s.getRow(1).getCell(0);
      assertEquals(CellType.STRING, c.getCellType());
      assertEquals("007", c.getStringCellValue());
      assertEquals("@", c.getCellStyle().getDataFormatString());
      assertEquals(CellType.STRING, s.getRow(2).getCell(1).getCellType(), "no formula injection");
      assertEquals(null, s.getRow(2).getCell(0), "empty values are empty cells");
    }
  }

  @Test
  void xlsxLimitsAreClearErrors() throws IOException {
    Path f = dir.resolve("long.xlsx");
    OutputException e = assertThrows(OutputException.class, () -> write(f, WriteOptions.defaults().withLang(Lang.EN),
        List.of(List.of("1", "x".repeat(32_768), ""))));
    assertTrue(e.getMessage().contains("row 1, column 2 (姓名)") && e.getMessage().contains("32767"), e.getMessage());
    assertFalse(Files.exists(f));
  }

  @Test
  void jsonLinesAreOneObjectPerLineWithStringValues() throws IOException {
    Path f = dir.resolve("out.jsonl");
    write(f, WriteOptions.defaults(), List.of(List.of("007", "张三", "a\"b\nc"), List.of("", "", "")));
    assertEquals("{\"病案号\":\"007\",\"姓名\":\"张三\",\"出院主要诊断名称\":\"a\\\"b\\nc\"}\n"
        + "{\"病案号\":\"\",\"姓名\":\"\",\"出院主要诊断名称\":\"\"}\n", Files.readString(f, StandardCharsets.UTF_8));
  }

  @Test
  void jsonLinesNeedUniqueKeysAndUtf8() {
    Path f = dir.resolve("dup.jsonl");
    OutputException e = assertThrows(OutputException.class, () -> {
      try (TableWriter w = TableWriters.open(f, WriteOptions.defaults().withLang(Lang.EN))) {
        w.writeHeader(List.of("A11", "B", "A11"));
      }
    });
    assertTrue(e.getMessage().contains("columns 1 and 3") && e.getMessage().contains("A11"), e.getMessage());
    OutputException g = assertThrows(OutputException.class, () -> TableWriters.open(dir.resolve("g.jsonl"),
        WriteOptions.defaults().withEncoding(OutputEncoding.GB18030).withLang(Lang.EN)));
    assertTrue(g.getMessage().contains("UTF-8"), g.getMessage());
    assertThrows(OutputException.class, () -> TableWriters.open(dir.resolve("x.xml"), WriteOptions.defaults()));
  }

  @Test
  void existingOutputNeedsForceAndMissingDirectoryIsAnError() throws IOException {
    Path f = dir.resolve("exists.csv");
    Files.writeString(f, "old");
    OutputException e = assertThrows(OutputException.class,
        () -> TableWriters.open(f, WriteOptions.defaults().withLang(Lang.EN)));
    assertTrue(e.getMessage().contains("--force"), e.getMessage());
    assertEquals("old", Files.readString(f));
    write(f, WriteOptions.defaults().withForce(true), List.of(List.of("1", "2", "3")));
    assertTrue(Files.readString(f).startsWith("病案号"));
    Path nodir = dir.resolve("no/such/dir/out.csv");
    OutputException d = assertThrows(OutputException.class,
        () -> TableWriters.open(nodir, WriteOptions.defaults().withLang(Lang.EN)));
    assertTrue(d.getMessage().contains("does not exist"), d.getMessage());
  }

  @Test
  void closingWithoutCommitLeavesNoFile() throws IOException {
    for (String ext : List.of("csv", "xlsx", "jsonl")) {
      Path f = dir.resolve("abandoned." + ext);
      try (TableWriter w = TableWriters.open(f, WriteOptions.defaults())) {
        w.writeHeader(HEADER);
        w.writeRow(List.of("1", "2", "3"));
      }
      assertFalse(Files.exists(f), ext);
    }
    assertEquals(List.of(), leftovers());
  }
}
