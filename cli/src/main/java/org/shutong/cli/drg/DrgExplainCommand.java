package org.shutong.cli.drg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shutong.drg.DrgField;
import org.shutong.drg.DrgRecord;
import org.shutong.drg.DrgResult;
import org.shutong.drg.TraceStep;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.Row;
import org.shutong.report.Report;
import org.shutong.report.ReportTable;
import picocli.CommandLine.Command;

/**
 * {@code shutong drg explain FILE --record N}: every decision the grouper took for one record — the
 * MDC entry rules tried, the ADRG rules and lists, each secondary diagnosis found MCC/CC and the
 * exclusion table that applied, the DRG split.
 */
@Command(name = "explain", description = "逐步说明一条记录的分组过程：MDC 入组规则、ADRG 规则与列表、MCC/CC 与排除表、DRG 细分")
public final class DrgExplainCommand extends DrgRecordCommand {
  /** Called by picocli. */
  public DrgExplainCommand() {
    super("drg explain", "explanation");
  }

  @Override
  DrgResult describe(Case c, Map<String, Object> x, Report.Builder b) {
    Lang lang = c.lang();
    Messages m = c.messages();
    Row row = c.row();
    DrgRecord rec = c.in().layout.record(row);
    DrgResult r = c.grouper().explain(rec);
    x.put("input", inputJson(c.in(), row, rec));
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
    String outcome = r.grouped() ? r.drg() + " " + r.drgName() : m.get("status." + r.status().name());
    b.table(new ReportTable("drg-trace", m.get("explain.title", row.record(), row.line(), c.caseLabel(), outcome),
        List.of("", m.get("col.step")), rows, null));
    return r;
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
