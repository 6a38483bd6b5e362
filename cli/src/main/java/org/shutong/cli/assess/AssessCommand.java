package org.shutong.cli.assess;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The area command {@code shutong assess}: 互联互通测评, 电子病历分级评价 and the standards self-assessment. */
@Command(
    name = "assess",
    resourceBundle = "org.shutong.cli.assess.help",
    description = "评价：互联互通标准化成熟度测评、电子病历系统应用水平分级评价的证据表、评分与差距，以及标准化自评价",
    subcommands = {AssessTemplateCommand.class, AssessInteropCommand.class, AssessEmrCommand.class,
        AssessSelfCommand.class, AssessModelsCommand.class},
    usageHelpAutoWidth = true,
    sortOptions = false)
public final class AssessCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
