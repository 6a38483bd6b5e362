package org.shutong.cli.code;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.shutong.cli.GlobalOptions;
import org.shutong.cli.ReportOptions;
import org.shutong.coding.Chapter;
import org.shutong.coding.CodeCheck;
import org.shutong.coding.CodeInfo;
import org.shutong.coding.CodingSystem;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;
import org.shutong.report.Report;
import org.shutong.report.ReportTable;
import org.shutong.report.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shutong code lookup CODE...}: name, level, leaf, chapter, 类目, dagger/asterisk of each code. */
@Command(name = "lookup", description = "查询编码：名称、层级（类目/亚目/细目/扩展码）、是否末级、章、类目、剑号星号")
public final class CodeLookupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ReportOptions report = new ReportOptions();

  @Option(names = "--system", paramLabel = "ID",
      description = "编码表 ID（默认：字母开头按 icd10-nhsa-2.0，数字开头按 icd9cm3-nhsa-2.0；查不到再查国家临床版）")
  String system;

  @Parameters(paramLabel = "CODE", arity = "1..*", descriptionKey = "code.lookup.codes", description = "要查询的编码（可以不规范，如 i219、Ｉ２１．９００）")
  List<String> codes = new ArrayList<>();

  @Override
  public Integer call() {
    Lang lang = GlobalOptions.of(spec.commandLine()).lang();
    Messages m = CodeCli.messages(lang);
    FindingCollector findings = report.collector();
    List<Map<String, Object>> out = new ArrayList<>();
    List<List<Object>> rows = new ArrayList<>();
    int i = 0;
    for (String code : codes) {
      i++;
      String id = system != null ? system : CodeCli.defaultSystemFor(code);
      CodingSystem s = CodeCli.system(id, lang);
      Optional<CodeInfo> info = s.lookup(code);
      if (info.isEmpty() && system == null && CodeCli.alternativeFor(id) != null) {
        CodingSystem alt = CodeCli.system(CodeCli.alternativeFor(id), lang);
        Optional<CodeInfo> other = alt.lookup(code);
        if (other.isPresent()) {
          s = alt;
          info = other;
        }
      }
      CodeCheck check = info.map(CodeInfo::check).orElse(s.validate(code));
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("input", code);
      o.put("system", s.id());
      o.put("status", check.status().name().toLowerCase(Locale.ROOT));
      if (info.isPresent()) {
        CodeInfo ci = info.get();
        o.putAll(CodeCli.node(ci.node()));
        o.put("changes", check.changes().stream().map(Enum::name).toList());
        Chapter ch = ci.chapter();
        if (ch != null) {
          Map<String, Object> c = new LinkedHashMap<>();
          c.put("number", ch.number());
          c.put("range", ch.first() + "-" + ch.last());
          c.put("title", ch.title());
          o.put("chapter", c);
        }
        if (ci.category() != null) {
          Map<String, Object> cat = new LinkedHashMap<>();
          cat.put("code", ci.category().code());
          cat.put("name", ci.category().name());
          o.put("category", cat);
        }
        o.put("dagger", ci.dagger());
        o.put("asterisk", ci.asterisk());
        rows.add(List.of(code, ci.code(), ci.name() == null ? "" : ci.name(), CodeCli.level(ci.node(), m),
            m.get(ci.node().leaf() ? "yes" : "no"),
            ch == null ? "" : ch.number() + " " + ch.range() + " " + ch.title(),
            ci.category() == null ? "" : (ci.category().code() + " " + (ci.category().name() == null ? "" : ci.category().name())).strip(),
            s.id()));
        if (!check.changes().isEmpty()) {
          findings.accept(new Finding("CODE-NORMALIZED", Severity.WARNING, null, i, 0, null, code,
              m.get("lookup.normalized", ci.code())));
        }
      } else {
        o.put("candidates", check.candidates());
        String why = check.problem() != null
            ? Messages.of("org.shutong.coding.messages", lang).get("batch.malformed." + check.problem().name().toLowerCase(Locale.ROOT),
                CodingSystem.MAX_CODE_LENGTH)
            : m.get("lookup.notFound." + check.status().name(), String.join(", ", check.candidates()));
        rows.add(List.of(code.length() > 40 ? code.substring(0, 40) + "…" : code, "", why, "", "", "", "", s.id()));
        findings.accept(new Finding("CODE-" + check.status().name().replace('_', '-'), Severity.ERROR, null, i, 0, null, code, why));
      }
      out.add(o);
    }
    Report.Builder b = Report.builder("code lookup");
    b.extra("codes", out);
    b.table(new ReportTable("codes", m.get("lookup.title"), List.of(m.get("col.input"), m.get("col.code"), m.get("col.name"),
        m.get("col.level"), m.get("col.leaf"), m.get("col.chapter"), m.get("col.category"), m.get("col.table")), rows, null));
    return report.emit(b.build(findings, codes.size()), spec.commandLine().getOut(), lang);
  }
}
