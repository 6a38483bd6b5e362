package org.shutong.cli.stats;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code shutong stats}: monthly statistical submissions. */
@Command(
    name = "stats",
    resourceBundle = "org.shutong.cli.stats.help",
    description = "月度统计报表：法定传染病报告发病、死亡统计表，病案首页月度统计",
    subcommands = {NotifiableCommand.class, FirstpageStatsCommand.class},
    sortOptions = false)
public final class StatsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
