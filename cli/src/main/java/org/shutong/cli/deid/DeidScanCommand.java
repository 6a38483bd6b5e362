package org.shutong.cli.deid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shutong.cli.GlobalOptions;
import org.shutong.cli.InputOptions;
import org.shutong.cli.Progress;
import org.shutong.cli.ReportOptions;
import org.shutong.deid.ColumnReport;
import org.shutong.deid.ColumnScanner;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.AtomicOutput;
import org.shutong.io.OutputException;
import org.shutong.io.TableInput;
import org.shutong.io.TableReader;
import org.shutong.report.FindingCollector;
import org.shutong.report.InputSummary;
import org.shutong.report.Report;
import org.shutong.report.ReportTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shutong deid scan FILE [--propose PROFILE]}: classifies every column and proposes a profile. */
@Command(name = "scan", description = "识别标识符：按表头与内容将每列分为直接标识符/准标识符/敏感/其他，并可生成建议的脱敏方案")
public final class DeidScanCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin InputOptions input = new InputOptions();

  @Mixin ReportOptions report = new ReportOptions();

  @Option(names = "--rows", paramLabel = "N", defaultValue = "0", description = "最多检查的记录数（默认 0 = 全部）")
  long rows;

  @Option(names = "--propose", paramLabel = "FILE", description = "把建议的脱敏方案（YAML）写入此文件")
  Path propose;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "输入文件（或 --jdbc 数据库表/查询）")
  Path file;

  @Override
  public Integer call() {
    GlobalOptions g = GlobalOptions.of(spec.commandLine());
    Lang lang = g.lang();
    Messages m = Messages.of("org.shutong.cli.deid.messages", lang);
    FindingCollector findings = report.collector();
    List<ColumnReport> cols;
    long records;
    String encoding;
    String name;
    TableInput source = input.inputs(file == null ? List.of() : List.of(file), lang).get(0);
    try (TableReader r = source.open(input.readOptions(lang, findings)); Progress p = Progress.of(spec, r)) {
      cols = ColumnScanner.standard().scan(r, rows, p::tick);
      records = r.recordsRead();
      encoding = r.source().encodingName();
      name = r.source().name();
    }
    if (propose != null) {
      String stem = file != null ? file.getFileName().toString().replaceFirst("\\.[^.]+$", "")
          : name.substring(name.lastIndexOf('#') + 1);
      try (AtomicOutput o = AtomicOutput.create(propose, report.force(), lang)) {
        o.stream().write(ColumnScanner.proposeProfile(stem, cols).getBytes(StandardCharsets.UTF_8));
        o.commit();
      } catch (IOException e) {
        throw new OutputException(propose.toString(), e.getMessage(), e);
      }
    }
    List<Map<String, Object>> json = new ArrayList<>();
    List<List<Object>> table = new ArrayList<>();
    for (ColumnReport c : cols) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("index", c.index() + 1);
      o.put("column", c.header());
      o.put("field", c.field());
      o.put("class", c.columnClass().label());
      o.put("kind", c.kind().label());
      o.put("basis", c.basis());
      o.put("nonEmpty", c.nonEmpty());
      o.put("matches", c.matches());
      if (!c.textHits().isEmpty()) {
        o.put("textHits", c.textHits());
      }
      o.put("distinctRatio", Shares.round(c.distinctRatio()));
      json.add(o);
      StringBuilder matches = new StringBuilder();
      c.matches().forEach((k, v) -> matches.append(matches.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
      c.textHits().forEach((k, v) -> matches.append(matches.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
      table.add(List.of(c.index() + 1, c.header(), c.field() == null ? "" : c.field(), m.get("class." + c.columnClass().label()),
          c.kind().label(), m.get("basis." + c.basis()), c.nonEmpty(), matches.toString()));
    }
    Report.Builder b = Report.builder("deid scan").input(new InputSummary(name, records, encoding));
    b.extra("columns", json);
    if (propose != null) {
      b.extra("proposedProfile", propose.toString());
    }
    b.table(new ReportTable("columns", m.get("scan.title", cols.size()), List.of("#", m.get("col.column"), m.get("col.field"),
        m.get("col.class"), m.get("col.kind"), m.get("col.basis"), m.get("col.nonEmpty"), m.get("col.matches")), table,
        m.get("scan.note")));
    return report.emit(b.build(findings, records), spec.commandLine().getOut(), lang);
  }
}
