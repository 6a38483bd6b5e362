package org.shutong.cli.drg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shutong.drg.DrgField;
import org.shutong.drg.DrgResult;
import org.shutong.drg.WhatIf;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.Row;
import org.shutong.report.Report;
import org.shutong.report.ReportTable;
import picocli.CommandLine.Command;

/**
 * {@code shutong drg what-if FILE --record N}: how one record's group changes when each secondary
 * diagnosis is dropped or promoted to principal, and each procedure dropped or promoted to main.
 */
@Command(name = "what-if", description = "假设分析：逐一去掉或改为主要诊断的其他诊断、去掉或改为主要手术的手术操作，分组如何变化")
public final class DrgWhatIfCommand extends DrgRecordCommand {
  /** Called by picocli. */
  public DrgWhatIfCommand() {
    super("drg what-if", "whatIf");
  }

  @Override
  DrgResult describe(Case c, Map<String, Object> x, Report.Builder b) {
    Lang lang = c.lang();
    Messages m = c.messages();
    Row row = c.row();
    WhatIf w = c.grouper().whatIf(c.in().layout.record(row));
    x.put("baseline", DrgSupport.resultJson(w.baseline(), lang));
    List<Map<String, Object>> scenarios = new ArrayList<>();
    List<List<Object>> rows = new ArrayList<>();
    rows.add(tableRow(m.get("whatif.asCoded"), "", "", "", w.baseline(), "", m));
    for (WhatIf.Scenario s : w.scenarios()) {
      boolean dx = s.change() == WhatIf.Change.DROP_DIAGNOSIS || s.change() == WhatIf.Change.PROMOTE_DIAGNOSIS;
      String field = c.in().layout.field(row, dx ? DrgField.DIAGNOSIS : DrgField.PROCEDURE, s.index());
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
    b.table(new ReportTable("drg-what-if", m.get("whatif.title", row.record(), row.line(), c.caseLabel()),
        List.of(m.get("col.change"), m.get("col.field"), m.get("col.code"), m.get("col.name"),
            m.get("col.status"), "MDC", "ADRG", "DRG", m.get("col.drgName"), m.get("col.changed")),
        rows, m.get("whatif.note")));
    return w.baseline();
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
