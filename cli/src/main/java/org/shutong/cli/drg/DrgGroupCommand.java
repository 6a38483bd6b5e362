package org.shutong.cli.drg;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.shutong.cli.GlobalOptions;
import org.shutong.cli.InputOptions;
import org.shutong.cli.Progress;
import org.shutong.cli.ReportOptions;
import org.shutong.drg.DrgResult;
import org.shutong.drg.GroupSummary;
import org.shutong.drg.Grouper;
import org.shutong.i18n.Lang;
import org.shutong.io.TableInput;
import org.shutong.i18n.Messages;
import org.shutong.io.OutputEncoding;
import org.shutong.io.Row;
import org.shutong.io.TableFormat;
import org.shutong.io.TableWriter;
import org.shutong.io.TableWriters;
import org.shutong.io.WriteOptions;
import org.shutong.report.FindingCollector;
import org.shutong.report.InputSummary;
import org.shutong.report.Report;
import org.shutong.report.ReportFormat;
import org.shutong.report.ReportTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shutong drg group FILE}: the CHS-DRG group of every record of a first-page file, and a
 * summary (cases per MDC, ADRG and DRG, 无法入组 cases per reason, invalid records per rule).
 *
 * <p>Output by format: {@code csv} (or an output file ending in {@code .csv}, {@code .tsv},
 * {@code .jsonl}) streams one row per record; {@code json} prints the report with {@code groups} and {@code groupSummary}
 * beside the CONVENTIONS keys; {@code xlsx} gets a sheet of groups (the {@code groups} key) beside
 * the summary sheets;
 * {@code text} and {@code html} show the summary and the findings.
 */
@Command(name = "group", description = "为首页文件的每条记录分组（CHS-DRG），输出分组结果（CSV/XLSX/JSON）与汇总")
public final class DrgGroupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin InputOptions input = new InputOptions();
  @Mixin ReportOptions report = new ReportOptions();
  @Mixin DrgOptions drg = new DrgOptions();

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", descriptionKey = "drg.file", description = "病案首页文件（CSV/TSV/XLSX）")
  Path file;

  @Override
  public Integer call() {
    GlobalOptions global = GlobalOptions.of(spec.commandLine());
    Lang lang = global.lang();
    Messages m = Messages.of(DrgSupport.BUNDLE, lang);
    Grouper grouper = drg.grouper(lang);
    FindingCollector findings = report.collector();
    GroupSummary summary = new GroupSummary(grouper.tables());
    ReportFormat format = report.format();
    Path out = report.output();
    TableFormat rowFormat = rowFormat(format, out);
    boolean rows = rowFormat != null;
    List<DrgSupport.GroupRow> groups =
        !rows && (format == ReportFormat.JSON || format == ReportFormat.XLSX) ? new ArrayList<>() : null;
    PrintWriter stdout = spec.commandLine().getOut();
    Report.Builder b = Report.builder("drg group");
    DrgSupport.rules(b, lang);
    TableInput source = input.inputs(file == null ? List.of() : List.of(file), lang).get(0);
    TableWriter writer = null;
    try (DrgSupport.Input in = DrgSupport.open(source, input, drg, lang, findings);
        Progress progress = Progress.of(spec, in.reader)) {
      if (rows && out != null) {
        writer = TableWriters.open(out, WriteOptions.defaults().withFormat(rowFormat)
            .withEncoding(rowFormat == TableFormat.JSONL ? OutputEncoding.UTF_8 : OutputEncoding.UTF_8_BOM)
            .withForce(report.force()).withLang(lang));
        writer.writeHeader(DrgSupport.GroupRow.COLUMNS);
      } else if (rows) {
        Csv.line(stdout, DrgSupport.GroupRow.COLUMNS);
      }
      while (in.reader.hasNext()) {
        Row row = in.reader.next();
        DrgResult r = grouper.group(in.layout.record(row));
        summary.add(r);
        DrgSupport.findings(findings, in, row, r, lang);
        if (writer != null) {
          writer.writeRow(DrgSupport.row(in, row, r, lang).cells());
        } else if (rows) {
          Csv.line(stdout, DrgSupport.row(in, row, r, lang).cells());
        } else if (groups != null) {
          groups.add(DrgSupport.row(in, row, r, lang));
        }
        progress.tick();
      }
      b.input(new InputSummary(source.name(), in.reader.recordsRead(), in.reader.source().encodingName()));
      if (writer != null) {
        writer.commit();
      }
    } finally {
      if (writer != null) {
        writer.close();
      }
    }
    if (groups != null) {
      b.extra("groups", groups);
    }
    b.extra("groupSummary", summary.toJson(grouper.tables(), lang));
    for (ReportTable t : DrgSupport.summaryTables(summary, grouper.tables(), lang)) {
      b.table(t);
    }
    Report rep = b.build(findings);
    if (rows) {
      stdout.flush();
      if (!global.quiet()) {
        spec.commandLine().getErr().println(m.get("group.done", summary.records(), summary.grouped(),
            summary.ungroupable(), summary.invalid(), out == null ? "-" : out.toString()));
      }
      return report.failOn().exitCode(rep.summary());
    }
    return report.emit(rep, stdout, lang);
  }

  /**
   * The table format of one-row-per-record output, or {@code null} for a report: {@code -f csv},
   * or an output file named {@code .csv}, {@code .tsv}, {@code .jsonl}/{@code .ndjson}.
   */
  private static TableFormat rowFormat(ReportFormat format, Path out) {
    if (out != null) {
      TableFormat byName = TableFormat.fromFileName(out).orElse(null);
      if (byName == TableFormat.TSV || byName == TableFormat.JSONL) {
        return byName;
      }
    }
    return format == ReportFormat.CSV ? TableFormat.CSV : null;
  }
}
