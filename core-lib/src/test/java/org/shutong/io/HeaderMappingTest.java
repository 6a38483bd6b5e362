package org.shutong.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.shutong.report.Severity;

class HeaderMappingTest {
  /** Fields of the 住院病案首页 as ../shared/data/firstpage/fields.csv names them. */
  static final ColumnDictionary FP = ColumnDictionary.builder()
      .add("A48", "病案号", List.of())
      .add("A11", "姓名", List.of())
      .add("A12C", "性别", List.of())
      .add("A14", "年龄（岁）", List.of("年龄"))
      .add("B12", "入院时间", List.of())
      .add("C03C", "出院主要诊断编码", List.of("主要诊断编码"))
      .build();

  @TempDir Path dir;

  @Test
  void headersMatchByCodeNameOrAliasIgnoringWidthSpacesAndCase() {
    HeaderMapping m = FP.map(List.of("a48", " 姓 名 ", "年龄(岁)", "主要诊断编码", "ＡＬＴ", "B12"));
    assertEquals(0, m.column("A48"));
    assertEquals(1, m.column("A11"));
    assertEquals(2, m.column("A14"));
    assertEquals(3, m.column("C03C"));
    assertEquals(5, m.column("B12"));
    assertEquals(-1, m.column("A12C"));
    assertFalse(m.has("A12C"));
    assertEquals(List.of(4), m.unknownColumns());
    assertEquals("A14", m.code(2));
  }

  @Test
  void unknownAndDuplicateColumnsBecomeFindings() {
    HeaderMapping m = FP.map(List.of("病案号", "姓名", "患者姓名", "A11", "备注"));
    List<Finding> f = m.findings("in.csv", 3, Severity.INFO, Lang.ZH);
    assertEquals(List.of("IO-UNKNOWN-COLUMN", "IO-UNKNOWN-COLUMN", "IO-DUPLICATE-COLUMN"),
        f.stream().map(Finding::ruleId).toList());
    assertEquals(List.of("患者姓名", "备注", "A11"), f.stream().map(Finding::field).toList());
    assertEquals(List.of(Severity.INFO, Severity.INFO, Severity.WARNING), f.stream().map(Finding::severity).toList());
    assertTrue(f.stream().allMatch(x -> x.line() == 3 && x.record() == 0 && x.file().equals("in.csv")));
    assertTrue(f.get(2).message().contains("第 2 列"), f.get(2).message());
    assertEquals(1, m.column("A11"), "the first column is used");
    assertEquals(List.of(), FP.map(List.of("A48", "A11")).findings("x", 1, Severity.WARNING, Lang.EN));
  }

  @Test
  void aliasFileAddsAliasesAndIsReadInAnyEncoding() throws IOException {
    Path f = dir.resolve("aliases.csv");
    Files.write(f, "alias,code\n患者姓名,A11\n住院号,A48\n\n 入院日期 ,B12\n".getBytes(Charset.forName("GB18030")));
    ColumnDictionary d = FP.withAliases(f, ReadOptions.defaults());
    HeaderMapping m = d.map(List.of("住院号", "患者姓名", "入院日期", "性别"));
    assertEquals(List.of(), m.unknownColumns());
    assertEquals(0, m.column("A48"));
    assertEquals(2, m.column("B12"));
    assertTrue(FP.resolve("患者姓名").isEmpty(), "the original dictionary is unchanged");
    Path zh = dir.resolve("zh.csv");
    Files.writeString(zh, "别名,代码\n诊断编码,C03C\n", StandardCharsets.UTF_8);
    assertEquals("C03C", FP.withAliases(zh, ReadOptions.defaults()).resolve("诊断编码").orElseThrow());
    // other column names: the first two columns; a target may be the field's Chinese name
    Path plain = dir.resolve("plain.csv");
    Files.writeString(plain, "我院表头,标准字段\n病人性别,性别\n", StandardCharsets.UTF_8);
    assertEquals("A12C", FP.withAliases(plain, ReadOptions.defaults()).resolve("病人性别").orElseThrow());
  }

  @Test
  void aliasFileErrorsNameFileAndLine() throws IOException {
    Path unknown = dir.resolve("u.csv");
    Files.writeString(unknown, "alias,code\n患者姓名,A11\n科室,Z99\n", StandardCharsets.UTF_8);
    InputException e = assertThrows(InputException.class,
        () -> FP.withAliases(unknown, ReadOptions.defaults().withLang(Lang.EN)));
    assertEquals(3, e.line());
    assertTrue(e.getMessage().startsWith(unknown + ": line 3") && e.getMessage().contains("Z99"), e.getMessage());

    Path clash = dir.resolve("c.csv");
    Files.writeString(clash, "alias,code\n姓名,A48\n", StandardCharsets.UTF_8);
    InputException c = assertThrows(InputException.class,
        () -> FP.withAliases(clash, ReadOptions.defaults().withLang(Lang.EN)));
    assertTrue(c.getMessage().contains("A11") && c.getMessage().contains("A48") && c.line() == 2, c.getMessage());

    Path cols = dir.resolve("h.csv");
    Files.writeString(cols, "alias\nx\n", StandardCharsets.UTF_8);
    assertThrows(InputException.class, () -> FP.withAliases(cols, ReadOptions.defaults()));

    Path ragged = dir.resolve("r.csv");
    Files.writeString(ragged, "alias,code\nx,A11,extra\n", StandardCharsets.UTF_8);
    InputException r = assertThrows(InputException.class, () -> FP.withAliases(ragged, ReadOptions.defaults()));
    assertEquals(2, r.line());

    Path blank = dir.resolve("b.csv");
    Files.writeString(blank, "alias,code\n,,\n,A11\n", StandardCharsets.UTF_8);
    assertThrows(InputException.class, () -> FP.withAliases(blank, ReadOptions.defaults()));
  }

  @Test
  void dictionaryRefusesAliasClashesWhenBuilt() {
    assertThrows(IllegalArgumentException.class,
        () -> ColumnDictionary.builder().add("A", "名称", List.of("x")).add("B", "其他", List.of("Ｘ")).build());
    assertThrows(IllegalArgumentException.class, () -> ColumnDictionary.builder().alias("x", "A"));
  }
}
