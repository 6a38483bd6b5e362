package org.shutong.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.shutong.i18n.Messages;

/** Groupings, statistics and labels shared by the human-facing renderers. */
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

  /** Findings of one key (a rule or a field) counted by severity. */
  record Tally(String key, String title, long error, long warning, long info) {
    long total() {
      return error + warning + info;
    }

    Severity worst() {
      return error > 0 ? Severity.ERROR : warning > 0 ? Severity.WARNING : Severity.INFO;
    }

    long count(Severity s) {
      return switch (s) {
        case ERROR -> error;
        case WARNING -> warning;
        case INFO -> info;
      };
    }
  }

  /**
   * Every rule of the report: rules with findings first (most serious, then most findings, then
   * id), then the clean rules the report lists, in its order, with zero counts.
   */
  static List<Tally> ruleTallies(Report r) {
    Map<String, String> titles = new HashMap<>();
    for (RuleInfo ri : r.rules()) {
      titles.put(ri.id(), ri.title());
    }
    List<Tally> found = tally(r.findings(), true, titles);
    Set<String> seen = new HashSet<>();
    for (Tally t : found) {
      seen.add(t.key());
    }
    List<Tally> all = new ArrayList<>(found);
    for (RuleInfo ri : r.rules()) {
      if (seen.add(ri.id())) {
        all.add(new Tally(ri.id(), ri.title(), 0, 0, 0));
      }
    }
    return all;
  }

  /** Findings per field (findings without a field are not counted), most serious and most first. */
  static List<Tally> fieldTallies(List<Finding> findings) {
    return tally(findings, false, Map.of());
  }

  private static List<Tally> tally(List<Finding> findings, boolean byRule, Map<String, String> titles) {
    Map<String, long[]> counts = new LinkedHashMap<>();
    for (Finding f : findings) {
      String key = byRule ? f.ruleId() : f.field();
      if (key == null) {
        continue;
      }
      counts.computeIfAbsent(key, k -> new long[3])[index(f.severity())]++;
    }
    List<Tally> out = new ArrayList<>(counts.size());
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      long[] c = e.getValue();
      out.add(new Tally(e.getKey(), titles.get(e.getKey()), c[0], c[1], c[2]));
    }
    out.sort(
        Comparator.comparing(Tally::worst)
            .thenComparing(Comparator.comparingLong(Tally::total).reversed())
            .thenComparing(Tally::key));
    return out;
  }

  /** 0 for error, 1 for warning, 2 for info: the index used in arrays and the HTML data. */
  static int index(Severity s) {
    return switch (s) {
      case ERROR -> 0;
      case WARNING -> 1;
      case INFO -> 2;
    };
  }

  /** "第 3 条记录 (第 4 行) 字段 A11" in the run's language; the file first when {@code withFile}. */
  static String where(Finding f, Messages m, boolean withFile) {
    StringBuilder sb = new StringBuilder();
    if (withFile && f.file() != null) {
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

  /** The localised name of a severity: 错误/警告/提示, error/warning/info. */
  static String severityName(Severity s, Messages m) {
    return m.get("severity." + s.label());
  }

  /** Whether the report's findings and inputs name more than one file. */
  static boolean manyFiles(Report r) {
    Set<String> files = new HashSet<>();
    for (InputSummary in : r.inputs()) {
      files.add(in.path());
    }
    for (Finding f : r.findings()) {
      if (f.file() != null) {
        files.add(f.file());
        if (files.size() > 1) {
          return true;
        }
      }
    }
    return files.size() > 1;
  }

  static String cell(Object o) {
    if (o == null) {
      return "";
    }
    if (o instanceof Double || o instanceof Float) {
      double d = ((Number) o).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return Double.toString(d);
      }
      return java.math.BigDecimal.valueOf(d).setScale(4, java.math.RoundingMode.HALF_UP)
          .stripTrailingZeros().toPlainString();
    }
    return o.toString();
  }

  /**
   * {@code s} with control characters made visible ({@code \n}, {@code \t}, {@code \u001b}), so
   * that a value from the input can neither break a line of text output nor send escape sequences
   * to a terminal.
   */
  static String printable(String s) {
    if (s == null) {
      return "";
    }
    int i = 0;
    while (i < s.length() && !isControl(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 8).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isControl(c)) {
        sb.append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return sb.toString();
  }

  private static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == '\u2028' || c == '\u2029';
  }

  /**
   * {@code s} with the characters XML 1.0 forbids (most control characters, lone surrogates,
   * U+FFFE/U+FFFF) replaced by U+FFFD, so that any value can go into an XML document.
   */
  static String xmlSafe(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (ok) {
          if (sb != null) {
            sb.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else if (Character.isLowSurrogate(c)) {
        ok = false;
      } else {
        ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
      }
      if (!ok && sb == null) {
        sb = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (sb != null) {
        sb.append(ok ? c : '\uFFFD');
      }
    }
    return sb == null ? s : sb.toString();
  }

  // ---- extras: command-specific keys shown generically ----

  /** How an extra's value is best shown to people. */
  enum Shape {
    /** A string, number, boolean or null. */
    SCALAR,
    /** An array of objects whose values are all scalars: a table. */
    ROWS,
    /** An object whose values are all scalars: a two-column table. */
    FIELDS,
    /** An array of scalars: a list. */
    LIST,
    /** Anything else: pretty JSON, or nested sections. */
    NESTED
  }

  static Shape shape(JsonNode n) {
    if (n == null || n.isValueNode() || n.isNull() || n.isMissingNode()) {
      return Shape.SCALAR;
    }
    if (n.isArray()) {
      if (n.isEmpty()) {
        return Shape.LIST;
      }
      boolean objects = true;
      boolean scalars = true;
      for (JsonNode e : n) {
        objects &= e.isObject() && allScalar(e);
        scalars &= e.isValueNode() || e.isNull();
      }
      return objects ? Shape.ROWS : scalars ? Shape.LIST : Shape.NESTED;
    }
    return allScalar(n) ? Shape.FIELDS : Shape.NESTED;
  }

  private static boolean allScalar(JsonNode object) {
    for (JsonNode v : object) {
      if (!(v.isValueNode() || v.isNull())) {
        return false;
      }
    }
    return true;
  }

  /** The union of the keys of an array of objects, in first-seen order. */
  static List<String> columns(JsonNode rows) {
    Set<String> cols = new LinkedHashSet<>();
    for (JsonNode row : rows) {
      row.fieldNames().forEachRemaining(cols::add);
    }
    return new ArrayList<>(cols);
  }

  /** A scalar node as people read it: text as is, numbers plain, null empty. */
  static String scalarText(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return "";
    }
    if (n.isFloatingPointNumber()) {
      return cell(n.doubleValue());
    }
    return n.asText();
  }

  /** The extras to show to people: those not already shown as a {@link ReportTable} of the same id. */
  static Map<String, Object> extrasForPeople(Report r) {
    Set<String> tableIds = new HashSet<>();
    for (ReportTable t : r.tables()) {
      tableIds.add(t.id());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : r.extras().entrySet()) {
      if (!tableIds.contains(e.getKey())) {
        out.put(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  /** The heading of an extra: the bundle's {@code extra.<key>} text if any, else the key itself. */
  static String extraTitle(String key, Messages m) {
    return m.has("extra." + key) ? m.get("extra." + key) : key;
  }
}
