package org.shutong.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shutong.i18n.Messages;

/** Groupings and labels shared by the human-facing renderers. */
final class ReportViews {
  private ReportViews() {}

  /** Findings grouped by rule id, rules ordered by most serious severity then id. */
  static Map<String, List<Finding>> byRule(List<Finding> findings) {
    Map<String, List<Finding>> m = new LinkedHashMap<>();
    for (Finding f : findings) {
      m.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
    }
    List<Map.Entry<String, List<Finding>>> entries = new ArrayList<>(m.entrySet());
    entries.sort(
        (a, b) -> {
          int c = worst(a.getValue()).compareTo(worst(b.getValue()));
          return c != 0 ? c : a.getKey().compareTo(b.getKey());
        });
    Map<String, List<Finding>> sorted = new LinkedHashMap<>();
    for (Map.Entry<String, List<Finding>> e : entries) {
      sorted.put(e.getKey(), e.getValue());
    }
    return sorted;
  }

  private static Severity worst(List<Finding> fs) {
    Severity w = Severity.INFO;
    for (Finding f : fs) {
      if (f.severity().compareTo(w) < 0) {
        w = f.severity();
      }
    }
    return w;
  }

  /** "file 第 3 条记录 (第 4 行) 字段 A11" in the run's language. */
  static String where(Finding f, Messages m) {
    StringBuilder sb = new StringBuilder();
    if (f.file() != null) {
      sb.append(f.file());
    }
    if (f.record() > 0) {
      sb.append(sb.length() > 0 ? " " : "").append(m.get("where.record", f.record()));
    }
    if (f.line() > 0) {
      sb.append(sb.length() > 0 ? " " : "").append(m.get("where.line", f.line()));
    }
    if (f.field() != null) {
      sb.append(sb.length() > 0 ? " " : "").append(m.get("where.field", f.field()));
    }
    return sb.toString();
  }

  static String cell(Object o) {
    if (o == null) {
      return "";
    }
    if (o instanceof Double d) {
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : String.format(java.util.Locale.ROOT, "%.4f", d);
    }
    return o.toString();
  }
}
