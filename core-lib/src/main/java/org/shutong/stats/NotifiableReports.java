package org.shutong.stats;

import java.time.YearMonth;
import java.util.ArrayList;
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
 * Turns a {@link NotifiableResult} (or a {@link TableVerifier.Result}) into what the command
 * outputs: a {@link StatsDocument} in the published layout for XLSX, HTML and CSV, and a
 * {@link Report} with the {@code table} key (and breakdowns, counts, footnotes) for JSON and text.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class NotifiableReports {
  /** The command name in reports. */
  public static final String COMMAND = "stats notifiable";

  /** The rules a tabulation checks (ids as in findings; titles in the messages as {@code rule.ID}). */
  static final List<String> RULES = List.of("STATS-COLUMN-MISSING", "STATS-COLUMN-DUPLICATE", "STATS-NOT-REVIEWED",
      "STATS-DATE-INVALID", "STATS-DUPLICATE-CARD", "STATS-CARD-ID-MISSING", "STATS-OUTSIDE-MONTH",
      "STATS-UNKNOWN-DISEASE", "STATS-CASE-CLASS-UNKNOWN", "STATS-REGION-INVALID", "STATS-REGION-UNKNOWN",
      "STATS-DATE-ORDER", "STATS-NO-RECORDS", "STATS-CATALOGUE-RANGE", "STATS-NAMES-COLUMNS", "STATS-NAMES-ROW");

  /** The rules a verification checks. */
  static final List<String> VERIFY_RULES = List.of("STATS-VERIFY-COLUMNS", "STATS-VERIFY-ROW", "STATS-VERIFY-NUMBER",
      "STATS-VERIFY-GROUP", "STATS-VERIFY-SUBTOTAL", "STATS-VERIFY-TOTAL");

  static void rules(Report.Builder b, List<String> ids, Messages m) {
    for (String id : ids) {
      b.rule(id, m.get("rule." + id));
    }
  }

  private NotifiableReports() {}

  private static Messages messages(Lang lang) {
    return Messages.of("org.shutong.stats.messages", lang);
  }

  /** The title of a month's table, e.g. 2022年11月法定传染病报告发病、死亡统计表. */
  static String title(YearMonth month, String region, NotifiableTable t, Lang lang) {
    Messages m = messages(lang);
    String s = m.get("nt.title", month.getYear(), month.getMonthValue());
    if (region != null) {
      s += m.get("nt.region", region);
    }
    return t.excluded().isEmpty() ? s : s + "#";
  }

  /** The document: the report month's table first, then comparisons, breakdowns, exclusions, rules. */
  public static StatsDocument document(NotifiableResult r, String region, Lang lang) {
    Messages m = messages(lang);
    boolean en = lang == Lang.EN;
    NotifiableTable main = r.table();
    String title = title(main.month(), region, main, lang);
    List<StatsTable> tables = new ArrayList<>();
    List<StatsChart> charts = new ArrayList<>();
    List<String> notes = new ArrayList<>(main.footnoteLines(en));
    if (!main.excluded().isEmpty()) {
      notes.add(m.get("nt.excludedNote", String.join("、", main.excluded())));
    }
    if (!notes.isEmpty()) {
      notes.set(0, m.get("nt.notePrefix") + notes.get(0));
    }
    tables.add(new StatsTable("table", title, List.of(
        new StatsTable.Column(m.get("nt.disease"), StatsTable.Type.TEXT),
        new StatsTable.Column(m.get("nt.cases"), StatsTable.Type.INTEGER),
        new StatsTable.Column(m.get("nt.deaths") + main.deathsMarker(), StatsTable.Type.INTEGER)),
        lines(main, en), notes));
    if (r.tables().size() > 1) {
      tables.add(trend(r, true, m, en));
      tables.add(trend(r, false, m, en));
      List<String> cats = new ArrayList<>();
      List<Double> ab = new ArrayList<>();
      List<Double> c = new ArrayList<>();
      for (NotifiableTable t : r.tables()) {
        cats.add(t.month().toString());
        ab.add((double) t.row("subtotal-ab").cases());
        c.add((double) t.row("subtotal-c").cases());
      }
      charts.add(new StatsChart("trend", m.get("nt.trendChart"), StatsChart.Kind.LINE, StatsTable.Type.INTEGER, cats,
          List.of(new StatsChart.Series(m.get("nt.ab"), ab), new StatsChart.Series(m.get("nt.c"), c))));
    }
    if (!r.byRegion().isEmpty()) {
      tables.add(breakdown("by-region", m.get("nt.byRegion"), r.byRegion(), main, m, en));
    }
    if (!r.byWeek().isEmpty()) {
      tables.add(breakdown("by-week", m.get("nt.byWeek"), r.byWeek(), main, m, en));
    }
    tables.add(exclusions(r, m));
    if (!r.unknownNames().isEmpty() || !r.notCountedNames().isEmpty()) {
      List<StatsTable.Line> ls = new ArrayList<>();
      r.unknownNames().forEach((k, v) -> ls.add(StatsTable.Line.of(k, m.get("nt.unknownName"), v)));
      r.notCountedNames().forEach((k, v) -> ls.add(StatsTable.Line.of(k, m.get("nt.notCountedName"), v)));
      tables.add(new StatsTable("names", m.get("nt.names"), List.of(
          new StatsTable.Column(m.get("nt.name"), StatsTable.Type.TEXT),
          new StatsTable.Column(m.get("nt.status"), StatsTable.Type.TEXT),
          new StatsTable.Column(m.get("nt.cards"), StatsTable.Type.INTEGER)), ls, List.of(m.get("nt.namesNote"))));
    }
    tables.add(rules(m));
    YearMonth first = r.months().months().get(0);
    String sub = m.get("nt.subtitle", r.months().months().size() == 1 ? main.month().toString()
        : first + ".." + main.month(), r.counts().records(), r.counts().counted());
    if (main.month().atDay(1).isAfter(NotifiableCatalogue.bundled().reviewedThrough())) {
      sub += " " + m.get("nt.unreviewed");
    }
    return new StatsDocument(title, sub, tables, charts);
  }

  private static List<StatsTable.Line> lines(NotifiableTable t, boolean en) {
    List<StatsTable.Line> out = new ArrayList<>();
    for (NotifiableTable.Row row : t.rows()) {
      StatsTable.Style style = switch (row.kind()) {
        case TOTAL -> StatsTable.Style.TOTAL;
        case SUBTOTAL -> StatsTable.Style.SUBTOTAL;
        case DISEASE -> StatsTable.Style.NORMAL;
      };
      out.add(new StatsTable.Line(style, row.level(), List.of(row.label(en) + row.marker(), row.cases(), row.deaths())));
    }
    return out;
  }

  private static StatsTable trend(NotifiableResult r, boolean cases, Messages m, boolean en) {
    NotifiableTable main = r.table();
    List<StatsTable.Column> cols = new ArrayList<>();
    cols.add(new StatsTable.Column(m.get("nt.disease"), StatsTable.Type.TEXT));
    for (NotifiableTable t : r.tables()) {
      cols.add(new StatsTable.Column(t.month().toString(), StatsTable.Type.INTEGER));
    }
    List<StatsTable.Line> ls = new ArrayList<>();
    for (NotifiableTable.Row row : main.rows()) {
      List<Object> cells = new ArrayList<>();
      cells.add(row.label(en) + row.marker());
      for (NotifiableTable t : r.tables()) {
        NotifiableTable.Row x = t.row(row.id());
        cells.add(x == null ? null : cases ? x.cases() : x.deaths());
      }
      ls.add(new StatsTable.Line(style(row), row.level(), cells));
    }
    return new StatsTable(cases ? "trend-cases" : "trend-deaths", m.get(cases ? "nt.trendCases" : "nt.trendDeaths"),
        cols, ls, List.of(m.get("nt.trendNote")));
  }

  private static StatsTable.Style style(NotifiableTable.Row row) {
    return switch (row.kind()) {
      case TOTAL -> StatsTable.Style.TOTAL;
      case SUBTOTAL -> StatsTable.Style.SUBTOTAL;
      case DISEASE -> StatsTable.Style.NORMAL;
    };
  }

  private static StatsTable breakdown(String id, String title, List<NotifiableResult.Breakdown> parts,
      NotifiableTable main, Messages m, boolean en) {
    List<StatsTable.Column> cols = new ArrayList<>();
    cols.add(new StatsTable.Column(m.get("nt.disease"), StatsTable.Type.TEXT));
    for (NotifiableResult.Breakdown b : parts) {
      cols.add(new StatsTable.Column(b.label() + " " + m.get("nt.cases"), StatsTable.Type.INTEGER));
      cols.add(new StatsTable.Column(b.label() + " " + m.get("nt.deaths"), StatsTable.Type.INTEGER));
    }
    List<StatsTable.Line> ls = new ArrayList<>();
    for (NotifiableTable.Row row : main.rows()) {
      List<Object> cells = new ArrayList<>();
      cells.add(row.label(en) + row.marker());
      for (NotifiableResult.Breakdown b : parts) {
        NotifiableTable.Row x = b.table().row(row.id());
        cells.add(x == null ? null : x.cases());
        cells.add(x == null ? null : x.deaths());
      }
      ls.add(new StatsTable.Line(style(row), row.level(), cells));
    }
    return new StatsTable(id, title, cols, ls, List.of());
  }

  private static StatsTable exclusions(NotifiableResult r, Messages m) {
    NotifiableResult.CardCounts c = r.counts();
    Map<String, Long> rows = new LinkedHashMap<>();
    rows.put("nt.x.records", c.records());
    rows.put("nt.x.counted", c.counted());
    rows.put("nt.x.aidsDeaths", c.aidsDeaths());
    rows.put("nt.x.deleted", c.deleted());
    rows.put("nt.x.duplicates", c.duplicates());
    rows.put("nt.x.notReviewed", c.notReviewed());
    rows.put("nt.x.invalidReview", c.invalidReview());
    rows.put("nt.x.outsideMonths", c.outsideMonths());
    rows.put("nt.x.unknownDisease", c.unknownDisease());
    rows.put("nt.x.notCountedDisease", c.notCountedDisease());
    rows.put("nt.x.excludedDisease", c.excludedDisease());
    rows.put("nt.x.caseClassExcluded", c.caseClassExcluded());
    rows.put("nt.x.caseClassUnknown", c.caseClassUnknown());
    rows.put("nt.x.outsideRegion", c.outsideRegion());
    rows.put("nt.x.regionInvalid", c.regionInvalid());
    rows.put("nt.x.aidsCumulative", c.aidsCumulative());
    rows.put("nt.x.malformed", c.malformed());
    rows.put("nt.x.unusable", c.unusable());
    List<StatsTable.Line> ls = new ArrayList<>();
    for (Map.Entry<String, Long> e : rows.entrySet()) {
      boolean head = e.getKey().equals("nt.x.records");
      ls.add(new StatsTable.Line(head ? StatsTable.Style.TOTAL : StatsTable.Style.NORMAL, head ? 0 : 1,
          List.of(m.get(e.getKey()), e.getValue())));
    }
    List<String> notes = new ArrayList<>();
    if (!r.caseClasses().isEmpty()) {
      StringBuilder sb = new StringBuilder(m.get("nt.caseClasses"));
      r.caseClasses().forEach((k, v) -> sb.append(' ').append(k.isEmpty() ? m.get("nt.empty") : k).append(' ').append(v).append(';'));
      notes.add(sb.toString());
    }
    return new StatsTable("cards", m.get("nt.cardsTitle"), List.of(
        new StatsTable.Column(m.get("nt.reason"), StatsTable.Type.TEXT),
        new StatsTable.Column(m.get("nt.cards"), StatsTable.Type.INTEGER)), ls, notes);
  }

  private static StatsTable rules(Messages m) {
    List<StatsTable.Line> ls = new ArrayList<>();
    for (String k : List.of("review", "aids", "hepatitis", "tb", "class", "deleted", "duplicate", "names", "region", "week")) {
      ls.add(StatsTable.Line.of(m.get("nt.rule." + k), m.get("nt.rule." + k + ".source")));
    }
    return new StatsTable("rules", m.get("nt.rulesTitle"), List.of(
        new StatsTable.Column(m.get("nt.rule"), StatsTable.Type.TEXT),
        new StatsTable.Column(m.get("nt.source"), StatsTable.Type.TEXT)), ls, List.of());
  }

  /** The report for JSON and text: CONVENTIONS keys plus {@code table} and the run's details. */
  public static Report report(NotifiableResult r, String region, FindingCollector findings, Lang lang) {
    Messages m = messages(lang);
    boolean en = lang == Lang.EN;
    NotifiableTable main = r.table();
    Report.Builder b = Report.builder(COMMAND);
    for (InputSummary in : r.inputs()) {
      b.input(in);
    }
    rules(b, RULES, m);
    b.extra("month", main.month().toString());
    if (region != null) {
      b.extra("region", region);
    }
    b.extra("table", main.json());
    b.extra("footnotes", main.footnoteLines(en));
    if (r.tables().size() > 1) {
      List<Map<String, Object>> months = new ArrayList<>();
      for (NotifiableTable t : r.tables()) {
        Map<String, Object> mm = new LinkedHashMap<>();
        mm.put("month", t.month().toString());
        mm.put("table", t.json());
        months.add(mm);
      }
      b.extra("months", months);
    }
    if (!r.byRegion().isEmpty()) {
      List<Map<String, Object>> parts = new ArrayList<>();
      for (NotifiableResult.Breakdown x : r.byRegion()) {
        Map<String, Object> mm = new LinkedHashMap<>();
        mm.put("region", x.key());
        mm.put("label", x.label());
        mm.put("table", x.table().json());
        parts.add(mm);
      }
      b.extra("byRegion", parts);
    }
    if (!r.byWeek().isEmpty()) {
      List<Map<String, Object>> parts = new ArrayList<>();
      for (NotifiableResult.Breakdown x : r.byWeek()) {
        Map<String, Object> mm = new LinkedHashMap<>();
        mm.put("week", x.key());
        mm.put("label", x.label());
        mm.put("table", x.table().json());
        parts.add(mm);
      }
      b.extra("byWeek", parts);
    }
    b.extra("cards", r.counts());
    b.extra("unknownNames", r.unknownNames());
    b.extra("notCountedNames", r.notCountedNames());
    b.extra("caseClasses", r.caseClasses());
    NotifiableCatalogue cat = NotifiableCatalogue.bundled();
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("name", cat.name());
    c.put("version", cat.version());
    c.put("validFrom", cat.validFrom().toString());
    c.put("reviewedThrough", cat.reviewedThrough().toString());
    b.extra("catalogue", c);
    List<List<Object>> rows = new ArrayList<>();
    for (NotifiableTable.Row row : main.rows()) {
      rows.add(List.of((row.level() > 0 ? "  " : "") + row.label(en) + row.marker(), row.cases(), row.deaths()));
    }
    b.table(new ReportTable("table", title(main.month(), region, main, lang),
        List.of(m.get("nt.disease"), m.get("nt.cases"), m.get("nt.deaths") + main.deathsMarker()), rows,
        String.join("\n", main.footnoteLines(en))));
    StatsTable ex = exclusions(r, m);
    List<List<Object>> exRows = new ArrayList<>();
    for (StatsTable.Line l : ex.lines()) {
      exRows.add(l.cells());
    }
    b.table(new ReportTable("cards", ex.title(), ex.columnTitles(), exRows, null));
    return b.build(findings, r.counts().records());
  }

  /** The verification's document: the table as read, with each row's recognised id and class. */
  public static StatsDocument verifyDocument(TableVerifier.Result v, Lang lang) {
    Messages m = messages(lang);
    List<StatsTable.Line> ls = new ArrayList<>();
    for (TableVerifier.VerifiedRow row : v.rows()) {
      StatsTable.Style st = row.kind() == NotifiableTable.Kind.TOTAL ? StatsTable.Style.TOTAL
          : row.kind() == NotifiableTable.Kind.SUBTOTAL ? StatsTable.Style.SUBTOTAL : StatsTable.Style.NORMAL;
      ls.add(new StatsTable.Line(st, 0, java.util.Arrays.asList(row.label(), row.cases(), row.deaths(),
          row.diseaseClass(), row.id() == null ? m.get("v.unrecognised") : row.id())));
    }
    StatsTable t = new StatsTable("verify", m.get("v.title", v.input().path()), List.of(
        new StatsTable.Column(m.get("nt.disease"), StatsTable.Type.TEXT),
        new StatsTable.Column(m.get("nt.cases"), StatsTable.Type.INTEGER),
        new StatsTable.Column(m.get("nt.deaths"), StatsTable.Type.INTEGER),
        new StatsTable.Column(m.get("v.class"), StatsTable.Type.TEXT),
        new StatsTable.Column(m.get("v.id"), StatsTable.Type.TEXT)), ls,
        List.of(m.get("v.outcome", v.checks(), v.mismatches())));
    return new StatsDocument(t.title(), m.get("v.outcome", v.checks(), v.mismatches()), List.of(t), List.of());
  }

  /** The verification's report: CONVENTIONS keys plus {@code verify} and the {@code table} as read. */
  public static Report verifyReport(TableVerifier.Result v, FindingCollector findings, Lang lang) {
    Messages m = messages(lang);
    Map<String, Object> outcome = new LinkedHashMap<>();
    outcome.put("rows", v.rows().size());
    outcome.put("checks", v.checks());
    outcome.put("mismatches", v.mismatches());
    Report.Builder b = Report.builder(COMMAND).input(v.input());
    rules(b, VERIFY_RULES, m);
    b.extra("verify", outcome);
    b.extra("table", v.json());
    b.table(new ReportTable("verify", m.get("v.title", v.input().path()), List.of("checks", "mismatches"),
        List.of(List.of(v.checks(), v.mismatches())), m.get("v.outcome", v.checks(), v.mismatches())));
    return b.build(findings);
  }
}
