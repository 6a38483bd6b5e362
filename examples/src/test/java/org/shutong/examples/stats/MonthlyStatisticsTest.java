package org.shutong.examples.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shutong.io.ReadOptions;
import org.shutong.io.Row;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;
import org.shutong.stats.FirstPageStatsResult;
import org.shutong.stats.NotifiableResult;
import org.shutong.stats.NotifiableTable;

/** The example case cards and first pages give the tables docs/stats.md describes. */
class MonthlyStatisticsTest {
  private static final Path CARDS = Path.of("stats", "传染病报告卡-2024-05.csv");
  private static final Path NAMES = Path.of("stats", "病种对照.csv");
  private static final YearMonth MAY = YearMonth.of(2024, 5);

  @Test
  void eachCardIsCountedOrLeftOutByANamedRule() {
    FindingCollector findings = new FindingCollector();
    NotifiableResult r = MonthlyStatistics.notifiable(List.of(CARDS), MAY, NAMES, findings);
    NotifiableResult.CardCounts c = r.counts();
    assertEquals(147, c.records());
    assertEquals(c.records(), c.accounted());
    assertEquals(1, c.duplicates());
    assertEquals(1, c.deleted());
    assertEquals(1, c.notReviewed());
    assertEquals(1, c.outsideMonths());
    assertEquals(1, c.caseClassExcluded());
    assertEquals(1, c.aidsCumulative());
    assertEquals(Map.of("水痘", 4L, "HIV", 1L), r.notCountedNames());
    assertTrue(r.unknownNames().isEmpty());
    Set<String> rules = findings.findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
    assertEquals(Set.of("STATS-DUPLICATE-CARD", "STATS-NOT-REVIEWED", "STATS-OUTSIDE-MONTH"), rules);
  }

  @Test
  void withoutTheNamesFileTheUnknownDiseaseIsReported() {
    FindingCollector findings = new FindingCollector();
    NotifiableResult r = MonthlyStatistics.notifiable(List.of(CARDS), MAY, null, findings);
    assertEquals(Map.of("水痘", 4L), r.unknownNames());
    assertEquals(4, findings.findings().stream().filter(f -> f.ruleId().equals("STATS-UNKNOWN-DISEASE")).count());
  }

  @Test
  void theTableAddsUpAndFollowsItsFootnotes() {
    NotifiableTable t = MonthlyStatistics.notifiable(List.of(CARDS), MAY, NAMES, new FindingCollector()).table();
    assertEquals(countCards("乙型肝炎"), t.row("hepatitis_b").cases());
    long hepatitis = 0;
    for (String type : List.of("hepatitis_a", "hepatitis_b", "hepatitis_c", "hepatitis_d", "hepatitis_e",
        "hepatitis_unspecified")) {
      hepatitis += t.row(type).cases();
    }
    assertEquals(hepatitis, t.row("hepatitis").cases());
    // footnote *: the AIDS card of 2019 whose patient died in May is an AIDS death of May
    assertEquals(1, t.row("aids").deaths());
    assertEquals(countCards("艾滋病"), t.row("aids").cases());
    // 甲乙丙类总计: every disease row, hepatitis by its six types (its own row is their sum)
    long total = t.rows().stream().filter(r -> r.kind() == NotifiableTable.Kind.DISEASE)
        .mapToLong(NotifiableTable.Row::cases).sum();
    assertEquals(total, t.rows().get(0).cases());
  }

  @Test
  void firstPageFiguresAreConsistentWithTheFile() {
    FirstPageStatsResult r = MonthlyStatistics.firstPage(List.of(Path.of("firstpage", "discharges-2024-05.csv")), MAY,
        new FindingCollector());
    long inMay = 0;
    try (TableReader in = TableReaders.open(Path.of("firstpage", "discharges-2024-05.csv"), ReadOptions.defaults())) {
      int b15 = in.header().indexOf("B15");
      while (in.hasNext()) {
        inMay += in.next().get(b15).startsWith("2024-05") ? 1 : 0;
      }
    }
    double discharges = r.figure("discharges").value();
    assertEquals(inMay - r.exclusions().stream().mapToLong(FirstPageStatsResult.Exclusion::records).sum(), (long) discharges);
    assertEquals(r.figure("bedDays").value() / discharges, r.figure("alos").value(), 1e-9);
    assertEquals(r.figure("surgeryPatients").value() / discharges, r.figure("surgeryRate").value(), 1e-9);
  }

  /** Cards of {@code name} a reader of the export would count by hand: reviewed in May, not deleted, counted once. */
  private static long countCards(String name) {
    Set<String> seen = new HashSet<>();
    try (TableReader in = TableReaders.open(CARDS, ReadOptions.defaults())) {
      List<String> h = in.header();
      while (in.hasNext()) {
        Row r = in.next();
        if (r.get(h.indexOf("疾病名称")).equals(name) && r.get(h.indexOf("终审时间")).startsWith("2024-05")
            && r.get(h.indexOf("删除时间")).isEmpty() && !r.get(h.indexOf("病例分类")).equals("疑似病例")) {
          seen.add(r.get(h.indexOf("卡片ID")));
        }
      }
    }
    return seen.size();
  }
}
