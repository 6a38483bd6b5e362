package org.shutong.cli.assess;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.shutong.assess.AssessmentModel;
import org.shutong.cli.GlobalOptions;
import org.shutong.cli.ReportOptions;
import org.shutong.i18n.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code shutong assess interop --evidence E.xlsx --reports DIR}: scores the 互联互通标准化成熟度测评
 * from the evidence workbook and Shutong's JSON reports.
 */
@Command(name = "interop", description = "互联互通标准化成熟度测评评分：各项目、各领域与总分，达到的最高等级，下一等级的差距清单（按工作量排序）")
public final class AssessInteropCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin AssessOptions assess = new AssessOptions();
  @Mixin ReportOptions report = new ReportOptions();

  @Option(names = "--model", paramLabel = "ID", descriptionKey = "model.interop",
      description = "评价模型 ID（默认取证据表中的模型，否则 interop-hospital-2020）")
  String model;

  @Option(names = "--evidence", paramLabel = "E.xlsx", descriptionKey = "evidence",
      description = "填好的证据表（shutong assess template 生成）")
  Path evidence;

  @Option(names = "--reports", paramLabel = "DIR|FILE", descriptionKey = "reports",
      description = "书同 JSON 报告（conform check、interop validate、interop test 等），或含报告的目录（可重复）")
  List<Path> reports = new ArrayList<>();

  @Override
  public Integer call() {
    Lang lang = GlobalOptions.of(spec.commandLine()).lang();
    return report.emit(AssessRun.run("assess interop", AssessmentModel.Kind.INTEROP, "interop-hospital-2020", model,
        evidence, reports, assess, report, lang), spec.commandLine().getOut(), lang);
  }
}
