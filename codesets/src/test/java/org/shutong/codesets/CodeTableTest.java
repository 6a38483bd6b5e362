package org.shutong.codesets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CodeTableTest {
  private final Codesets cs = Codesets.bundled();

  @Test
  void icd10NhsaSpotChecksFromProvenance() {
    CodeTable t = cs.codeTable("icd10-nhsa-2.0");
    assertEquals("急性心肌梗死", t.name("I21.900"));
    assertEquals("肺炎", t.name("J18.900"));
    assertEquals("2型糖尿病", t.name("E11.900"));
    assertEquals("特发性（原发性）高血压", t.name("I10.x00"));
    assertEquals("脑梗死", t.name("I63.900"));
    assertTrue(t.get("I21.900").leaf());
    assertNull(t.get("I21.9000"));
    assertFalse(t.contains("i21.900"), "lookups are exact; normalising is the coding service's job");
  }

  @Test
  void icd10NhsaHasCategoriesAsNonLeafEntries() {
    CodeTable t = cs.codeTable("icd10-nhsa-2.0");
    assertEquals(45_523, t.size());
    assertEquals(33_304, t.leafCount());
    assertEquals("霍乱", t.name("A00"));
    assertFalse(t.get("A00").leaf());
    assertEquals("未特指的霍乱", t.name("A00.9"));
    assertFalse(t.get("A00.9").leaf());
    assertEquals("神经系统的结核", t.name("A17+"));
    assertFalse(t.get("A17+").leaf());
    // leaves come first in published order, then the added hierarchy rows
    assertEquals("A00.000", t.at(0).code());
    assertTrue(t.at(33_303).leaf());
    assertFalse(t.at(33_304).leaf());
  }

  @Test
  void icd10NhsaGarbledNamesArePatchedExactlyForTheFourteenCodes() {
    CodeTable t = cs.codeTable("icd10-nhsa-2.0");
    Set<String> patched = t.patches().stream().map(CodeTable.Patch::code).collect(Collectors.toSet());
    assertEquals(Set.of("C88.203", "K07.100x008", "K07.100x009", "K07.100x010", "K07.200x001", "K07.200x003",
        "K07.200x005", "K07.200x011", "K07.200x012", "K07.200x013", "K07.202", "K07.205", "K07.400",
        "K07.400x001"), patched);
    assertEquals("Mµ重链病", t.name("C88.203"));
    assertEquals("错𬌗畸形", t.name("K07.400"));
    assertEquals("前牙反𬌗", t.name("K07.200x003"));
    CodeTable.Patch p = t.patches().get(0);
    assertTrue(p.before().contains("?") && !p.after().contains("?") && p.reason().contains("all-levels"), p.toString());
    for (CodeTable.Code c : t.codes()) {
      assertFalse(c.name().contains("?"), c.code());
    }
    // a difference that is not the encoding defect is left as published
    assertEquals("营养不良相关性糖尿病伴神经源性膀胱", t.name("E12.400x002+N33.8*"));
  }

  @Test
  void theUnpatchedLeafFileStillHasTheDefectThePatchRepairs() {
    // negative control: the patch is what removes the '?', the data itself is unchanged
    String raw = Resources.text("icd/icd10-nhsa-2.0.csv");
    assertTrue(raw.contains("C88.203,M?重链病"));
    assertTrue(raw.contains("K07.400,错??畸形"));
  }

  @Test
  void namesAndCodesAreTrimmed() {
    assertEquals("其他和未特指的肠易激综合征", cs.codeTable("icd10-nhsa-2.0").name("K58.800"));
    CodeTable gb = cs.codeTable("icd10-gb-clinical-2.0");
    assertEquals("风疹性肺炎", gb.name("B06.801+J17.1*"));
    assertFalse(gb.contains("B06.801+J17.1* "));
  }

  @Test
  void allLevelsLeavesAreExactlyTheLeafFile() {
    CodeTable all = cs.codeTable("icd10-nhsa-2.0-all-levels");
    CodeTable leaf = BundledTables.plainCodeTable(cs.info("icd10-nhsa-2.0"));
    Set<String> a = new HashSet<>();
    for (CodeTable.Code c : all.codes()) {
      if (c.leaf()) {
        a.add(c.code());
      }
    }
    Set<String> b = leaf.codes().stream().map(CodeTable.Code::code).collect(Collectors.toSet());
    assertEquals(b, a);
    assertEquals(12_219, all.size() - all.leafCount());
  }

  @Test
  void leafFormRule() {
    assertTrue(BundledTables.isNhsaLeafCode("A00.000"));
    assertTrue(BundledTables.isNhsaLeafCode("A01.000x005+J17.0*"));
    assertTrue(BundledTables.isNhsaLeafCode("I10.x00"));
    assertFalse(BundledTables.isNhsaLeafCode("A00"));
    assertFalse(BundledTables.isNhsaLeafCode("A00.9"));
    assertFalse(BundledTables.isNhsaLeafCode("A17+"));
    assertFalse(BundledTables.isNhsaLeafCode("A99.9*"));
  }

  @Test
  void icd9NhsaSpotChecksAndPatch() {
    CodeTable t = cs.codeTable("icd9cm3-nhsa-2.0");
    assertEquals(13_686, t.size());
    assertEquals("药物洗脱冠状动脉支架置入", t.name("36.0700"));
    assertEquals("腹腔镜下阑尾切除术", t.name("47.0100"));
    assertEquals("Draf Ⅱa型手术", t.name("22.4200x005"));
    assertEquals(List.of("77.5100", "77.5200", "77.5300", "77.5900", "77.5900x001", "80.4800x002", "80.8800x003",
        "83.6400x015"), t.patches().stream().map(CodeTable.Patch::code).toList());
    assertEquals("𧿹囊肿切除术伴软组织矫正术和第一跖骨切开术", t.name("77.5100"));
  }

  @Test
  void gbClinicalTables() {
    CodeTable dx = cs.codeTable("icd10-gb-clinical-2.0");
    assertEquals(35_587, dx.size());
    assertEquals("伤寒杆菌败血症", dx.name("A01.000x002"));
    assertEquals("特发性(原发性)高血压", dx.name("I10.x00"));
    CodeTable px = cs.codeTable("icd9cm3-gb-clinical-3.0");
    assertEquals("经皮冠状动脉腔内血管成形术[PTCA]", px.name("00.6600"));
    assertEquals("冠状动脉药物涂层支架置入术", px.name("36.0601"));
    assertTrue(px.patches().isEmpty());
  }

  @Test
  void unknownIdListsTheKnownOnes() {
    UnknownCodesetException e = assertThrows(UnknownCodesetException.class, () -> cs.codeTable("icd10"));
    assertEquals("icd10", e.id());
    assertTrue(e.known().contains("icd10-nhsa-2.0") && e.known().contains("icd9cm3-gb-clinical-3.0"), e.known().toString());
    assertFalse(e.known().contains("gbt2260-regions"));
    assertTrue(e.getMessage().contains("icd10-nhsa-2.0"));
    // a crosswalk id is not a code table
    assertThrows(UnknownCodesetException.class, () -> cs.codeTable("map-icd10-gb-clinical-2.0-to-nhsa-2.0"));
  }

  @Test
  void userTableIsAddedWithoutTouchingTheBundledOnes() {
    TableInfo info = TableInfo.userSupplied("icdo3-morphology", TableKind.CODE_TABLE, "ICD-O-3", "形态学编码", "m.csv", 2);
    CodeTable.Builder b = CodeTable.builder(info);
    assertTrue(b.add("M8140/3", " 腺癌 ", true));
    assertFalse(b.add("M8140/3", "again", true));
    assertTrue(b.add("M8000/3", "恶性肿瘤", true));
    Codesets with = cs.with(b.build());
    assertEquals("腺癌", with.codeTable("icdo3-morphology").name("M8140/3"));
    assertTrue(with.codeTable("icdo3-morphology").info().isUserSupplied());
    assertTrue(with.find("icdo3-morphology").isPresent());
    assertFalse(cs.find("icdo3-morphology").isPresent());
    assertEquals("急性心肌梗死", with.codeTable("icd10-nhsa-2.0").name("I21.900"));
    assertThrows(IllegalArgumentException.class, () -> CodeTable.builder(info).add("  ", "x", true));
  }
}
