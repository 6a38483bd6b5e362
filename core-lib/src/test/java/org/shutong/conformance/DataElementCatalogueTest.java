package org.shutong.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.i18n.Lang;
import org.shutong.identifier.IdentifierType;
import org.shutong.io.InputException;

class DataElementCatalogueTest {
  @TempDir Path dir;

  @Test
  void loadsEveryRowOfTheSharedSlice() {
    DataElementCatalogue c = DataElementCatalogue.builtIn();
    // data-elements.csv: 97 rows (PROVENANCE-data-elements.md); data-elements-ws445.csv: 230 rows
    assertEquals(97 + 230, c.size());
    assertEquals(2, c.files().size());
    assertEquals("DT15", c.find("DE06.00.092.00").orElseThrow().format().text(), "入院时间, DTI 5 read as DT15");
    assertEquals("CV07.10.005", c.find("DE07.00.007.00").orElseThrow().valueDomain());
    assertTrue(c.find("DE06.00.092.00").orElseThrow().source().contains("data-elements-ws445.csv"));
    DataElement sex = c.find("DE02.01.040.00").orElseThrow();
    assertEquals("性别", sex.name());
    assertEquals("N1", sex.format().text());
    assertEquals("GB/T 2261.1", sex.valueDomain());
    assertEquals(RepresentationFormat.Kind.DATETIME, c.find("DE02.01.036.00").orElseThrow().format().kind());
    assertEquals(IdentifierType.RESIDENT_ID, c.find("DE02.01.030.00").orElseThrow().identifier());
    assertEquals(c.find("DE02.01.040.00"), c.find(" de02.01.040.00 "));
    assertTrue(c.find("DE02.01.040.99").isEmpty());
  }

  @Test
  void everyBundledIdentifierIsUniqueAndWellFormed() {
    Set<String> seen = new HashSet<>();
    for (DataElement e : DataElementCatalogue.builtIn().elements()) {
      assertTrue(seen.add(e.id()), e.id());
      assertTrue(e.id().matches("DE\\d{2}\\.\\d{2}\\.\\d{3}\\.\\d{2}"), e.id());
      assertTrue(!e.name().isBlank(), e.id());
    }
  }

  @Test
  void userFileAddsAndOverrides() {
    Path f = Fixtures.write(dir, "local.csv", "id,name,format,value_domain,source\n"
        + "DE99.01.001.00,院内患者类别,N1,,医院自定义\n"
        + "DE02.01.039.00,患者姓名,A..100,,院内扩展\n", StandardCharsets.UTF_8);
    DataElementCatalogue c = DataElementCatalogue.builtIn().withFile(f, Lang.ZH);
    assertEquals(DataElementCatalogue.builtIn().size() + 1, c.size());
    assertEquals("A..100", c.find("DE02.01.039.00").orElseThrow().format().text());
    assertEquals(java.util.List.of("DE02.01.039.00"), c.overridden());
    assertTrue(c.find("DE99.01.001.00").orElseThrow().source().contains("医院自定义"));
  }

  @Test
  void badUserFileNamesLineAndElement() {
    Path f = Fixtures.write(dir, "bad.csv", "id,name,format\nDE99.01.001.00,甲,N1\nDE99.01.002.00,乙,X..9\n",
        StandardCharsets.UTF_8);
    InputException e = assertThrows(InputException.class, () -> DataElementCatalogue.builtIn().withFile(f, Lang.ZH));
    assertTrue(e.getMessage().contains("第 3 行") && e.getMessage().contains("DE99.01.002.00"), e.getMessage());
    Path noFormat = Fixtures.write(dir, "nf.csv", "id,name\nDE99.01.001.00,甲\n", StandardCharsets.UTF_8);
    assertThrows(InputException.class, () -> DataElementCatalogue.builtIn().withFile(noFormat, Lang.ZH));
  }
}
