package org.shutong.cli.interop;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code shutong interop}: the 互联互通 area (WS/T 500 documents, interaction services). */
@Command(
    name = "interop",
    resourceBundle = "org.shutong.cli.interop.help",
    description = "互联互通测评：WS/T 500 共享文档校验与生成、交互服务测试、参考平台",
    subcommands = {
      InteropValidateCommand.class,
      InteropGenerateCommand.class,
      InteropTestCommand.class,
      InteropServeCommand.class
    },
    usageHelpAutoWidth = true,
    sortOptions = false)
public final class InteropCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
