package org.shutong.cli.code;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shutong.cli.GlobalOptions;
import org.shutong.cli.InputOptions;
import org.shutong.cli.Progress;
import org.shutong.cli.ReportOptions;
import org.shutong.coding.BatchValidation;
import org.shutong.coding.CodingSystem;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.TableInput;
import org.shutong.report.FindingCollector;
import org.shutong.report.InputSummary;
import org.shutong.report.Report;
import org.shutong.report.ReportTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shutong code validate --system ID [--column NAME] FILE...}: checks codes one per line, or a
 * column of a table file, against a code table.
 */
@Command(name = "validate", description = "校验编码文件：每行一个编码，或表格文件中的一列；不规范但可识别的编码给出警告及规范编码")
public final class CodeValidateCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin InputOptions input = new InputOptions();
  @Mixin ReportOptions report = new ReportOptions();

  @Option(names = "--system", paramLabel = "ID", required = true, description = "编码表 ID，如 icd10-nhsa-2.0（用 shutong code info 查看全部）")
  String system;

  @Option(names = "--column", paramLabel = "NAME", description = "表格文件中编码所在列的列名（不给则每行一个编码）")
  String column;

  @Option(names = "--table", paramLabel = "FILE", descriptionKey = "code.table",
      description = "用户提供的编码表（code,name[,leaf]，如肿瘤形态学 M 编码表），ID 为文件名（不含扩展名），可重复")
  List<Path> tables = new ArrayList<>();

  @Parameters(paramLabel = "FILE", arity = "0..*", descriptionKey = "code.files", description = "输入文件")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() {
    Lang lang = GlobalOptions.of(spec.commandLine()).lang();
    Messages m = CodeCli.messages(lang);
    FindingCollector findings = report.collector();
    CodingSystem s = CodeCli.system(CodeCli.coding(tables, input.readOptions(lang, findings)), system, lang);
    Report.Builder b = Report.builder("code validate");
    for (String rule : new String[] {BatchValidation.NORMALIZED, BatchValidation.NOT_LEAF, BatchValidation.UNKNOWN,
        BatchValidation.AMBIGUOUS, BatchValidation.MALFORMED}) {
      b.rule(rule, m.get("rule." + rule));
    }
    long valid = 0;
    long normalized = 0;
    long notLeaf = 0;
    long unknown = 0;
    long ambiguous = 0;
    long malformed = 0;
    long empty = 0;
    List<BatchValidation.Normalization> norms = new ArrayList<>();
    for (TableInput f : input.inputs(files, lang)) {
      BatchValidation.Result r;
      try (Progress progress = Progress.of(spec, f.name(), -1)) {
        r = BatchValidation.run(s, f, column, input.readOptions(lang, findings), findings, 10_000, progress::tick);
      }
      b.input(new InputSummary(f.name(), r.records(), r.encoding()));
      BatchValidation.Counts c = r.counts();
      valid += c.valid();
      normalized += c.normalized();
      notLeaf += c.notLeaf();
      unknown += c.unknown();
      ambiguous += c.ambiguous();
      malformed += c.malformed();
      empty += c.empty();
      norms.addAll(r.normalizations());
    }
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("valid", valid);
    counts.put("normalized", normalized);
    counts.put("notLeaf", notLeaf);
    counts.put("unknown", unknown);
    counts.put("ambiguous", ambiguous);
    counts.put("malformed", malformed);
    counts.put("emptySkipped", empty);
    b.extra("system", s.id());
    b.extra("counts", counts);
    b.extra("normalized", norms);
    List<List<Object>> rows = new ArrayList<>();
    counts.forEach((k, v) -> rows.add(List.of(m.get("count." + k), v)));
    b.table(new ReportTable("counts", m.get("validate.title", s.id()), List.of(m.get("col.item"), m.get("col.count")), rows, null));
    return report.emit(b.build(findings), spec.commandLine().getOut(), lang);
  }
}
