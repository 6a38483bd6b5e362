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
    line(w, m.get("text.inputs", r.inputs().size(), s.records()));
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

  private static void table(Writer w, ReportTable t) throws IOException {
    line(w, "== " + ReportViews.printable(t.title()) + " ==");
    StringBuilder head = new StringBuilder();
    for (int i = 0; i < t.columns().size(); i++) {
      head.append(i > 0 ? "\t" : "").append(ReportViews.printable(t.columns().get(i)));
    }
    line(w, head.toString());
    for (List<Object> row : t.rows()) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        sb.append(i > 0 ? "\t" : "").append(ReportViews.printable(ReportViews.cell(row.get(i))));
      }
      line(w, sb.toString());
    }
    if (t.note() != null) {
      line(w, ReportViews.printable(t.note()));
    }
    line(w, "");
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
