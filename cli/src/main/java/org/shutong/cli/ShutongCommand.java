package org.shutong.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The root command {@code shutong}. Lists only working subcommands. */
@Command(
    name = "shutong",
    mixinStandardHelpOptions = true,
    scope = picocli.CommandLine.ScopeType.INHERIT,
    versionProvider = VersionProvider.class,
    resourceBundle = "org.shutong.cli.help",
    description = "书同：按国家标准编码、校验、交换卫生健康数据。",
    subcommands = {org.shutong.cli.firstpage.FirstpageCommand.class, org.shutong.cli.code.CodeCommand.class,
        org.shutong.cli.conform.ConformCommand.class, org.shutong.cli.deid.DeidCommand.class,
        org.shutong.cli.interop.InteropCommand.class, org.shutong.cli.assess.AssessCommand.class,
        org.shutong.cli.stats.StatsCommand.class, org.shutong.cli.drg.DrgCommand.class, ConvertCommand.class,
        InspectCommand.class, org.shutong.cli.generate.GenerateCommand.class},
    usageHelpAutoWidth = true,
    sortOptions = false)
public final class ShutongCommand implements Runnable {
  @Mixin GlobalOptions global = new GlobalOptions();

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
