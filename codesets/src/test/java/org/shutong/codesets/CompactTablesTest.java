package org.shutong.codesets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The compact indexes built by the codesets build give exactly the tables the CSV loaders give. */
class CompactTablesTest {
  private static final Codesets FROM_CSV = Codesets.bundledFromCsv();
  private static final Map<String, TableInfo> MANIFEST = FROM_CSV.manifestById();

  @Test
  void everyBundledCodeTableHasAnIndexBuiltFromTheManifestFiles() {
    for (TableInfo info : FROM_CSV.tables(TableKind.CODE_TABLE)) {
      assertNotNull(CompactTables.read(info, MANIFEST), info.id() + ": no usable index (is the exec plugin run?)");
    }
  }

  @Test
  void indexAndCsvGiveTheSameTables() {
    for (TableInfo info : FROM_CSV.tables(TableKind.CODE_TABLE)) {
      CodeTable csv = FROM_CSV.codeTable(info.id());
      CodeTable idx = CompactTables.read(info, MANIFEST);
      assertNotNull(idx, info.id());
      assertSame(info, idx.info());
      assertEquals(csv.size(), idx.size(), info.id());
      assertEquals(csv.leafCount(), idx.leafCount(), info.id());
      assertEquals(csv.codes(), idx.codes(), info.id() + ": codes, names, leaf flags and order");
      assertEquals(csv.patches(), idx.patches(), info.id() + ": patch steps");
      for (CodeTable.Code c : csv.codes()) {
        assertEquals(c, idx.get(c.code()), c.code());
      }
    }
  }

  @Test
  void bundledTablesComeFromTheIndexAndKeepThePatchSteps() {
    CodeTable t = Codesets.bundled().codeTable("icd10-nhsa-2.0");
    assertEquals("急性心肌梗死", t.name("I21.900"));
    assertEquals("错𬌗畸形", t.name("K07.400"), "a name outside the BMP survives the index");
    assertEquals(14, t.patches().size());
    assertEquals(8, Codesets.bundled().codeTable("icd9cm3-nhsa-2.0").patches().size());
    assertNull(t.get("I21.9000"));
    assertNull(t.get(null));
    assertTrue(t.contains("A17+"));
  }

  @Test
  void anIndexBuiltFromOtherFilesIsNotUsed() throws IOException {
    TableInfo info = MANIFEST.get("icd9cm3-gb-clinical-3.0");
    byte[] good = CompactTables.encode(FROM_CSV.codeTable(info.id()), List.of(info.id()), List.of(info.sha256()));
    assertNotNull(CompactTables.decode(info, MANIFEST, good));
    byte[] stale = CompactTables.encode(FROM_CSV.codeTable(info.id()), List.of(info.id()),
        List.of("0".repeat(64)));
    assertNull(CompactTables.decode(info, MANIFEST, stale), "sha256 differs from the manifest");
    Map<String, TableInfo> otherManifest = new HashMap<>(MANIFEST);
    otherManifest.put(info.id(), new TableInfo(info.id(), info.kind(), info.system(), info.name(), info.version(),
        info.publisher(), info.file(), info.rows(), "f".repeat(64), null, null, info.source(), info.notes()));
    assertNull(CompactTables.decode(info, otherManifest, good), "the CSV file was replaced");
  }

  @Test
  void aDamagedOrForeignIndexIsNotUsed() throws IOException {
    TableInfo info = MANIFEST.get("icd9cm3-gb-clinical-3.0");
    byte[] good = CompactTables.encode(FROM_CSV.codeTable(info.id()), List.of(info.id()), List.of(info.sha256()));
    assertNull(CompactTables.decode(info, MANIFEST, Arrays.copyOf(good, good.length / 2)), "truncated");
    assertNull(CompactTables.decode(info, MANIFEST, Arrays.copyOf(good, good.length + 4)), "trailing bytes");
    assertNull(CompactTables.decode(info, MANIFEST, new byte[3]), "too short");
    byte[] foreign = good.clone();
    foreign[0] = 'X';
    assertNull(CompactTables.decode(info, MANIFEST, foreign), "magic");
    TableInfo icd10 = MANIFEST.get("icd10-nhsa-2.0");
    assertNull(CompactTables.decode(icd10, MANIFEST, good), "an index of another table");
  }

  @Test
  void lookupsOnTheIndexFindEveryCodeAndNothingElse() {
    CodeTable t = Codesets.bundled().codeTable("icd10-gb-clinical-2.0");
    int found = 0;
    for (CodeTable.Code c : t.codes()) {
      CodeTable.Code hit = t.get(new String(c.code().toCharArray()));
      if (hit != null && hit.index() == c.index()) {
        found++;
      }
    }
    assertEquals(t.size(), found);
    assertNull(t.get("A01.000x00"));
    assertNull(t.get(""));
  }

  @Test
  void theIndexRoundTrips() throws IOException {
    TableInfo info = MANIFEST.get("icd10-nhsa-2.0");
    CodeTable csv = FROM_CSV.codeTable(info.id());
    byte[] bytes = CompactTables.encode(csv, CompactTables.sources(info),
        List.of(info.sha256(), MANIFEST.get("icd10-nhsa-2.0-all-levels").sha256()));
    assertArrayEquals(bytes, CompactTables.encode(CompactTables.decode(info, MANIFEST, bytes),
        CompactTables.sources(info), List.of(info.sha256(), MANIFEST.get("icd10-nhsa-2.0-all-levels").sha256())));
  }
}
