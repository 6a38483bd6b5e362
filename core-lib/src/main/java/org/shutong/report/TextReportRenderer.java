package org.shutong.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;

/**
 * Human-readable text: findings grouped by rule (most serious rules first), one line per finding
 * ({@code record/line  field  "value" — message}), then the report's tables and the summary. The
 * file is named on each line only when the report has more than one. Values are shown with control
 * characters escaped, so input data can neither break lines nor send escape codes to a terminal.
 */
final class TextReportRenderer implements ReportRenderer {
  /** Findings listed per rule before the rest are only counted. */
  static final int PER_RULE = 50;

  private static final String RESET = "\u001b[0m";

  private final boolean colour;

  TextReportRenderer(boolean colour) {
    this.colour = colour;
  }

  @Override
  public void render(Report r, OutputStream out, Lang lang) throws IOException {
    Messages m = Messages.of("org.shutong.report.messages", lang);
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    boolean withFile = ReportViews.manyFiles(r);
    Map<String, String> titles = new java.util.HashMap<>();
    for (RuleInfo ri : r.rules()) {
      if (ri.title() != null) {
        titles.put(ri.id(), ri.title());
      }
    }
    Map<String, List<Finding>> byRule = ReportViews.byRule(r.findings());
    if (!byRule.isEmpty()) {
      line(w, dim(m.get(withFile ? "text.legendFile" : "text.legend")));
      line(w, "");
    }
    for (Map.Entry<String, List<Finding>> e : byRule.entrySet()) {
      List<Finding> fs = e.getValue();
      Severity worst = Severity.INFO;
      for (Finding f : fs) {
        if (f.severity().compareTo(worst) < 0) {
          worst = f.severity();
        }
      }
      String title = titles.get(e.getKey());
      line(w, bold("[" + ReportViews.printable(e.getKey()) + "]") + " "
          + paint(worst, ReportViews.severityName(worst, m)) + "  " + m.get("text.count", fs.size())
          + (title != null ? "  " + ReportViews.printable(title) : ""));
      int shown = 0;
      for (Finding f : fs) {
        if (shown++ == PER_RULE) {
          line(w, "  " + m.get("text.more", fs.size() - PER_RULE));
          break;
        }
        line(w, "  " + findingLine(f, worst, withFile, m));
      }
      line(w, "");
    }
    for (ReportTable t : r.tables()) {
      table(w, t);
    }
    Summary s = r.summary();
    if (r.inputs().isEmpty() && r.findings().isEmpty() && r.rules().isEmpty()) {
      // a look-up or a listing (code lookup, code info): no input files, nothing to summarise
      w.flush();
      return;
    }
    if (!r.inputs().isEmpty()) {
      line(w, m.get("text.inputs", r.inputs().size(), s.records()));
    }
    for (InputSummary in : r.inputs()) {
      line(w, "  " + ReportViews.printable(in.path()) + "  " + m.get("text.records", in.records())
          + (in.encoding() != null ? "  " + in.encoding() : ""));
    }
    if (!r.rules().isEmpty()) {
      long clean = ReportViews.ruleTallies(r).stream().filter(t -> t.total() == 0).count();
      line(w, m.get("text.rules", r.rules().size(), clean));
    }
    line(w, m.get("text.summary",
        count(Severity.ERROR, s.error()), count(Severity.WARNING, s.warning()),
        count(Severity.INFO, s.info()), s.recordsWithErrors()));
    if (r.findingsOmitted() > 0) {
      line(w, m.get("text.omitted", r.findingsOmitted()));
    }
    w.flush();
  }

  /** {@code 17/18  B15  "2024-01-01" — message}, with the file first when there are several. */
  private String findingLine(Finding f, Severity ruleWorst, boolean withFile, Messages m) {
    StringBuilder sb = new StringBuilder();
    if (withFile && f.file() != null) {
      sb.append(ReportViews.printable(f.file())).append("  ");
    }
    if (f.record() > 0 || f.line() > 0) {
      sb.append(f.record() > 0 ? Long.toString(f.record()) : "-")
          .append('/')
          .append(f.line() > 0 ? Long.toString(f.line()) : "-");
    } else {
      sb.append('-');
    }
    if (f.field() != null) {
      sb.append("  ").append(ReportViews.printable(f.field()));
    }
    if (f.value() != null) {
      sb.append("  \"").append(ReportViews.printable(f.value())).append('"');
    }
    sb.append(" — ");
    if (f.severity() != ruleWorst) {
      // a rule may report at several severities; mark the lines that differ from its heading
      sb.append(paint(f.severity(), ReportViews.severityName(f.severity(), m))).append(": ");
    }
    sb.append(ReportViews.printable(f.message()));
    return sb.toString();
  }

  /** A table with columns aligned by display width (CJK characters are two columns wide). */
  private static void table(Writer w, ReportTable t) throws IOException {
    line(w, "== " + ReportViews.printable(t.title()) + " ==");
    int n = t.columns().size();
    for (List<Object> row : t.rows()) {
      n = Math.max(n, row.size());
    }
    int[] width = new int[n];
    boolean[] numeric = new boolean[n];
    java.util.Arrays.fill(numeric, true);
    List<String> head = new java.util.ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      head.add(i < t.columns().size() ? ReportViews.printable(t.columns().get(i)) : "");
      width[i] = width(head.get(i));
    }
    List<List<String>> cells = new java.util.ArrayList<>(t.rows().size());
    for (List<Object> row : t.rows()) {
      List<String> r = new java.util.ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Object v = i < row.size() ? row.get(i) : null;
        String c = ReportViews.printable(ReportViews.cell(v));
        numeric[i] &= v == null || v instanceof Number;
        width[i] = Math.max(width[i], width(c));
        r.add(c);
      }
      cells.add(r);
    }
    line(w, aligned(head, width, new boolean[n]));
    for (List<String> r : cells) {
      line(w, aligned(r, width, numeric));
    }
    if (t.note() != null) {
      // a note is the command's own text and may have several lines; each is made printable
      for (String l : t.note().split("\n", -1)) {
        line(w, ReportViews.printable(l));
      }
    }
    line(w, "");
  }

  private static String aligned(List<String> cells, int[] width, boolean[] right) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      String pad = " ".repeat(width[i] - width(c));
      if (i > 0) {
        sb.append("  ");
      }
      if (right[i]) {
        sb.append(pad).append(c);
      } else {
        sb.append(c);
        if (i < cells.size() - 1) {
          sb.append(pad);
        }
      }
    }
    return sb.toString();
  }

  /** Columns a string takes in a terminal: CJK and full-width characters two, others one. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      w += wide(cp) ? 2 : 1;
    }
    return w;
  }

  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  private static void line(Writer w, String s) throws IOException {
    w.write(s);
    w.write('\n');
  }

  private String count(Severity s, long n) {
    return n > 0 ? paint(s, Long.toString(n)) : Long.toString(n);
  }

  private String paint(Severity s, String text) {
    if (!colour) {
      return text;
    }
    String code = switch (s) {
      case ERROR -> "\u001b[1;31m";
      case WARNING -> "\u001b[33m";
      case INFO -> "\u001b[36m";
    };
    return code + text + RESET;
  }

  private String bold(String text) {
    return colour ? "\u001b[1m" + text + RESET : text;
  }

  private String dim(String text) {
    return colour ? "\u001b[2m" + text + RESET : text;
  }
}
