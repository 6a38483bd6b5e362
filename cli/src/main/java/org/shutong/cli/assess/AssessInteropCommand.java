package org.shutong.cli.assess;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.shutong.assess.AssessmentModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code shutong assess interop --evidence E.xlsx --reports DIR}: scores the 互联互通标准化成熟度测评
 * from the evidence workbook and Shutong's JSON reports.
 */
@Command(name = "interop", description = "互联互通标准化成熟度测评评分：各项目、各领域与总分，达到的最高等级，下一等级的差距清单（按工作量排序）")
public final class AssessInteropCommand extends ScoreCommand {
  @Option(names = "--model", paramLabel = "ID", descriptionKey = "model.interop",
      description = "评价模型 ID（默认取证据表中的模型，否则 interop-hospital-2020）")
  String model;

  @Option(names = "--reports", paramLabel = "DIR|FILE", descriptionKey = "reports",
      description = "书同 JSON 报告（conform check、interop validate、interop test 等），或含报告的目录（可重复）")
  List<Path> reports = new ArrayList<>();

  /** Called by picocli. */
  public AssessInteropCommand() {
    super("assess interop", AssessmentModel.Kind.INTEROP, "interop-hospital-2020");
  }

  @Override
  public Integer call() {
    return score(model, reports);
  }
}
