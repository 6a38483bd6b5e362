package org.shutong.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.i18n.Lang;
import org.shutong.identifier.Identifiers;
import org.shutong.io.TableReader;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;
import org.shutong.report.Severity;

class ConformanceCheckerTest {
  @TempDir Path dir;

  private static final Identifiers IDS = Identifiers.standard().withReferenceDate(LocalDate.of(2026, 1, 1));

  private ConformanceResult run(Path file, Mapping mapping, FindingCollector findings) {
    try (TableReader r = Fixtures.open(file, findings)) {
      return ConformanceChecker.of(mapping, Fixtures.domains(), IDS, Lang.ZH).check(r, findings);
    }
  }

  private static Mapping patientMapping(Dataset ds) {
    return Mapping.of("test", Fixtures.patientBindings(), ds, DataElementCatalogue.builtIn(), Lang.ZH);
  }

  private static List<Finding> at(FindingCollector c, long record, String field) {
    return c.findings().stream().filter(f -> f.record() == record && field.equals(f.field())).toList();
  }

  private static Set<String> rules(List<Finding> fs) {
    return fs.stream().map(Finding::ruleId).collect(Collectors.toSet());
  }

  @Test
  void cleanRecordHasNoFinding() {
    FindingCollector c = new FindingCollector();
    run(Fixtures.write(dir, "p.csv", Fixtures.PATIENTS, StandardCharsets.UTF_8), patientMapping(null), c);
    assertTrue(c.findings().stream().noneMatch(f -> f.record() == 1), c.findings().toString());
  }

  @Test
  void findsEachDefectWithRecordLineFieldAndValue() {
    FindingCollector c = new FindingCollector();
    run(Fixtures.write(dir, "p.csv", Fixtures.PATIENTS, StandardCharsets.UTF_8), patientMapping(null), c);
    List<Finding> birth = at(c, 2, "DE02.01.005.01");
    assertEquals(Set.of("CF-FORMAT-DATE"), rules(birth));
    assertEquals("1980-05-06", birth.get(0).value());
    assertEquals(3, birth.get(0).line());
    assertTrue(birth.get(0).message().contains("20240131") && birth.get(0).message().contains("去掉分隔符"),
        birth.get(0).message());
    List<Finding> id = at(c, 2, "DE02.01.030.00");
    assertEquals(Set.of("CF-ID-RESIDENT"), rules(id));
    assertTrue(id.get(0).message().contains("应为 X"), id.get(0).message());
    assertEquals(Set.of("CF-DOMAIN-VALUE"), rules(at(c, 3, "DE02.01.040.00")));
    assertTrue(at(c, 3, "DE02.01.030.00").isEmpty(), "a passport number (类别 03) is not a resident ID");
    assertEquals(Set.of("CF-ID-PHONE"), rules(at(c, 3, "DE02.01.010.00")));
    assertEquals(Set.of("CF-FORMAT-BOOLEAN"), rules(at(c, 3, "DE02.01.079.00")));
    assertEquals(Set.of("CF-FORMAT-CHARACTERS"), rules(at(c, 4, "DE02.01.039.00")));
    assertEquals(Set.of("CF-FORMAT-DATE"), rules(at(c, 4, "DE02.01.005.01")));
    assertTrue(at(c, 4, "DE02.01.005.01").get(0).message().contains("不是日历上存在的日期"));
    assertEquals(Set.of("CF-FORMAT-DATETIME"), rules(at(c, 4, "DE02.01.036.00")));
    assertTrue(at(c, 4, "DE02.01.030.00").isEmpty(), "440524188001010014 is valid");
    assertEquals(Set.of("CF-FORMAT-LENGTH"), rules(at(c, 5, "DE02.01.030.00")), "19 characters for AN..18");
    assertTrue(at(c, 5, "DE02.01.039.00").isEmpty(), "empty and not required: no finding");
  }

  @Test
  void scoresElementsAndRules() {
    FindingCollector c = new FindingCollector();
    ConformanceResult r = run(Fixtures.write(dir, "p.csv", Fixtures.PATIENTS, StandardCharsets.UTF_8),
        patientMapping(null), c);
    assertEquals(5, r.records());
    ElementScore sex = r.element("DE02.01.040.00").orElseThrow();
    assertEquals(5, sex.nonEmpty());
    assertEquals(4, sex.conforming());
    assertEquals(0.8, sex.conformance(), 1e-9);
    assertTrue(sex.domainChecked());
    assertEquals(1L, sex.defects().get("CF-DOMAIN-VALUE"));
    ElementScore name = r.element("DE02.01.039.00").orElseThrow();
    assertEquals(4, name.nonEmpty());
    assertEquals(0.8, name.completeness(), 1e-9);
    assertEquals(0.75, name.conformance(), 1e-9);
    ElementScore death = r.element("DE02.01.036.00").orElseThrow();
    assertEquals(2, death.nonEmpty());
    assertEquals(0.5, death.conformance(), 1e-9);
    RuleScore date = r.rule("CF-FORMAT-DATE").orElseThrow();
    assertEquals(5, date.checked());
    assertEquals(2, date.failed());
    assertEquals(0.6, date.passRate(), 1e-9);
    assertNull(r.dataset());
    assertTrue(r.unmappedColumns().isEmpty());
  }

  @Test
  void datasetRequiredElementsMissingAndEmpty() {
    Dataset ds = new Dataset("患者基本信息", List.of("DE02.01.039.00", "DE02.01.040.00", "DE02.01.025.00"), List.of());
    FindingCollector c = new FindingCollector();
    ConformanceResult r = run(Fixtures.write(dir, "p.csv", Fixtures.PATIENTS, StandardCharsets.UTF_8),
        patientMapping(ds), c);
    List<Finding> missing = c.findings().stream().filter(f -> f.ruleId().equals("CF-REQUIRED-MISSING")).toList();
    assertEquals(1, missing.size());
    assertEquals("DE02.01.025.00", missing.get(0).field(), "民族 has no column");
    assertEquals(0, missing.get(0).record());
    List<Finding> empty = c.findings().stream().filter(f -> f.ruleId().equals("CF-REQUIRED-EMPTY")).toList();
    assertEquals(1, empty.size());
    assertEquals(5, empty.get(0).record());
    assertEquals(Severity.ERROR, empty.get(0).severity());
    DatasetScore d = r.dataset();
    assertEquals(3, d.requiredElements());
    assertEquals(2, d.requiredPresent());
    assertEquals(List.of("DE02.01.025.00"), d.missingRequired());
    assertEquals(2.0 / 3, d.coverage(), 1e-9);
    assertEquals(9.0 / 15, d.completeness(), 1e-9, "9 filled of 5 records x 3 required");
    assertTrue(r.element("DE02.01.039.00").orElseThrow().required());
    assertFalse(r.element("DE02.01.005.01").orElseThrow().required());
  }

  @Test
  void gb18030ExtractIsCheckedLikeUtf8() {
    FindingCollector utf = new FindingCollector();
    FindingCollector gb = new FindingCollector();
    ConformanceResult a = run(Fixtures.write(dir, "u.csv", Fixtures.PATIENTS, StandardCharsets.UTF_8), patientMapping(null), utf);
    ConformanceResult b = run(Fixtures.write(dir, "g.csv", Fixtures.PATIENTS, Fixtures.GB18030), patientMapping(null), gb);
    assertEquals("GB18030", b.encoding());
    assertEquals("UTF-8", a.encoding());
    assertEquals(utf.findings().size(), gb.findings().size());
    assertEquals(a.elements().stream().map(ElementScore::conforming).toList(),
        b.elements().stream().map(ElementScore::conforming).toList());
  }

  @Test
  void unknownDomainIsReportedOnceAndNotChecked() {
    List<ColumnBinding> b = List.of(ColumnBinding.of("学历", "DE02.01.041.00")); // GB/T 4658: not staged
    Mapping m = Mapping.of("t", b, null, DataElementCatalogue.builtIn(), Lang.ZH);
    FindingCollector c = new FindingCollector();
    ConformanceResult r = run(Fixtures.write(dir, "e.csv", "学历\n20\n99\n", StandardCharsets.UTF_8), m, c);
    List<Finding> f = c.findings().stream().filter(x -> x.ruleId().equals("CF-DOMAIN-UNAVAILABLE")).toList();
    assertEquals(1, f.size());
    assertEquals("GB/T 4658", f.get(0).value());
    assertFalse(r.element("DE02.01.041.00").orElseThrow().domainChecked());
    assertEquals(2, r.element("DE02.01.041.00").orElseThrow().conforming());
  }

  @Test
  void mappingProblemsAndHeaderProblemsAreFindings() {
    List<ColumnBinding> b = List.of(
        ColumnBinding.of("姓名", "DE02.01.039.00"),
        ColumnBinding.of("姓名", "DE02.01.040.00"),
        ColumnBinding.of("XB", "DE99.99.999.99"),
        ColumnBinding.of("住院号", "DE01.00.014.00"));
    Mapping m = Mapping.of("map.yaml", b, null, DataElementCatalogue.builtIn(), Lang.EN);
    assertEquals(Set.of("CF-MAP-DUPLICATE-COLUMN", "CF-MAP-UNKNOWN-ELEMENT"), rules(m.problems()));
    FindingCollector c = new FindingCollector();
    ConformanceResult r = run(Fixtures.write(dir, "h.csv", "姓名,备注,姓名\n张三,x,李四\n", StandardCharsets.UTF_8), m, c);
    Set<String> got = rules(c.findings());
    assertTrue(got.containsAll(Set.of("CF-MAP-DUPLICATE-COLUMN", "CF-MAP-UNKNOWN-ELEMENT", "CF-MAP-DUPLICATE-HEADER",
        "CF-MAP-COLUMN-MISSING", "CF-MAP-UNMAPPED-COLUMN")), got.toString());
    assertEquals(List.of("备注"), r.unmappedColumns());
    assertEquals(1, r.mappedColumns());
    Finding dupHeader = c.findings().stream().filter(f -> f.ruleId().equals("CF-MAP-DUPLICATE-HEADER")).findFirst().orElseThrow();
    assertEquals("姓名", dupHeader.field());
    assertTrue(dupHeader.message().contains("第 1 列与第 3 列"), dupHeader.message());
  }

  @Test
  void englishHintsAreSeparatedFromTheMessage() {
    Mapping m = Mapping.of("t", List.of(ColumnBinding.of("出生日期", "DE02.01.005.01")), null,
        DataElementCatalogue.builtIn(), Lang.EN);
    FindingCollector c = new FindingCollector();
    try (TableReader r = Fixtures.open(Fixtures.write(dir, "d.csv", "出生日期\n1970-04-27\n", StandardCharsets.UTF_8), c)) {
      ConformanceChecker.of(m, Fixtures.domains(), IDS, Lang.EN).check(r, c);
    }
    String msg = at(c, 1, "DE02.01.005.01").stream().findFirst().orElseThrow().message();
    assertTrue(msg.endsWith("e.g. 20240131 (a date with separators: drop them, 2024-01-31 -> 20240131)"), msg);
  }

  @Test
  void whitespaceIsAWarningAndTheRestIsChecked() {
    Mapping m = Mapping.of("t", List.of(ColumnBinding.of("性别", "DE02.01.040.00")), null,
        DataElementCatalogue.builtIn(), Lang.ZH);
    FindingCollector c = new FindingCollector();
    ConformanceResult r = run(Fixtures.write(dir, "w.csv", "性别\n\" 1\"\n\"5 \"\n", StandardCharsets.UTF_8), m, c);
    assertEquals(Set.of("CF-FORMAT-WHITESPACE"), rules(at(c, 1, "DE02.01.040.00")));
    assertEquals(Set.of("CF-FORMAT-WHITESPACE", "CF-DOMAIN-VALUE"), rules(at(c, 2, "DE02.01.040.00")));
    assertEquals(1, r.element("DE02.01.040.00").orElseThrow().conforming());
  }

  @Test
  void residentIdWithoutTypeColumnIsCheckedOnlyWhenItLooksLikeOne() {
    Mapping m = Mapping.of("t", List.of(ColumnBinding.of("证件号", "DE02.01.030.00")), null,
        DataElementCatalogue.builtIn(), Lang.ZH);
    FindingCollector c = new FindingCollector();
    run(Fixtures.write(dir, "i.csv", "证件号\nE12345678\n110105194912310021\n11010519491231002X\n", StandardCharsets.UTF_8), m, c);
    assertTrue(at(c, 1, "DE02.01.030.00").isEmpty());
    assertEquals(Set.of("CF-ID-RESIDENT"), rules(at(c, 2, "DE02.01.030.00")));
    assertTrue(at(c, 3, "DE02.01.030.00").isEmpty());
  }

  @Test
  void regionTableMakesUnknownCodesWarnings() {
    Mapping m = Mapping.of("t", List.of(ColumnBinding.of("证件号", "DE02.01.030.00")), null,
        DataElementCatalogue.builtIn(), Lang.ZH);
    FindingCollector c = new FindingCollector();
    Path f = Fixtures.write(dir, "r.csv", "证件号\n11010519491231002X\n440524188001010014\n", StandardCharsets.UTF_8);
    ConformanceResult r;
    try (TableReader tr = Fixtures.open(f, c)) {
      r = ConformanceChecker.of(m, Fixtures.domains(), IDS.withRegions(Set.of("110105")::contains), Lang.ZH).check(tr, c);
    }
    assertTrue(at(c, 1, "DE02.01.030.00").isEmpty());
    List<Finding> region = at(c, 2, "DE02.01.030.00");
    assertEquals(Set.of("CF-ID-RESIDENT-REGION"), rules(region));
    assertEquals(Severity.WARNING, region.get(0).severity());
    assertEquals(2, r.element("DE02.01.030.00").orElseThrow().conforming(), "a warning does not make it non-conforming");
  }
}
