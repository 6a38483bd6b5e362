package org.shutong.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.io.ReadOptions;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;
import org.shutong.report.Severity;

/**
 * Generates a case-card extract with known counts (and every kind of card that must not be counted)
 * and checks that the tabulation reproduces the counts exactly. The expected figures come from the
 * generator's own bookkeeping, row by row of the published November 2022 layout.
 */
class NotifiableTabulatorTest {
  /** Label (as our table prints it), class, and the names a card may carry for it. */
  record Spec(String label, String cls, List<String> names) {}

  static final List<Spec> SPECS = List.of(
      new Spec("鼠疫", "甲", List.of("鼠疫")),
      new Spec("霍乱", "甲", List.of("霍乱")),
      new Spec("传染性非典型肺炎", "乙", List.of("传染性非典型肺炎")),
      new Spec("艾滋病", "乙", List.of("艾滋病", "艾滋病病人")),
      new Spec("甲型肝炎", "乙", List.of("甲型肝炎", "甲肝")),
      new Spec("乙型肝炎", "乙", List.of("乙型肝炎", "乙肝")),
      new Spec("丙型肝炎", "乙", List.of("丙肝")),
      new Spec("丁型肝炎", "乙", List.of("丁肝")),
      new Spec("戊型肝炎", "乙", List.of("戊型肝炎")),
      new Spec("未分型肝炎", "乙", List.of("肝炎（未分型）", "未分型肝炎")),
      new Spec("脊髓灰质炎", "乙", List.of("脊髓灰质炎")),
      new Spec("人感染高致病性禽流感", "乙", List.of("人感染高致病性禽流感")),
      new Spec("麻疹", "乙", List.of("麻疹")),
      new Spec("流行性出血热", "乙", List.of("流行性出血热")),
      new Spec("狂犬病", "乙", List.of("狂犬病")),
      new Spec("流行性乙型脑炎", "乙", List.of("流行性乙型脑炎")),
      new Spec("登革热", "乙", List.of("登革热")),
      new Spec("炭疽", "乙", List.of("皮肤炭疽", "炭疽(未分型)")),
      new Spec("细菌性和阿米巴性痢疾", "乙", List.of("细菌性痢疾", "阿米巴性痢疾")),
      new Spec("肺结核", "乙", List.of("肺结核", "利福平耐药", "肺结核(病原学阳性)", "结核性胸膜炎")),
      new Spec("伤寒和副伤寒", "乙", List.of("伤寒", "副伤寒")),
      new Spec("流行性脑脊髓膜炎", "乙", List.of("流行性脑脊髓膜炎")),
      new Spec("百日咳", "乙", List.of("百日咳")),
      new Spec("白喉", "乙", List.of("白喉")),
      new Spec("新生儿破伤风", "乙", List.of("新生儿破伤风")),
      new Spec("猩红热", "乙", List.of("猩红热")),
      new Spec("布鲁氏菌病", "乙", List.of("布鲁氏菌病")),
      new Spec("淋病", "乙", List.of("淋病")),
      new Spec("梅毒", "乙", List.of("Ⅰ期梅毒", "Ⅱ期梅毒", "隐性梅毒", "胎传梅毒")),
      new Spec("钩端螺旋体病", "乙", List.of("钩端螺旋体病")),
      new Spec("血吸虫病", "乙", List.of("血吸虫病")),
      new Spec("疟疾", "乙", List.of("间日疟", "恶性疟")),
      new Spec("人感染H7N9禽流感", "乙", List.of("人感染H7N9禽流感")),
      new Spec("新型冠状病毒肺炎", "乙", List.of("新型冠状病毒肺炎", "新型冠状病毒感染")),
      new Spec("流行性感冒", "丙", List.of("流行性感冒", "甲型H1N1流感")),
      new Spec("流行性腮腺炎", "丙", List.of("流行性腮腺炎")),
      new Spec("风疹", "丙", List.of("风疹")),
      new Spec("急性出血性结膜炎", "丙", List.of("急性出血性结膜炎")),
      new Spec("麻风病", "丙", List.of("麻风病")),
      new Spec("流行性和地方性斑疹伤寒", "丙", List.of("斑疹伤寒", "流行性和地方性斑疹伤寒")),
      new Spec("黑热病", "丙", List.of("黑热病")),
      new Spec("包虫病", "丙", List.of("包虫病")),
      new Spec("丝虫病", "丙", List.of("丝虫病")),
      new Spec("其他感染性腹泻病", "丙", List.of("其他感染性腹泻病", "其它感染性腹泻病")),
      new Spec("手足口病", "丙", List.of("手足口病")));

  static final Set<String> HEPATITIS = Set.of("甲型肝炎", "乙型肝炎", "丙型肝炎", "丁型肝炎", "戊型肝炎", "未分型肝炎");
  static final List<String> REGIONS = List.of("320402", "320404001", "320411", "320106", "110101");

  @TempDir Path dir;

  /** Expected cases/deaths per label, per region, per day of November. */
  private final Map<String, long[]> expected = new LinkedHashMap<>();
  private final Map<String, Map<String, long[]>> expectedByRegion = new LinkedHashMap<>();
  private final List<CaseCardFile.Card> cards = new ArrayList<>();
  private final Map<String, Integer> injected = new LinkedHashMap<>();
  private final Random rnd = new Random(20221130);
  private int seq;
  private Path file;

  private String id() {
    return String.format("%012d", ++seq);
  }

  private static String dt(LocalDate d, int h, int m) {
    return String.format("%s %02d:%02d:%02d", d, h, m, 7);
  }

  private LocalDate novDay() {
    return LocalDate.of(2022, 11, 1 + rnd.nextInt(30));
  }

  private void expect(String label, String region, int cases, int deaths) {
    long[] e = expected.computeIfAbsent(label, k -> new long[2]);
    e[0] += cases;
    e[1] += deaths;
    long[] r = expectedByRegion.computeIfAbsent(region.substring(0, 6), k -> new LinkedHashMap<>())
        .computeIfAbsent(label, k -> new long[2]);
    r[0] += cases;
    r[1] += deaths;
  }

  private void inject(String what) {
    injected.merge(what, 1, Integer::sum);
  }

  private CaseCardFile.Card counted(Spec s, boolean dies, LocalDate review) {
    String name = s.names().get(rnd.nextInt(s.names().size()));
    String region = REGIONS.get(rnd.nextInt(REGIONS.size()));
    LocalDate onset = review.minusDays(3 + rnd.nextInt(5));
    String cls = rnd.nextBoolean() ? "确诊病例" : "临床诊断病例";
    String death = dies ? review.minusDays(1).toString() : "";
    return new CaseCardFile.Card(id(), name, cls, onset.toString(), dt(review.minusDays(1), 10, 30),
        dt(review, rnd.nextInt(24), rnd.nextInt(60)), death, region, "");
  }

  @BeforeEach
  void generate() throws IOException {
    for (Spec s : SPECS) {
      expected.put(s.label(), new long[2]);
      if (s.label().equals("艾滋病")) {
        continue;
      }
      int n = rnd.nextInt(13);
      int deaths = n == 0 ? 0 : rnd.nextInt(Math.min(n, 3) + 1);
      for (int i = 0; i < n; i++) {
        CaseCardFile.Card c = counted(s, i < deaths, novDay());
        cards.add(c);
        expect(s.label(), c.region(), 1, i < deaths ? 1 : 0);
      }
    }
    Spec aids = SPECS.get(3);
    // AIDS: cases reviewed in November; deaths are every AIDS patient's death dated in November
    for (int i = 0; i < 7; i++) {
      CaseCardFile.Card c = counted(aids, false, novDay());
      if (i < 2) {
        c = c.withDeath("2022-11-2" + i);
        expect(aids.label(), c.region(), 1, 1);
      } else if (i == 2) {
        c = c.withDeath("2022-09-15");
        expect(aids.label(), c.region(), 1, 0);
      } else {
        expect(aids.label(), c.region(), 1, 0);
      }
      cards.add(c);
    }
    for (int i = 0; i < 3; i++) {
      CaseCardFile.Card c = counted(aids, false, LocalDate.of(2019 + i, 6, 1)).withDeath("2022-11-0" + (i + 1));
      cards.add(c);
      expect(aids.label(), c.region(), 0, 1);
    }
    cards.add(counted(aids, false, LocalDate.of(2020, 6, 1)).withDeath("2022-10-31"));
    inject("aidsCumulative");
    cards.add(counted(aids, false, LocalDate.of(2018, 3, 1)));
    inject("aidsCumulative");
    // 3 of the 3 cumulative cards with a November death are also "read for the AIDS rule only"
    injected.merge("aidsCumulative", 3, Integer::sum);

    List<CaseCardFile.Card> some = new ArrayList<>(cards.subList(0, Math.min(40, cards.size())));
    Spec flu = SPECS.get(34);
    // cards that must not be counted, one kind at a time
    for (int i = 0; i < 5; i++) {
      cards.add(counted(flu, false, novDay()).withDeleted("2022-12-0" + (i + 1) + " 08:00:00"));
      inject("deleted");
    }
    for (int i = 0; i < 4; i++) {
      cards.add(some.get(i * 3));
      inject("duplicates");
    }
    cards.add(some.get(1).withDeath("2022-11-05"));
    inject("duplicates");
    cards.add(counted(flu, false, novDay()).withCaseClass("疑似病例"));
    cards.add(counted(flu, false, novDay()).withCaseClass("病原携带者"));
    injected.put("caseClassExcluded", 2);
    cards.add(counted(flu, false, novDay()).withCaseClass("待定"));
    inject("caseClassUnknown");
    cards.add(counted(flu, false, novDay()).withDisease("HIV"));
    cards.add(counted(flu, false, novDay()).withDisease("猴痘"));
    injected.put("notCountedDisease", 2);
    for (int i = 0; i < 3; i++) {
      cards.add(counted(flu, false, novDay()).withDisease("水痘"));
      inject("unknownDisease");
    }
    cards.add(counted(flu, false, LocalDate.of(2022, 10, 31)));
    cards.add(counted(flu, false, LocalDate.of(2022, 12, 1)));
    injected.put("outsideMonths", 2);
    cards.add(counted(flu, false, novDay()).withReview(""));
    inject("notReviewed");
    cards.add(counted(flu, false, novDay()).withReview("2022-11-31 10:00:00"));
    inject("invalidReview");
    // a deleted card followed by its corrected twin: the twin counts
    CaseCardFile.Card twin = counted(flu, false, novDay());
    cards.add(twin.withDeleted("2022-11-30 09:00:00"));
    inject("deleted");
    cards.add(twin);
    expect(flu.label(), twin.region(), 1, 0);
    file = dir.resolve("cards.csv");
    CaseCardFile.write(file, cards, StandardCharsets.UTF_8);
  }

  private NotifiableResult run(NotifiableOptions o, FindingCollector fc) {
    return NotifiableTabulator.tabulate(List.of(file), o.withRead(ReadOptions.defaults().withProblems(fc)));
  }

  private static NotifiableOptions nov() {
    return NotifiableOptions.of(ReportMonths.of(YearMonth.of(2022, 11)));
  }

  private void assertTableMatches(NotifiableTable t, Map<String, long[]> exp) {
    long abC = 0;
    long abD = 0;
    long cC = 0;
    long cD = 0;
    long hepC = 0;
    long hepD = 0;
    for (Spec s : SPECS) {
      long[] e = exp.getOrDefault(s.label(), new long[2]);
      NotifiableTable.Row row = t.rows().stream().filter(r -> r.label().equals(s.label())).findFirst().orElse(null);
      assertNotNull(row, s.label());
      assertEquals(e[0], row.cases(), s.label() + " cases");
      assertEquals(e[1], row.deaths(), s.label() + " deaths");
      assertEquals(s.cls(), row.diseaseClass(), s.label());
      if (HEPATITIS.contains(s.label())) {
        hepC += e[0];
        hepD += e[1];
        assertEquals(1, row.level());
      }
      if (s.cls().equals("丙")) {
        cC += e[0];
        cD += e[1];
      } else {
        abC += e[0];
        abD += e[1];
      }
    }
    NotifiableTable.Row hep = t.row("hepatitis");
    assertEquals(hepC, hep.cases());
    assertEquals(hepD, hep.deaths());
    assertEquals(NotifiableTable.Kind.SUBTOTAL, hep.kind());
    assertEquals(abC, t.row("subtotal-ab").cases());
    assertEquals(abD, t.row("subtotal-ab").deaths());
    assertEquals(cC, t.row("subtotal-c").cases());
    assertEquals(cD, t.row("subtotal-c").deaths());
    assertEquals(abC + cC, t.row("total").cases());
    assertEquals(abD + cD, t.row("total").deaths());
    assertEquals(NotifiableTable.Kind.TOTAL, t.rows().get(0).kind());
  }

  @Test
  void reproducesTheGeneratedCountsExactly() {
    FindingCollector fc = new FindingCollector();
    NotifiableResult r = run(nov(), fc);
    assertTableMatches(r.table(), expected);
    assertEquals(49, r.table().rows().size(), "the published table has 49 rows");
  }

  @Test
  void everyCardIsAccountedForByReason() {
    FindingCollector fc = new FindingCollector();
    NotifiableResult.CardCounts c = run(nov(), fc).counts();
    assertEquals(cards.size(), c.records());
    assertEquals(c.records(), c.accounted());
    assertEquals(injected.get("deleted"), (int) c.deleted());
    assertEquals(injected.get("duplicates"), (int) c.duplicates());
    assertEquals(injected.get("caseClassExcluded"), (int) c.caseClassExcluded());
    assertEquals(injected.get("caseClassUnknown"), (int) c.caseClassUnknown());
    assertEquals(injected.get("notCountedDisease"), (int) c.notCountedDisease());
    assertEquals(injected.get("unknownDisease"), (int) c.unknownDisease());
    assertEquals(injected.get("outsideMonths"), (int) c.outsideMonths());
    assertEquals(injected.get("notReviewed"), (int) c.notReviewed());
    assertEquals(injected.get("invalidReview"), (int) c.invalidReview());
    assertEquals(injected.get("aidsCumulative"), (int) c.aidsCumulative());
    assertEquals(5, c.aidsDeaths());
    long casesInTable = expected.values().stream().mapToLong(v -> v[0]).sum();
    assertEquals(casesInTable, c.counted());
  }

  @Test
  void problemsAreFindingsWithFileRecordLineAndField() {
    FindingCollector fc = new FindingCollector();
    run(nov(), fc);
    Map<String, Long> byRule = fc.findings().stream()
        .collect(Collectors.groupingBy(Finding::ruleId, LinkedHashMap::new, Collectors.counting()));
    assertEquals((long) injected.get("duplicates"), byRule.get("STATS-DUPLICATE-CARD"));
    assertEquals((long) injected.get("unknownDisease"), byRule.get("STATS-UNKNOWN-DISEASE"));
    assertEquals(2L, byRule.get("STATS-OUTSIDE-MONTH"));
    assertEquals(1L, byRule.get("STATS-NOT-REVIEWED"));
    assertEquals(1L, byRule.get("STATS-DATE-INVALID"));
    assertEquals(1L, byRule.get("STATS-CASE-CLASS-UNKNOWN"));
    assertNull(byRule.get("STATS-NO-RECORDS"));
    Finding invalid = fc.findings().stream().filter(f -> f.ruleId().equals("STATS-DATE-INVALID")).findFirst().orElseThrow();
    assertEquals(Severity.ERROR, invalid.severity());
    assertEquals("终审时间", invalid.field());
    assertEquals("2022-11-31 10:00:00", invalid.value());
    assertEquals(file.toString(), invalid.file());
    assertEquals(invalid.record() + 1, invalid.line());
    int index = (int) invalid.record() - 1;
    assertEquals("2022-11-31 10:00:00", cards.get(index).review());
    Finding unknown = fc.findings().stream().filter(f -> f.ruleId().equals("STATS-UNKNOWN-DISEASE")).findFirst().orElseThrow();
    assertEquals("水痘", unknown.value());
    assertEquals("疾病名称", unknown.field());
    List<Finding> dups = fc.findings().stream().filter(f -> f.ruleId().equals("STATS-DUPLICATE-CARD")).toList();
    assertTrue(dups.get(dups.size() - 1).message().contains("内容不同"), dups.get(dups.size() - 1).message());
    assertFalse(dups.get(0).message().contains("内容不同"), dups.get(0).message());
    assertEquals(Severity.INFO, fc.findings().stream().filter(f -> f.ruleId().equals("STATS-OUTSIDE-MONTH"))
        .findFirst().orElseThrow().severity());
  }

  @Test
  void unknownAndNotCountedNamesAreListed() {
    NotifiableResult r = run(nov(), new FindingCollector());
    assertEquals(Map.of("水痘", 3L), r.unknownNames());
    assertEquals(Map.of("HIV", 1L, "猴痘", 1L), r.notCountedNames());
    assertEquals(1L, r.caseClasses().get("疑似病例"));
  }

  @Test
  void restrictingToACityCountsOnlyItsCards() {
    FindingCollector fc = new FindingCollector();
    NotifiableResult r = run(nov().withRegion("320400"), fc);
    Map<String, long[]> exp = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, long[]>> e : expectedByRegion.entrySet()) {
      if (e.getKey().startsWith("3204")) {
        e.getValue().forEach((label, v) -> {
          long[] a = exp.computeIfAbsent(label, k -> new long[2]);
          a[0] += v[0];
          a[1] += v[1];
        });
      }
    }
    assertTableMatches(r.table(), exp);
    assertTrue(r.counts().outsideRegion() > 0);
    assertEquals(r.counts().records(), r.counts().accounted());
  }

  @Test
  void breakdownByCountyAndByCityAddUpToTheTable() {
    NotifiableResult r = run(nov().withByRegion(org.shutong.codesets.RegionLevel.COUNTY), new FindingCollector());
    assertEquals(List.of("110101", "320106", "320402", "320404", "320411"),
        r.byRegion().stream().map(NotifiableResult.Breakdown::key).toList());
    for (NotifiableResult.Breakdown b : r.byRegion()) {
      assertTableMatches(b.table(), expectedByRegion.get(b.key()));
    }
    NotifiableResult byCity = run(nov().withByRegion(org.shutong.codesets.RegionLevel.CITY), new FindingCollector());
    // districts of Beijing have no city level in GB/T 2260's table: grouped by city they fall under 北京市
    assertEquals(List.of("110000", "320100", "320400"), byCity.byRegion().stream().map(NotifiableResult.Breakdown::key).toList());
    assertEquals("320400 常州市", byCity.byRegion().get(2).label());
    long sum = byCity.byRegion().stream().mapToLong(b -> b.table().row("total").cases()).sum();
    assertEquals(byCity.table().row("total").cases(), sum);
    long deaths = byCity.byRegion().stream().mapToLong(b -> b.table().row("total").deaths()).sum();
    assertEquals(byCity.table().row("total").deaths(), deaths);
  }

  @Test
  void aRegionCodeMissingFromTheTableIsPlacedByStructureAndReportedOnce() throws IOException {
    List<CaseCardFile.Card> more = new ArrayList<>(cards);
    more.add(counted(SPECS.get(34), false, novDay()).withRegion("320499"));
    more.add(counted(SPECS.get(34), false, novDay()).withRegion("320499"));
    more.add(counted(SPECS.get(34), false, novDay()).withRegion("32049"));
    CaseCardFile.write(file, more, StandardCharsets.UTF_8);
    FindingCollector fc = new FindingCollector();
    NotifiableResult r = run(nov().withRegion("320400"), fc);
    List<Finding> unknown = fc.findings().stream().filter(f -> f.ruleId().equals("STATS-REGION-UNKNOWN")).toList();
    assertEquals(1, unknown.size());
    assertEquals("320499", unknown.get(0).value());
    List<Finding> invalid = fc.findings().stream().filter(f -> f.ruleId().equals("STATS-REGION-INVALID")).toList();
    assertEquals(1, invalid.size());
    assertEquals(Severity.ERROR, invalid.get(0).severity());
    long cityFlu = expectedByRegion.entrySet().stream().filter(e -> e.getKey().startsWith("3204"))
        .mapToLong(e -> e.getValue().getOrDefault("流行性感冒", new long[2])[0]).sum();
    assertEquals(cityFlu + 2, r.table().row("influenza").cases());
  }

  @Test
  void breakdownByIsoWeekCoversTheMonth() {
    NotifiableResult r = run(nov().withByWeek(true), new FindingCollector());
    List<String> keys = r.byWeek().stream().map(NotifiableResult.Breakdown::key).toList();
    assertTrue(List.of("2022-W44", "2022-W45", "2022-W46", "2022-W47", "2022-W48").containsAll(keys), keys.toString());
    assertEquals("2022-W44 (11-01~11-06)", r.byWeek().get(0).label());
    long sum = r.byWeek().stream().mapToLong(b -> b.table().row("total").cases()).sum();
    assertEquals(r.table().row("total").cases(), sum);
    long deaths = r.byWeek().stream().mapToLong(b -> b.table().row("total").deaths()).sum();
    assertEquals(r.table().row("total").deaths(), deaths);
  }

  @Test
  void severalMonthsGiveATablePerMonth() {
    NotifiableResult r = run(NotifiableOptions.of(ReportMonths.parse(List.of("2022-10..2022-12"))), new FindingCollector());
    assertEquals(3, r.tables().size());
    assertEquals(1, r.tables().get(0).row("influenza").cases());
    assertEquals(1, r.tables().get(2).row("influenza").cases());
    // the AIDS death of 2022-10-31 counts in October
    assertEquals(1, r.tables().get(0).row("aids").deaths());
    assertEquals(YearMonth.of(2022, 12), r.table().month());
    assertEquals("新型冠状病毒感染", r.table().row("covid19").label());
  }

  @Test
  void excludingCovidRemovesItFromTheTotals() {
    NotifiableResult all = run(nov(), new FindingCollector());
    NotifiableResult without = run(nov().withExclude(Set.of("covid19")), new FindingCollector());
    assertNull(without.table().row("covid19"));
    assertEquals(all.table().row("total").cases() - expected.get("新型冠状病毒肺炎")[0],
        without.table().row("total").cases());
    assertEquals(List.of("新型冠状病毒肺炎"), without.table().excluded());
  }

  @Test
  void countingSuspectedCasesOnRequest() {
    NotifiableCatalogue cat = NotifiableCatalogue.bundled().withCountedCaseClasses(
        List.of("确诊病例", "临床诊断病例", "疑似病例"));
    NotifiableResult r = run(nov().withCatalogue(cat).withNames(DiseaseNames.bundled(cat)), new FindingCollector());
    assertEquals(expected.get("流行性感冒")[0] + 1, r.table().row("influenza").cases());
  }

  @Test
  void aMonthWithNoRecordsIsAFinding() {
    FindingCollector fc = new FindingCollector();
    NotifiableResult r = run(NotifiableOptions.of(ReportMonths.of(YearMonth.of(2021, 3))), fc);
    assertEquals(0, r.table().row("total").cases());
    assertTrue(fc.findings().stream().anyMatch(f -> f.ruleId().equals("STATS-NO-RECORDS") && f.severity() == Severity.WARNING));
  }

  @Test
  void monthsOutsideTheCatalogueAreFlagged() {
    FindingCollector fc = new FindingCollector();
    run(NotifiableOptions.of(ReportMonths.of(YearMonth.of(2012, 3))), fc);
    assertTrue(fc.findings().stream().anyMatch(f -> f.ruleId().equals("STATS-CATALOGUE-RANGE") && f.severity() == Severity.ERROR));
    FindingCollector later = new FindingCollector();
    run(NotifiableOptions.of(ReportMonths.of(YearMonth.of(2025, 10))), later);
    assertTrue(later.findings().stream().anyMatch(f -> f.ruleId().equals("STATS-CATALOGUE-RANGE") && f.severity() == Severity.WARNING));
  }

  @Test
  void otherHeadersThroughColumnsAndGb18030() throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8)
        .replaceFirst("终审时间", "审核时间").replaceFirst("疾病名称", "病种名称");
    Path gb = dir.resolve("gb.csv");
    Files.write(gb, text.getBytes(Charset.forName("GB18030")));
    FindingCollector fc = new FindingCollector();
    NotifiableResult r = NotifiableTabulator.tabulate(List.of(gb), nov()
        .withColumns(Map.of("终审时间", "审核时间", "disease", "病种名称"))
        .withRead(ReadOptions.defaults().withProblems(fc)));
    assertTableMatches(r.table(), expected);
    assertEquals("GB18030", r.inputs().get(0).encoding());
  }

  @Test
  void anXlsxExportGivesTheSameTable() {
    Path xlsx = dir.resolve("cards.xlsx");
    try (org.shutong.io.TableWriter w = org.shutong.io.TableWriters.open(xlsx, org.shutong.io.WriteOptions.defaults())) {
      w.writeHeader(List.of(CaseCardFile.HEADER.split(",", -1)));
      for (CaseCardFile.Card c : cards) {
        w.writeRow(c.values());
      }
      w.commit();
    }
    FindingCollector fc = new FindingCollector();
    NotifiableResult r = NotifiableTabulator.tabulate(List.of(xlsx), nov().withRead(ReadOptions.defaults().withProblems(fc)));
    assertTableMatches(r.table(), expected);
    assertEquals(cards.size(), r.counts().records());
  }

  @Test
  void aFileWithoutTheDiseaseColumnIsOneErrorAndNothingCounted() throws IOException {
    Path f = dir.resolve("nodisease.csv");
    Files.writeString(f, "卡片ID,终审时间\n1,2022-11-03\n2,2022-11-04\n", StandardCharsets.UTF_8);
    FindingCollector fc = new FindingCollector();
    NotifiableResult r = NotifiableTabulator.tabulate(List.of(f), nov().withRead(ReadOptions.defaults().withProblems(fc)));
    List<Finding> missing = fc.findings().stream().filter(x -> x.ruleId().equals("STATS-COLUMN-MISSING")).toList();
    assertEquals(1, missing.size());
    assertEquals("疾病名称", missing.get(0).field());
    assertEquals(Severity.ERROR, missing.get(0).severity());
    assertEquals(2, r.counts().unusable());
    assertEquals(r.counts().records(), r.counts().accounted());
  }

  @Test
  void duplicatesAcrossFilesAreCountedOnce() throws IOException {
    Path second = dir.resolve("again.csv");
    CaseCardFile.write(second, cards.subList(0, 10), StandardCharsets.UTF_8);
    FindingCollector fc = new FindingCollector();
    NotifiableResult r = NotifiableTabulator.tabulate(List.of(file, second), nov().withRead(ReadOptions.defaults().withProblems(fc)));
    assertTableMatches(r.table(), expected);
    Finding d = fc.findings().stream().filter(f -> f.ruleId().equals("STATS-DUPLICATE-CARD") && f.file().equals(second.toString()))
        .findFirst().orElseThrow();
    assertTrue(d.message().contains(file.toString()), d.message());
  }
}
