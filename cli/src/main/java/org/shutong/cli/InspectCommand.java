package org.shutong.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.Row;
import org.shutong.io.TableInput;
import org.shutong.io.TableReader;
import org.shutong.report.FindingCollector;
import org.shutong.report.InputSummary;
import org.shutong.report.Report;
import org.shutong.report.ReportTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shutong inspect FILE}: the quick look before anything else — format, encoding, record count,
 * each column's fill rate, and for a workbook its sheets; malformed records as findings.
 */
@Command(name = "inspect", description = "快速查看表格文件：格式、编码、记录数、各列填充率（XLSX 另列出工作表）")
public final class InspectCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin InputOptions input = new InputOptions();
  @Mixin ReportOptions report = new ReportOptions();

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "要查看的文件（或用 --jdbc 查看数据库表/查询）")
  Path file;

  /** One column's fill figures, as the JSON report's {@code columns} array shows them. */
  record ColumnFill(int index, String header, long filled, double fillRate) {}

  @Override
  public Integer call() {
    Lang lang = GlobalOptions.of(spec.commandLine()).lang();
    Messages m = Messages.of("org.shutong.cli.messages", lang);
    FindingCollector findings = report.collector();
    long[] filled;
    List<String> header;
    Report.Builder b = Report.builder("inspect");
    TableInput in = input.inputs(file == null ? List.of() : List.of(file), lang).get(0);
    try (TableReader r = in.open(input.readOptions(lang, findings));
        Progress progress = Progress.of(spec, r)) {
      header = r.header();
      filled = new long[header.size()];
      while (r.hasNext()) {
        Row row = r.next();
        for (int i = 0; i < filled.length; i++) {
          String v = row.get(i);
          if (!v.isBlank()) {
            filled[i]++;
          }
        }
        progress.tick();
      }
      b.input(new InputSummary(in.name(), r.recordsRead(), r.source().encodingName()));
      Map<String, Object> format = new LinkedHashMap<>();
      format.put("format", r.source().format().name().toLowerCase(java.util.Locale.ROOT));
      format.put("encoding", r.source().encodingName());
      if (r.source().sheet() != null) {
        format.put("sheet", r.source().sheet());
        format.put("sheets", r.sheetNames());
      }
      format.put("headerLine", r.headerLine());
      format.put("columns", header.size());
      b.extra("table", format);
      long records = r.recordsRead();
      List<ColumnFill> cols = new ArrayList<>();
      List<List<Object>> rows = new ArrayList<>();
      for (int i = 0; i < filled.length; i++) {
        double rate = records == 0 ? 0 : (double) filled[i] / records;
        cols.add(new ColumnFill(i + 1, header.get(i), filled[i], rate));
        rows.add(List.of(i + 1, header.get(i), filled[i], String.format(java.util.Locale.ROOT, "%.1f%%", rate * 100)));
      }
      b.extra("columns", cols);
      String note = r.source().sheet() == null ? null
          : m.get("inspect.sheets", String.join("、", r.sheetNames()), r.source().sheet());
      b.table(new ReportTable("columns", m.get("inspect.title", in.name(), r.source().format(),
              r.source().encodingName() == null ? "-" : r.source().encodingName(), records),
          List.of("#", m.get("inspect.column"), m.get("inspect.filled"), m.get("inspect.fillRate")), rows, note));
    }
    return report.emit(b.build(findings), spec.commandLine().getOut(), lang);
  }
}
