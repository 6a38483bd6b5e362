package org.shutong.firstpage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.io.HeaderMapping;
import org.shutong.io.InputException;
import org.shutong.io.ReadOptions;

class FirstPageFieldsTest {
  private final FirstPageFields fields = FirstPageFields.standard();

  @Test
  void allRowsOfFieldsCsvAreThereAndPatternRowsAreExpanded() {
    Set<String> sources = new HashSet<>();
    Set<String> codes = new HashSet<>();
    for (FieldDef f : fields.fields()) {
      sources.add(f.sourceCode());
      assertTrue(codes.add(f.code()), "duplicate " + f.code());
    }
    assertEquals(670, sources.size());
    assertEquals(811, fields.fields().size());
    assertEquals(List.of("A01", "A02", "A48", "A49"),
        fields.fields().subList(0, 4).stream().map(FieldDef::code).toList());
    for (int i = 0; i < fields.fields().size(); i++) {
      assertEquals(i + 1, fields.fields().get(i).order());
    }
  }

  @Test
  void principalDiagnosisCodeIsDescribedAsTheSourceSays() {
    FieldDef c03c = fields.field("C03C").orElseThrow();
    assertEquals("出院主要诊断编码", c03c.name());
    assertEquals(FieldType.STRING, c03c.type());
    assertEquals(Requirement.REQUIRED, c03c.requirement());
    assertEquals("ICD-10", c03c.valueDomain());
    assertEquals(FieldGroup.DIAGNOSIS, c03c.group());
    assertEquals(0, c03c.slot());
    assertEquals("code", c03c.member());
    assertFalse(c03c.inferred());
    assertTrue(c03c.aliases().contains("P321"));
    assertEquals("RC023", fields.field("B16C").orElseThrow().valueDomain());
    assertEquals(FieldType.DATETIME, fields.field("B12").orElseThrow().type());
    assertEquals(FieldType.DATE, fields.field("A13").orElseThrow().type());
    assertEquals(Requirement.CONDITIONAL, fields.field("C12C").orElseThrow().requirement());
  }

  @Test
  void extraPatternRowsBecomeOneFieldPerColumn() {
    FieldDef f17 = fields.field("F17").orElseThrow();
    assertEquals("特级护理天数", f17.name());
    assertEquals(FieldType.INTEGER, f17.type());
    assertTrue(f17.inferred());
    assertEquals("F17-F26", f17.sourceCode());
    assertEquals("RC018", fields.field("F21").orElseThrow().valueDomain());
    assertTrue(fields.field("F26").isPresent());
    assertFalse(fields.field("F27").isPresent());
    assertEquals("RC005", fields.field("F06x40").orElseThrow().valueDomain());
    assertFalse(fields.field("F06x41").isPresent());
    assertEquals("病理诊断编码2", fields.field("F07x01C").orElseThrow().name());
    assertTrue(fields.field("F09x02").isPresent());
    assertEquals(FieldType.DATETIME, fields.field("C50x05").orElseThrow().type());
    assertEquals("RC015", fields.field("C48x01C").orElseThrow().valueDomain());
    assertEquals(FieldType.DATE, fields.field("F04").orElseThrow().type());
    assertEquals(FieldType.DECIMAL, fields.field("F14x40").orElseThrow().type());
    assertEquals("年龄不足1周岁的年龄（天）", fields.field("A16").orElseThrow().name());
    assertEquals("证件类型", fields.field("A20N").orElseThrow().name());
  }

  @Test
  void headersMapByCodeNameAliasAndPCode() {
    HeaderMapping m = fields.dictionary().map(List.of("c03c", "出院主要诊断名称", "主要诊断入院病情",
        "年龄(岁)", "P3", "其他诊断编码12", " 出院其他诊断名称12 ", "不存在的列"));
    assertEquals(0, m.column("C03C"));
    assertEquals(1, m.column("C04N"));
    assertEquals(2, m.column("C05C"));
    assertEquals(3, m.column("A14"));
    assertEquals(4, m.column("A48"));
    assertEquals(5, m.column("C06x12C"));
    assertEquals(6, m.column("C07x12N"));
    assertEquals(List.of(7), m.unknownColumns());
  }

  @Test
  void duplicateHeadersAreListedNotDropped() {
    HeaderMapping m = fields.dictionary().map(List.of("C03C", "出院主要诊断编码"));
    assertEquals(0, m.column("C03C"));
    assertEquals(List.of(0, 1), m.duplicates().get("C03C"));
  }

  @Test
  void userAliasesMapTheirHeaders() {
    FirstPageFields f = fields.withAliases(Map.of("ZYZD", "C03C", "出院科室", "出院科别"));
    HeaderMapping m = f.dictionary().map(List.of("zyzd", "出院科室"));
    assertEquals(0, m.column("C03C"));
    assertEquals(1, m.column("B16C"));
    assertThrows(IllegalArgumentException.class, () -> fields.withAliases(Map.of("x", "NOPE")));
    assertThrows(IllegalArgumentException.class, () -> fields.withAliases(Map.of("姓名", "C03C")));
  }

  @Test
  void aliasFileIsRead(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("aliases.csv");
    Files.writeString(file, "别名,字段\nZYZD,C03C\nCYKS,出院科别\n", StandardCharsets.UTF_8);
    FirstPageFields f = fields.withAliases(file, ReadOptions.defaults());
    assertEquals(Optional.of("C03C"), f.dictionary().resolve("ZYZD"));
    assertEquals(Optional.of("B16C"), f.dictionary().resolve("cyks"));
    assertEquals(Map.of("ZYZD", "C03C", "CYKS", "B16C"), f.aliases());
  }

  @Test
  void badAliasFileNamesFileAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("aliases.csv");
    Files.writeString(file, "alias,code\nZYZD,C03C\nXX,NOPE\n", StandardCharsets.UTF_8);
    InputException e = assertThrows(InputException.class,
        () -> fields.withAliases(file, ReadOptions.defaults()));
    assertTrue(e.getMessage().contains("aliases.csv"), e.getMessage());
    assertTrue(e.getMessage().contains("3"), e.getMessage());
    assertTrue(e.getMessage().contains("NOPE"), e.getMessage());
  }
}
