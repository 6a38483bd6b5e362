package org.shutong.cli.drg;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shutong.cli.GlobalOptions;
import org.shutong.cli.InputOptions;
import org.shutong.cli.ReportOptions;
import org.shutong.drg.DrgResult;
import org.shutong.drg.Grouper;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.Row;
import org.shutong.io.TableInput;
import org.shutong.report.FindingCollector;
import org.shutong.report.InputSummary;
import org.shutong.report.Report;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What the {@code drg} subcommands about one record ({@code explain}, {@code what-if}) share: the
 * options ({@code FILE --record N} and the input, report and table-set options), choosing the
 * grouper, opening the file and finding record N, the record's findings, the JSON keys that name
 * the record ({@code record line caseId tables}) and emitting the report. A subclass adds what it
 * computes about the record.
 */
abstract class DrgRecordCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin InputOptions input = new InputOptions();
  @Mixin ReportOptions report = new ReportOptions();
  @Mixin DrgOptions drg = new DrgOptions();

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", descriptionKey = "drg.file", description = "病案首页文件（CSV/TSV/XLSX）")
  Path file;

  @Option(names = "--record", required = true, paramLabel = "N", descriptionKey = "drg.record",
      description = "第几条数据记录（从 1 开始，不含表头）")
  long record;

  private final String command;
  private final String jsonKey;

  /**
   * @param command the report's command, e.g. {@code drg explain}
   * @param jsonKey the top-level JSON key of the command's result
   */
  DrgRecordCommand(String command, String jsonKey) {
    this.command = command;
    this.jsonKey = jsonKey;
  }

  /** The record found, and what the subclass needs to describe it. */
  record Case(Lang lang, Messages messages, Grouper grouper, DrgSupport.Input in, Row row) {
    /** The record's case id (病案号), or {@code -} when it has none (for table titles). */
    String caseLabel() {
      String id = in.layout.caseId(row);
      return id.isEmpty() ? "-" : id;
    }
  }

  /**
   * Describes the record: adds the command's keys to {@code json} (after the keys naming the
   * record) and its table to {@code b}.
   *
   * @return the record's result as coded, whose issues are reported as findings
   */
  abstract DrgResult describe(Case c, Map<String, Object> json, Report.Builder b);

  @Override
  public final Integer call() {
    Lang lang = GlobalOptions.of(spec.commandLine()).lang();
    Messages m = Messages.of(DrgSupport.BUNDLE, lang);
    Grouper grouper = drg.grouper(lang);
    FindingCollector findings = report.collector();
    Report.Builder b = Report.builder(command);
    DrgSupport.rules(b, lang);
    TableInput source = input.inputs(file == null ? List.of() : List.of(file), lang).get(0);
    try (DrgSupport.Input in = DrgSupport.open(source, input, drg, lang, findings)) {
      Row row = DrgSupport.record(in, record, lang);
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("record", row.record());
      x.put("line", row.line());
      x.put("caseId", in.layout.caseId(row));
      x.put("tables", grouper.tables().id());
      DrgResult asCoded = describe(new Case(lang, m, grouper, in, row), x, b);
      DrgSupport.findings(findings, in, row, asCoded, lang);
      b.input(new InputSummary(source.name(), 1, in.reader.source().encodingName()));
      b.extra(jsonKey, x);
    }
    return report.emit(b.build(findings, 1), spec.commandLine().getOut(), lang);
  }
}
