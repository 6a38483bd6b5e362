package org.shutong.cli.generate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The area command {@code shutong generate}: realistic synthetic data for tests, demos and benchmarks. */
@Command(
    name = "generate",
    resourceBundle = "org.shutong.cli.generate.help",
    description = "生成逼真的模拟数据（用于测试、演示和性能测试），可按比例注入已知错误并输出答案",
    subcommands = {GenerateFirstpageCommand.class},
    usageHelpAutoWidth = true,
    sortOptions = false)
public final class GenerateCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
