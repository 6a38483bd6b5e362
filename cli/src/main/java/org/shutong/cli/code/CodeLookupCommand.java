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
import org.shutong.coding.Block;
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

/**
 * {@code shutong code lookup CODE...}: name, level, leaf, chapter, block (节), 类目, dagger/asterisk of each
 * code; a chapter or block written as its range ({@code I20-I25}) shows its title and what it holds.
 */
@Command(name = "lookup", description = "查询编码：名称、层级（类目/亚目/细目/扩展码）、是否末级、章、节、类目、剑号星号；也可查章或节的范围（如 I20-I25）")
public final class CodeLookupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ReportOptions report = new ReportOptions();

  @Option(names = "--system", paramLabel = "ID",
      description = "编码表 ID（默认：字母开头按 icd10-nhsa-2.0，数字开头按 icd9cm3-nhsa-2.0；查不到再查国家临床版）")
  String system;

  @Option(names = "--table", paramLabel = "FILE", descriptionKey = "code.table",
      description = "用户提供的编码表（code,name[,leaf]，如肿瘤形态学 M 编码表），ID 为文件名（不含扩展名），可重复")
  List<java.nio.file.Path> tables = new ArrayList<>();

  @Parameters(paramLabel = "CODE", arity = "1..*", descriptionKey = "code.lookup.codes", description = "要查询的编码（可以不规范，如 i219、Ｉ２１．９００）")
  List<String> codes = new ArrayList<>();

  @Override
  public Integer call() {
    Lang lang = GlobalOptions.of(spec.commandLine()).lang();
    Messages m = CodeCli.messages(lang);
    FindingCollector findings = report.collector();
    org.shutong.coding.Coding coding = CodeCli.coding(tables,
        org.shutong.io.ReadOptions.defaults().withLang(lang).withProblems(findings));
    List<Map<String, Object>> out = new ArrayList<>();
    List<List<Object>> rows = new ArrayList<>();
    int i = 0;
    for (String code : codes) {
      i++;
      String id = system != null ? system : CodeCli.defaultSystemFor(code);
      CodingSystem s = CodeCli.system(coding, id, lang);
      if (CodingSystem.looksLikeRange(code)) {
        out.add(range(s, code, i, rows, findings, m));
        continue;
      }
      Optional<CodeInfo> info = s.lookup(code);
      if (info.isEmpty() && system == null && CodeCli.alternativeFor(id) != null) {
        CodingSystem alt = CodeCli.system(coding, CodeCli.alternativeFor(id), lang);
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
        Block bl = ci.block();
        if (bl != null) {
          o.put("block", CodeCli.block(bl, true));
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
            bl == null ? "" : bl.code() + " " + bl.displayTitle(),
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
        rows.add(List.of(code.length() > 40 ? code.substring(0, 40) + "…" : code, "", why, "", "", "", "", "", s.id()));
        findings.accept(new Finding("CODE-" + check.status().name().replace('_', '-'), Severity.ERROR, null, i, 0, null, code, why));
        if (check.problem() == org.shutong.coding.Problem.LOOKS_LIKE_NAME) {
          List<Map<String, Object>> sug = new ArrayList<>();
          for (org.shutong.coding.SearchHit h : s.search(code, 5)) {
            sug.add(Map.of("code", h.code(), "name", h.name()));
          }
          o.put("suggestions", sug);
          if (!sug.isEmpty()) {
            rows.add(List.of("", sug.get(0).get("code"), m.get("lookup.suggestion", sug.get(0).get("name")), "", "", "", "", "",
                s.id()));
          }
        }
      }
      out.add(o);
    }
    Report.Builder b = Report.builder("code lookup");
    b.extra("codes", out);
    b.table(new ReportTable("codes", m.get("lookup.title"), List.of(m.get("col.input"), m.get("col.code"), m.get("col.name"),
        m.get("col.level"), m.get("col.leaf"), m.get("col.chapter"), m.get("col.block"), m.get("col.category"),
        m.get("col.table")), rows, null));
    return report.emit(b.build(findings, codes.size()), spec.commandLine().getOut(), lang);
  }

  /** A chapter or block written as its range: its title, where it lies, and the 类目 it holds. */
  private static Map<String, Object> range(CodingSystem s, String input, int record, List<List<Object>> rows,
      FindingCollector findings, Messages m) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("input", input);
    o.put("system", s.id());
    Optional<Chapter> chapter = s.chapter(input);
    Optional<Block> block = chapter.isPresent() ? Optional.empty() : s.block(input);
    if (chapter.isEmpty() && block.isEmpty()) {
      String why = m.get(s.blocks().isEmpty() ? "lookup.notFound.RANGE.noBlocks" : "lookup.notFound.RANGE");
      o.put("status", "unknown");
      rows.add(List.of(input, "", why, "", "", "", "", "", s.id()));
      findings.accept(new Finding("CODE-UNKNOWN", Severity.ERROR, null, record, 0, null, input, why));
      return o;
    }
    o.put("status", "valid");
    List<org.shutong.coding.CodeNode> cats;
    if (chapter.isPresent()) {
      Chapter ch = chapter.get();
      o.put("code", ch.first() + "-" + ch.last());
      o.put("name", ch.title().isEmpty() ? ch.titleEn() : ch.title());
      o.put("level", "chapter");
      o.put("chapter", Map.of("number", ch.number(), "range", ch.first() + "-" + ch.last(), "title", ch.title()));
      o.put("blocks", s.blocksIn(ch).stream().map(x -> CodeCli.block(x, true)).toList());
      cats = s.categoriesIn(ch.first(), ch.last());
      rows.add(List.of(input, ch.first() + "-" + ch.last(), o.get("name"), m.get("level.CHAPTER"), m.get("no"),
          ch.number() + " " + ch.range() + " " + ch.title(), "", m.get("lookup.categories", cats.size()), s.id()));
    } else {
      Block bl = block.get();
      Chapter ch = s.chapters().stream().filter(c -> c.number().equals(bl.chapter())).findFirst().orElse(null);
      o.put("code", bl.code());
      o.put("name", bl.displayTitle());
      o.put("level", "block");
      if (ch != null) {
        o.put("chapter", Map.of("number", ch.number(), "range", ch.first() + "-" + ch.last(), "title", ch.title()));
      }
      o.put("block", CodeCli.block(bl, true));
      o.put("blocks", s.blocksIn(bl).stream().map(x -> CodeCli.block(x, true)).toList());
      cats = s.categoriesIn(bl.first(), bl.last());
      rows.add(List.of(input, bl.code(), bl.displayTitle(), m.get("level.BLOCK"), m.get("no"),
          ch == null ? "" : ch.number() + " " + ch.range() + " " + ch.title(),
          bl.parent().isEmpty() ? "" : m.get("lookup.inBlock", bl.parent()), m.get("lookup.categories", cats.size()), s.id()));
    }
    List<Map<String, Object>> list = new ArrayList<>();
    for (org.shutong.coding.CodeNode n : cats) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("code", n.code());
      c.put("name", n.name());
      list.add(c);
    }
    o.put("categories", list);
    return o;
  }

}
