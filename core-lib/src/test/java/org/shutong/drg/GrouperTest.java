package org.shutong.drg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shutong.i18n.Lang;
import org.shutong.report.Severity;

/** Behaviour of {@link Grouper} beyond the case file: issues, code mapping, trace, what-if. */
class GrouperTest {
  static DrgTables tables;
  static Grouper grouper;

  @BeforeAll
  static void load() {
    tables = DrgTables.builtIn(DrgTables.DEFAULT_VERSION);
    grouper = Grouper.of(tables);
  }

  static DrgRecord.Builder adult() {
    return DrgRecord.builder().sex(1).ageYears(5);
  }

  @Test
  void mccCountsUnlessItsExclusionTableIsThePrincipals() {
    // Z51.800x953 (RW2) has exclusion table 222; Z51.000 is an MCC of table 222, T48.603 an MCC of 213
    assertEquals("RW21", grouper.group(adult().diagnoses("Z51.800x953", "T48.603").build()).drg());
    assertEquals("RW25", grouper.group(adult().diagnoses("Z51.800x953", "Z51.000").build()).drg());
    assertEquals("RW21", grouper.group(adult().diagnoses("Z51.800x953", "Z51.000", "T48.603").build()).drg());
    assertEquals("RW25", grouper.group(adult().diagnoses("Z51.800x953").build()).drg());
  }

  @Test
  void everyInputProblemIsReportedWithItsField() {
    DrgResult r = grouper.group(DrgRecord.builder().sex("9").ageYears("abc").build());
    assertEquals(DrgStatus.INVALID, r.status());
    assertNull(r.drg());
    assertEquals(List.of("DRG-SEX-INVALID", "DRG-AGE-INVALID", "DRG-PDX-MISSING"),
        r.issues().stream().map(DrgIssue::ruleId).toList());
    DrgIssue sex = r.issues().get(0);
    assertEquals(DrgField.SEX, sex.field());
    assertEquals("9", sex.value());
    assertEquals(Severity.ERROR, sex.severity());
    assertTrue(sex.message(Lang.ZH).contains("1（男）或 2（女）"), sex.message(Lang.ZH));
    assertTrue(sex.message(Lang.EN).contains("1 (male) or 2 (female)"), sex.message(Lang.EN));
  }

  @Test
  void newbornsNeedDaysAndWeightButOlderInfantsDoNot() {
    DrgRecord.Builder b = DrgRecord.builder().sex(2).ageYears(0).diagnoses("P07.200");
    assertEquals("DRG-AGEDAYS-MISSING", grouper.group(b.build()).issues().get(0).ruleId());
    assertEquals("DRG-WEIGHT-MISSING", grouper.group(b.ageDays(28).build()).issues().get(0).ruleId());
    DrgResult infant = grouper.group(b.ageDays(29).build());
    assertEquals(DrgStatus.GROUPED, infant.status());
    assertEquals("PV1", infant.adrg());
    DrgResult band = grouper.group(b.ageDays(28).weight("1499").build());
    assertEquals("PS1", band.adrg());
    assertEquals("PS2", grouper.group(b.weight("1500.0").build()).adrg());
  }

  @Test
  void unknownCodesAreWarningsAndGroupingGoesOn() {
    DrgResult r = grouper.group(adult().diagnoses("Z51.800x953", "XYZ.123").procedures("99.9999").build());
    assertEquals(DrgStatus.GROUPED, r.status());
    assertEquals("RW25", r.drg());
    assertEquals(List.of("DRG-DX-UNKNOWN", "DRG-PROC-UNKNOWN"), r.issues().stream().map(DrgIssue::ruleId).toList());
    assertEquals(1, r.issues().get(0).index());
    assertEquals(Severity.WARNING, r.issues().get(0).severity());
    assertTrue(r.issues().get(0).message(Lang.ZH).contains("chs-drg-1.1"));
  }

  /** Extracts write codes in other forms; the first-page check accepts them with FP-DX-CODE-FORM. */
  @Test
  void codesInAnotherFormAreGroupedAsTheLibrarysCodeWithAWarning() {
    DrgResult standard = grouper.group(DrgRecord.builder().sex(2).ageYears(93).diagnoses("I20.000", "I48.000")
        .procedures("36.0700").build());
    assertEquals(DrgStatus.GROUPED, standard.status());
    assertEquals(List.of(), standard.issues());
    DrgResult written = grouper.group(DrgRecord.builder().sex(2).ageYears(93).diagnoses("i20000", "Ｉ４８．０００")
        .procedures("360700").build());
    assertEquals(standard.drg(), written.drg());
    assertEquals(List.of("DRG-DX-FORM", "DRG-DX-FORM", "DRG-PROC-FORM"),
        written.issues().stream().map(DrgIssue::ruleId).toList());
    DrgIssue first = written.issues().get(0);
    assertEquals(Severity.WARNING, first.severity());
    assertEquals("i20000", first.value());
    assertTrue(first.message(Lang.ZH).contains("I20.000"), first.message(Lang.ZH));
    assertTrue(written.issues().get(2).message(Lang.EN).contains("36.0700"), written.issues().get(2).message(Lang.EN));
    // a code that is in no form in the library stays unknown; a cleaned form is never a guess
    DrgResult unknown = grouper.group(adult().diagnoses("z51800x953", "i21999").build());
    assertEquals(List.of("DRG-DX-FORM", "DRG-DX-UNKNOWN"), unknown.issues().stream().map(DrgIssue::ruleId).toList());
  }

  @Test
  void codeMappingIsAnOptionAndAnUnmappableCodeIsInvalid() {
    Grouper mapping = Grouper.of(tables, new Grouper.Options(true));
    // A01.000x002 is an input code that icd10-map sends to the grouper code A01.003
    DrgRecord r = adult().diagnoses("A01.000x002").build();
    assertEquals(DrgStatus.UNGROUPABLE, grouper.group(r).status());
    assertEquals("DRG-DX-UNKNOWN", grouper.group(r).issues().get(0).ruleId());
    DrgResult mapped = mapping.group(r);
    assertEquals(grouper.group(adult().diagnoses("A01.003").build()).drg(), mapped.drg());
    assertEquals(DrgStatus.GROUPED, mapped.status());
    assertTrue(mapping.explain(r).trace().stream().anyMatch(s -> s.step().equals("MAP") && s.zh().contains("A01.003")));
    DrgResult bad = mapping.group(adult().diagnoses("A01.000x002", "NOT.A.CODE").procedures("99.9999x9").build());
    assertEquals(DrgStatus.INVALID, bad.status());
    assertEquals(List.of("DRG-DX-UNMAPPED", "DRG-PROC-UNMAPPED"), bad.issues().stream().map(DrgIssue::ruleId).toList());
  }

  @Test
  void traceNamesTheRulesListsAndExclusionTablesInBothLanguages() {
    DrgResult r = grouper.explain(adult().diagnoses("Z51.800x953", "Z51.000", "T48.603").build());
    assertEquals("RW21", r.drg());
    List<TraceStep> t = r.trace();
    assertEquals("RESULT", t.get(t.size() - 1).step());
    assertTrue(t.stream().anyMatch(s -> s.step().equals("MDC") && "MDCR".equals(s.subject()) && Boolean.TRUE.equals(s.matched())));
    assertTrue(t.stream().anyMatch(s -> s.step().equals("ADRG") && "RW2".equals(s.subject()) && Boolean.TRUE.equals(s.matched())));
    TraceStep excluded = t.stream().filter(s -> "Z51.000".equals(s.subject()) && s.step().equals("SEVERITY")).findFirst().orElseThrow();
    assertEquals(Boolean.FALSE, excluded.matched());
    assertTrue(excluded.zh().contains("排除表 222") && excluded.zh().contains("被排除"), excluded.zh());
    assertTrue(excluded.en().contains("excluded"), excluded.en());
    TraceStep counted = t.stream().filter(s -> "T48.603".equals(s.subject()) && s.step().equals("SEVERITY")).findFirst().orElseThrow();
    assertEquals(Boolean.TRUE, counted.matched());
    // MDCs before MDCR were tried and said why not
    String before = t.stream().filter(s -> s.step().equals("MDC")).map(TraceStep::subject).collect(Collectors.joining(","));
    assertTrue(before.startsWith("MDCA,MDCP,MDCY,MDCZ,MDCM,MDCN,MDCB") && before.endsWith("MDCQ,MDCR"), before);
  }

  @Test
  void traceOfMultipleTraumaNamesTheRegions() {
    DrgResult r = grouper.explain(DrgRecord.builder().sex(2).ageYears(72)
        .diagnoses("S61.800x081", "T79.600x006", "S36.100").build());
    assertEquals("ZZ11", r.drg());
    assertTrue(r.trace().stream().anyMatch(s -> s.zh().contains("上肢创伤") && s.zh().contains("下肢创伤")));
  }

  @Test
  void ungroupableRecordsSayWhy() {
    DrgResult r = grouper.group(adult().diagnoses("K35.800").build());
    assertEquals(DrgStatus.UNGROUPABLE, r.status());
    assertEquals(UngroupableCause.Reason.PDX_NOT_IN_ANY_MDC, r.cause().reason());
    assertTrue(r.cause().message(Lang.ZH).contains("K35.800"));
    // N89.200 is only in MDCN's list: a man cannot enter MDCN
    DrgResult sex = grouper.group(adult().diagnoses("N89.200").build());
    assertEquals(UngroupableCause.Reason.SEX_CONFLICT, sex.cause().reason());
    assertEquals("MDCN", sex.cause().mdc());
    assertEquals("GENDER=2", sex.cause().rule());
  }

  @Test
  void whatIfShowsDroppingAndPromotingEachCode() {
    DrgRecord r = DrgRecord.builder().sex(1).ageYears(88)
        .diagnoses("A07.000", "I50.900x009").procedures("42.6403").build();
    WhatIf w = grouper.whatIf(r);
    assertEquals("GB11", w.baseline().drg());
    WhatIf.Scenario drop = w.scenarios().stream()
        .filter(s -> s.change() == WhatIf.Change.DROP_DIAGNOSIS).findFirst().orElseThrow();
    assertEquals("I50.900x009", drop.code());
    assertTrue(drop.changed());
    assertEquals("GB1", drop.result().adrg());
    assertFalse(drop.result().drg().equals("GB11"));
    WhatIf.Scenario promote = w.scenarios().stream()
        .filter(s -> s.change() == WhatIf.Change.PROMOTE_DIAGNOSIS).findFirst().orElseThrow();
    assertEquals("MDCF", grouper.group(adult().diagnoses("I50.900x009").build()).mdc());
    assertTrue(promote.changed());
    WhatIf.Scenario noSurgery = w.scenarios().stream()
        .filter(s -> s.change() == WhatIf.Change.DROP_PROCEDURE).findFirst().orElseThrow();
    assertFalse("GB1".equals(noSurgery.result().adrg()));
    assertEquals(3, w.scenarios().size());
  }

  @Test
  void groupingIsTheSameOnManyThreads() {
    List<DrgCases.Case> cases = DrgCases.read(DrgCases.file());
    List<DrgResult> sequential = cases.stream().map(c -> grouper.group(c.record())).toList();
    List<DrgResult> parallel = cases.parallelStream().map(c -> grouper.group(c.record())).toList();
    for (int i = 0; i < cases.size(); i++) {
      assertTrue(sequential.get(i).sameGroup(parallel.get(i)), cases.get(i).id());
    }
  }

  @Test
  void summaryCountsGroupsCausesAndRules() {
    GroupSummary s = new GroupSummary(tables);
    s.add(grouper.group(adult().diagnoses("Z51.800x953", "T48.603").build()));
    s.add(grouper.group(adult().diagnoses("Z51.800x953").build()));
    s.add(grouper.group(adult().diagnoses("K35.800").build()));
    s.add(grouper.group(adult().diagnoses("N89.200").build()));
    s.add(grouper.group(DrgRecord.builder().diagnoses("K35.800").build()));
    assertEquals(5, s.records());
    assertEquals(2, s.grouped());
    assertEquals(2, s.ungroupable());
    assertEquals(1, s.invalid());
    assertEquals(List.of(new GroupSummary.Count("MDCR", tables.groupName("MDCR").orElseThrow(), 2)), s.byMdc());
    assertEquals(List.of("RW21", "RW25"), s.byDrg().stream().map(GroupSummary.Count::code).toList());
    assertEquals(2, s.causes().size());
    assertTrue(s.causes().get(0).message(Lang.ZH).length() > 5);
    assertEquals(java.util.Map.of("DRG-AGE-MISSING", 1L, "DRG-SEX-MISSING", 1L), s.invalidRules());
  }
}
