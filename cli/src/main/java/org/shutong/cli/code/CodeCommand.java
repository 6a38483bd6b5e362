package org.shutong.cli.code;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The area command {@code shutong code}: code tables and the coding service. */
@Command(
    name = "code",
    resourceBundle = "org.shutong.cli.code.help",
    description = "编码：国家疾病诊断与手术操作编码表的查询、校验、检索与映射",
    subcommands = {CodeLookupCommand.class, CodeValidateCommand.class, CodeSearchCommand.class, CodeTreeCommand.class,
        CodeMapCommand.class, CodeEditsCommand.class, CodeInfoCommand.class},
    usageHelpAutoWidth = true,
    sortOptions = false)
public final class CodeCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
