package org.shutong.cli.stats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.shutong.cli.GlobalOptions;
import org.shutong.cli.InputOptions;
import org.shutong.cli.ReportOptions;
import org.shutong.cli.UsageException;
import org.shutong.firstpage.FirstPageFields;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.ReadOptions;
import org.shutong.report.FindingCollector;
import org.shutong.report.Report;
import org.shutong.stats.FirstPageReports;
import org.shutong.stats.FirstPageStatistics;
import org.shutong.stats.FirstPageStatsOptions;
import org.shutong.stats.FirstPageStatsResult;
import org.shutong.stats.ReportMonths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shutong stats firstpage}: the monthly statistics of the 住院病案首页. */
@Command(name = "firstpage", sortOptions = false,
    description = "病案首页月度统计：出院人数（分科室）、平均住院日、住院死亡率、手术占比、日间医疗与日间手术、主要诊断前 20 位、费用构成、离院方式；每项指标附定义")
public final class FirstpageStatsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin InputOptions input = new InputOptions();
  @Mixin ReportOptions report = new ReportOptions();

  @Option(names = "--month", paramLabel = "yyyy-MM", split = ",", required = true,
      description = "统计月份（按出院时间）；可重复或写作 2024-01..2024-05，最后一个月为报告月，其余作逐月对比")
  List<String> months = new ArrayList<>();

  @Option(names = "--aliases", paramLabel = "FILE",
      description = "列名对照文件（第一列为输入中的列名，第二列为字段代码或名称），与 firstpage check 相同")
  Path aliases;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "列出的主要诊断类目数（默认 20）")
  int top = 20;

  @Parameters(paramLabel = "FILE", arity = "0..*", descriptionKey = "firstpageFiles",
      description = "病案首页文件（CSV/XLSX 等，列名为字段代码或中文名）")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() {
    GlobalOptions g = GlobalOptions.of(spec.commandLine());
    Lang lang = g.lang();
    Messages m = Messages.of("org.shutong.cli.stats.messages", lang);
    FindingCollector findings = report.collector();
    ReadOptions read = input.readOptions(lang, findings);
    ReportMonths rm;
    try {
      rm = ReportMonths.parse(months);
    } catch (IllegalArgumentException e) {
      throw new UsageException(m.get("badMonth", e.getMessage()));
    }
    if (top < 1) {
      throw new UsageException(m.get("badTop", top));
    }
    FirstPageFields fields = FirstPageFields.standard();
    if (aliases != null) {
      fields = fields.withAliases(aliases, read);
    }
    FirstPageStatsOptions o = FirstPageStatsOptions.of(rm, read).withFields(fields).withTop(top);
    FirstPageStatsResult res = FirstPageStatistics.computeInputs(input.inputs(files, lang), o, new ProgressListener(spec));
    Report r = FirstPageReports.report(res, findings, lang);
    return StatsOutput.emit(report, r, FirstPageReports.document(res, lang), spec.commandLine().getOut(),
        spec.commandLine().getErr(), lang, g.quiet());
  }
}
