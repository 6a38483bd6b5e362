package org.shutong.cli.conform;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The area command {@code shutong conform}: WS 363/364/445 conformance and data-quality profiles. */
@Command(
    name = "conform",
    resourceBundle = "org.shutong.cli.conform.help",
    description = "数据元符合性（WS 363/364/445）与数据质量剖析：建议映射、检查、剖析",
    subcommands = {ConformSuggestCommand.class, ConformCheckCommand.class, ConformProfileCommand.class},
    usageHelpAutoWidth = true,
    sortOptions = false)
public final class ConformCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
