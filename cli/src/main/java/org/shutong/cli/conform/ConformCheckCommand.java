package org.shutong.cli.conform;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.shutong.cli.GlobalOptions;
import org.shutong.cli.InputOptions;
import org.shutong.cli.Progress;
import org.shutong.cli.ReportOptions;
import org.shutong.codesets.Codesets;
import org.shutong.conformance.ConformanceChecker;
import org.shutong.conformance.ConformanceReports;
import org.shutong.conformance.ConformanceResult;
import org.shutong.conformance.Mapping;
import org.shutong.conformance.ValueDomains;
import org.shutong.i18n.Lang;
import org.shutong.identifier.Identifiers;
import org.shutong.io.TableReader;
import org.shutong.io.TableInput;
import org.shutong.report.FindingCollector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shutong conform check --mapping M FILE}: every mapped value against its data element's
 * representation format (WS 363), value domain (WS 364 / GB/T tables) and identifier rules, and the
 * data set's required elements; scores under {@code conformance} in the JSON report.
 */
@Command(name = "check", description = "按映射检查数据文件：表示格式（WS 363）、值域（WS 364/GB/T）、身份证号等标识符、数据集必填项；输出逐值发现和符合率")
public final class ConformCheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin InputOptions input = new InputOptions();
  @Mixin ReportOptions report = new ReportOptions();
  @Mixin CatalogueOptions catalogue = new CatalogueOptions();

  @Option(names = "--mapping", required = true, paramLabel = "FILE", descriptionKey = "mapping",
      description = "映射文件：YAML，或表头为 column,element 的 CSV（可含数据集的必填项）")
  Path mapping;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", descriptionKey = "file", description = "要检查的数据文件（或用 --jdbc 读数据库）")
  Path file;

  @Override
  public Integer call() {
    Lang lang = GlobalOptions.of(spec.commandLine()).lang();
    FindingCollector findings = report.collector();
    Mapping m = Mapping.read(mapping, catalogue.catalogue(lang), lang);
    ConformanceChecker checker = ConformanceChecker.of(m, ValueDomains.of(Codesets.bundled()), Identifiers.national(), lang);
    ConformanceResult result;
    TableInput source = input.inputs(file == null ? List.of() : List.of(file), lang).get(0);
    try (TableReader r = source.open(input.readOptions(lang, findings));
        Progress progress = Progress.of(spec, r)) {
      result = checker.check(new TickingReader(r, progress), findings);
    }
    return report.emit(ConformanceReports.check(result, findings, lang), spec.commandLine().getOut(), lang);
  }
}
