package org.shutong.cli;

import org.shutong.i18n.Messages;
import org.shutong.report.Finding;

/** One-line renderings of findings for commands that print them on stderr rather than in a report. */
final class Findings {
  private Findings() {}

  /** {@code file:line: 错误 [RULE] 第 N 条记录：message} (or the English equivalent). */
  static String line(Finding f, Messages m) {
    String where = f.file() == null ? "" : f.line() > 0 ? f.file() + ":" + f.line() + ": " : f.file() + ": ";
    String severity = m.get("severity." + f.severity().label());
    String record = f.record() > 0 ? m.get("finding.record", f.record()) : "";
    String field = f.field() != null ? m.get("finding.field", f.field()) : "";
    return where + severity + " [" + f.ruleId() + "] " + record + field + f.message();
  }
}
