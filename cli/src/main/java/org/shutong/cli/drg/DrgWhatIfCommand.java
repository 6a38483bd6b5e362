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
import org.shutong.drg.DrgResult;
import org.shutong.drg.Grouper;
import org.shutong.drg.WhatIf;
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
 * {@code shutong drg what-if FILE --record N}: how one record's group changes when each secondary
 * diagnosis is dropped or promoted to principal, and each procedure dropped or promoted to main.
 */
@Command(name = "what-if", description = "假设分析：逐一去掉或改为主要诊断的其他诊断、去掉或改为主要手术的手术操作，分组如何变化")
public final class DrgWhatIfCommand implements Callable<Integer> {
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
    Report.Builder b = Report.builder("drg what-if");
    DrgSupport.rules(b, lang);
    TableInput source = input.inputs(file == null ? List.of() : List.of(file), lang).get(0);
    try (DrgSupport.Input in = DrgSupport.open(source, input, drg, lang, findings)) {
      Row row = DrgSupport.record(in, record, lang);
      WhatIf w = grouper.whatIf(in.layout.record(row));
      DrgSupport.findings(findings, in, row, w.baseline(), lang);
      b.input(new InputSummary(source.name(), 1, in.reader.source().encodingName()));

      Map<String, Object> x = new LinkedHashMap<>();
      x.put("record", row.record());
      x.put("line", row.line());
      x.put("caseId", in.layout.caseId(row));
      x.put("tables", grouper.tables().id());
      x.put("baseline", DrgSupport.resultJson(w.baseline(), lang));
      List<Map<String, Object>> scenarios = new ArrayList<>();
      List<List<Object>> rows = new ArrayList<>();
      rows.add(tableRow(m.get("whatif.asCoded"), "", "", "", w.baseline(), "", m));
      for (WhatIf.Scenario s : w.scenarios()) {
        boolean dx = s.change() == WhatIf.Change.DROP_DIAGNOSIS || s.change() == WhatIf.Change.PROMOTE_DIAGNOSIS;
        String field = in.layout.field(row, dx ? DrgField.DIAGNOSIS : DrgField.PROCEDURE, s.index());
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("change", s.change().name());
        o.put("field", field);
        o.put("code", s.code());
        o.put("name", s.name());
        o.put("result", DrgSupport.resultJson(s.result(), lang));
        o.put("changed", s.changed());
        scenarios.add(o);
        rows.add(tableRow(m.get("change." + s.change().name()), field, s.code(),
            s.name() == null ? "" : s.name(), s.result(), m.get(s.changed() ? "whatif.changed" : "whatif.same"), m));
      }
      x.put("scenarios", scenarios);
      b.extra("whatIf", x);
      String caseId = in.layout.caseId(row);
      b.table(new ReportTable("drg-what-if", m.get("whatif.title", row.record(), row.line(),
          caseId.isEmpty() ? "-" : caseId),
          List.of(m.get("col.change"), m.get("col.field"), m.get("col.code"), m.get("col.name"),
              m.get("col.status"), "MDC", "ADRG", "DRG", m.get("col.drgName"), m.get("col.changed")),
          rows, m.get("whatif.note")));
    }
    return report.emit(b.build(findings, 1), spec.commandLine().getOut(), lang);
  }

  private static List<Object> tableRow(String change, String field, String code, String name,
      DrgResult r, String changed, Messages m) {
    List<Object> row = new ArrayList<>();
    row.add(change);
    row.add(field);
    row.add(code);
    row.add(name);
    row.add(m.get("status." + r.status().name()));
    row.add(r.mdc() == null ? "" : r.mdc());
    row.add(r.adrg() == null ? "" : r.adrg());
    row.add(r.drg() == null ? "" : r.drg());
    row.add(r.drgName() == null ? "" : r.drgName());
    row.add(changed);
    return row;
  }
}
