package org.shutong.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.i18n.Lang;
import org.shutong.report.Finding;

class JsonReadingTest {
  @TempDir Path dir;

  private Path write(String name, String content) {
    return Tables.write(dir, name, content);
  }

  @Test
  void jsonLinesHeaderIsEveryObjectsKeysAndValuesAreTextAsWritten() throws IOException {
    Path f = write("fp.jsonl", """
        {"A48":"007","A11":"张三","A14":56,"D01":1.50,"B15":null,"flag":true}

        {"A11":"李四","A48":"0001235","D01":12345.5,"A14":-1,"flag":false}
        {"A48":"0001236","A11":"王五","extra":{"x":[1,2]},"A14":"","D01":0}
        """);
    Tables.Read r = Tables.read(f, ReadOptions.defaults().withLang(Lang.EN));
    assertEquals(List.of("A48", "A11", "A14", "D01", "B15", "flag", "extra"), r.header());
    assertEquals(List.of(
        List.of("007", "张三", "56", "1.50", "", "true", ""),
        List.of("0001235", "李四", "-1", "12345.5", "", "false", ""),
        List.of("0001236", "王五", "", "0", "", "", "{\"x\":[1,2]}")), r.values());
    assertEquals(List.of(1L, 3L, 4L), r.rows().stream().map(Row::line).toList());
    assertEquals(List.of(), r.ruleIds());
    assertEquals(TableFormat.JSONL, r.source().format());
    assertEquals("UTF-8", r.source().encodingName());
  }

  /** Serialisers leave out null fields: a column first seen in a later record keeps its values. */
  @Test
  void keysFirstSeenInLaterRecordsAreColumnsNotDroppedValues() throws IOException {
    StringBuilder sb = new StringBuilder("{\"a\":\"1\"}\n");
    for (int i = 0; i < 100; i++) {
      sb.append("{\"a\":\"").append(i).append("\",\"b\":\"x").append(i).append("\"}\n");
    }
    Tables.Read r = Tables.read(write("many.jsonl", sb.toString()));
    assertEquals(List.of("a", "b"), r.header());
    assertEquals(101, r.rows().size());
    assertEquals(List.of("1", ""), r.values().get(0));
    assertEquals(List.of("99", "x99"), r.values().get(100));
    assertEquals(List.of(), r.ruleIds());
  }

  @Test
  void jsonArrayHeaderIsEveryElementsKeys() throws IOException {
    Tables.Read r = Tables.read(write("arr.json", """
        [{"A48":"0001","A11":"张三"},
         {"A48":"0002","C03C":"I21.900","nested":{"C03C":"x"}},
         {"A11":"王五","C04N":null}]
        """));
    assertEquals(List.of("A48", "A11", "C03C", "nested", "C04N"), r.header());
    assertEquals(List.of("0002", "", "I21.900", "{\"C03C\":\"x\"}", ""), r.values().get(1));
    assertEquals(List.of(), r.ruleIds());
  }

  @Test
  void keysBeyondTheScanLimitAreReportedOnceAndDropped() throws IOException {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < JsonTableReader.MAX_KEYS; i++) {
      sb.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":1");
    }
    sb.append("}\n");
    for (int i = 0; i < 3; i++) {
      sb.append("{\"k0\":2,\"over\":3}\n");
    }
    Tables.Read r = Tables.read(write("wide.jsonl", sb.toString()));
    assertEquals(JsonTableReader.MAX_KEYS, r.header().size());
    assertEquals(4, r.rows().size());
    assertEquals(List.of("IO-UNKNOWN-KEY"), r.ruleIds());
    assertEquals("over", r.problems().findings().get(0).field());
  }

  @Test
  void malformedAndNonObjectLinesAreReportedAndSkipped() throws IOException {
    Path f = write("bad.jsonl", """
        {"A48":"0001","A11":"张三"}
        ["0002","李四"]
        {"A48":"0003","A11":"王五"
        {"A48":"0004","A11":"赵六"} {"x":1}
        {"A48":"0005","A11":"钱七","A11":"重复"}
        {"A48":"0006","A11":"孙八"}
        """);
    Tables.Read r = Tables.read(f, ReadOptions.defaults().withLang(Lang.EN));
    assertEquals(List.of(List.of("0001", "张三"), List.of("0005", "钱七"), List.of("0006", "孙八")), r.values());
    assertEquals(List.of("IO-NOT-AN-OBJECT", "IO-MALFORMED-RECORD", "IO-MALFORMED-RECORD", "IO-DUPLICATE-KEY"),
        r.ruleIds());
    List<Finding> p = r.problems().findings();
    assertEquals(List.of(2L, 3L, 4L, 5L), p.stream().map(Finding::line).toList());
    assertEquals(List.of(2L, 3L, 4L, 5L), p.stream().map(Finding::record).toList());
    assertTrue(p.get(0).message().contains("not a JSON object"), p.get(0).message());
    assertEquals(6, r.rows().get(2).record());
  }

  @Test
  void jsonArrayWithLinesOfEachRecord() throws IOException {
    Path f = write("fp.json", """
        [
          {"A48": "007", "A11": "张三"},
          42,
          {
            "A11": "李四",
            "A48": "0001235"
          }
        ]
        """);
    Tables.Read r = Tables.read(f);
    assertEquals(List.of("A48", "A11"), r.header());
    assertEquals(List.of(List.of("007", "张三"), List.of("0001235", "李四")), r.values());
    assertEquals(List.of(2L, 4L), r.rows().stream().map(Row::line).toList());
    assertEquals(List.of(1L, 3L), r.rows().stream().map(Row::record).toList());
    assertEquals(List.of("IO-NOT-AN-OBJECT"), r.ruleIds());
    assertEquals(3, r.problems().findings().get(0).line());
  }

  @Test
  void jsonThatIsNotAnArrayOrBreaksOffIsUnreadableWithLineAndColumn() throws IOException {
    Path obj = write("obj.json", "{\"data\": []}");
    InputException e = assertThrows(InputException.class, () -> Tables.read(obj, ReadOptions.defaults().withLang(Lang.EN)));
    assertEquals(1, e.line());
    assertTrue(e.getMessage().contains("array of objects") && e.getMessage().contains("jsonl"), e.getMessage());

    Path cut = write("cut.json", "[\n{\"a\":\"1\"},\n{\"a\":\"2\"},\n{\"a\":");
    InputException c = assertThrows(InputException.class, () -> Tables.read(cut));
    assertEquals(4, c.line());
    assertTrue(c.getMessage().startsWith(cut.toString()), c.getMessage());

    Path syntax = write("syntax.json", "[\n{\"a\":\"1\"},\n{\"a\" \"2\"}\n]");
    InputException s = assertThrows(InputException.class, () -> Tables.read(syntax));
    assertEquals(3, s.line());
    assertTrue(s.column() > 0);
  }

  @Test
  void emptyInputsAreUnreadable() throws IOException {
    assertThrows(InputException.class, () -> Tables.read(write("e.json", "[]")));
    assertThrows(InputException.class, () -> Tables.read(write("e.jsonl", "\n\n[1]\n")));
  }

  @Test
  void gb18030JsonLinesAreDecoded() throws IOException {
    Path f = dir.resolve("gb.jsonl");
    Files.write(f, "{\"姓名\":\"张三\"}\n".getBytes(Charset.forName("GB18030")));
    Tables.Read r = Tables.read(f);
    assertEquals("GB18030", r.source().encodingName());
    assertEquals(List.of("姓名"), r.header());
    assertEquals("张三", r.rows().get(0).get(0));
  }
}
