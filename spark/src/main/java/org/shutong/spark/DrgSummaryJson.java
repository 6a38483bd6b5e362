package org.shutong.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shutong.drg.DrgTables;
import org.shutong.drg.GroupSummary;
import org.shutong.i18n.Lang;

/** The {@code groupSummary} object of {@code drg group}'s JSON report (the same keys as the CLI's). */
final class DrgSummaryJson {
  private DrgSummaryJson() {}

  static Map<String, Object> of(GroupSummary s, DrgTables t, Lang lang) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("tables", t.id());
    o.put("records", s.records());
    o.put("grouped", s.grouped());
    o.put("ungroupable", s.ungroupable());
    o.put("invalid", s.invalid());
    o.put("byMdc", s.byMdc());
    o.put("byAdrg", s.byAdrg());
    o.put("byDrg", s.byDrg());
    List<Map<String, Object>> causes = new ArrayList<>();
    for (GroupSummary.CauseCount c : s.causes()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("reason", c.reason().name());
      x.put("mdc", c.mdc());
      x.put("rule", c.rule());
      x.put("message", c.message(lang));
      x.put("cases", c.cases());
      causes.add(x);
    }
    o.put("ungroupableReasons", causes);
    o.put("invalidRules", s.invalidRules());
    return o;
  }
}
