package org.shutong.cli.assess;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.shutong.assess.AssessmentModel;
import org.shutong.cli.GlobalOptions;
import org.shutong.cli.ReportOptions;
import org.shutong.i18n.Lang;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What the scoring commands ({@code assess interop}, {@code assess emr}) share: the assess and
 * report options, {@code --evidence}, and the run ({@link AssessRun}) with the model kind and
 * default model of the subclass. A subclass declares its own {@code --model} and report-list
 * options (their names and help texts differ).
 */
abstract class ScoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin AssessOptions assess = new AssessOptions();
  @Mixin ReportOptions report = new ReportOptions();

  @Option(names = "--evidence", paramLabel = "E.xlsx", descriptionKey = "evidence",
      description = "填好的证据表（shutong assess template 生成）")
  Path evidence;

  private final String command;
  private final AssessmentModel.Kind kind;
  private final String defaultModel;

  ScoreCommand(String command, AssessmentModel.Kind kind, String defaultModel) {
    this.command = command;
    this.kind = kind;
    this.defaultModel = defaultModel;
  }

  /**
   * Scores and emits the report.
   *
   * @param model {@code --model}, or {@code null} for the workbook's model or the default
   * @param reports the JSON reports given as machine evidence
   * @return the exit code
   */
  final Integer score(String model, List<Path> reports) {
    Lang lang = GlobalOptions.of(spec.commandLine()).lang();
    return report.emit(AssessRun.run(command, kind, defaultModel, model, evidence, reports, assess, report, lang),
        spec.commandLine().getOut(), lang);
  }
}
