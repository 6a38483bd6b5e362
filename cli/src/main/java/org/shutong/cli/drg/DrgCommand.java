package org.shutong.cli.drg;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The area command {@code shutong drg}: CHS-DRG grouping of first-page data. */
@Command(
    name = "drg",
    resourceBundle = "org.shutong.cli.drg.help",
    description = "DRG 分组：按 CHS-DRG 规则表为病案首页分组，并解释分组过程",
    subcommands = {DrgGroupCommand.class, DrgExplainCommand.class, DrgWhatIfCommand.class},
    usageHelpAutoWidth = true,
    sortOptions = false)
public final class DrgCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
