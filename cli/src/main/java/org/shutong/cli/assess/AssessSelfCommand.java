package org.shutong.cli.assess;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.shutong.assess.SelfAssessment;
import org.shutong.cli.GlobalOptions;
import org.shutong.cli.ReportOptions;
import org.shutong.i18n.Lang;
import org.shutong.report.FindingCollector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code shutong assess self --reports DIR}: the standards self-assessment (标准化自评价). */
@Command(name = "self", description = "标准化自评价：机构数据对 WS/T 500、WS 445、WS 363/364、交互服务与“四统一”（病案首页、疾病分类与代码、手术操作分类与代码、医学名词术语）的符合情况，数据取自书同的报告")
public final class AssessSelfCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin AssessOptions assess = new AssessOptions();
  @Mixin ReportOptions report = new ReportOptions();

  @Option(names = "--reports", paramLabel = "DIR|FILE", required = true, descriptionKey = "reports",
      description = "书同 JSON 报告，或含报告的目录（可重复）")
  List<Path> reports = new ArrayList<>();

  @Override
  public Integer call() {
    Lang lang = GlobalOptions.of(spec.commandLine()).lang();
    FindingCollector findings = report.collector();
    SelfAssessment.Result r = SelfAssessment.run(reports, assess.evidenceOptions(), lang, findings);
    return report.emit(SelfAssessment.report(r, lang, findings), spec.commandLine().getOut(), lang);
  }
}
