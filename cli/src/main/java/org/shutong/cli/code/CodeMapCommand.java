package org.shutong.cli.code;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shutong.cli.GlobalOptions;
import org.shutong.cli.ReportOptions;
import org.shutong.coding.BatchMapping;
import org.shutong.coding.Coding;
import org.shutong.coding.CrosswalkService;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.InputEncoding;
import org.shutong.io.ReadOptions;
import org.shutong.report.FindingCollector;
import org.shutong.report.InputSummary;
import org.shutong.report.Report;
import org.shutong.report.ReportTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shutong code map --from ID --to ID FILE}: 国临版 ↔ 医保版 by the published crosswalks only. */
@Command(name = "map", description = "按已发布的对照表映射编码（国家临床版 ↔ 医保版，两个来源）；来源不一致或无对照的列出，不猜测")
public final class CodeMapCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ReportOptions report = new ReportOptions();

  // no InputOptions mixin: its --from (input format) would clash with --from ID; the format comes from the file name
  @Option(names = "--encoding", paramLabel = "ENC", defaultValue = "AUTO", converter = EncodingConverter.class,
      description = "输入编码：AUTO（默认，识别 BOM/UTF-8/GB18030）|UTF-8|GB18030|GBK")
  InputEncoding encoding = InputEncoding.AUTO;

  @Option(names = "--from", paramLabel = "ID", required = true, descriptionKey = "code.map.from", description = "源编码表 ID，如 icd10-gb-clinical-2.0")
  String from;

  @Option(names = "--to", paramLabel = "ID", required = true, descriptionKey = "code.map.to", description = "目标编码表 ID，如 icd10-nhsa-2.0")
  String to;

  @Option(names = "--column", paramLabel = "NAME", description = "表格文件中编码所在列的列名（不给则每行一个编码）")
  String column;

  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "code.file", description = "输入文件")
  Path file;

  @Override
  public Integer call() {
    Lang lang = GlobalOptions.of(spec.commandLine()).lang();
    Messages m = CodeCli.messages(lang);
    CodeCli.system(from, lang);
    CodeCli.system(to, lang);
    CrosswalkService x = Coding.bundled().crosswalk(from, to);
    FindingCollector findings = report.collector();
    ReadOptions options = ReadOptions.defaults().withEncoding(encoding).withLang(lang).withProblems(findings);
    BatchMapping.Result r = BatchMapping.run(x, file, column, options, findings, 100_000);
    List<Map<String, Object>> out = new ArrayList<>();
    List<List<Object>> rows = new ArrayList<>();
    for (BatchMapping.Mapped mp : r.mappings()) {
      CrosswalkService.MapResult mr = mp.result();
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("record", mp.record());
      o.put("input", mr.input());
      o.put("code", mr.check().code());
      o.put("status", mr.status().name().toLowerCase(Locale.ROOT));
      o.put("targets", mr.targets());
      o.put("sources", mr.sources());
      out.add(o);
      if (rows.size() < 1000) {
        rows.add(List.of(mp.record(), mr.input(), mr.check().code() == null ? "" : mr.check().code(),
            m.get("map.status." + mr.status().name()), String.join(", ", mr.targets()),
            mr.targets().size() == 1 && x.to().table().name(mr.targets().get(0)) != null ? x.to().table().name(mr.targets().get(0)) : ""));
      }
    }
    Map<String, Object> counts = new LinkedHashMap<>();
    for (CrosswalkService.Status s : CrosswalkService.Status.values()) {
      counts.put(s.name().toLowerCase(Locale.ROOT), r.counts().getOrDefault(s, 0L));
    }
    counts.put("emptySkipped", r.empty());
    Report.Builder b = Report.builder("code map");
    b.input(new InputSummary(file.toString(), r.records(), r.encoding()));
    b.extra("from", from);
    b.extra("to", to);
    b.extra("crosswalks", x.crosswalkIds());
    b.extra("counts", counts);
    b.extra("mappings", out);
    b.table(new ReportTable("mappings", m.get("map.title", from, to, String.join(", ", x.crosswalkIds())),
        List.of(m.get("col.record"), m.get("col.input"), m.get("col.code"), m.get("col.status"), m.get("col.targets"), m.get("col.name")),
        rows, x.crosswalkIds().isEmpty() ? m.get("map.noCrosswalk") : null));
    return report.emit(b.build(findings), spec.commandLine().getOut(), lang);
  }

  /** Converts {@code --encoding}. */
  static final class EncodingConverter implements picocli.CommandLine.ITypeConverter<InputEncoding> {
    @Override
    public InputEncoding convert(String value) {
      return InputEncoding.parse(value);
    }
  }
}
