package org.shutong.cli.assess;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.shutong.assess.AssessmentModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code shutong assess emr --evidence E.xlsx [--dq-report R.json]}: scores the 电子病历系统应用水平
 * 分级评价 (国卫办医函〔2018〕1079号) from the evidence workbook, with data quality from Shutong's reports.
 */
@Command(name = "emr", description = "电子病历系统应用水平分级评价评分：单项综合评分（功能×有效应用×数据质量）、各角色与总分，达到的等级，下一级的差距清单")
public final class AssessEmrCommand extends ScoreCommand {
  @Option(names = "--model", paramLabel = "ID", descriptionKey = "model.emr",
      description = "评价模型 ID（默认取证据表中的模型，否则 emr-2018）")
  String model;

  @Option(names = "--dq-report", paramLabel = "R.json", descriptionKey = "dq-report",
      description = "数据质量的机器证据：firstpage check 等的 JSON 报告，或含报告的目录（可重复）")
  List<Path> reports = new ArrayList<>();

  /** Called by picocli. */
  public AssessEmrCommand() {
    super("assess emr", AssessmentModel.Kind.EMR, "emr-2018");
  }

  @Override
  public Integer call() {
    return score(model, reports);
  }
}
