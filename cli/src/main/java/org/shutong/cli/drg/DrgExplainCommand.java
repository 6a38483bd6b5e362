package org.shutong.cli.drg;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shutong.cli.GlobalOptions;
import org.shutong.cli.InputOptions;
import org.shutong.cli.ReportOptions;
import org.shutong.drg.DrgField;
import org.shutong.drg.DrgRecord;
import org.shutong.drg.DrgResult;
import org.shutong.drg.Grouper;
import org.shutong.drg.TraceStep;
import org.shutong.i18n.Lang;
import org.shutong.io.TableInput;
import org.shutong.i18n.Messages;
import org.shutong.io.Row;
import org.shutong.report.FindingCollector;
import org.shutong.report.InputSummary;
import org.shutong.report.Report;
import org.shutong.report.ReportTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shutong drg explain FILE --record N}: every decision the grouper took for one record — the
 * MDC entry rules tried, the ADRG rules and lists, each secondary diagnosis found MCC/CC and the
 * exclusion table that applied, the DRG split.
 */
@Command(name = "explain", description = "逐步说明一条记录的分组过程：MDC 入组规则、ADRG 规则与列表、MCC/CC 与排除表、DRG 细分")
public final class DrgExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin InputOptions input = new InputOptions();
  @Mixin ReportOptions report = new ReportOptions();
  @Mixin DrgOptions drg = new DrgOptions();

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", descriptionKey = "drg.file", description = "病案首页文件（CSV/TSV/XLSX）")
  Path file;

  @Option(names = "--record", required = true, paramLabel = "N", descriptionKey = "drg.record",
      description = "第几条数据记录（从 1 开始，不含表头）")
  long record;

  @Override
  public Integer call() {
    Lang lang = GlobalOptions.of(spec.commandLine()).lang();
    Messages m = Messages.of(DrgSupport.BUNDLE, lang);
    Grouper grouper = drg.grouper(lang);
    FindingCollector findings = report.collector();
    Report.Builder b = Report.builder("drg explain");
    DrgSupport.rules(b, lang);
    TableInput source = input.inputs(file == null ? List.of() : List.of(file), lang).get(0);
    try (DrgSupport.Input in = DrgSupport.open(source, input, drg, lang, findings)) {
      Row row = DrgSupport.record(in, record, lang);
      DrgRecord rec = in.layout.record(row);
      DrgResult r = grouper.explain(rec);
      DrgSupport.findings(findings, in, row, r, lang);
      b.input(new InputSummary(source.name(), 1, in.reader.source().encodingName()));

      Map<String, Object> x = new LinkedHashMap<>();
      x.put("record", row.record());
      x.put("line", row.line());
      x.put("caseId", in.layout.caseId(row));
      x.put("tables", grouper.tables().id());
      x.put("input", inputJson(in, row, rec));
      x.put("result", DrgSupport.resultJson(r, lang));
      List<Map<String, Object>> steps = new ArrayList<>();
      List<List<Object>> rows = new ArrayList<>();
      for (TraceStep s : r.trace()) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("step", s.step());
        o.put("subject", s.subject());
        o.put("matched", s.matched());
        o.put("message", s.text(lang));
        steps.add(o);
        boolean detail = s.step().equals("CONDITION") || s.step().equals("SEVERITY") || s.step().equals("MAP");
        String mark = s.matched() == null ? "·" : s.matched() ? "✓" : "✗";
        rows.add(List.of(mark, (detail ? "    " : "") + s.text(lang)));
      }
      x.put("trace", steps);
      b.extra("explanation", x);
      String outcome = r.grouped() ? r.drg() + " " + r.drgName() : m.get("status." + r.status().name());
      String caseId = in.layout.caseId(row);
      b.table(new ReportTable("drg-trace", m.get("explain.title", row.record(), row.line(),
          caseId.isEmpty() ? "-" : caseId, outcome), List.of("", m.get("col.step")), rows, null));
    }
    return report.emit(b.build(findings, 1), spec.commandLine().getOut(), lang);
  }

  private static Map<String, Object> inputJson(DrgSupport.Input in, Row row, DrgRecord rec) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("sex", rec.sex());
    o.put("ageYears", rec.ageYears());
    o.put("ageDays", rec.ageDays());
    o.put("weight", rec.weight());
    o.put("diagnoses", codes(in, row, rec.diagnoses(), DrgField.DIAGNOSIS));
    o.put("procedures", codes(in, row, rec.procedures(), DrgField.PROCEDURE));
    return o;
  }

  private static List<Map<String, Object>> codes(DrgSupport.Input in, Row row, List<String> codes, DrgField f) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("field", in.layout.field(row, f, i));
      c.put("code", codes.get(i));
      out.add(c);
    }
    return out;
  }
}
