package org.shutong.cli.deid;

import java.io.IOException;
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
import org.shutong.deid.Anonymization;
import org.shutong.deid.ColumnStats;
import org.shutong.deid.DeidKey;
import org.shutong.deid.DeidResult;
import org.shutong.deid.Deidentifier;
import org.shutong.deid.Profile;
import org.shutong.deid.Profiles;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.AtomicOutput;
import org.shutong.io.OutputEncoding;
import org.shutong.io.OutputException;
import org.shutong.io.FileInput;
import org.shutong.io.TableInput;
import org.shutong.io.WriteOptions;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;
import org.shutong.report.InputSummary;
import org.shutong.report.Report;
import org.shutong.report.ReportFormat;
import org.shutong.report.ReportRenderer;
import org.shutong.report.ReportTable;
import org.shutong.report.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shutong deid run --profile P --key-file K [--k 5 --max-suppression 2%] IN OUT}: applies a
 * profile, writes OUT atomically and a de-identification report (JSON and HTML) beside it.
 */
@Command(name = "run", description = "按脱敏方案处理 IN，原子写出 OUT，并写出去标识化报告（JSON 与 HTML）")
public final class DeidRunCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin InputOptions input = new InputOptions();

  @Mixin ReportOptions report = new ReportOptions();

  @Mixin KeyOptions keys = new KeyOptions();

  @Option(names = "--profile", required = true, paramLabel = "P", description = "脱敏方案：内置名称（firstpage）或 YAML/JSON 文件")
  String profile;

  @Option(names = "--k", paramLabel = "N", description = "k-匿名：每个等价类至少 N 条记录（搜索准标识符的泛化层级）")
  Integer k;

  @Option(names = "--max-suppression", paramLabel = "SHARE", defaultValue = "0",
      converter = Shares.ShareConverter.class, description = "k-匿名时最多抑制的记录比例，如 2%%（默认 0）")
  double maxSuppression;

  @Option(names = "--sensitive", split = ",", paramLabel = "COL", description = "报告 l-多样性的敏感列（逗号分隔）")
  List<String> sensitive = new ArrayList<>();

  @Option(names = "--report", paramLabel = "BASE", description = "去标识化报告的文件名前缀（默认 OUT 去掉扩展名加 .deid-report）；写出 BASE.json 与 BASE.html")
  Path reportBase;

  @Option(names = "--to-encoding", paramLabel = "ENC", defaultValue = "UTF-8",
      converter = EncodingConverter.class, description = "输出编码：UTF-8（默认）|UTF-8-BOM|GB18030")
  OutputEncoding toEncoding = OutputEncoding.UTF_8;

  @Parameters(arity = "1..2", paramLabel = "IN OUT", descriptionKey = "run.paths",
      description = "输入文件（不会被修改）和输出文件；从数据库读取（--jdbc）时只给输出文件")
  List<Path> paths = new ArrayList<>();

  /** The output file: the last argument. */
  Path out;

  @Override
  public Integer call() {
    GlobalOptions g = GlobalOptions.of(spec.commandLine());
    Lang lang = g.lang();
    if (paths.size() != (input.isDatabase() ? 1 : 2)) {
      throw new org.shutong.cli.UsageException(Messages.of("org.shutong.cli.messages", lang).get("deid.args"));
    }
    out = paths.get(paths.size() - 1);
    TableInput source = input.inputs(paths.subList(0, paths.size() - 1), lang).get(0);
    Messages m = Messages.of("org.shutong.cli.deid.messages", lang);
    DeidKey key = keys.key(lang);
    Profile p = Profiles.resolve(profile, lang);
    Deidentifier d = Deidentifier.of(p, key).withSensitive(sensitive);
    if (k != null) {
      if (k < 2) {
        throw new org.shutong.cli.UsageException(m.get("run.badK", k));
      }
      d = d.withK(k, maxSuppression);
    }
    Path base = reportBase != null ? reportBase : defaultBase(out);
    Path json = Path.of(base + ".json");
    Path html = Path.of(base + ".html");
    for (Path r : List.of(json, html)) {
      if (java.nio.file.Files.exists(r) && !report.force()) {
        throw new OutputException(r.toString(), Messages.of("org.shutong.io.messages", lang).get("out.exists", r), null);
      }
    }
    FindingCollector findings = report.collector();
    DeidResult result;
    try (Progress progress = Progress.of(spec, source instanceof FileInput f ? f.path().getFileName().toString()
        : source.name(), -1)) {
      result = source instanceof FileInput f
          ? d.run(f.path(), input.readOptions(lang, findings), out,
              WriteOptions.defaults().withEncoding(toEncoding).withForce(report.force()).withLang(lang), progress::tick)
          : d.run(source, input.readOptions(lang, findings), out,
          WriteOptions.defaults().withEncoding(toEncoding).withForce(report.force()).withLang(lang), progress::tick);
    }
    Report r = report(result, findings, p, m, lang);
    write(r, json, ReportFormat.JSON, lang);
    write(r, html, ReportFormat.HTML, lang);
    if (!g.quiet()) {
      spec.commandLine().getErr().println(m.get("run.done", source.name(), out, result.records(), json, html));
    }
    return report.emit(r, spec.commandLine().getOut(), lang);
  }

  static Path defaultBase(Path out) {
    String name = out.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    Path parent = out.toAbsolutePath().getParent();
    return parent.resolve(stem + ".deid-report");
  }

  private void write(Report r, Path file, ReportFormat f, Lang lang) {
    try (AtomicOutput o = AtomicOutput.create(file, report.force(), lang)) {
      ReportRenderer.of(f).render(r, o.stream(), lang);
      o.commit();
    } catch (IOException e) {
      throw new OutputException(file.toString(), e.getMessage(), e);
    }
  }

  static Report report(DeidResult res, FindingCollector findings, Profile p, Messages m, Lang lang) {
    Report.Builder b = Report.builder("deid run").input(new InputSummary(res.input(), res.records(), res.encoding()));
    b.rule("DEID-UNPARSED", m.get("rule.unparsed"));
    List<Map<String, Object>> cols = new ArrayList<>();
    List<List<Object>> rows = new ArrayList<>();
    for (ColumnStats c : res.columns()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("column", c.header());
      o.put("field", c.field());
      o.put("rule", c.rule());
      o.put("action", c.action().label());
      o.put("class", c.columnClass().label());
      o.put("nonEmpty", c.nonEmpty());
      o.put("changed", c.changed());
      o.put("suppressed", c.suppressed());
      o.put("unparsed", c.unparsed());
      if (!c.tags().isEmpty()) {
        o.put("tags", c.tags());
      }
      cols.add(o);
      rows.add(List.of(c.header(), c.field() == null ? "" : c.field(), c.rule() == null ? m.get("run.unlisted") : c.rule(),
          c.action().label(), c.columnClass().label(), c.nonEmpty(), c.changed(), c.suppressed(), c.unparsed()));
      if (c.unparsed() > 0) {
        findings.accept(new Finding("DEID-UNPARSED", Severity.WARNING, res.input(), 0, 0, c.field() != null ? c.field() : c.header(),
            null, m.get("run.unparsed", c.unparsed(), c.header(), c.action().label())));
      }
    }
    Map<String, Object> prof = new LinkedHashMap<>();
    prof.put("name", p.name());
    prof.put("sha256", p.sha256());
    b.extra("profile", prof);
    Map<String, Object> key = new LinkedHashMap<>();
    key.put("fingerprint", res.keyFingerprint());
    key.put("hash", res.hash());
    b.extra("key", key);
    Map<String, Object> output = new LinkedHashMap<>();
    output.put("path", res.output());
    output.put("records", res.records());
    b.extra("output", output);
    b.extra("columns", cols);
    b.table(new ReportTable("columns", m.get("run.columnsTitle", p.name()),
        List.of(m.get("col.column"), m.get("col.field"), m.get("col.rule"), m.get("col.action"), m.get("col.class"),
            m.get("col.nonEmpty"), m.get("col.changed"), m.get("col.suppressed"), m.get("col.unparsed")), rows,
        m.get("run.columnsNote", res.keyFingerprint(), res.hash(), p.sha256())));
    if (res.riskAfter() != null) {
      b.extra("qi", res.quasiIdentifiers());
      b.extra("riskBefore", Shares.json(res.riskBefore()));
      b.extra("risk", Shares.json(res.riskAfter()));
      b.extra("riskScope", Shares.scope(res.riskAfter()));
      b.table(new ReportTable("risk", m.get("risk.title", String.join(", ", res.quasiIdentifiers())),
          List.of(m.get("risk.measure"), m.get("risk.before"), m.get("risk.after")),
          Shares.rows(res.riskBefore(), res.riskAfter(), m), m.get("risk.note")));
    }
    Anonymization a = res.anonymization();
    if (a != null) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("k", a.k());
      o.put("maxSuppression", a.maxSuppression());
      o.put("found", a.found());
      Map<String, Object> levels = new LinkedHashMap<>();
      for (int i = 0; i < a.columns().size(); i++) {
        levels.put(a.columns().get(i), a.levelLabels().get(i));
      }
      o.put("levels", levels);
      o.put("informationLoss", a.informationLoss());
      o.put("suppressedRecords", a.suppressedRecords());
      o.put("latticeSize", a.latticeSize());
      o.put("evaluated", a.evaluated());
      b.extra("anonymization", o);
      List<List<Object>> arows = new ArrayList<>();
      for (int i = 0; i < a.columns().size(); i++) {
        arows.add(List.of(a.columns().get(i), a.levelLabels().get(i)));
      }
      arows.add(List.of(m.get("anon.loss"), Shares.round(a.informationLoss())));
      arows.add(List.of(m.get("anon.suppressed"), a.suppressedRecords()));
      arows.add(List.of(m.get("anon.lattice"), a.evaluated() + " / " + a.latticeSize()));
      b.table(new ReportTable("anonymization", m.get(a.found() ? "anon.title" : "anon.notFound", a.k(),
          Shares.pct(a.maxSuppression())), List.of(m.get("anon.item"), m.get("anon.value")), arows, m.get("anon.note")));
    }
    return b.build(findings, res.records());
  }

  static final class EncodingConverter implements picocli.CommandLine.ITypeConverter<OutputEncoding> {
    @Override
    public OutputEncoding convert(String value) {
      return OutputEncoding.parse(value);
    }
  }
}
