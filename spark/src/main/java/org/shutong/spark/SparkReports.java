package org.shutong.spark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.shutong.report.FindingCollector;
import org.shutong.report.Report;
import org.shutong.report.Summary;

/**
 * What the jobs share in their {@code report.json}: the findings columns of the outputs, and the
 * CLI's report summary counted over a findings dataset (the findings are counted, not listed).
 */
final class SparkReports {
  private SparkReports() {}

  /** The columns of {@code findings/}: the CLI's finding fields. */
  static final List<String> FINDING_COLUMNS = List.of("ruleId", "severity", "file", "record", "line", "field", "value",
      "message");

  /**
   * The report {@code b} builds, with the summary counted over {@code findings} (the columns
   * severity, file and record number, 0 for a finding on no record): findings per severity, and the
   * distinct records with an error; {@code records} is the number of records read.
   */
  static Report counted(Report.Builder b, Dataset<Row> findings, long records) {
    Map<String, Long> bySeverity = new LinkedHashMap<>();
    for (Row r : findings.groupBy("severity").count().collectAsList()) {
      bySeverity.put(r.getString(0), r.getLong(1));
    }
    long withErrors = findings.filter("severity = 'error' and record > 0").select("file", "record").distinct().count();
    long error = bySeverity.getOrDefault("error", 0L);
    long warning = bySeverity.getOrDefault("warning", 0L);
    long info = bySeverity.getOrDefault("info", 0L);
    Report base = b.build(new FindingCollector(0), records);
    return new Report(base.tool(), base.version(), base.command(), base.inputs(),
        new Summary(records, withErrors, error, warning, info), List.of(), error + warning + info,
        base.extras(), base.tables(), base.rules());
  }
}
