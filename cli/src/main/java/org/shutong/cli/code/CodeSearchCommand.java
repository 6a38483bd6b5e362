package org.shutong.cli.code;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shutong.cli.GlobalOptions;
import org.shutong.cli.ReportOptions;
import org.shutong.coding.CodingSystem;
import org.shutong.coding.SearchHit;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.report.Report;
import org.shutong.report.ReportTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shutong code search TEXT [--system ID] [--limit N]}: ranked search by name, 拼音首字母, pinyin or code. */
@Command(name = "search", description = "按名称检索编码：中文（可缩写，如 心梗）、拼音首字母（如 jxxjgs）、全拼或编码前缀")
public final class CodeSearchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ReportOptions report = new ReportOptions();

  @Option(names = "--system", paramLabel = "ID", defaultValue = CodeCli.DIAGNOSES, description = "编码表 ID（默认 icd10-nhsa-2.0）")
  String system;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "最多列出的结果数（默认 20）")
  int limit;

  @Parameters(paramLabel = "TEXT", arity = "1..*", descriptionKey = "code.search.text", description = "检索词；多个词须同时匹配")
  List<String> text = new ArrayList<>();

  @Override
  public Integer call() {
    Lang lang = GlobalOptions.of(spec.commandLine()).lang();
    Messages m = CodeCli.messages(lang);
    CodingSystem s = CodeCli.system(system, lang);
    String q = String.join(" ", text);
    List<SearchHit> hits = s.search(q, Math.max(1, limit));
    List<Map<String, Object>> out = new ArrayList<>();
    List<List<Object>> rows = new ArrayList<>();
    int rank = 0;
    for (SearchHit h : hits) {
      rank++;
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("rank", rank);
      o.put("code", h.code());
      o.put("name", h.name());
      o.put("leaf", h.leaf());
      o.put("match", h.match().name().toLowerCase(Locale.ROOT));
      out.add(o);
      rows.add(List.of(rank, h.code(), h.name(), m.get(h.leaf() ? "yes" : "no"), m.get("match." + h.match().name())));
    }
    Report.Builder b = Report.builder("code search");
    b.extra("system", s.id());
    b.extra("query", q);
    b.extra("results", out);
    b.table(new ReportTable("results", m.get("search.title", q, s.id(), hits.size()),
        List.of("#", m.get("col.code"), m.get("col.name"), m.get("col.leaf"), m.get("col.match")), rows, null));
    return report.emit(b.build(report.collector(), 0), spec.commandLine().getOut(), lang);
  }
}
