package org.shutong.examples.firstpage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.shutong.firstpage.CheckResult;
import org.shutong.firstpage.FirstPageChecker;
import org.shutong.firstpage.FirstPageReports;
import org.shutong.i18n.Lang;
import org.shutong.io.ReadOptions;
import org.shutong.report.FindingCollector;
import org.shutong.report.InputSummary;
import org.shutong.report.Report;
import org.shutong.report.ReportFormat;
import org.shutong.report.ReportRenderer;

/**
 * Checking a 住院病案首页 extract from Java: the same findings, scores, summaries and 2016
 * indicators as {@code shutong firstpage check}.
 */
public final class CheckFirstPage {
  private CheckFirstPage() {}

  /** Checks one file with the bundled rules and code tables and returns the report. */
  public static Report check(Path file, Lang lang) {
    FirstPageChecker checker = FirstPageChecker.builder().lang(lang).build();
    FindingCollector findings = new FindingCollector();
    FirstPageChecker.Run run = checker.start(findings);
    InputSummary input = run.check(file, ReadOptions.defaults().withLang(lang).withProblems(findings),
        new FirstPageChecker.Run.Listener() {});
    CheckResult result = run.finish();
    Report.Builder b = Report.builder("firstpage check").input(input);
    FirstPageReports.addTo(b, checker.rules(), result, lang, false);
    return b.build(findings);
  }

  /** {@code java ... CheckFirstPage FILE}: prints the text report. */
  public static void main(String[] args) throws IOException {
    Report report = check(Path.of(args.length > 0 ? args[0] : "examples/firstpage/discharges-2024-05.csv"), Lang.ZH);
    OutputStream out = System.out;
    ReportRenderer.of(ReportFormat.TEXT).render(report, out, Lang.ZH);
    out.flush();
  }
}
