package org.shutong.cli.assess;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.shutong.assess.AssessmentModel;
import org.shutong.assess.EvidenceTemplate;
import org.shutong.cli.GlobalOptions;
import org.shutong.i18n.Lang;
import org.shutong.io.AtomicOutput;
import org.shutong.io.OutputException;
import org.shutong.report.ToolInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code shutong assess template --model ID [-o FILE]}: writes the evidence workbook of a model. */
@Command(name = "template", description = "生成评价模型的证据表（XLSX）：版本单元格、填写说明、每个评价项目一行（回答类型、说明与附件列、下拉与数值校验）")
public final class AssessTemplateCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin AssessOptions assess = new AssessOptions();

  @Option(names = "--model", paramLabel = "ID", required = true, descriptionKey = "model",
      description = "评价模型 ID，如 interop-hospital-2020、emr-2018（用 shutong assess models 查看）")
  String model;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "template.output",
      description = "证据表写入的文件（默认 <模型ID>-evidence.xlsx）")
  Path output;

  @Option(names = "--force", descriptionKey = "force", description = "允许覆盖已存在的输出文件")
  boolean force;

  @Override
  public Integer call() {
    GlobalOptions g = GlobalOptions.of(spec.commandLine());
    Lang lang = g.lang();
    AssessmentModel m = assess.model(model, lang);
    Path out = output != null ? output : Path.of(m.id() + "-evidence.xlsx");
    try (AtomicOutput ao = AtomicOutput.create(out, force, lang)) {
      EvidenceTemplate.write(m, ao.stream(), lang, ToolInfo.version(), LocalDate.now(java.time.ZoneId.systemDefault()));
      ao.commit();
    } catch (IOException e) {
      throw new OutputException(out.toString(), AssessOptions.messages(lang).get("template.failed", out, e.getMessage()), e);
    }
    if (!g.quiet()) {
      spec.commandLine().getErr().println(AssessOptions.messages(lang).get("template.written", out, m.id(),
          m.items().size()));
    }
    return 0;
  }
}
