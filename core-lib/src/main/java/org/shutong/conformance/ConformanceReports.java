package org.shutong.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.report.FindingCollector;
import org.shutong.report.InputSummary;
import org.shutong.report.Report;
import org.shutong.report.ReportChart;
import org.shutong.report.ReportTable;

/**
 * Turns conformance results, profiles and suggestions into {@link Report}s: the typed result under
 * its JSON key ({@code conformance}, {@code profile}, {@code suggestions}), tables for text, HTML and
 * XLSX, and for profiles a chart per column. The CLI uses these; so can a library user.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ConformanceReports {
  /** Columns that get charts in a profile report unless told otherwise. */
  public static final int DEFAULT_CHART_COLUMNS = 200;

  private ConformanceReports() {}

  private static Messages m(Lang lang) {
    return Messages.of(CatalogueFiles.BUNDLE, lang);
  }

  static String pct(Double d) {
    return d == null ? "-" : String.format(Locale.ROOT, "%.1f%%", d * 100);
  }

  /** The report of {@code conform check}. */
  public static Report check(ConformanceResult r, FindingCollector findings, Lang lang) {
    Messages m = m(lang);
    Report.Builder b = Report.builder("conform check")
        .input(new InputSummary(r.file(), r.records(), r.encoding()));
    for (ConformanceRule rule : ConformanceRule.values()) {
      b.rule(rule.id(), rule.description(lang));
    }
    b.extra("conformance", r);
    addCheckTables(b, r, m);
    return b.build(findings);
  }

  private static void addCheckTables(Report.Builder b, ConformanceResult r, Messages m) {
    List<List<Object>> rows = new ArrayList<>();
    for (ElementScore e : r.elements()) {
      rows.add(List.of(e.element(), e.name(), e.column(), e.format(), e.valueDomain() == null ? "" : e.valueDomain()
          + (e.domainChecked() ? "" : m.get("rep.notChecked")), e.required() ? m.get("rep.yes") : "", e.nonEmpty(),
          e.conforming(), pct(e.conformance()), pct(e.completeness())));
    }
    b.table(new ReportTable("conformance", m.get("rep.elements", r.file(), r.mapping()),
        List.of(m.get("rep.element"), m.get("rep.name"), m.get("rep.column"), m.get("rep.format"), m.get("rep.domain"),
            m.get("rep.required"), m.get("rep.nonEmpty"), m.get("rep.conforming"), m.get("rep.conformance"),
            m.get("rep.completeness")), rows, m.get("rep.elementsNote")));
    if (r.dataset() != null) {
      DatasetScore d = r.dataset();
      b.table(new ReportTable("conformance-dataset", m.get("rep.dataset", d.name()),
          List.of(m.get("rep.measure"), m.get("rep.value")),
          List.of(List.of(m.get("rep.coverage"), pct(d.coverage()) + " (" + d.requiredPresent() + "/" + d.requiredElements() + ")"),
              List.of(m.get("rep.requiredCompleteness"), pct(d.completeness())),
              List.of(m.get("rep.conformance"), pct(d.conformance())),
              List.of(m.get("rep.score"), pct(d.score())),
              List.of(m.get("rep.missingRequired"), String.join(", ", d.missingRequired()))),
          m.get("rep.datasetNote")));
    }
    List<List<Object>> rules = new ArrayList<>();
    for (RuleScore s : r.rules()) {
      rules.add(List.of(s.ruleId(), s.severity(), s.checked(), s.failed(), pct(s.passRate()), s.source()));
    }
    b.table(new ReportTable("conformance-rules", m.get("rep.rules"),
        List.of(m.get("rep.rule"), m.get("rep.severity"), m.get("rep.checked"), m.get("rep.failed"), m.get("rep.passRate"),
            m.get("rep.source")), rules, null));
  }

  /**
   * The report of {@code conform profile}: {@code profile} (and {@code conformance} with a mapping)
   * in JSON; the dimensions, columns, values and duplicates as tables; charts (top values, lengths,
   * patterns) for the first {@code chartColumns} columns.
   */
  public static Report profile(DataProfile p, FindingCollector findings, Lang lang, int chartColumns) {
    Messages m = m(lang);
    Report.Builder b = Report.builder("conform profile").input(new InputSummary(p.file(), p.records(), p.encoding()));
    for (String id : List.of(Profiler.DUPLICATE, Profiler.KEY_CONFLICT, Profiler.KEY_EMPTY, Profiler.FUTURE, Profiler.WINDOW)) {
      b.rule(id, m.get("rule." + id));
    }
    for (RuleResult r : p.rules()) {
      b.rule(r.id(), r.description().isEmpty() ? null : r.description());
    }
    b.extra("profile", p);
    if (p.conformance() != null) {
      b.extra("conformance", p.conformance());
      for (ConformanceRule rule : ConformanceRule.values()) {
        b.rule(rule.id(), rule.description(lang));
      }
    }
    List<List<Object>> dims = new ArrayList<>();
    List<ReportChart.Bar> dimBars = new ArrayList<>();
    for (DimensionScore d : p.dimensions()) {
      String label = lang == Lang.ZH ? d.chinese() + " " + d.english() : d.english() + " (" + d.chinese() + ")";
      dims.add(List.of(label, pct(d.score()), d.passed(), d.checked(), d.basis()));
      dimBars.add(new ReportChart.Bar(label, d.score() == null ? 0 : d.score() * 100, pct(d.score())));
    }
    b.table(new ReportTable("profile", m.get("rep.dimensions", p.file(), p.records()),
        List.of(m.get("rep.dimension"), m.get("rep.score"), m.get("rep.passed"), m.get("rep.checked"), m.get("rep.basis")),
        dims, m.get("rep.dimensionsNote")));
    b.chart(new ReportChart("dimensions", m.get("rep.dimensionsGroup"), m.get("rep.dimensionScores"), dimBars, null));
    List<List<Object>> cols = new ArrayList<>();
    List<List<Object>> values = new ArrayList<>();
    for (ColumnProfile c : p.columns()) {
      String distinct = (c.distinctExact() ? "" : "≈") + c.distinct();
      List<String> top = new ArrayList<>();
      for (ValueCount v : c.topValues().subList(0, Math.min(3, c.topValues().size()))) {
        top.add(v.value() + "×" + v.count());
      }
      cols.add(List.of(c.index() + 1, c.header(), c.element() == null ? "" : c.element(), c.inferredType(), c.filled(),
          pct(c.fillRate()), distinct, c.min() == null ? "" : c.min(), c.max() == null ? "" : c.max(),
          c.filled() == 0 ? "" : c.minLength() + "–" + c.maxLength(), pct(c.validity()), String.join("，", top)));
      for (ValueCount v : c.topValues()) {
        values.add(List.of(c.header(), m.get("rep.kindTop") + (c.topValuesApproximate() ? "≈" : ""), v.value(), v.count()));
      }
      for (ValueCount v : c.patterns()) {
        values.add(List.of(c.header(), m.get("rep.kindPattern"), v.value(), v.count()));
      }
      for (ValueCount v : c.lengths()) {
        values.add(List.of(c.header(), m.get("rep.kindLength"), v.value(), v.count()));
      }
    }
    ProfileLimits lim = p.limits();
    b.table(new ReportTable("profile-columns", m.get("rep.columns"),
        List.of("#", m.get("rep.column"), m.get("rep.element"), m.get("rep.type"), m.get("rep.nonEmpty"),
            m.get("rep.fillRate"), m.get("rep.distinct"), m.get("rep.min"), m.get("rep.max"), m.get("rep.length"),
            m.get("rep.validity"), m.get("rep.topValues")), cols,
        m.get("rep.columnsNote", lim.distinctExactLimit(), lim.distinctSketch(), lim.sketchedColumns(),
            lim.topValuesCapacity())));
    b.table(new ReportTable("profile-values", m.get("rep.values"),
        List.of(m.get("rep.column"), m.get("rep.kind"), m.get("rep.value"), m.get("rep.count")), values, null));
    DuplicateSummary d = p.duplicates();
    List<List<Object>> dup = new ArrayList<>();
    dup.add(List.of(m.get("rep.exactDuplicates"), d.exactDuplicateRecords(), groups(d.exampleGroups())));
    if (!d.keyColumns().isEmpty()) {
      dup.add(List.of(m.get("rep.keyConflicts", String.join("、", d.keyColumns())), d.keyConflictRecords(),
          groups(d.exampleConflicts())));
      dup.add(List.of(m.get("rep.emptyKeys"), d.emptyKeys(), ""));
    }
    b.table(new ReportTable("profile-duplicates", m.get("rep.duplicates"),
        List.of(m.get("rep.measure"), m.get("rep.records"), m.get("rep.examples")), dup,
        m.get("rep.duplicatesNote", lim.duplicateBuffer(), d.spilledRuns())));
    if (!p.rules().isEmpty()) {
      List<List<Object>> rules = new ArrayList<>();
      for (RuleResult r : p.rules()) {
        rules.add(List.of(r.id(), r.type(), String.join(" / ", r.columns()), r.applicable(), r.failed(), pct(r.passRate()),
            r.description(), r.source()));
      }
      b.table(new ReportTable("profile-rules", m.get("rep.declaredRules"),
          List.of(m.get("rep.rule"), m.get("rep.ruleType"), m.get("rep.columnsOf"), m.get("rep.applicable"), m.get("rep.failed"),
              m.get("rep.passRate"), m.get("rep.description"), m.get("rep.source")), rules, null));
    }
    TimelinessSummary t = p.timeliness();
    b.table(new ReportTable("profile-timeliness", m.get("rep.timeliness", t.asOf()),
        List.of(m.get("rep.measure"), m.get("rep.value")),
        List.of(List.of(m.get("rep.dateColumns"), String.join("、", t.columns())),
            List.of(m.get("rep.dateValues"), t.dateValues()),
            List.of(m.get("rep.future"), t.future()),
            List.of(m.get("rep.window", t.windowFrom() == null ? "-" : t.windowFrom(), t.windowTo() == null ? "-" : t.windowTo()),
                t.outsideWindow())), null));
    if (p.conformance() != null) {
      addCheckTables(b, p.conformance(), m);
    }
    int charted = 0;
    for (ColumnProfile c : p.columns()) {
      if (charted++ >= chartColumns) {
        break;
      }
      String group = (c.index() + 1) + ". " + c.header() + (c.element() == null ? "" : " (" + c.element() + ")")
          + " — " + c.inferredType() + ", " + m.get("rep.fillRate") + " " + pct(c.fillRate());
      b.chart(new ReportChart("col" + c.index() + "-top", group, m.get("rep.kindTop"), bars(c.topValues(), c.filled(), m),
          c.topValuesApproximate() ? m.get("rep.approximate", c.topValuesMaxError()) : null));
      b.chart(new ReportChart("col" + c.index() + "-len", group, m.get("rep.kindLength"), bars(c.lengths(), c.filled(), m), null));
      b.chart(new ReportChart("col" + c.index() + "-pat", group, m.get("rep.kindPattern"), bars(c.patterns(), c.filled(), m),
          c.otherPatterns() > 0 ? m.get("rep.otherPatterns", c.otherPatterns()) : null));
    }
    return b.build(findings);
  }

  private static List<ReportChart.Bar> bars(List<ValueCount> values, long total, Messages m) {
    List<ReportChart.Bar> out = new ArrayList<>();
    for (ValueCount v : values) {
      String share = total > 0 ? String.format(Locale.ROOT, " (%.1f%%)", 100.0 * v.count() / total) : "";
      out.add(new ReportChart.Bar(v.value().isEmpty() ? m.get("rep.emptyValue") : v.value(), v.count(), v.count() + share));
    }
    return out;
  }

  private static String groups(List<List<Long>> groups) {
    List<String> out = new ArrayList<>();
    for (List<Long> g : groups.subList(0, Math.min(5, groups.size()))) {
      out.add(g.toString().replace(" ", ""));
    }
    return String.join(" ", out);
  }

  /** The report of {@code conform suggest}, without findings. */
  public static Report suggest(String file, long records, String encoding, List<Suggestion> suggestions, Lang lang) {
    return suggest(file, records, encoding, suggestions, new FindingCollector(), lang);
  }

  /**
   * The report of {@code conform suggest}, with {@code findings}: the problems met while reading the
   * sample (ragged rows, undecodable bytes, oversized records), which the summary counts.
   */
  public static Report suggest(String file, long records, String encoding, List<Suggestion> suggestions,
      FindingCollector findings, Lang lang) {
    Messages m = m(lang);
    Report.Builder b = Report.builder("conform suggest").input(new InputSummary(file, records, encoding));
    b.extra("suggestions", suggestions);
    List<List<Object>> rows = new ArrayList<>();
    for (Suggestion s : suggestions) {
      Suggestion.Candidate best = s.candidates().isEmpty() ? null : s.candidates().get(0);
      List<String> others = new ArrayList<>();
      for (Suggestion.Candidate c : s.candidates().subList(Math.min(1, s.candidates().size()), s.candidates().size())) {
        others.add(c.element() + " " + c.name() + " " + String.format(Locale.ROOT, "%.2f", c.confidence()));
      }
      rows.add(List.of(s.index() + 1, s.column(), s.chosen() == null ? "" : s.chosen(),
          best == null ? "" : best.element() + " " + best.name(), best == null ? "" : best.confidence(),
          best == null ? "" : String.join("; ", best.evidence()), String.join(" | ", others)));
    }
    b.table(new ReportTable("suggestions", m.get("rep.suggestions", file),
        List.of("#", m.get("rep.column"), m.get("rep.proposed"), m.get("rep.bestCandidate"), m.get("rep.confidence"),
            m.get("rep.evidence"), m.get("rep.otherCandidates")), rows, m.get("rep.suggestionsNote", MappingSuggester.PROPOSE_AT)));
    return b.build(findings);
  }

  /**
   * A mapping file (YAML) from suggestions, for a person to review: proposed columns bound, the rest
   * left as comments with their best candidate and its confidence.
   */
  public static String mappingYaml(String file, List<Suggestion> suggestions, Lang lang) {
    Messages m = m(lang);
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(m.get("yaml.header", file)).append('\n');
    sb.append("# ").append(m.get("yaml.review")).append('\n');
    sb.append("columns:\n");
    for (Suggestion s : suggestions) {
      Suggestion.Candidate best = s.candidates().isEmpty() ? null : s.candidates().get(0);
      for (Suggestion.Candidate c : s.candidates()) {
        if (c.element().equals(s.chosen())) {
          best = c;
        }
      }
      String key = yamlKey(s.column());
      if (s.chosen() != null) {
        sb.append("  ").append(key).append(": ").append(s.chosen())
            .append("   # ").append(best.name()).append(String.format(Locale.ROOT, " %.2f ", best.confidence()))
            .append(String.join("; ", best.evidence())).append('\n');
      } else if (best != null) {
        sb.append("  # ").append(key).append(": ").append(best.element())
            .append("   # ").append(best.name()).append(String.format(Locale.ROOT, " %.2f ", best.confidence()))
            .append(m.get("yaml.unsure")).append('\n');
      } else {
        sb.append("  # ").append(key).append(":   # ").append(m.get("yaml.none")).append('\n');
      }
    }
    return sb.toString();
  }

  private static String yamlKey(String s) {
    boolean plain = !s.isEmpty() && s.chars().noneMatch(c -> ":#{}[],&*?|<>=!%@`'\"".indexOf(c) >= 0 || c < 0x20)
        && !Character.isWhitespace(s.charAt(0)) && !Character.isWhitespace(s.charAt(s.length() - 1))
        && !s.startsWith("-");
    return plain ? s : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

}
