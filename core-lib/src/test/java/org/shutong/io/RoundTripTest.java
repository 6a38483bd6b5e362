package org.shutong.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text values survive CSV → XLSX → JSON Lines → CSV exactly, through the library. */
class RoundTripTest {
  static final List<String> HEADER = List.of("病案号", "姓名", "出院主要诊断名称", "备注", "费用");
  static final List<List<String>> ROWS = List.of(
      List.of("007", "张三", "前壁急性透壁性心肌梗死", "说\"明\"", "12345.50"),
      List.of("0001235", "李㵘", "支气管肺炎\n喘息性", "a,b;c\td", "0"),
      List.of("", "", "", "", ""),
      List.of("0001236", " 王五 ", "多行\r\n文本", "_x0041_ 与 \u0001 控制符", "1.0E3"),
      List.of("0001237", "😀𠀀", "=SUM(A1:A2)", "TRUE", "2024-01-05"));

  @TempDir Path dir;

  private static void write(Path f, WriteOptions o, List<String> header, List<List<String>> rows) {
    try (TableWriter w = TableWriters.open(f, o)) {
      w.writeHeader(header);
      for (List<String> r : rows) {
        w.writeRow(r);
      }
      w.commit();
    }
  }

  private static void copy(Path from, Path to) {
    Tables.Read r = Tables.read(from);
    assertEquals(List.of(), r.problems().findings(), "no findings reading " + from);
    write(to, WriteOptions.defaults(), r.header(), r.values());
  }

  @Test
  void csvToXlsxToJsonlToCsvIsLossless() throws IOException {
    Path csv = dir.resolve("in.csv");
    write(csv, WriteOptions.defaults(), HEADER, ROWS);
    Path xlsx = dir.resolve("a.xlsx");
    Path jsonl = dir.resolve("b.jsonl");
    Path back = dir.resolve("c.csv");
    copy(csv, xlsx);
    assertEquals(HEADER, Tables.read(xlsx).header());
    assertEquals(ROWS.subList(0, 2), Tables.read(xlsx).values().subList(0, 2));
    copy(xlsx, jsonl);
    copy(jsonl, back);
    Tables.Read end = Tables.read(back);
    assertEquals(HEADER, end.header());
    // the all-empty row is not a record (a CSV line of delimiters only, an empty worksheet row);
    // every other value is intact
    assertEquals(List.of(ROWS.get(0), ROWS.get(1), ROWS.get(3), ROWS.get(4)), end.values());
    assertEquals(Files.readString(csv, StandardCharsets.UTF_8).replace("\r\n,,,,\r\n", "\r\n"),
        Files.readString(back, StandardCharsets.UTF_8));
  }

  @Test
  void gb18030AndBomCsvRoundTrip() {
    for (OutputEncoding enc : OutputEncoding.values()) {
      Path f = dir.resolve("enc-" + enc + ".csv");
      write(f, WriteOptions.defaults().withEncoding(enc), HEADER, ROWS);
      Tables.Read r = Tables.read(f);
      assertEquals(HEADER, r.header(), enc.toString());
      assertEquals(List.of(ROWS.get(0), ROWS.get(1), ROWS.get(3), ROWS.get(4)), r.values(), enc.toString());
    }
  }

  @Test
  void jsonlToXlsxToJsonlIsLossless() {
    Path a = dir.resolve("a.jsonl");
    write(a, WriteOptions.defaults(), HEADER, ROWS);
    Path x = dir.resolve("x.xlsx");
    copy(a, x);
    Path b = dir.resolve("b.jsonl");
    copy(x, b);
    assertEquals(List.of(ROWS.get(0), ROWS.get(1), ROWS.get(3), ROWS.get(4)), Tables.read(b).values());
  }
}
