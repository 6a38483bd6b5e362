package org.shutong.cli.conform;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.shutong.cli.GlobalOptions;
import org.shutong.cli.InputOptions;
import org.shutong.cli.Progress;
import org.shutong.cli.ReportOptions;
import org.shutong.cli.UsageException;
import org.shutong.codesets.Codesets;
import org.shutong.conformance.ConformanceReports;
import org.shutong.conformance.DataProfile;
import org.shutong.conformance.Mapping;
import org.shutong.conformance.ProfileOptions;
import org.shutong.conformance.ProfileRules;
import org.shutong.conformance.Profiler;
import org.shutong.conformance.ValueDomains;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
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
 * {@code shutong conform profile FILE [--key COLS]}: the data-quality profile a data steward reads —
 * per column statistics and the dimensions 完整性、唯一性、有效性、一致性、及时性.
 */
@Command(name = "profile", description = "数据质量剖析：各列类型、填充率、不同值、常见值、最值、长度与模式，重复记录，一致性规则，及时性；按完整性、唯一性、有效性、一致性、及时性评分")
public final class ConformProfileCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin InputOptions input = new InputOptions();
  @Mixin ReportOptions report = new ReportOptions();
  @Mixin CatalogueOptions catalogue = new CatalogueOptions();

  @Option(names = "--key", split = ",", paramLabel = "COLS", descriptionKey = "key",
      description = "标识一条记录的列（逗号分隔，可写列名或映射中的数据元标识符），如 住院号,住院次数")
  List<String> key = new ArrayList<>();

  @Option(names = "--rules", paramLabel = "FILE", descriptionKey = "rules",
      description = "规则文件（YAML）：列间一致性规则、参照日期、期望时间范围、上报时限")
  Path rules;

  @Option(names = "--mapping", paramLabel = "FILE", descriptionKey = "profileMapping",
      description = "映射文件：给出时，映射列的有效性按数据元表示格式、值域和标识符规则计算")
  Path mapping;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", descriptionKey = "as-of",
      description = "及时性的参照日期（默认今天；规则文件中的 asOf 优先）")
  LocalDate asOf;

  @Option(names = "--temp-dir", paramLabel = "DIR", descriptionKey = "temp-dir",
      description = "重复检测超出内存缓冲时写临时文件的目录（默认系统临时目录）")
  Path tempDir;

  @Option(names = "--distinct-budget", paramLabel = "N", defaultValue = "500000", descriptionKey = "distinct-budget",
      description = "所有列合计精确计数的不同值个数，超出后以 HyperLogLog 估算（默认 500000）")
  int distinctBudget = 500_000;

  @Option(names = "--chart-columns", paramLabel = "N", defaultValue = "200", descriptionKey = "chart-columns",
      description = "HTML 报告中画图的列数（默认前 200 列）")
  int chartColumns = ConformanceReports.DEFAULT_CHART_COLUMNS;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", descriptionKey = "file", description = "要剖析的数据文件（或用 --jdbc 读数据库）")
  Path file;

  @Override
  public Integer call() {
    Lang lang = GlobalOptions.of(spec.commandLine()).lang();
    Messages messages = Messages.of("org.shutong.cli.conform.messages", lang);
    if (distinctBudget < 1) {
      throw new UsageException(messages.get("distinct-budget.positive"));
    }
    if (chartColumns < 0) {
      throw new UsageException(messages.get("chart-columns.notNegative"));
    }
    FindingCollector findings = report.collector();
    ProfileOptions o = ProfileOptions.defaults().withLang(lang).withKey(key)
        .withChecks(ValueDomains.of(Codesets.bundled()), Identifiers.national());
    o = o.withLimits(distinctBudget, o.topCapacity(), o.duplicateBuffer());
    if (rules != null) {
      o = o.withRules(ProfileRules.read(rules, lang));
    }
    if (mapping != null) {
      o = o.withMapping(Mapping.read(mapping, catalogue.catalogue(lang), lang));
    }
    if (asOf != null) {
      o = o.withAsOf(asOf);
    }
    if (tempDir != null) {
      o = o.withTempDir(tempDir);
    }
    DataProfile p;
    TableInput source = input.inputs(file == null ? List.of() : List.of(file), lang).get(0);
    try (TableReader r = source.open(input.readOptions(lang, findings));
        Progress progress = Progress.of(spec, r)) {
      p = Profiler.of(o).profile(new TickingReader(r, progress), findings);
    }
    return report.emit(ConformanceReports.profile(p, findings, lang, chartColumns), spec.commandLine().getOut(), lang);
  }
}
