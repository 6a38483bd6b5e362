package org.shutong.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.shutong.io.InputException;
import org.shutong.io.TableReader;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;
import org.shutong.report.Severity;

class ProfilerTest {
  @TempDir Path dir;

  /** An inpatient extract with one defect of each kind (records numbered from 1). */
  static final String INPATIENTS =
      "住院号,住院次数,姓名,性别,出生日期,身份证号,入院日期,出院日期,年龄,上报日期\n"
          + "A001,1,张三,2,19491231,11010519491231002X,2024-03-01,2024-03-10,74,2024-03-12\n" // 1 good
          + "A002,1,李四,1,19880101,440524188001010014,2024-03-02,2024-03-05,36,2024-03-06\n" // 2 id birth date differs
          + "A003,1,王五,1,19900101,110101199001010023,2024-03-09,2024-03-04,34,2024-03-20\n" // 3 admit after discharge; id says female; lag 16
          + "A001,1,张三,2,19491231,11010519491231002X,2024-03-01,2024-03-10,74,2024-03-12\n" // 4 exact duplicate of 1
          + "A001,1,张三,2,19491231,11010519491231002X,2024-03-01,2024-03-11,74,2024-03-12\n" // 5 key of 1, other content
          + "A004,1,赵六,1,20000101,,2024-03-05,2027-01-01,24,2027-01-02\n" // 6 discharge in the future
          + ",,钱七,2,19700101,,2024-03-06,2024-03-08,54,2024-03-09\n"; // 7 empty key

  static final String RULES = """
      asOf: 2024-12-31
      window: {from: 2024-01-01, to: 2024-12-31}
      rules:
        - {id: ADMIT-BEFORE-DISCHARGE, type: order, columns: [入院日期, 出院日期], description: 入院日期不晚于出院日期, source: 本院规则 1}
        - {id: ID-BIRTHDATE, type: id-birthdate, columns: [身份证号, 出生日期]}
        - {id: ID-SEX, type: id-sex, columns: [身份证号, 性别], severity: warning}
        - {id: AGE, type: age, columns: [年龄, 出生日期, 入院日期]}
        - {id: REPORT-LAG, type: lag, columns: [出院日期, 上报日期], maxDays: 7}
      """;

  private DataProfile profile(String csv, ProfileOptions o, FindingCollector c) {
    Path f = Fixtures.write(dir, "in.csv", csv, Fixtures.GB18030);
    try (TableReader r = Fixtures.open(f, c)) {
      return Profiler.of(o).profile(r, c);
    }
  }

  private ProfileOptions withRules() {
    Path rules = Fixtures.write(dir, "rules.yaml", RULES, StandardCharsets.UTF_8);
    return ProfileOptions.defaults().withKey(List.of("住院号", "住院次数")).withRules(ProfileRules.read(rules, Lang.ZH))
        .withChecks(Fixtures.domains(), Identifiers.standard().withReferenceDate(LocalDate.of(2026, 1, 1)));
  }

  private static Set<Long> records(FindingCollector c, String rule) {
    return c.findings().stream().filter(f -> f.ruleId().equals(rule)).map(Finding::record).collect(Collectors.toSet());
  }

  @Test
  void columnStatistics() {
    FindingCollector c = new FindingCollector();
    DataProfile p = profile(INPATIENTS, withRules(), c);
    assertEquals(7, p.records());
    assertEquals("GB18030", p.encoding());
    ColumnProfile id = p.column("身份证号").orElseThrow();
    assertEquals(5, id.filled());
    assertEquals(5.0 / 7, id.fillRate(), 1e-9);
    assertEquals(3, id.distinct());
    assertTrue(id.distinctExact());
    assertEquals("11010519491231002X", id.topValues().get(0).value());
    assertEquals(3, id.topValues().get(0).count());
    assertEquals(18, id.minLength());
    ColumnProfile admit = p.column("入院日期").orElseThrow();
    assertEquals("date", admit.inferredType());
    assertEquals("2024-03-01", admit.min());
    assertEquals("2024-03-09", admit.max());
    assertEquals("9999-99-99", admit.patterns().get(0).value());
    ColumnProfile age = p.column("年龄").orElseThrow();
    assertEquals("integer", age.inferredType());
    assertEquals("24", age.min());
    assertEquals("74", age.max());
    ColumnProfile name = p.column("姓名").orElseThrow();
    assertEquals("text", name.inferredType());
    assertEquals("汉汉", name.patterns().get(0).value());
    assertEquals(List.of(new ValueCount("2", 7)), name.lengths());
    assertEquals("integer", p.column("性别").orElseThrow().inferredType());
    assertEquals("text", p.column("住院号").orElseThrow().inferredType());
  }

  @Test
  void digitStringsWithLeadingZerosAreCodes() {
    DataProfile p = profile("科室代码,床位数\n01,8\n02,9\n10,12\n09,10\n", ProfileOptions.defaults(),
        new FindingCollector());
    ColumnProfile code = p.column("科室代码").orElseThrow();
    assertEquals("code", code.inferredType());
    assertEquals("01", code.min());
    assertEquals("10", code.max());
    assertEquals(1.0, code.validity(), 1e-9);
    ColumnProfile beds = p.column("床位数").orElseThrow();
    assertEquals("integer", beds.inferredType());
    assertEquals("8", beds.min());
    assertEquals("12", beds.max());
  }

  @Test
  void duplicatesAndKeyConflicts() {
    FindingCollector c = new FindingCollector();
    DataProfile p = profile(INPATIENTS, withRules(), c);
    DuplicateSummary d = p.duplicates();
    assertEquals(1, d.exactDuplicateRecords());
    assertEquals(1, d.exactDuplicateGroups());
    assertEquals(List.of(List.of(1L, 4L)), d.exampleGroups());
    assertEquals(1, d.keyConflictKeys());
    assertEquals(1, d.keyConflictRecords(), "record 5; record 4 equals record 1");
    assertEquals(1, d.emptyKeys());
    assertEquals(0, d.spilledRuns());
    assertEquals(Set.of(4L), records(c, "PR-DUPLICATE-RECORD"));
    assertEquals(Set.of(5L), records(c, "PR-KEY-CONFLICT"));
    assertEquals(Set.of(7L), records(c, "PR-KEY-EMPTY"));
    assertEquals(5.0 / 7, p.dimension(QualityDimension.UNIQUENESS).score(), 1e-9);
  }

  @Test
  void declaredRules() {
    FindingCollector c = new FindingCollector();
    DataProfile p = profile(INPATIENTS, withRules(), c);
    assertEquals(Set.of(3L), records(c, "ADMIT-BEFORE-DISCHARGE"));
    assertEquals(Set.of(2L), records(c, "ID-BIRTHDATE"));
    assertEquals(Set.of(3L), records(c, "ID-SEX"));
    assertEquals(Set.of(3L), records(c, "REPORT-LAG"));
    assertTrue(records(c, "AGE").isEmpty(), c.findings().toString());
    Finding order = c.findings().stream().filter(f -> f.ruleId().equals("ADMIT-BEFORE-DISCHARGE")).findFirst().orElseThrow();
    assertTrue(order.message().startsWith("入院日期不晚于出院日期："), order.message());
    assertEquals(Severity.WARNING,
        c.findings().stream().filter(f -> f.ruleId().equals("ID-SEX")).findFirst().orElseThrow().severity());
    RuleResult sex = p.rules().stream().filter(r -> r.id().equals("ID-SEX")).findFirst().orElseThrow();
    assertEquals(5, sex.applicable(), "records 1-5 have a valid ID number and a sex of 1 or 2");
    assertEquals(1, sex.failed());
    DimensionScore cons = p.dimension(QualityDimension.CONSISTENCY);
    assertEquals("一致性", cons.chinese());
    assertEquals("Consistency", cons.english());
    assertTrue(cons.score() < 1.0);
  }

  @Test
  void timeliness() {
    FindingCollector c = new FindingCollector();
    DataProfile p = profile(INPATIENTS, withRules(), c);
    TimelinessSummary t = p.timeliness();
    assertEquals("2024-12-31", t.asOf());
    assertTrue(t.columns().containsAll(List.of("入院日期", "出院日期", "上报日期", "出生日期")), t.columns().toString());
    assertEquals(2, t.future(), "2027-01-01 and 2027-01-02");
    assertTrue(records(c, "PR-FUTURE-DATE").equals(Set.of(6L)));
    assertTrue(records(c, "PR-OUTSIDE-WINDOW").containsAll(Set.of(1L, 6L)), "birth dates before 2024 are outside the window too");
    assertEquals(1, p.column("出院日期").orElseThrow().futureDates());
  }

  @Test
  void dimensionsAreNamedAndScored() {
    DataProfile p = profile(INPATIENTS, withRules(), new FindingCollector());
    assertEquals(List.of("COMPLETENESS", "UNIQUENESS", "VALIDITY", "CONSISTENCY", "TIMELINESS"),
        p.dimensions().stream().map(DimensionScore::dimension).toList());
    assertEquals(List.of("完整性", "唯一性", "有效性", "一致性", "及时性"),
        p.dimensions().stream().map(DimensionScore::chinese).toList());
    DimensionScore completeness = p.dimension(QualityDimension.COMPLETENESS);
    assertEquals(70 + 7, completeness.checked(), "70 cells and 7 keys");
    assertEquals(66 + 6, completeness.passed(), "4 empty cells, one empty key");
    assertEquals(1.0, p.dimension(QualityDimension.VALIDITY).score(), 1e-9, "every column has one type");
  }

  @Test
  void mappingGivesValidityFromConformance() {
    Mapping m = Mapping.of("m", List.of(ColumnBinding.of("性别", "DE02.01.040.00"), ColumnBinding.of("出生日期", "DE02.01.005.01"),
        ColumnBinding.of("入院日期", "DE04.01.018.00")), null, DataElementCatalogue.builtIn(), Lang.ZH);
    FindingCollector c = new FindingCollector();
    DataProfile p = profile(INPATIENTS, withRules().withMapping(m), c);
    assertTrue(p.conformance() != null);
    ColumnProfile admit = p.column("入院日期").orElseThrow();
    assertEquals("DE04.01.018.00", admit.element());
    assertEquals(0.0, admit.validity(), 1e-9, "2024-03-01 is not DT15");
    assertEquals(1.0, p.column("性别").orElseThrow().validity(), 1e-9);
    assertTrue(c.findings().stream().anyMatch(f -> f.ruleId().equals("CF-FORMAT-DATETIME")));
    assertTrue(p.dimension(QualityDimension.VALIDITY).score() < 1.0);
  }

  @Test
  void keysAndRulesMayNameElementsOfTheMapping() {
    Mapping m = Mapping.of("m", List.of(ColumnBinding.of("住院号", "DE01.00.014.00")), null,
        DataElementCatalogue.builtIn(), Lang.ZH);
    DataProfile p = profile(INPATIENTS, ProfileOptions.defaults().withMapping(m).withKey(List.of("DE01.00.014.00")),
        new FindingCollector());
    assertEquals(List.of("住院号"), p.duplicates().keyColumns());
  }

  @Test
  void unknownKeyColumnIsAnInputError() {
    InputException e = assertThrows(InputException.class,
        () -> profile(INPATIENTS, ProfileOptions.defaults().withKey(List.of("病案号")), new FindingCollector()));
    assertTrue(e.getMessage().contains("病案号") && e.getMessage().contains("--key"), e.getMessage());
  }

  @Test
  void withoutRulesNothingIsConsistencyScored() {
    DataProfile p = profile(INPATIENTS, ProfileOptions.defaults().withAsOf(LocalDate.of(2024, 12, 31)), new FindingCollector());
    assertNull(p.dimension(QualityDimension.CONSISTENCY).score());
    assertEquals(1.0, p.dimension(QualityDimension.UNIQUENESS).score() + 1.0 / 7, 1e-9, "only the exact duplicate");
    assertTrue(p.duplicates().keyColumns().isEmpty());
    assertFalse(p.timeliness().columns().isEmpty());
  }
}
