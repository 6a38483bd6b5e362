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
import org.shutong.coding.CodeEdits;
import org.shutong.coding.Coding;
import org.shutong.coding.EditsFile;
import org.shutong.i18n.Lang;
import org.shutong.io.TableInput;
import org.shutong.report.FindingCollector;
import org.shutong.report.InputSummary;
import org.shutong.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shutong code edits FILE}: the coding edits on patient records (sex, age, diagnoses, procedures). */
@Command(name = "edits", description = "编码逻辑校验（参照 Medicare Code Editor）：性别、年龄、不能作主要诊断的编码、损伤外因、肿瘤形态学等")
public final class CodeEditsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin InputOptions input = new InputOptions();
  @Mixin ReportOptions report = new ReportOptions();

  @Option(names = "--system", paramLabel = "ID", defaultValue = CodeCli.DIAGNOSES, description = "诊断编码表 ID（默认 icd10-nhsa-2.0）")
  String system;

  @Option(names = "--procedure-system", paramLabel = "ID", defaultValue = CodeCli.PROCEDURES, description = "手术操作编码表 ID（默认 icd9cm3-nhsa-2.0）")
  String procedureSystem;

  @Parameters(paramLabel = "FILE", arity = "0..*", descriptionKey = "code.files", description = "病案记录文件（含性别、年龄、诊断编码、手术操作编码列）")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() {
    Lang lang = GlobalOptions.of(spec.commandLine()).lang();
    CodeEdits edits = Coding.bundled().edits().withSystems(CodeCli.system(system, lang), CodeCli.system(procedureSystem, lang));
    FindingCollector findings = report.collector();
    Report.Builder b = Report.builder("code edits");
    org.shutong.i18n.Messages m = CodeCli.messages(lang);
    java.util.Set<String> ids = new java.util.LinkedHashSet<>();
    for (CodeEdits.Rule r : edits.rules()) {
      ids.add(r.id());
    }
    ids.addAll(List.of("EDIT-NEO-NO-MORPHOLOGY", "EDIT-PDX-ASTERISK", "EDIT-PDX-MORPHOLOGY", "EDIT-PDX-UNSPECIFIED",
        "EDIT-DUPLICATE-PDX"));
    for (String id : ids) {
      b.rule(id, m.has("rule." + id) ? m.get("rule." + id) : id);
    }
    long hits = 0;
    for (TableInput f : input.inputs(files, lang)) {
      EditsFile.Result r;
      try (Progress progress = Progress.of(spec, f.name(), -1)) {
        r = EditsFile.run(edits, f, input.readOptions(lang, findings), findings, progress::tick);
      }
      b.input(new InputSummary(f.name(), r.records(), r.encoding()));
      hits += r.hits();
    }
    List<Map<String, Object>> rules = new ArrayList<>();
    for (CodeEdits.Rule r : edits.rules()) {
      if (!r.id().startsWith("EDIT-SEX-")) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("ruleId", r.id());
        o.put("range", r.from() + "-" + r.to());
        o.put("source", r.source());
        rules.add(o);
      }
    }
    b.extra("systems", List.of(edits.diagnoses().id(), edits.procedures().id()));
    b.extra("editHits", hits);
    b.extra("rules", rules);
    return report.emit(b.build(findings), spec.commandLine().getOut(), lang);
  }
}
