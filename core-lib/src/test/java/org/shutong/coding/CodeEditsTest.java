package org.shutong.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shutong.i18n.Lang;
import org.shutong.report.Severity;

/** Each edit with a record that fires it and one that does not; codes are real 医保版2.0 codes. */
class CodeEditsTest {
  private final CodeEdits edits = Coding.bundled().edits();

  private static CodedRecord rec(String sex, Integer years, Integer days, String pdx, List<String> others) {
    return new CodedRecord(sex, years, days, pdx, others, List.of(), List.of(), List.of());
  }

  private List<String> ids(CodedRecord r) {
    return edits.check(r).stream().map(EditHit::ruleId).toList();
  }

  @Test
  void sexSpecificDiagnoses() {
    // N40 前列腺增生 is male-only; O80 single spontaneous delivery is female-only
    assertTrue(ids(rec("2", 60, null, "N40.x00", List.of())).contains("EDIT-SEX-MALE-ONLY"));
    assertFalse(ids(rec("1", 60, null, "N40.x00", List.of())).contains("EDIT-SEX-MALE-ONLY"));
    assertTrue(ids(rec("1", 30, null, "O80.000", List.of())).contains("EDIT-SEX-FEMALE-ONLY"));
    assertFalse(ids(rec("2", 30, null, "O80.000", List.of())).contains("EDIT-SEX-FEMALE-ONLY"));
    // subcategory-level range D07.4–D07.6 (male genital carcinoma in situ) and unknown sex
    assertTrue(ids(rec("2", 60, null, "J18.900", List.of("D07.500"))).contains("EDIT-SEX-MALE-ONLY"));
    assertFalse(ids(rec("9", 60, null, "N40.x00", List.of())).contains("EDIT-SEX-MALE-ONLY"));
  }

  @Test
  void externalCauseAsPrincipal() {
    assertTrue(ids(rec("1", 40, null, "W19.x00", List.of())).contains("EDIT-PDX-EXTERNAL-CAUSE"));
    assertFalse(ids(rec("1", 40, null, "S72.000", List.of("W19.x00"))).contains("EDIT-PDX-EXTERNAL-CAUSE"));
  }

  @Test
  void asteriskCodeAsPrincipal() {
    // the 医保版 leaf codes carry asterisk codes only in pairs; a coder who enters the asterisk part alone
    // gets the table's 亚目/类目 row marked * (J17.0*, G01*)
    assertTrue(ids(rec("1", 40, null, "J17.0*", List.of())).contains("EDIT-PDX-ASTERISK"));
    assertTrue(ids(rec("1", 40, null, "G01", List.of())).contains("EDIT-PDX-ASTERISK"));
    assertFalse(ids(rec("1", 40, null, "A01.000x005+J17.0*", List.of())).contains("EDIT-PDX-ASTERISK"));
    assertFalse(ids(rec("1", 40, null, "A01.000x005", List.of())).contains("EDIT-PDX-ASTERISK"));
  }

  @Test
  void morphologyAsPrincipal() {
    assertTrue(ids(rec("1", 40, null, "M81400/3", List.of("C16.900"))).contains("EDIT-PDX-MORPHOLOGY"));
    assertFalse(ids(rec("1", 40, null, "C16.900", List.of("M81400/3"))).contains("EDIT-PDX-MORPHOLOGY"));
  }

  @Test
  void supplementaryCodeAsPrincipal() {
    String b95 = edits.diagnoses().leavesUnder("B95", 1).get(0).code();
    assertTrue(ids(rec("1", 40, null, b95, List.of())).contains("EDIT-PDX-SUPPLEMENTARY"));
    assertFalse(ids(rec("1", 40, null, "J18.900", List.of(b95))).contains("EDIT-PDX-SUPPLEMENTARY"));
  }

  @Test
  void injuryWithoutExternalCause() {
    assertTrue(ids(rec("1", 40, null, "S72.000", List.of())).contains("EDIT-INJURY-NO-EXTERNAL-CAUSE"));
    assertFalse(ids(rec("1", 40, null, "S72.000", List.of("W19.x00"))).contains("EDIT-INJURY-NO-EXTERNAL-CAUSE"));
    CodedRecord withC12 = new CodedRecord("1", 40, null, "S72.000", List.of(), List.of("W19.x00"), List.of(), List.of());
    assertFalse(ids(withC12).contains("EDIT-INJURY-NO-EXTERNAL-CAUSE"));
  }

  @Test
  void neoplasmMorphology() {
    assertTrue(ids(rec("1", 60, null, "C16.900", List.of())).contains("EDIT-NEO-NO-MORPHOLOGY"));
    CodedRecord ok = new CodedRecord("1", 60, null, "C16.900", List.of(), List.of(), List.of("M81400/3"), List.of());
    assertFalse(ids(ok).contains("EDIT-NEO-NO-MORPHOLOGY"));
    assertFalse(ids(ok).contains("EDIT-NEO-MORPHOLOGY"));
    // benign behaviour /0 on a malignant code
    CodedRecord wrong = new CodedRecord("1", 60, null, "C16.900", List.of(), List.of(), List.of("M81400/0"), List.of());
    assertTrue(ids(wrong).contains("EDIT-NEO-MORPHOLOGY"));
    // metastasis C77–C79 expects /6
    CodedRecord meta = new CodedRecord("1", 60, null, "C78.700", List.of(), List.of(), List.of("m81406/6"), List.of());
    assertFalse(ids(meta).contains("EDIT-NEO-MORPHOLOGY"), ids(meta).toString());
  }

  @Test
  void ageEdits() {
    String p10 = edits.diagnoses().leavesUnder("P10", 1).get(0).code();
    assertTrue(ids(rec("1", 0, 40, p10, List.of())).contains("EDIT-AGE-BIRTH-INJURY"));
    assertFalse(ids(rec("1", 0, 20, p10, List.of())).contains("EDIT-AGE-BIRTH-INJURY"));
    assertTrue(ids(rec("1", 30, null, "P07.300", List.of())).contains("EDIT-AGE-PERINATAL"));
    assertFalse(ids(rec("1", 0, 10, "P07.300", List.of())).contains("EDIT-AGE-PERINATAL"));
    assertTrue(ids(rec("2", 70, null, "O80.000", List.of())).contains("EDIT-AGE-MATERNITY"));
    assertFalse(ids(rec("2", 28, null, "O80.000", List.of())).contains("EDIT-AGE-MATERNITY"));
    String z38 = edits.diagnoses().leavesUnder("Z38", 1).get(0).code();
    assertTrue(ids(rec("1", 5, null, z38, List.of())).contains("EDIT-AGE-NEWBORN"));
    assertFalse(ids(rec("1", 0, 1, z38, List.of())).contains("EDIT-AGE-NEWBORN"));
    String c61 = edits.diagnoses().leavesUnder("C61", 1).get(0).code();
    assertTrue(ids(rec("1", 8, null, c61, List.of())).contains("EDIT-AGE-ADULT-NEOPLASM"));
    assertFalse(ids(rec("1", 70, null, c61, List.of())).contains("EDIT-AGE-ADULT-NEOPLASM"));
    // unknown age: no age edit
    assertFalse(ids(rec("1", null, null, "P07.300", List.of())).contains("EDIT-AGE-PERINATAL"));
  }

  @Test
  void unspecifiedPrincipalIsAWarning() {
    List<EditHit> hits = edits.check(rec("1", 60, null, "I21.900", List.of()));
    EditHit h = hits.stream().filter(x -> x.ruleId().equals("EDIT-PDX-UNSPECIFIED")).findFirst().orElseThrow();
    assertEquals(Severity.WARNING, h.severity());
    assertFalse(ids(rec("1", 60, null, "I21.000", List.of())).contains("EDIT-PDX-UNSPECIFIED"));
  }

  @Test
  void duplicateOfPrincipalAfterNormalisation() {
    assertTrue(ids(rec("1", 60, null, "I21.000", List.of("i21.000"))).contains("EDIT-DUPLICATE-PDX"));
    assertFalse(ids(rec("1", 60, null, "I21.000", List.of("I10.x00"))).contains("EDIT-DUPLICATE-PDX"));
  }

  @Test
  void proceduresBySex() {
    CodedRecord male = new CodedRecord("1", 30, null, "O80.000", List.of(), List.of(), List.of(), List.of("74.1x00"));
    CodedRecord female = new CodedRecord("2", 30, null, "O80.000", List.of(), List.of(), List.of(), List.of("74.1x00"));
    assertTrue(ids(male).contains("EDIT-PX-SEX-FEMALE"), ids(male).toString());
    assertFalse(ids(female).contains("EDIT-PX-SEX-FEMALE"));
    CodedRecord prostate = new CodedRecord("2", 70, null, "N40.x00", List.of(), List.of(), List.of(), List.of("60.2900"));
    assertTrue(ids(prostate).contains("EDIT-PX-SEX-MALE"), ids(prostate).toString());
  }

  @Test
  void cleanRecordHasNoHits() {
    assertTrue(edits.check(rec("1", 60, null, "I21.000", List.of("I10.x00", "E11.900"))).isEmpty());
  }

  @Test
  void messagesInBothLanguagesForEveryRule() {
    List<String> all = List.of("EDIT-SEX-MALE-ONLY", "EDIT-SEX-FEMALE-ONLY", "EDIT-PDX-EXTERNAL-CAUSE", "EDIT-PDX-SUPPLEMENTARY",
        "EDIT-PDX-ASTERISK", "EDIT-PDX-MORPHOLOGY", "EDIT-PDX-UNSPECIFIED", "EDIT-AGE-BIRTH-INJURY", "EDIT-AGE-PERINATAL",
        "EDIT-AGE-NEWBORN", "EDIT-AGE-MATERNITY", "EDIT-AGE-DELIVERY-OUTCOME", "EDIT-AGE-ADULT-NEOPLASM", "EDIT-PX-SEX-MALE",
        "EDIT-PX-SEX-FEMALE", "EDIT-NEO-NO-MORPHOLOGY", "EDIT-NEO-MORPHOLOGY", "EDIT-INJURY-NO-EXTERNAL-CAUSE", "EDIT-DUPLICATE-PDX");
    for (String id : all) {
      EditHit h = new EditHit(id, Severity.ERROR, "principal", 0, "X00.000", "d");
      assertTrue(edits.message(h, Lang.ZH).contains("X00.000"), id);
      assertTrue(edits.message(h, Lang.EN).contains("X00.000"), id);
    }
    for (CodeEdits.Rule r : edits.rules()) {
      assertTrue(all.contains(r.id()) || r.id().equals("EDIT-NEO-MORPHOLOGY"), r.id());
      assertFalse(r.source().isBlank(), r.id());
    }
  }

  @Test
  void rangeComparison() {
    assertTrue(CodeEdits.inRange("D07.5", "D07.4", "D07.6"));
    assertFalse(CodeEdits.inRange("D07.3", "D07.4", "D07.6"));
    assertTrue(CodeEdits.inRange("N71.000", "N70", "N98"));
    assertTrue(CodeEdits.inRange("61.4200", "60", "64"));
    assertFalse(CodeEdits.inRange("D0", "D07.4", "D07.6"));
  }
}
