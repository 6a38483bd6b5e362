package org.shutong.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;

/** Human-readable text: findings grouped by rule (most serious rules first), then the summary. */
final class TextReportRenderer implements ReportRenderer {
  /** Findings listed per rule before the rest are only counted. */
  static final int PER_RULE = 50;

  @Override
  public void render(Report r, OutputStream out, Lang lang) throws IOException {
    Messages m = Messages.of("org.shutong.report.messages", lang);
    PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
    Map<String, List<Finding>> byRule = ReportViews.byRule(r.findings());
    for (Map.Entry<String, List<Finding>> e : byRule.entrySet()) {
      List<Finding> fs = e.getValue();
      Finding first = fs.get(0);
      w.println(m.get("text.rule", e.getKey(), first.severity().label(), fs.size()));
      int shown = 0;
      for (Finding f : fs) {
        if (shown++ == PER_RULE) {
          w.println("  " + m.get("text.more", fs.size() - PER_RULE));
          break;
        }
        w.println("  " + ReportViews.where(f, m) + "  " + f.message()
            + (f.value() != null ? "  [" + f.value() + "]" : ""));
      }
      w.println();
    }
    for (ReportTable t : r.tables()) {
      w.println("== " + t.title() + " ==");
      w.println(String.join("\t", t.columns()));
      for (List<Object> row : t.rows()) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
          if (i > 0) {
            sb.append('\t');
          }
          sb.append(ReportViews.cell(row.get(i)));
        }
        w.println(sb);
      }
      if (t.note() != null) {
        w.println(t.note());
      }
      w.println();
    }
    Summary s = r.summary();
    w.println(m.get("text.inputs", r.inputs().size(), s.records()));
    for (InputSummary in : r.inputs()) {
      w.println("  " + in.path() + "  " + in.records()
          + (in.encoding() != null ? "  " + in.encoding() : ""));
    }
    w.println(m.get("text.summary", s.error(), s.warning(), s.info(), s.recordsWithErrors()));
    if (r.findingsOmitted() > 0) {
      w.println(m.get("text.omitted", r.findingsOmitted()));
    }
    w.flush();
  }
}
