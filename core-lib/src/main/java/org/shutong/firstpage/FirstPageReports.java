package org.shutong.firstpage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.report.Report;
import org.shutong.report.ReportTable;

/**
 * Puts a first-page check's results into a {@link Report}: the rules checked, the JSON keys
 * ({@code ruleSet}, {@code quality}, {@code indicators}, {@code rules}, {@code fields},
 * {@code departments}, {@code lowestScores} and, for JSON, {@code recordScores}) and the tables people
 * read in the text, HTML and XLSX reports. The CLI's {@code firstpage check} uses exactly this, so a
 * library user gets the same report.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class FirstPageReports {
  private FirstPageReports() {}

  /**
   * Adds the results of a run to a report.
   *
   * @param b the report being built
   * @param rules the rule set that ran
   * @param result the run's result
   * @param lang the report's language
   * @param recordScores whether to add every record's score ({@code recordScores}, large: one entry
   *     per record; meant for JSON)
   */
  public static void addTo(Report.Builder b, RuleSet rules, CheckResult result, Lang lang, boolean recordScores) {
    Messages m = Messages.of("org.shutong.firstpage.messages", lang);
    for (RuleDef r : rules.rules()) {
      if (r.enabled()) {
        b.rule(r.id(), title(r, lang));
      }
    }
    Map<String, Object> set = new LinkedHashMap<>();
    set.put("id", rules.id());
    set.put("version", rules.version());
    set.put("source", rules.source());
    set.put("coding", result.coding());
    b.extra("ruleSet", set);

    // quality: mean score and grades
    Map<String, Object> quality = new LinkedHashMap<>();
    quality.put("meanScore", Double.isNaN(result.meanScore()) ? null : round(result.meanScore()));
    quality.put("grades", result.grades());
    Map<String, Object> scoring = new LinkedHashMap<>(); // fixed key order: reports of two runs compare equal
    scoring.put("start", rules.scoring().start());
    scoring.put("deduct", deductions(rules.scoring()));
    scoring.put("source", rules.scoring().source());
    quality.put("scoring", scoring);
    b.extra("quality", quality);
    List<List<Object>> gradeRows = new ArrayList<>();
    for (CheckResult.GradeCount g : result.grades()) {
      gradeRows.add(List.of(lang == Lang.EN ? g.en() : g.grade(), "≥ " + num(g.min()), g.records(),
          pct(g.records(), result.records())));
    }
    b.table(new ReportTable("quality", m.get("rep.quality", Double.isNaN(result.meanScore()) ? "-" : num(round(result.meanScore()))),
        List.of(m.get("rep.grade"), m.get("rep.min"), m.get("rep.records"), m.get("rep.share")), gradeRows,
        m.get("rep.quality.note", grades(rules.scoring(), lang), rules.scoring().source())));

    // indicators
    b.extra("indicators", result.indicators());
    List<List<Object>> ind = new ArrayList<>();
    for (CheckResult.Indicator i : result.indicators()) {
      ind.add(List.of(lang == Lang.EN ? i.en() : i.name(),
          i.value() == null ? m.get("rep.reviewer") : String.format(Locale.ROOT, "%.2f%%", i.value()),
          i.numerator() == null ? "" : i.numerator(), i.denominator() == null ? "" : i.denominator(), i.note()));
    }
    b.table(new ReportTable("indicators", m.get("rep.indicators"),
        List.of(m.get("rep.indicator"), m.get("rep.value"), m.get("rep.numerator"), m.get("rep.denominator"),
            m.get("rep.note")), ind, m.get("rep.indicators.note")));

    // per rule
    b.extra("rules", result.rules());
    List<List<Object>> rr = new ArrayList<>();
    for (CheckResult.RuleSummary r : result.rules()) {
      rr.add(List.of(r.ruleId(), m.get("sev." + r.severity().label()), r.category(), r.findings(), r.records(),
          r.source()));
    }
    b.table(new ReportTable("rules", m.get("rep.rules"), List.of(m.get("rep.rule"), m.get("rep.severity"),
        m.get("rep.category"), m.get("rep.findings"), m.get("rep.records"), m.get("rep.source")), rr, null));

    // per field (top 50 in the table, all in JSON)
    b.extra("fields", result.fields());
    List<List<Object>> fr = new ArrayList<>();
    for (CheckResult.FieldSummary f : result.fields().subList(0, Math.min(50, result.fields().size()))) {
      fr.add(List.of(f.field(), f.name(), f.findings(), f.errors()));
    }
    b.table(new ReportTable("fields", m.get("rep.fields"),
        List.of(m.get("rep.field"), m.get("rep.name"), m.get("rep.findings"), m.get("rep.errors")), fr,
        result.fields().size() > 50 ? m.get("rep.top", 50, result.fields().size()) : null));

    // per department
    b.extra("departments", result.departments());
    List<List<Object>> dr = new ArrayList<>();
    List<String> cols = new ArrayList<>(List.of(m.get("rep.dept"), m.get("rep.name"), m.get("rep.records"),
        m.get("rep.recordsWithErrors"), m.get("rep.errors"), m.get("rep.warnings"), m.get("rep.meanScore")));
    for (Scoring.Grade g : rules.scoring().grades()) {
      cols.add(g.name(lang));
    }
    for (CheckResult.DepartmentSummary d : result.departments()) {
      List<Object> row = new ArrayList<>(List.of(d.code().isEmpty() ? m.get("rep.noDept") : d.code(),
          d.name() == null ? "" : d.name(), d.records(), d.recordsWithErrors(), d.errors(), d.warnings(),
          round(d.meanScore())));
      for (Scoring.Grade g : rules.scoring().grades()) {
        row.add(d.grades().getOrDefault(g.grade(), 0L));
      }
      dr.add(row);
    }
    b.table(new ReportTable("departments", m.get("rep.departments"), cols, dr, null));

    // lowest scores
    b.extra("lowestScores", result.lowest());
    List<List<Object>> lr = new ArrayList<>();
    for (CheckResult.RecordScore s : result.lowest()) {
      lr.add(List.of(s.file(), s.record(), s.line(), round(s.score()), s.grade()));
    }
    b.table(new ReportTable("lowestScores", m.get("rep.lowest"), List.of(m.get("rep.file"),
        m.get("rep.record"), m.get("rep.line"), m.get("rep.score"), m.get("rep.grade")), lr, null));
    if (recordScores) {
      b.extra("recordScores", result.scores());
    }
  }

  /** A rule's title for reports: its title, else its message with placeholders shown as names. */
  static String title(RuleDef r, Lang lang) {
    if (!r.title().isEmpty()) {
      return r.title(lang);
    }
    String t = r.message(lang).replaceAll("\\{([A-Za-z][A-Za-z0-9]*)\\}", "‹$1›");
    return t.length() > 120 ? t.substring(0, 119) + "…" : t;
  }

  private static String grades(Scoring s, Lang lang) {
    List<String> out = new ArrayList<>();
    for (Scoring.Grade g : s.grades()) {
      out.add(g.name(lang) + " ≥ " + num(g.min()));
    }
    return String.join(", ", out);
  }

  private static Map<String, Double> deductions(Scoring s) {
    Map<String, Double> m = new LinkedHashMap<>();
    s.deduct().forEach((k, v) -> m.put(k.label(), v));
    return m;
  }

  private static double round(double d) {
    return Math.round(d * 100) / 100.0;
  }

  private static String num(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  private static String pct(long n, long total) {
    return total == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * n / total);
  }
}
