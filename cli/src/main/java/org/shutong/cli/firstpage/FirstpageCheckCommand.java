package org.shutong.cli.firstpage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shutong.cli.GlobalOptions;
import org.shutong.cli.InputOptions;
import org.shutong.cli.Progress;
import org.shutong.cli.ReportOptions;
import org.shutong.codesets.Codesets;
import org.shutong.codesets.ValueDomain;
import org.shutong.coding.UserTables;
import org.shutong.firstpage.CheckResult;
import org.shutong.firstpage.IcdTables;
import org.shutong.firstpage.FirstPageChecker;
import org.shutong.firstpage.FirstPageFields;
import org.shutong.firstpage.FirstPageReports;
import org.shutong.firstpage.RuleSet;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.InputException;
import org.shutong.io.ReadOptions;
import org.shutong.io.Row;
import org.shutong.io.TableInput;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;
import org.shutong.report.FindingCollector;
import org.shutong.report.Report;
import org.shutong.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shutong firstpage check FILE...}: checks 住院病案首页 extracts against the rule set and
 * reports findings, scores, summaries and the 2016 indicators.
 */
@Command(name = "check", description = "校验病案首页文件：必填、格式、值域、编码、逻辑与跨记录规则；输出发现、质量得分与 2016 版指标")
public final class FirstpageCheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin InputOptions input = new InputOptions();
  @Mixin ReportOptions report = new ReportOptions();

  @Parameters(arity = "0..*", paramLabel = "FILE", descriptionKey = "check.files", description = "病案首页文件（CSV/TSV/XLSX…，每行一份首页；列名为字段代码、中文名或别名）；或用 --jdbc 读数据库")
  List<Path> files = new ArrayList<>();

  @Option(names = "--rules", paramLabel = "FILE", description = "规则文件（YAML，默认内置 nhc-2016；可继承后停用、改级别或新增规则）")
  Path rulesFile;

  @Option(names = "--coding", paramLabel = "nhsa|gb-clinical", defaultValue = "nhsa", converter = CodingConverters.class,
      description = "诊断与手术编码表：nhsa（医保版2.0，默认）或 gb-clinical（国家临床版）")
  IcdTables coding = IcdTables.NHSA;

  @Option(names = "--aliases", paramLabel = "FILE", description = "列名别名表（两列：别名、字段代码或中文名）")
  Path aliases;

  @Option(names = "--value-domains", paramLabel = "FILE", description = "补充或替换值域（domain,code,name），如更完整的 RC023 科室表；可多次给出")
  List<Path> valueDomains = new ArrayList<>();

  @Option(names = "--procedure-kinds", paramLabel = "FILE", description = "手术操作类别表（两列：编码、类别：手术/介入治疗/诊断性操作/治疗性操作），启用 FP-OP-SURGERY-* 规则")
  Path procedureKinds;

  @Override
  public Integer call() {
    GlobalOptions g = GlobalOptions.of(spec.commandLine());
    Lang lang = g.lang();
    FindingCollector findings = report.collector();
    ReadOptions read = input.readOptions(lang, findings);
    RuleSet rules = rulesFile == null ? RuleSet.standard() : RuleSet.load(rulesFile, lang);
    FirstPageFields fields = FirstPageFields.standard();
    if (aliases != null) {
      fields = fields.withAliases(aliases, read.withName(null));
    }
    Codesets cs = Codesets.bundled();
    for (Path p : valueDomains) {
      List<ValueDomain> d = UserTables.valueDomains(p, "user:" + p.getFileName(), read);
      cs = cs.with(d);
    }
    FirstPageChecker.Builder builder = FirstPageChecker.builder().rules(rules).fields(fields).lang(lang)
        .codesets(cs).coding(coding);
    if (procedureKinds != null) {
      builder.procedureKinds(kinds(procedureKinds, read, lang));
    }
    Path outDir = report.output() == null ? null : report.output().toAbsolutePath().getParent();
    if (outDir != null && Files.isDirectory(outDir)) {
      // keys and scores beyond the memory budget go beside the report, where the user made room
      builder.spillDirectory(outDir);
    }
    FirstPageChecker checker = builder.build();
    FirstPageChecker.Run run = checker.start(findings);
    List<TableInput> sources = input.inputs(files, lang);
    Report.Builder b = Report.builder("firstpage check");
    for (TableInput file : sources) {
      Progress[] progress = {null};
      try {
        b.input(run.check(file, read, new FirstPageChecker.Run.Listener() {
          @Override
          public void opened(TableReader r) {
            progress[0] = Progress.of(spec, r);
          }

          @Override
          public void checked() {
            progress[0].tick();
          }
        }));
      } finally {
        if (progress[0] != null) {
          progress[0].close();
        }
      }
    }
    CheckResult result = run.finish();
    FirstPageReports.addTo(b, rules, result, lang, report.format() == ReportFormat.JSON);
    return report.emit(b.build(findings), spec.commandLine().getOut(), lang);
  }

  /** Reads a procedure attribute table: first column the code, second its kind. */
  static Map<String, String> kinds(Path file, ReadOptions read, Lang lang) {
    Map<String, String> out = new HashMap<>();
    try (TableReader r = TableReaders.open(file, read)) {
      if (r.header().size() < 2) {
        throw new InputException(file.toString(), 1, 0,
            Messages.of("org.shutong.cli.firstpage.messages", lang).get("kinds.columns", file), null);
      }
      while (r.hasNext()) {
        Row row = r.next();
        String code = row.get(0).strip();
        String kind = row.get(1).strip();
        if (!code.isEmpty() && !kind.isEmpty()) {
          out.put(code, kind);
        }
      }
    }
    return out;
  }

}
