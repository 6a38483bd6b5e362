package org.shutong.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The result of one run of a command: what {@code --format json} prints, and what every other
 * renderer shows. Shape fixed by {@code CONVENTIONS.md}: {@code tool}, {@code version},
 * {@code command}, {@code inputs}, {@code summary}, {@code findings}; commands add their own
 * top-level keys through {@link #extras()} (e.g. {@code indicators}, {@code score}), never instead.
 *
 * @param tool always {@code shutong}
 * @param version the tool version
 * @param command the command that ran, e.g. {@code firstpage check}
 * @param inputs the inputs read
 * @param summary the counts
 * @param findings the findings kept (at most the collector's limit)
 * @param findingsOmitted findings counted in the summary but not kept because of the limit
 * @param extras command-specific top-level keys in insertion order; values must be serialisable by
 *     Jackson (records, lists, maps, strings, numbers)
 * @param tables tables for people (text, HTML, XLSX renderers)
 * @param rules the rules the run checked, clean or not, in the order checked; empty when the
 *     command does not say (then renderers know only the rules that have findings)
 * @param charts bar charts for people (the HTML renderer draws them)
 * @param figures radar charts and level ladders for people (the HTML renderer draws them)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Report(
    String tool,
    String version,
    String command,
    List<InputSummary> inputs,
    Summary summary,
    List<Finding> findings,
    long findingsOmitted,
    Map<String, Object> extras,
    List<ReportTable> tables,
    List<RuleInfo> rules,
    List<ReportChart> charts,
    List<ReportFigure> figures) {

  /** Copies the collections. */
  public Report {
    Objects.requireNonNull(command, "command");
    inputs = List.copyOf(inputs);
    findings = List.copyOf(findings);
    extras = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extras));
    tables = List.copyOf(tables);
    rules = List.copyOf(rules);
    charts = List.copyOf(charts);
    figures = List.copyOf(figures);
  }

  /** A report without charts or figures. */
  public Report(
      String tool,
      String version,
      String command,
      List<InputSummary> inputs,
      Summary summary,
      List<Finding> findings,
      long findingsOmitted,
      Map<String, Object> extras,
      List<ReportTable> tables,
      List<RuleInfo> rules) {
    this(tool, version, command, inputs, summary, findings, findingsOmitted, extras, tables, rules, List.of(), List.of());
  }

  /** A report that does not list the rules it checked. */
  public Report(
      String tool,
      String version,
      String command,
      List<InputSummary> inputs,
      Summary summary,
      List<Finding> findings,
      long findingsOmitted,
      Map<String, Object> extras,
      List<ReportTable> tables) {
    this(tool, version, command, inputs, summary, findings, findingsOmitted, extras, tables, List.of());
  }

  /** Starts a report for {@code command} (e.g. {@code "firstpage check"}). */
  public static Builder builder(String command) {
    return new Builder(command);
  }

  /** Assembles a {@link Report}; not thread-safe. */
  public static final class Builder {
    private final String command;
    private final List<InputSummary> inputs = new ArrayList<>();
    private final Map<String, Object> extras = new LinkedHashMap<>();
    private final List<ReportTable> tables = new ArrayList<>();
    private final Map<String, RuleInfo> rules = new LinkedHashMap<>();
    private final List<ReportChart> charts = new ArrayList<>();
    private final List<ReportFigure> figures = new ArrayList<>();

    private Builder(String command) {
      this.command = command;
    }

    /** Adds an input. */
    public Builder input(InputSummary input) {
      inputs.add(input);
      return this;
    }

    /** Adds a command-specific top-level key (must not be one of the fixed keys). */
    public Builder extra(String key, Object value) {
      if (List.of("tool", "version", "command", "inputs", "summary", "findings").contains(key)) {
        throw new IllegalArgumentException("'" + key + "' is a fixed report key");
      }
      extras.put(key, value);
      return this;
    }

    /** Adds a table for people to read. */
    public Builder table(ReportTable table) {
      tables.add(table);
      return this;
    }

    /** Adds a bar chart for people (drawn by the HTML renderer). */
    public Builder chart(ReportChart chart) {
      charts.add(chart);
      return this;
    }

    /** Adds a radar chart or a level ladder for people (drawn by the HTML renderer). */
    public Builder figure(ReportFigure figure) {
      figures.add(figure);
      return this;
    }

    /**
     * Records that the run checked rule {@code id} (title in the run's language, or {@code null}).
     * A rule added twice keeps its first position and its last non-null title.
     */
    public Builder rule(String id, String title) {
      RuleInfo old = rules.get(id);
      rules.put(id, new RuleInfo(id, title != null || old == null ? title : old.title()));
      return this;
    }

    /** Records that the run checked these rules. */
    public Builder rules(java.util.Collection<RuleInfo> checked) {
      for (RuleInfo r : checked) {
        rule(r.id(), r.title());
      }
      return this;
    }

    /** Builds the report from the findings the collector gathered. */
    public Report build(FindingCollector findings) {
      long records = inputs.stream().mapToLong(InputSummary::records).sum();
      return build(findings, records);
    }

    /** Builds the report with an explicit record count (when records are not file rows). */
    public Report build(FindingCollector findings, long records) {
      Summary s =
          new Summary(
              records,
              findings.recordsWithErrors(),
              findings.count(Severity.ERROR),
              findings.count(Severity.WARNING),
              findings.count(Severity.INFO));
      return new Report(
          "shutong",
          ToolInfo.version(),
          command,
          inputs,
          s,
          findings.findings(),
          findings.omitted(),
          extras,
          tables,
          List.copyOf(rules.values()),
          charts,
          figures);
    }
  }
}
