package org.shutong.drg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.i18n.Lang;
import org.shutong.io.InputException;

/** Table sets as data: the built-in set, a user's directory of the same shape, and bad sets. */
class DrgTablesTest {
  @TempDir Path dir;

  @Test
  void builtInSetMatchesItsProvenance() {
    DrgTables t = DrgTables.builtIn("chs-drg-1.1");
    assertEquals(List.of("chs-drg-1.1"), DrgTables.builtInVersions());
    assertEquals(26, t.mdcCount());
    assertEquals(376, t.adrgCount());
    assertEquals(628, t.drgCount());
    assertEquals(28302L, t.manifest().rows().get("cc-exclusions.csv"));
    assertTrue(t.manifest().licence().contains("Apache-2.0"));
    assertEquals("MDCA", t.mdcCodes().get(0));
    assertEquals("MDCX", t.mdcCodes().get(25));
    assertEquals("急性阑尾炎", t.diagnosisName("K35.800x001").orElseThrow());
    assertTrue(DrgTables.builtIn("chs-drg-1.1") == t, "loaded once");
    assertThrows(IllegalArgumentException.class, () -> DrgTables.builtIn("chs-drg-9.9"));
  }

  /** Copies the built-in set to a directory, changing one file's text. */
  private Path variant(String file, UnaryOperator<String> change) throws IOException {
    Path out = dir.resolve("set");
    Files.createDirectories(out);
    try (Stream<Path> files = Files.list(DrgCases.tablesDir())) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        String name = f.getFileName().toString();
        Files.writeString(out.resolve(name), name.equals(file) ? change.apply(text) : text,
            StandardCharsets.UTF_8);
      }
    }
    return out;
  }

  @Test
  void aCopyInADirectoryGroupsLikeTheBuiltInSet() throws IOException {
    Grouper copy = Grouper.of(DrgTables.load(variant("none", s -> s), Lang.ZH));
    Grouper builtIn = Grouper.of(DrgTables.builtIn("chs-drg-1.1"));
    for (DrgCases.Case c : DrgCases.read(DrgCases.file())) {
      assertTrue(copy.group(c.record()).sameGroup(builtIn.group(c.record())), c.id());
    }
  }

  @Test
  void aRegionalVariantChangesRulesWithoutCode() throws IOException {
    // a variant where RW2 admits only patients of 65 or more, and RW21 needs a CC rather than an MCC
    Path set = variant("adrg.csv", s -> s.replaceFirst("(MDCR,RW2,[^\\n]*?,)PDX_IN_DX,", "$1PDX_IN_DX;AGE_YEARS>=65,"));
    Files.writeString(set.resolve("drg.csv"), Files.readString(set.resolve("drg.csv"), StandardCharsets.UTF_8)
        .replaceFirst("(RW21,[^\\n]*),HAS_MCC\\n", "$1,HAS_CC\n"), StandardCharsets.UTF_8);
    Grouper g = Grouper.of(DrgTables.load(set, Lang.ZH));
    DrgRecord young = DrgRecord.builder().sex(1).ageYears(5).diagnoses("Z51.800x953").build();
    DrgRecord old = DrgRecord.builder().sex(1).ageYears(70).diagnoses("Z51.800x953", "G00.904").build();
    assertTrue(!"RW2".equals(g.group(young).adrg()), g.group(young).toString());
    assertEquals("RW21", g.group(old).drg());
    assertEquals("RW23", Grouper.of(DrgTables.builtIn("chs-drg-1.1")).group(old).drg());
  }

  private InputException broken(String file, UnaryOperator<String> change) throws IOException {
    Path set = variant(file, change);
    return assertThrows(InputException.class, () -> DrgTables.load(set, Lang.EN));
  }

  @Test
  void anUnknownRuleTokenNamesFileLineAndToken() throws IOException {
    InputException e = broken("adrg.csv", s -> s.replace("MDCG,GZ1,23,其他消化系统诊断,PDX_IN_DX,",
        "MDCG,GZ1,23,其他消化系统诊断,PDX_IN_DX;LOS>=3,"));
    assertTrue(e.getMessage().contains("adrg.csv:") && e.getMessage().contains("LOS>=3")
        && e.getMessage().contains("GZ1"), e.getMessage());
    assertTrue(e.line() > 1);
  }

  @Test
  void badReferencesOrdersAndCountsAreRefused() throws IOException {
    assertTrue(broken("drg.csv", s -> s.replace("GZ13,其他消化系统诊断，伴并发症或合并症,GZ1,",
        "GZ13,其他消化系统诊断，伴并发症或合并症,GZ9,")).getMessage().contains("GZ9"));
    assertTrue(broken("manifest.properties", s -> s.replace("rows.drg.csv=628", "rows.drg.csv=629"))
        .getMessage().contains("629"));
    assertTrue(broken("mdc.csv", s -> s.replace("MDCX,26,", "MDCX,25,")).getMessage().contains("MDCW"));
    assertTrue(broken("adrg.csv", s -> s.replace("GZ13|GZ15", "GZ15|GZ13")).getMessage().contains("GZ13|GZ15"));
    assertTrue(broken("adrg.csv", s -> s.replace("PDX_IN_DX;PROC_LABELS(1|(2&3))",
        "PDX_IN_DX;PROC_LABELS(1|(2&9))")).getMessage().contains("label 9"));
    assertTrue(broken("cc-mcc.csv", s -> s.replace("A01.100,MCC,", "A01.100,XCC,")).getMessage().contains("XCC"));
    assertTrue(broken("mdc-diagnoses.csv", s -> s.replace("mdc,seq,diagnosis_code", "mdc,seq,code"))
        .getMessage().contains("diagnosis_code"));
    assertTrue(broken("drg.csv", s -> s.replace("AA19,心脏移植,AA1,MDCA,9,1,ALWAYS", "AA19,心脏移植,AA1,MDCA,9,1,HAS_MCC;PDX_IN_DX"))
        .getMessage().contains("PDX_IN_DX"));
  }

  @Test
  void aDirectoryWithoutManifestOrFileIsNotATableSet() throws IOException {
    InputException none = assertThrows(InputException.class, () -> DrgTables.load(dir, Lang.ZH));
    assertTrue(none.getMessage().contains("manifest.properties"), none.getMessage());
    Path set = variant("none", s -> s);
    Files.delete(set.resolve("cc-mcc.csv"));
    InputException missing = assertThrows(InputException.class, () -> DrgTables.load(set, Lang.ZH));
    assertTrue(missing.getMessage().contains("cc-mcc.csv"), missing.getMessage());
  }
}
