package org.shutong.cli.firstpage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shutong.cli.GlobalOptions;
import org.shutong.cli.ReportOptions;
import org.shutong.firstpage.RuleDef;
import org.shutong.firstpage.RuleSet;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.AtomicOutput;
import org.shutong.report.Report;
import org.shutong.report.ReportTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code shutong firstpage rules}: lists the rules with their severity, fields and source; with
 * {@code --export}, writes the bundled rule file to copy and edit.
 */
@Command(name = "rules", description = "列出病案首页规则（编号、级别、类别、字段、依据）；--export 输出内置规则文件以便复制修改")
public final class FirstpageRulesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ReportOptions report = new ReportOptions();

  @Option(names = "--rules", paramLabel = "FILE", descriptionKey = "rules.list", description = "列出此规则文件的规则（默认内置 nhc-2016）")
  Path rulesFile;

  @Option(names = "--export", description = "输出内置规则文件 nhc-2016.yaml（到 -o 文件或标准输出）")
  boolean export;

  /** One rule as the JSON report lists it. */
  record RuleRow(String id, String kind, String severity, String category, boolean enabled, List<String> fields,
      String each, String when, String check, String message, String source) {}

  @Override
  public Integer call() {
    Lang lang = GlobalOptions.of(spec.commandLine()).lang();
    if (export) {
      String text = RuleSet.standardText();
      if (report.output() == null) {
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
      } else {
        try (AtomicOutput out = AtomicOutput.create(report.output(), report.force(), lang)) {
          out.stream().write(text.getBytes(StandardCharsets.UTF_8));
          out.commit();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return 0;
    }
    Messages m = Messages.of("org.shutong.cli.firstpage.messages", lang);
    RuleSet rules = rulesFile == null ? RuleSet.standard() : RuleSet.load(rulesFile, lang);
    List<RuleRow> list = new ArrayList<>();
    List<List<Object>> rows = new ArrayList<>();
    for (RuleDef r : rules.rules()) {
      String each = r.each() == null ? null : String.join(",", r.each());
      list.add(new RuleRow(r.id(), r.kind(), r.severity().label(), r.category(), r.enabled(), r.fields(), each,
          r.when(), r.check(), r.message(lang), r.source()));
      rows.add(List.of(r.id(), m.get("sev." + r.severity().label()) + (r.enabled() ? "" : m.get("rules.disabled")),
          r.category(), String.join(" ", r.fields()) + (each == null ? "" : " [" + each + "]"), r.message(lang),
          r.source()));
    }
    Map<String, Object> set = new LinkedHashMap<>();
    set.put("id", rules.id());
    set.put("version", rules.version());
    set.put("title", rules.title(lang));
    set.put("source", rules.source());
    set.put("options", rules.options());
    Report.Builder b = Report.builder("firstpage rules");
    b.extra("ruleSet", set);
    b.extra("rules", list);
    b.table(new ReportTable("rules", m.get("rules.title", rules.id(), rules.version(), list.size()),
        List.of(m.get("col.id"), m.get("col.severity"), m.get("col.category"), m.get("col.fields"),
            m.get("col.message"), m.get("col.source")), rows, rules.title(lang)));
    return report.emit(b.build(report.collector(), 0), spec.commandLine().getOut(), lang);
  }
}
