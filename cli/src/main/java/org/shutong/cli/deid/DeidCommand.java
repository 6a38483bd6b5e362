package org.shutong.cli.deid;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The area command {@code shutong deid}: de-identification after GB/T 37964-2019 and GB/T 39725-2020. */
@Command(
    name = "deid",
    resourceBundle = "org.shutong.cli.deid.help",
    description = "去标识化：识别标识符、按方案脱敏（假名化、加密、泛化、日期偏移、抑制）、重标识风险与 k-匿名",
    subcommands = {DeidScanCommand.class, DeidRunCommand.class, DeidRiskCommand.class, DeidDecryptCommand.class,
        DeidKeygenCommand.class},
    usageHelpAutoWidth = true,
    sortOptions = false)
public final class DeidCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
