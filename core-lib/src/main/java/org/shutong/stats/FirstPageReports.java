package org.shutong.stats;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.report.FindingCollector;
import org.shutong.report.InputSummary;
import org.shutong.report.Report;
import org.shutong.report.ReportTable;

/**
 * Turns a {@link FirstPageStatsResult} into the command's outputs: a {@link StatsDocument} (overview
 * with every figure's definition, departments, top principal diagnoses, cost structure, 离院方式, the
 * months compared, records not counted; charts) and a {@link Report} whose {@code figures} key carries
 * each figure with its definition for scripts.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FirstPageReports {
  /** The command name in reports. */
  public static final String COMMAND = "stats firstpage";

  private FirstPageReports() {}

  private static Messages messages(Lang lang) {
    return Messages.of("org.shutong.stats.messages", lang);
  }

  /** A figure's value as shown: shares as percentages (12.34 for 12.34 %). */
  static Object shown(FirstPageStatsResult.Figure f) {
    if (f.value() == null) {
      return null;
    }
    if (FirstPageStatistics.isShare(f.unit())) {
      return Math.round(f.value() * 1_000_000) / 10_000.0;
    }
    double v = f.value();
    return v == Math.rint(v) && !f.id().equals("alos") && !f.id().startsWith("cost") ? (Object) (long) v : (Object) v;
  }

  private static Object count(Double d) {
    return d == null ? null : d == Math.rint(d) ? (Object) d.longValue() : (Object) d;
  }

  /** The document of the statistics. */
  public static StatsDocument document(FirstPageStatsResult r, Lang lang) {
    Messages m = messages(lang);
    boolean en = lang == Lang.EN;
    YearMonth month = r.month();
    String title = m.get("fs.title", month.getYear(), month.getMonthValue());
    List<StatsTable> tables = new ArrayList<>();
    List<StatsChart> charts = new ArrayList<>();
    List<StatsTable.Line> lines = new ArrayList<>();
    for (FirstPageStatsResult.Figure f : r.reportFigures()) {
      lines.add(StatsTable.Line.of(en ? f.labelEn() : f.label(), shown(f), unit(f.unit(), m),
          count(f.numerator()), count(f.denominator()), en ? f.definitionEn() : f.definition(), f.source()));
    }
    tables.add(new StatsTable("figures", m.get("fs.overview"), List.of(
        col(m.get("fs.figure")), dec(m.get("fs.value")), col(m.get("fs.unit")), dec(m.get("fs.numerator")),
        dec(m.get("fs.denominator")), col(m.get("fs.definition")), col(m.get("fs.source"))), lines,
        List.of(m.get("fs.sourcesNote"))));
    if (r.figures().size() > 1) {
      List<StatsTable.Column> cols = new ArrayList<>();
      cols.add(col(m.get("fs.figure")));
      cols.add(col(m.get("fs.unit")));
      for (YearMonth ym : r.months().months()) {
        cols.add(dec(ym.toString()));
      }
      List<StatsTable.Line> ls = new ArrayList<>();
      List<FirstPageStatsResult.Figure> defs = r.reportFigures();
      for (int i = 0; i < defs.size(); i++) {
        List<Object> cells = new ArrayList<>();
        cells.add(en ? defs.get(i).labelEn() : defs.get(i).label());
        cells.add(unit(defs.get(i).unit(), m));
        for (List<FirstPageStatsResult.Figure> fs : r.figures()) {
          cells.add(shown(fs.get(i)));
        }
        ls.add(new StatsTable.Line(StatsTable.Style.NORMAL, 0, cells));
      }
      tables.add(new StatsTable("months", m.get("fs.months"), cols, ls, List.of(m.get("fs.monthsNote"))));
      List<String> cats = r.months().months().stream().map(YearMonth::toString).toList();
      charts.add(trend("trend-discharges", m.get("fs.chartDischarges"), cats, r, List.of("discharges", "dayCases"), en,
          StatsTable.Type.INTEGER));
      charts.add(trend("trend-alos", m.get("fs.chartAlos"), cats, r, List.of("alos"), en, StatsTable.Type.DECIMAL));
      charts.add(trend("trend-rates", m.get("fs.chartRates"), cats, r,
          List.of("mortality", "surgeryRate", "dayCaseShare", "drugShare"), en, StatsTable.Type.PERCENT));
    }
    tables.add(departments(r, m));
    tables.add(diagnoses(r, m));
    tables.add(costs(r, m, en));
    tables.add(modes(r, m));
    tables.add(exclusions(r, m));
    List<String> topCats = new ArrayList<>();
    List<Double> topVals = new ArrayList<>();
    for (FirstPageStatsResult.DiagnosisGroup g : r.diagnoses()) {
      if (g.rank() > 0) {
        topCats.add(g.category() + " " + g.name());
        topVals.add((double) g.discharges());
      }
    }
    if (!topCats.isEmpty()) {
      charts.add(new StatsChart("top-diagnoses", m.get("fs.top", topCats.size()), StatsChart.Kind.BAR,
          StatsTable.Type.INTEGER, topCats, List.of(new StatsChart.Series(m.get("fs.discharges"), topVals))));
    }
    FirstPageStatsResult.Figure n = r.figure("discharges");
    String sub = m.get("fs.subtitle", month, n.value() == null ? 0 : n.value().longValue(),
        r.figure("excluded").value() == null ? 0 : r.figure("excluded").value().longValue());
    return new StatsDocument(title, sub, tables, charts);
  }

  private static StatsChart trend(String id, String title, List<String> cats, FirstPageStatsResult r, List<String> ids,
      boolean en, StatsTable.Type type) {
    List<StatsChart.Series> series = new ArrayList<>();
    for (String fid : ids) {
      List<Double> vs = new ArrayList<>();
      String label = fid;
      for (List<FirstPageStatsResult.Figure> fs : r.figures()) {
        for (FirstPageStatsResult.Figure f : fs) {
          if (f.id().equals(fid)) {
            vs.add(f.value());
            label = en ? f.labelEn() : f.label();
          }
        }
      }
      series.add(new StatsChart.Series(label, vs));
    }
    return new StatsChart(id, title, StatsChart.Kind.LINE, type, cats, series);
  }

  private static StatsTable.Column col(String t) {
    return new StatsTable.Column(t, StatsTable.Type.TEXT);
  }

  private static StatsTable.Column dec(String t) {
    return new StatsTable.Column(t, StatsTable.Type.DECIMAL);
  }

  private static StatsTable.Column integer(String t) {
    return new StatsTable.Column(t, StatsTable.Type.INTEGER);
  }

  private static StatsTable.Column pct(String t) {
    return new StatsTable.Column(t, StatsTable.Type.PERCENT);
  }

  private static String unit(String u, Messages m) {
    return m.has("fs.unit." + u) ? m.get("fs.unit." + u) : u;
  }

  private static Double div(double a, double b) {
    return b > 0 ? a / b : null;
  }

  private static Double div(long a, long b) {
    return div((double) a, (double) b);
  }

  private static Double div(double a, long b) {
    return div(a, (double) b);
  }

  private static Double div(long a, double b) {
    return div((double) a, b);
  }

  private static StatsTable departments(FirstPageStatsResult r, Messages m) {
    List<StatsTable.Line> ls = new ArrayList<>();
    for (FirstPageStatsResult.Department d : r.departments()) {
      ls.add(StatsTable.Line.of(d.code().isEmpty() ? m.get("fs.unknown") : d.code(), d.name(), d.discharges(),
          div(d.bedDays(), d.discharges()), d.deaths(), div(d.deaths(), d.discharges()), d.surgery(),
          div(d.surgery(), d.discharges()), d.dayCases(), div(d.costSum(), d.costCount())));
    }
    ls.add(new StatsTable.Line(StatsTable.Style.TOTAL, 0, Arrays.asList(m.get("fs.total"), "",
        shownLong(r.figure("discharges")), r.figure("alos").value(), shownLong(r.figure("deaths")),
        r.figure("mortality").value(), shownLong(r.figure("surgeryPatients")), r.figure("surgeryRate").value(),
        shownLong(r.figure("dayCases")), r.figure("costMean").value())));
    return new StatsTable("departments", m.get("fs.departments"), List.of(col(m.get("fs.deptCode")),
        col(m.get("fs.deptName")), integer(m.get("fs.discharges")), dec(m.get("fs.alos")), integer(m.get("fs.deaths")),
        pct(m.get("fs.mortality")), integer(m.get("fs.surgery")), pct(m.get("fs.surgeryRate")),
        integer(m.get("fs.dayCases")), dec(m.get("fs.costMean"))), ls, List.of(m.get("fs.deptNote")));
  }

  private static Long shownLong(FirstPageStatsResult.Figure f) {
    return f.value() == null ? null : f.value().longValue();
  }

  private static StatsTable diagnoses(FirstPageStatsResult r, Messages m) {
    List<StatsTable.Line> ls = new ArrayList<>();
    double n = r.figure("discharges").value() == null ? 0 : r.figure("discharges").value();
    for (FirstPageStatsResult.DiagnosisGroup g : r.diagnoses()) {
      ls.add(StatsTable.Line.of(g.rank() == 0 ? null : (Object) (long) g.rank(),
          g.category().isEmpty() ? m.get("fs.noCategory") : g.category(), g.name(), g.discharges(),
          div(g.discharges(), n), g.deaths(), div(g.bedDays(), g.discharges())));
    }
    return new StatsTable("diagnoses", m.get("fs.topTitle", r.diagnoses().stream().filter(g -> g.rank() > 0).count()),
        List.of(integer(m.get("fs.rank")), col(m.get("fs.category")), col(m.get("fs.categoryName")),
            integer(m.get("fs.discharges")), pct(m.get("fs.shareOfDischarges")), integer(m.get("fs.deaths")),
            dec(m.get("fs.alos"))), ls, List.of(m.get("fs.topNote", r.diagnosisCategories())));
  }

  private static StatsTable costs(FirstPageStatsResult r, Messages m, boolean en) {
    FirstPageStatsResult.Figure mean = r.figure("costMean");
    double total = mean.numerator() == null ? 0 : mean.numerator();
    double count = mean.denominator() == null ? 0 : mean.denominator();
    List<StatsTable.Line> ls = new ArrayList<>();
    double classes = 0;
    for (FirstPageStatsResult.CostClass c : r.costs()) {
      classes += c.sum();
      ls.add(StatsTable.Line.of(en ? c.labelEn() : c.label(), String.join("、", c.fields()), c.sum(), div(c.sum(), total),
          div(c.sum(), count)));
    }
    ls.add(new StatsTable.Line(StatsTable.Style.SUBTOTAL, 0, Arrays.asList(m.get("fs.classesTotal"), "", classes,
        div(classes, total), div(classes, count))));
    ls.add(new StatsTable.Line(StatsTable.Style.TOTAL, 0, Arrays.asList(m.get("fs.costTotal"), "D01", total,
        total > 0 ? 1.0 : null, div(total, count))));
    return new StatsTable("costs", m.get("fs.costs"), List.of(col(m.get("fs.costClass")), col(m.get("fs.fields")),
        dec(m.get("fs.amount")), pct(m.get("fs.shareOfTotal")), dec(m.get("fs.perDischarge"))), ls,
        List.of(m.get("fs.costNote", (long) count)));
  }

  private static StatsTable modes(FirstPageStatsResult r, Messages m) {
    long n = 0;
    for (FirstPageStatsResult.Share s : r.dischargeModes()) {
      n += s.count();
    }
    List<StatsTable.Line> ls = new ArrayList<>();
    for (FirstPageStatsResult.Share s : r.dischargeModes()) {
      ls.add(StatsTable.Line.of(s.code().isEmpty() ? m.get("fs.unknown") : s.code(),
          s.name().isEmpty() && !s.code().isEmpty() ? m.get("fs.notInDomain") : s.name(), s.count(),
          div(s.count(), n)));
    }
    ls.add(new StatsTable.Line(StatsTable.Style.TOTAL, 0, Arrays.asList(m.get("fs.total"), "", n, n > 0 ? 1.0 : null)));
    return new StatsTable("modes", m.get("fs.modes"), List.of(col(m.get("fs.code")), col(m.get("fs.name")),
        integer(m.get("fs.discharges")), pct(m.get("fs.share"))), ls, List.of(m.get("fs.modesNote")));
  }

  private static StatsTable exclusions(FirstPageStatsResult r, Messages m) {
    List<StatsTable.Line> ls = new ArrayList<>();
    for (FirstPageStatsResult.Exclusion e : r.exclusions()) {
      ls.add(StatsTable.Line.of(e.ruleId(), e.message(), e.records()));
    }
    ls.add(StatsTable.Line.of("STATS-FP-DISCHARGE", m.get("fs.unplaceable"), r.unplaceable()));
    ls.add(StatsTable.Line.of("STATS-OUTSIDE-MONTH", m.get("fs.outside"), r.outsideMonths()));
    return new StatsTable("excluded", m.get("fs.excluded"), List.of(col(m.get("fs.rule")), col(m.get("fs.reason")),
        integer(m.get("fs.records"))), ls, List.of(m.get("fs.excludedNote")));
  }

  /** The report: CONVENTIONS keys plus {@code figures} (with definitions) and the breakdowns. */
  public static Report report(FirstPageStatsResult r, FindingCollector findings, Lang lang) {
    Messages m = messages(lang);
    boolean en = lang == Lang.EN;
    Report.Builder b = Report.builder(COMMAND);
    for (InputSummary in : r.inputs()) {
      b.input(in);
    }
    NotifiableReports.rules(b, List.of("STATS-COLUMN-MISSING", "STATS-COLUMN-DUPLICATE", "STATS-FP-DISCHARGE",
        "STATS-OUTSIDE-MONTH", "STATS-FP-EXCLUDED", "STATS-FP-COST", "STATS-NO-RECORDS"), m);
    b.extra("month", r.month().toString());
    b.extra("figures", r.reportFigures());
    if (r.figures().size() > 1) {
      List<Map<String, Object>> months = new ArrayList<>();
      for (int i = 0; i < r.figures().size(); i++) {
        Map<String, Object> mm = new LinkedHashMap<>();
        mm.put("month", r.months().months().get(i).toString());
        Map<String, Object> values = new LinkedHashMap<>();
        for (FirstPageStatsResult.Figure f : r.figures().get(i)) {
          values.put(f.id(), f.value());
        }
        mm.put("figures", values);
        months.add(mm);
      }
      b.extra("months", months);
    }
    b.extra("departments", r.departments());
    b.extra("topDiagnoses", r.diagnoses());
    b.extra("costStructure", r.costs());
    b.extra("dischargeModes", r.dischargeModes());
    b.extra("excluded", r.exclusions());
    List<List<Object>> rows = new ArrayList<>();
    for (FirstPageStatsResult.Figure f : r.reportFigures()) {
      Object v = shown(f);
      rows.add(List.of(en ? f.labelEn() : f.label(), v == null ? "-" : v, unit(f.unit(), m)));
    }
    b.table(new ReportTable("figures", m.get("fs.title", r.month().getYear(), r.month().getMonthValue()),
        List.of(m.get("fs.figure"), m.get("fs.value"), m.get("fs.unit")), rows, m.get("fs.textNote")));
    StatsTable d = departments(r, m);
    List<List<Object>> drows = new ArrayList<>();
    for (StatsTable.Line l : d.lines()) {
      List<Object> cells = new ArrayList<>();
      for (int i = 0; i < l.cells().size(); i++) {
        Object v = l.cells().get(i);
        cells.add(v instanceof Number n
            ? HtmlStatsWriter.format(n.doubleValue(), HtmlStatsWriter.effective(v, d.columns().get(i).type()))
            : v == null ? "" : v);
      }
      drows.add(cells);
    }
    b.table(new ReportTable("departments", d.title(), d.columnTitles(), drows, null));
    return b.build(findings);
  }
}
