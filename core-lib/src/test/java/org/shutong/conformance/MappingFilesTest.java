package org.shutong.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.i18n.Lang;
import org.shutong.identifier.IdentifierType;
import org.shutong.io.InputException;
import org.shutong.report.Finding;

class MappingFilesTest {
  @TempDir Path dir;

  private Mapping read(String name, String content) {
    return Mapping.read(Fixtures.write(dir, name, content, StandardCharsets.UTF_8), DataElementCatalogue.builtIn(), Lang.ZH);
  }

  @Test
  void yamlWithDatasetAndIdentifierOverride() {
    Mapping m = read("m.yaml", """
        # 门诊就诊记录的映射
        dataset:
          name: 门诊就诊记录
          required: [DE02.01.039.00, DE02.01.040.00]
          optional: [DE02.01.026.00]
        columns:
          XM: DE02.01.039.00
          XB: de02.01.040.00
          LXDH: {element: DE02.01.010.00, identifier: MOBILE}
        """);
    assertEquals(3, m.bindings().size());
    assertEquals("DE02.01.040.00", m.bindings().get(1).element(), "identifier normalised to the catalogue's");
    assertEquals(IdentifierType.MOBILE, m.bindings().get(2).identifier());
    assertEquals(9, m.bindings().get(2).line());
    assertEquals("门诊就诊记录", m.dataset().orElseThrow().name());
    assertEquals(List.of("DE02.01.039.00", "DE02.01.040.00"), m.dataset().orElseThrow().required());
    assertTrue(m.problems().isEmpty(), m.problems().toString());
  }

  @Test
  void yamlListFormWithInlineRequired() {
    Mapping m = read("list.yml", """
        columns:
          - {column: 姓名, element: DE02.01.039.00, required: true}
          - column: 性别
            element: DE02.01.040.00
        """);
    assertEquals(2, m.bindings().size());
    assertEquals(List.of("DE02.01.039.00"), m.dataset().orElseThrow().required());
    assertEquals("list", m.dataset().orElseThrow().name());
  }

  @Test
  void csvMappingInGb18030() {
    Mapping m = Mapping.read(Fixtures.write(dir, "m.csv", "column,element,required\n姓名,DE02.01.039.00,是\n性别,DE02.01.040.00,\n",
        Fixtures.GB18030), DataElementCatalogue.builtIn(), Lang.ZH);
    assertEquals(2, m.bindings().size());
    assertEquals("姓名", m.bindings().get(0).column());
    assertEquals(List.of("DE02.01.039.00"), m.dataset().orElseThrow().required());
  }

  @Test
  void unknownElementAndDuplicateColumnAreProblemsWithLines() {
    Mapping m = read("bad.yaml", """
        columns:
          XM: DE02.01.039.00
          XB: DE02.01.999.00
          xm: DE02.01.040.00
        dataset:
          required: [DE09.99.999.99]
        """);
    assertEquals(1, m.bindings().size());
    Finding unknown = m.problems().stream().filter(f -> f.ruleId().equals("CF-MAP-UNKNOWN-ELEMENT")).findFirst().orElseThrow();
    assertEquals(3, unknown.line());
    assertEquals("XB", unknown.field());
    assertTrue(unknown.file().endsWith("bad.yaml"));
    Finding dup = m.problems().stream().filter(f -> f.ruleId().equals("CF-MAP-DUPLICATE-COLUMN")).findFirst().orElseThrow();
    assertEquals(4, dup.line(), "XM and xm are the same column");
    assertTrue(m.problems().stream().anyMatch(f -> f.ruleId().equals("CF-DATASET-UNKNOWN-ELEMENT")));
    assertTrue(m.dataset().orElseThrow().required().isEmpty());
  }

  @Test
  void yamlSyntaxErrorNamesFileAndLine() {
    InputException e = assertThrows(InputException.class, () -> read("s.yaml", "columns:\n  XM: [DE02\n  XB: x\n"));
    assertTrue(e.getMessage().contains("s.yaml"), e.getMessage());
    assertTrue(e.line() > 0);
  }

  @Test
  void badShapesAreInputErrors() {
    assertThrows(InputException.class, () -> read("k.yaml", "colums:\n  XM: DE02.01.039.00\n"));
    assertThrows(InputException.class, () -> read("n.yaml", "dataset: {name: x}\n"));
    assertThrows(InputException.class, () -> read("e.yaml", ""));
    assertThrows(InputException.class, () -> read("i.yaml", "columns:\n  X: {element: DE02.01.039.00, identifier: PASSPORT}\n"));
    assertThrows(InputException.class, () -> read("h.csv", "列,数据元\n姓名,DE02.01.039.00\n"));
    assertThrows(InputException.class, () -> Mapping.read(dir.resolve("none.yaml"), DataElementCatalogue.builtIn(), Lang.ZH));
  }

  @Test
  void mappingMayBringItsOwnCatalogue() {
    Fixtures.write(dir, "local.csv", "id,name,definition,type,format,value_domain\nDE99.01.001.00,院内患者类别,,S3,N1,\n",
        StandardCharsets.UTF_8);
    Mapping m = read("c.yaml", "catalogue: local.csv\ncolumns:\n  LB: DE99.01.001.00\n");
    assertEquals(1, m.bindings().size());
    assertTrue(m.problems().isEmpty());
    assertEquals(DataElementCatalogue.builtIn().size() + 1, m.catalogue().size());
  }
}
