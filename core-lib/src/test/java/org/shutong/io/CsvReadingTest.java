package org.shutong.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.report.Finding;
import org.shutong.report.Severity;

class CsvReadingTest {
  @TempDir Path dir;

  private Path write(String name, String content) {
    return Tables.write(dir, name, content);
  }

  @Test
  void rfc4180QuotingWithEmbeddedNewlinesKeepsPhysicalLines() throws IOException {
    Path f = write("fp.csv", "病案号,姓名,出院主要诊断名称\r\n"
        + "0001234,张三,\"前壁急性透壁性心肌梗死\r\n（复诊）\"\r\n"
        + "0001235,\"李\"\"四\"\"\",\"支气管肺炎, 喘息性\"\r\n"
        + "007,,\r\n");
    Tables.Read r = Tables.read(f);
    assertEquals(List.of("病案号", "姓名", "出院主要诊断名称"), r.header());
    assertEquals(List.of(
        List.of("0001234", "张三", "前壁急性透壁性心肌梗死\r\n（复诊）"),
        List.of("0001235", "李\"四\"", "支气管肺炎, 喘息性"),
        List.of("007", "", "")), r.values());
    assertEquals(List.of(2L, 4L, 5L), r.rows().stream().map(Row::line).toList());
    assertEquals(List.of(1L, 2L, 3L), r.rows().stream().map(Row::record).toList());
    assertEquals(0, r.problems().findings().size());
    assertEquals(TableFormat.CSV, r.source().format());
  }

  @Test
  void lfCrAndBlankLinesAreHandled() throws IOException {
    Path f = write("mixed.csv", "\n\na,b\n1,2\r\n\r\n3,4\r5,6");
    Tables.Read r = Tables.read(f);
    assertEquals(List.of("a", "b"), r.header());
    assertEquals(List.of(List.of("1", "2"), List.of("3", "4"), List.of("5", "6")), r.values());
    assertEquals(List.of(4L, 6L, 7L), r.rows().stream().map(Row::line).toList());
  }

  /** Excel saves empty rows (and formatted rows below the data) as lines of commas. */
  @Test
  void linesOfDelimitersOnlyAreNotRecords() throws IOException {
    Path f = write("excel.csv", "a,b,c\r\n1,,\r\n,,\r\n\"\",,\"\"\r\n,,3\r\n,,\r\n,,\r\n,\r\n");
    Tables.Read r = Tables.read(f);
    assertEquals(List.of(List.of("1", "", ""), List.of("", "", "3")), r.values());
    assertEquals(List.of(2L, 5L), r.rows().stream().map(Row::line).toList());
    assertEquals(List.of(1L, 2L), r.rows().stream().map(Row::record).toList());
    // a short line of delimiters is empty too, not a ragged row
    assertEquals(List.of(), r.ruleIds());

    Tables.Read only = Tables.read(write("only.csv", "a,b\n,\n,\n"));
    assertEquals(List.of("IO-NO-RECORDS"), only.ruleIds());
  }

  @Test
  void headerIsStrippedAndBomRemoved() throws IOException {
    Path f = dir.resolve("bom.csv");
    Files.write(f, "\uFEFF 姓名 ,年龄（岁）\n张三,30\n".getBytes(StandardCharsets.UTF_8));
    Tables.Read r = Tables.read(f);
    assertEquals(List.of("姓名", "年龄（岁）"), r.header());
    assertEquals("UTF-8", r.source().encodingName());
  }

  @Test
  void delimiterIsGuessedFromTheHeaderOrTaken() throws IOException {
    assertEquals(List.of(List.of("1", "张三")), Tables.read(write("t.txt", "a\tb\n1\t张三\n")).values());
    assertEquals(TableFormat.TSV, Tables.read(write("t2.txt", "a\tb\n1\t张三\n")).source().format());
    assertEquals(List.of(List.of("1", "2,5")), Tables.read(write("s.csv", "a;b\n1;2,5\n")).values());
    assertEquals(List.of(List.of("1", "2")), Tables.read(write("p.csv", "a|b\n1|2\n"),
        ReadOptions.defaults().withDelimiter('|')).values());
    // a comma-separated header with a ';' inside quotes stays comma-separated
    assertEquals(List.of("a;x", "b"), Tables.read(write("q.csv", "\"a;x\",b\n1,2\n")).header());
  }

  @Test
  void raggedRowsAreReportedWithRecordAndLineAndSkipped() throws IOException {
    Path f = write("r.csv", "A48,A11,A12C\n0001,张三,1\n0002,李四\n0003,王五,2,多余\n0004,赵六,1\n");
    Tables.Read r = Tables.read(f);
    assertEquals(List.of(List.of("0001", "张三", "1"), List.of("0004", "赵六", "1")), r.values());
    assertEquals(List.of("IO-RAGGED-ROW", "IO-RAGGED-ROW"), r.ruleIds());
    Finding first = r.problems().findings().get(0);
    assertEquals(2, first.record());
    assertEquals(3, first.line());
    assertEquals(Severity.ERROR, first.severity());
    assertEquals(f.toString(), first.file());
    assertTrue(first.message().contains("2") && first.message().contains("3"), first.message());
    assertEquals(4, r.recordsRead(), "skipped records keep their numbers");
    assertEquals(4, r.rows().get(1).record());
  }

  @Test
  void unterminatedQuoteIsReportedAtTheLineWhereItStarted() throws IOException {
    Path f = write("u.csv", "A48,A11\n0001,张三\n0002,\"李四\n0003,王五\n0004,赵六\n");
    Tables.Read r = Tables.read(f);
    assertEquals(List.of(List.of("0001", "张三")), r.values());
    assertEquals(List.of("IO-UNTERMINATED-QUOTE"), r.ruleIds());
    Finding u = r.problems().findings().get(0);
    assertEquals(3, u.line());
    assertEquals(2, u.record());
    assertTrue(u.message().contains("3"), u.message());
  }

  @Test
  void unterminatedQuoteInTheHeaderIsUnreadable() throws IOException {
    Path f = write("uh.csv", "A48,\"A11\n0001,张三\n");
    InputException e = assertThrows(InputException.class, () -> Tables.read(f));
    assertEquals(1, e.line());
    assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
  }

  @Test
  void headerOnlyIsAWarningNotAnError() throws IOException {
    Tables.Read r = Tables.read(write("h.csv", "A48,A11\n"));
    assertEquals(0, r.rows().size());
    assertEquals(List.of("IO-NO-RECORDS"), r.ruleIds());
    assertEquals(Severity.WARNING, r.problems().findings().get(0).severity());
  }

  @Test
  void recordsSpanningBufferRefillsAreReadWhole() throws IOException {
    // many records with long quoted multi-line fields so that records straddle every buffer edge
    StringBuilder sb = new StringBuilder("A48,C04N,备注\n");
    int n = 3000;
    for (int i = 0; i < n; i++) {
      sb.append(String.format("%07d", i)).append(",\"前壁急性透壁性心肌梗死").append(i).append("\n第二行\"\"引号\"\"\",")
          .append("说明".repeat(i % 50)).append('\n');
    }
    Tables.Read r = Tables.read(write("big.csv", sb.toString()));
    assertEquals(n, r.rows().size());
    for (int i = 0; i < n; i += 97) {
      Row row = r.rows().get(i);
      assertEquals(String.format("%07d", i), row.get(0));
      assertEquals("前壁急性透壁性心肌梗死" + i + "\n第二行\"引号\"", row.get(1));
      assertEquals("说明".repeat(i % 50), row.get(2));
      assertEquals(2L + 2L * i, row.line());
    }
    assertEquals(0, r.problems().findings().size());
  }

  @Test
  void progressGrowsToOne() throws IOException {
    StringBuilder sb = new StringBuilder("a,b\n");
    for (int i = 0; i < 200_000; i++) {
      sb.append(i).append(",张三\n");
    }
    Path f = write("p.csv", sb.toString());
    double last = 0;
    try (TableReader r = TableReaders.open(f, ReadOptions.defaults())) {
      double first = r.progress();
      assertTrue(first >= 0 && first < 1, "progress at start " + first);
      while (r.hasNext()) {
        r.next();
        double p = r.progress();
        assertTrue(p >= last, "progress never goes back");
        last = p;
      }
    }
    assertEquals(1.0, last, 1e-9);
  }

  @Test
  void rowAccessorsAreSafe() throws IOException {
    Row row = Tables.read(write("a.csv", "a,b\n1,2\n")).rows().get(0);
    assertEquals("", row.get(5));
    assertEquals("", row.get(-1));
    assertEquals(2, row.size());
    assertThrows(UnsupportedOperationException.class, () -> row.values().set(0, "x"));
  }
}
