package org.shutong.cli.firstpage;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The area command {@code shutong firstpage}: checking 住院病案首页 extracts. */
@Command(
    name = "firstpage",
    resourceBundle = "org.shutong.cli.firstpage.help",
    description = "住院病案首页：按国家标准校验病案首页数据（字段、编码、逻辑、跨记录），列出规则与字段",
    subcommands = {FirstpageCheckCommand.class, FirstpageRulesCommand.class, FirstpageFieldsCommand.class},
    usageHelpAutoWidth = true,
    sortOptions = false)
public final class FirstpageCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
