package org.shutong.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.io.ReadOptions;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;
import org.shutong.report.Severity;

/**
 * The first-page statistics of a 12-record fixture against figures computed by hand (the arithmetic is
 * in the comments).
 */
class FirstPageStatisticsTest {
  private static final double EPS = 1e-9;
  @TempDir Path dir;
  private Path file;

  @BeforeEach
  void copy() throws IOException {
    file = dir.resolve("firstpage-2024-05.csv");
    try (InputStream in = getClass().getResourceAsStream("firstpage-2024-05.csv")) {
      Files.copy(in, file);
    }
  }

  private FirstPageStatsResult run(String months, FindingCollector fc) {
    return FirstPageStatistics.compute(List.of(file),
        FirstPageStatsOptions.of(ReportMonths.parse(List.of(months)), ReadOptions.defaults().withProblems(fc)));
  }

  private static double v(FirstPageStatsResult r, String id) {
    return r.figure(id).value();
  }

  @Test
  void figuresMatchTheHandComputation() {
    FirstPageStatsResult r = run("2024-05", new FindingCollector());
    // records 1-7 and 12 are discharged in May and pass the screen; 8 and 9 are excluded
    assertEquals(8, v(r, "discharges"), EPS);
    // bed-days: 1+10+5+2+1+1 + 3 (record 7 has no B20: 05-15 to 05-18) + 7 (B20 as recorded) = 30
    assertEquals(30, v(r, "bedDays"), EPS);
    assertEquals(30.0 / 8, v(r, "alos"), EPS);
    assertEquals(1, v(r, "deaths"), EPS);
    assertEquals(1.0 / 8, v(r, "mortality"), EPS);
    assertEquals(1.0, r.figure("mortality").numerator(), EPS);
    assertEquals(8.0, r.figure("mortality").denominator(), EPS);
    // surgery level filled on records 1 (3), 3 (2 and 1) and 5 (1); record 2's "-" is an empty box
    assertEquals(3, v(r, "surgeryPatients"), EPS);
    assertEquals(3.0 / 8, v(r, "surgeryRate"), EPS);
    assertEquals(4, v(r, "operations"), EPS);
    // day cases: record 1 (9 h) and record 6 (exactly 24 h); record 5 (25 h) is not; record 4 has no times
    assertEquals(2, v(r, "dayCases"), EPS);
    assertEquals(1, v(r, "dayUndetermined"), EPS);
    assertEquals(2.0 / 7, v(r, "dayCaseShare"), EPS);
    assertEquals(1, v(r, "daySurgeries"), EPS);
    assertEquals(1.0 / 3, v(r, "daySurgeryShare"), EPS);
    // costs of records 1,2,3,4,5,6,12 (record 7's "abc" is invalid): 78000 over 7
    assertEquals(78000.0 / 7, v(r, "costMean"), EPS);
    assertEquals(5000, v(r, "costMedian"), EPS);
    // drugs: 5000 + (8000+2000) + 3000 + 1000 + 500 + 100 = 19600
    assertEquals(19600.0 / 78000, v(r, "drugShare"), EPS);
    // consumables: (1000+8000) + 500 + 2000 = 11500
    assertEquals(11500.0 / 78000, v(r, "consumableShare"), EPS);
    assertEquals(2, v(r, "excluded"), EPS);
    assertEquals(1, r.outsideMonths());
    assertEquals(1, r.unplaceable());
  }

  @Test
  void everyFigureHasADefinitionAndASource() {
    FirstPageStatsResult r = run("2024-05", new FindingCollector());
    for (FirstPageStatsResult.Figure f : r.reportFigures()) {
      assertTrue(f.definition().length() > 10 && f.definitionEn().length() > 10, f.id());
      assertTrue(f.source().matches("F\\d(;F\\d)*"), f.id());
    }
  }

  @Test
  void departments() {
    FirstPageStatsResult r = run("2024-05", new FindingCollector());
    Map<String, FirstPageStatsResult.Department> d = r.departments().stream()
        .collect(Collectors.toMap(FirstPageStatsResult.Department::code, x -> x));
    assertEquals(List.of("", "03", "04", "05"), r.departments().stream().map(FirstPageStatsResult.Department::code).toList());
    assertEquals("内科", d.get("03").name());
    assertEquals(3, d.get("03").discharges());
    assertEquals(14, d.get("03").bedDays());
    assertEquals(1, d.get("03").deaths());
    assertEquals(1, d.get("03").surgery());
    assertEquals(1, d.get("03").dayCases());
    assertEquals(50000, d.get("03").costSum(), EPS);
    assertEquals(2, d.get("03").costCount());
    assertEquals("外科", d.get("04").name());
    assertEquals(2, d.get("04").discharges());
    assertEquals(7, d.get("04").bedDays());
    assertEquals(1, d.get("05").dayCases());
    assertEquals(1, d.get("").discharges());
    long sum = r.departments().stream().mapToLong(FirstPageStatsResult.Department::discharges).sum();
    assertEquals(8, sum);
  }

  @Test
  void topDiagnosesByCategoryWithNames() {
    FirstPageStatsResult r = run("2024-05", new FindingCollector());
    List<String> cats = r.diagnoses().stream().map(FirstPageStatsResult.DiagnosisGroup::category).toList();
    assertEquals(List.of("I21", "K35", "O80", "J18"), cats);
    FirstPageStatsResult.DiagnosisGroup first = r.diagnoses().get(0);
    assertEquals(1, first.rank());
    assertEquals(3, first.discharges());
    assertEquals(1, first.deaths());
    assertEquals(18, first.bedDays());
    assertTrue(first.name().contains("心肌梗"), first.name());
    assertEquals(4, r.diagnosisCategories());
    FirstPageStatsResult top2 = FirstPageStatistics.compute(List.of(file), FirstPageStatsOptions.of(
        ReportMonths.parse(List.of("2024-05"))).withTop(2).withRead(ReadOptions.defaults()));
    assertEquals(2, top2.diagnoses().size());
  }

  @Test
  void costStructureAndDischargeModes() {
    FirstPageStatsResult r = run("2024-05", new FindingCollector());
    Map<String, Double> costs = r.costs().stream()
        .collect(Collectors.toMap(FirstPageStatsResult.CostClass::id, FirstPageStatsResult.CostClass::sum));
    assertEquals(17600, costs.get("western"), EPS);
    assertEquals(2000, costs.get("chinese"), EPS);
    assertEquals(11500, costs.get("consumables"), EPS);
    assertEquals(0, costs.get("general"), EPS);
    Map<String, Long> modes = r.dischargeModes().stream()
        .collect(Collectors.toMap(FirstPageStatsResult.Share::code, FirstPageStatsResult.Share::count));
    assertEquals(Map.of("1", 4L, "2", 1L, "4", 1L, "5", 1L, "", 1L), modes);
    assertEquals("死亡", r.dischargeModes().stream().filter(s -> s.code().equals("5")).findFirst().orElseThrow().name());
  }

  @Test
  void excludedRecordsAreCountedWithTheirReason() {
    FindingCollector fc = new FindingCollector();
    FirstPageStatsResult r = run("2024-05", fc);
    Map<String, Long> ex = r.exclusions().stream()
        .collect(Collectors.toMap(FirstPageStatsResult.Exclusion::ruleId, FirstPageStatsResult.Exclusion::records));
    assertEquals(Map.of("STATS-FP-DATE-ORDER", 1L, "STATS-FP-ADMISSION", 1L), ex);
    List<Finding> excluded = fc.findings().stream().filter(f -> f.ruleId().equals("STATS-FP-EXCLUDED")).toList();
    assertEquals(2, excluded.size());
    assertEquals(8, excluded.get(0).record());
    assertEquals("B12", excluded.get(0).field());
    assertTrue(excluded.get(0).message().contains("STATS-FP-DATE-ORDER"), excluded.get(0).message());
    Finding cost = fc.findings().stream().filter(f -> f.ruleId().equals("STATS-FP-COST")).findFirst().orElseThrow();
    assertEquals(7, cost.record());
    assertEquals("abc", cost.value());
    Finding outside = fc.findings().stream().filter(f -> f.ruleId().equals("STATS-OUTSIDE-MONTH")).findFirst().orElseThrow();
    assertEquals(10, outside.record());
    assertEquals(Severity.INFO, outside.severity());
    Finding missing = fc.findings().stream().filter(f -> f.ruleId().equals("STATS-FP-DISCHARGE")).findFirst().orElseThrow();
    assertEquals(11, missing.record());
  }

  @Test
  void theCheckersErrorsExcludeRecordsThroughTheScreen() {
    RecordScreen noSurgeryAllowed = rec -> rec.filled("C17x01")
        ? List.of(new Finding("FP-TEST", Severity.ERROR, rec.row().source(), rec.row().record(), rec.row().line(),
            "C17x01", rec.raw("C17x01"), "test rule"))
        : List.of();
    FirstPageStatsResult r = FirstPageStatistics.compute(List.of(file),
        FirstPageStatsOptions.of(ReportMonths.parse(List.of("2024-05"))).withScreen(noSurgeryAllowed));
    // records 1, 3 and 5 have a main-operation level; records 8 and 9 now pass
    assertEquals(8 - 3 + 2, v(r, "discharges"), EPS);
    assertEquals(3, r.exclusions().get(0).records());
    assertEquals("FP-TEST", r.exclusions().get(0).ruleId());
  }

  @Test
  void severalMonthsCompareTheReportMonthWithThePrevious() {
    FirstPageStatsResult r = run("2024-04..2024-05", new FindingCollector());
    assertEquals(2, r.figures().size());
    FirstPageStatsResult.Figure april = r.figures().get(0).get(0);
    assertEquals("discharges", april.id());
    assertEquals(1, april.value(), EPS);
    assertEquals(2.0, r.figures().get(0).stream().filter(f -> f.id().equals("alos")).findFirst().orElseThrow().value(), EPS);
    assertEquals(0, r.outsideMonths());
  }

  @Test
  void aMonthWithoutDischargesIsAFindingAndUndefinedRatiosAreNull() {
    FindingCollector fc = new FindingCollector();
    FirstPageStatsResult r = run("2023-01", fc);
    assertEquals(0, v(r, "discharges"), EPS);
    assertNull(r.figure("alos").value());
    assertNull(r.figure("costMedian").value());
    assertTrue(fc.findings().stream().anyMatch(f -> f.ruleId().equals("STATS-NO-RECORDS")));
  }

  @Test
  void aFileWithoutDischargeTimesIsOneError() throws IOException {
    Path f = dir.resolve("nodischarge.csv");
    Files.writeString(f, "病案号,入院时间\nA1,2024-05-01\n");
    FindingCollector fc = new FindingCollector();
    FirstPageStatistics.compute(List.of(f), FirstPageStatsOptions.of(ReportMonths.parse(List.of("2024-05")),
        ReadOptions.defaults().withProblems(fc)));
    List<Finding> missing = fc.findings().stream().filter(x -> x.ruleId().equals("STATS-COLUMN-MISSING")).toList();
    assertEquals(1, missing.size());
    assertEquals("B15", missing.get(0).field());
    assertEquals(Severity.ERROR, missing.get(0).severity());
  }

  /** The same discharges with plain amounts and with Excel's #,##0.00 amounts give the same cost structure. */
  @Test
  void amountsWithThousandsSeparatorsCountInTheCostStructure() throws Exception {
    FindingCollector plainFindings = new FindingCollector();
    FindingCollector groupedFindings = new FindingCollector();
    FirstPageStatsResult plain = FirstPageStatistics.compute(List.of(extract("his-gb18030-crlf.csv")),
        FirstPageStatsOptions.of(ReportMonths.parse(List.of("2024-05")), ReadOptions.defaults().withProblems(plainFindings)));
    FirstPageStatsResult grouped = FirstPageStatistics.compute(List.of(extract("excel-thousands.csv")),
        FirstPageStatsOptions.of(ReportMonths.parse(List.of("2024-05")), ReadOptions.defaults().withProblems(groupedFindings)));
    assertTrue(groupedFindings.findings().stream().noneMatch(f -> f.ruleId().equals("STATS-FP-COST")),
        groupedFindings.findings().toString());
    assertEquals(plain.costs().size(), grouped.costs().size());
    double total = 0;
    for (int i = 0; i < plain.costs().size(); i++) {
      assertEquals(plain.costs().get(i).sum(), grouped.costs().get(i).sum(), 0.005, plain.costs().get(i).id());
      total += grouped.costs().get(i).sum();
    }
    assertTrue(total > 100_000, "costs counted: " + total);
  }

  private static Path extract(String name) throws java.net.URISyntaxException {
    return Path.of(FirstPageStatisticsTest.class.getResource("/org/shutong/firstpage/extracts/" + name).toURI());
  }

  @Test
  void helpers() {
    assertEquals("I21", FirstPageStatistics.category(" i21.900 "));
    assertEquals("", FirstPageStatistics.category("-"));
    assertEquals("", FirstPageStatistics.category("21.9"));
    assertEquals(1234.5, FirstPageStatistics.number(" 1234.50 "), EPS);
    assertEquals(1234, FirstPageStatistics.number("1,234"), EPS);
    assertEquals(21841.78, FirstPageStatistics.number("２１,８４１．７８"), EPS);
    assertTrue(Double.isNaN(FirstPageStatistics.number("12,34")));
    assertTrue(Double.isNaN(FirstPageStatistics.number("100元")));
    assertTrue(Double.isNaN(FirstPageStatistics.number("-")));
    assertEquals(-3, FirstPageStatistics.number("-3"), EPS);
  }
}
