package org.shutong.examples.stats;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.shutong.i18n.Lang;
import org.shutong.io.ReadOptions;
import org.shutong.report.FindingCollector;
import org.shutong.stats.DiseaseNames;
import org.shutong.stats.FirstPageStatistics;
import org.shutong.stats.FirstPageStatsOptions;
import org.shutong.stats.FirstPageStatsResult;
import org.shutong.stats.NotifiableCatalogue;
import org.shutong.stats.NotifiableOptions;
import org.shutong.stats.NotifiableResult;
import org.shutong.stats.NotifiableTable;
import org.shutong.stats.NotifiableTabulator;
import org.shutong.stats.ReportMonths;

/**
 * Library use of {@code org.shutong.stats}: what {@code shutong stats notifiable} and {@code shutong
 * stats firstpage} do, in code — a statistician's two monthly tables, the 法定传染病报告发病、死亡统计表
 * from a 传染病报告卡 export and the 住院病案首页 monthly figures, each with its counting rules.
 */
public final class MonthlyStatistics {
  private MonthlyStatistics() {}

  /**
   * The notifiable disease table of {@code month} from case-card files.
   *
   * @param names a {@code --names} file extending the report-card name mapping, or {@code null}
   * @param findings where the findings about the cards go (duplicates, unknown names, …)
   */
  public static NotifiableResult notifiable(List<Path> cards, YearMonth month, Path names, FindingCollector findings) {
    ReadOptions read = ReadOptions.defaults().withLang(Lang.ZH).withProblems(findings);
    NotifiableOptions options = NotifiableOptions.of(ReportMonths.of(month)).withRead(read);
    if (names != null) {
      options = options.withNames(DiseaseNames.bundled(NotifiableCatalogue.bundled()).withUserFile(names, read, findings));
    }
    return NotifiableTabulator.tabulate(cards, options);
  }

  /** The first-page monthly statistics of {@code month} (出院人数, 平均住院日, 手术占比, 次均费用 …). */
  public static FirstPageStatsResult firstPage(List<Path> files, YearMonth month, FindingCollector findings) {
    ReadOptions read = ReadOptions.defaults().withLang(Lang.ZH).withProblems(findings);
    return FirstPageStatistics.compute(files, FirstPageStatsOptions.of(ReportMonths.of(month), read));
  }

  /** Prints the May 2024 notifiable table and first-page figures of the example files. */
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples");
    YearMonth may = YearMonth.of(2024, 5);
    NotifiableResult n = notifiable(List.of(dir.resolve("stats/传染病报告卡-2024-05.csv")), may,
        dir.resolve("stats/病种对照.csv"), new FindingCollector());
    NotifiableTable t = n.table();
    for (NotifiableTable.Row r : t.rows()) {
      if (r.cases() > 0 || r.deaths() > 0) {
        System.out.printf("%s%s%s %d %d%n", "  ".repeat(r.level()), r.label(), r.marker(), r.cases(), r.deaths());
      }
    }
    System.out.printf("cards: %d read, %d counted%n", n.counts().records(), n.counts().counted());
    FirstPageStatsResult f = firstPage(List.of(dir.resolve("firstpage/discharges-2024-05.csv")), may, new FindingCollector());
    for (FirstPageStatsResult.Figure fig : f.reportFigures()) {
      if (fig.value() == null) {
        System.out.printf("%s: — (no denominator)%n", fig.label());
      } else {
        double v = "%".equals(fig.unit()) ? fig.value() * 100 : fig.value();   // ratios are fractions
        System.out.printf("%s: %.2f %s%n", fig.label(), v, fig.unit());
      }
    }
  }
}
