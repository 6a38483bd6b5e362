package org.shutong.cli.stats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.shutong.cli.GlobalOptions;
import org.shutong.cli.InputOptions;
import org.shutong.cli.ReportOptions;
import org.shutong.cli.UsageException;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.ReadOptions;
import org.shutong.report.FindingCollector;
import org.shutong.report.Report;
import org.shutong.stats.DiseaseNames;
import org.shutong.stats.NotifiableCatalogue;
import org.shutong.stats.NotifiableOptions;
import org.shutong.stats.NotifiableReports;
import org.shutong.stats.NotifiableResult;
import org.shutong.stats.NotifiableTabulator;
import org.shutong.stats.ReportMonths;
import org.shutong.stats.TableVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shutong stats notifiable}: the monthly 法定传染病报告发病、死亡统计表 from 传染病报告卡
 * extracts, or {@code --verify} of a finished table's arithmetic.
 */
@Command(name = "notifiable", sortOptions = false,
    description = "法定传染病报告发病、死亡统计表：由传染病报告卡导出数据按统计表注的口径生成；或用 --verify 核对已有统计表的合计")
public final class NotifiableCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin InputOptions input = new InputOptions();
  @Mixin ReportOptions report = new ReportOptions();

  @Option(names = "--month", paramLabel = "yyyy-MM", split = ",",
      description = "统计月份（按终审日期）；可重复或写作 2022-09..2022-11，最后一个月为报告月，其余作逐月对比")
  List<String> months = new ArrayList<>();

  @Option(names = "--region", paramLabel = "CODE", description = "只统计现住地址属于该 GB/T 2260 区划（省、市或县级 6 位代码）的卡片")
  String region;

  @Option(names = "--by-region", paramLabel = "LEVEL", description = "报告月按地区分组：province|city|county（省|市|县）")
  String byRegion;

  @Option(names = "--by-week", description = "报告月按终审日期所在周（ISO 8601）分组")
  boolean byWeek;

  @Option(names = "--columns", paramLabel = "FIELD=HEADER", split = ",",
      description = "输入列名与国家导出格式不同时的对照，如 终审时间=审核时间,疾病名称=病种")
  Map<String, String> columns = new LinkedHashMap<>();

  @Option(names = "--names", paramLabel = "FILE", description = "补充的疾病名称对照文件（列 name,disease[,from,to,note]）")
  Path names;

  @Option(names = "--exclude", paramLabel = "DISEASE", split = ",",
      description = "从统计表及合计中去掉的病种（编号或名称），如 covid19（2023 年起全国月报不含新型冠状病毒感染）")
  List<String> exclude = new ArrayList<>();

  @Option(names = "--case-classes", paramLabel = "LIST", split = ",",
      description = "计入的病例分类（默认 确诊病例,临床诊断病例）")
  List<String> caseClasses;

  @Option(names = "--verify", paramLabel = "TABLE", description = "核对已完成统计表（列 病名,发病数,死亡数）的合计与小计")
  Path verify;

  @Parameters(paramLabel = "FILE", arity = "0..*", descriptionKey = "files", description = "传染病报告卡导出文件（CSV/XLSX）")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() {
    GlobalOptions g = GlobalOptions.of(spec.commandLine());
    Lang lang = g.lang();
    Messages m = Messages.of("org.shutong.cli.stats.messages", lang);
    FindingCollector findings = report.collector();
    ReadOptions read = input.readOptions(lang, findings);
    NotifiableCatalogue cat = NotifiableCatalogue.bundled();
    if (caseClasses != null) {
      cat = cat.withCountedCaseClasses(caseClasses);
    }
    DiseaseNames dn = DiseaseNames.bundled(cat);
    if (names != null) {
      dn = dn.withUserFile(names, read, findings);
    }
    if (verify != null) {
      if (!files.isEmpty() || input.isDatabase()) {
        throw new UsageException(m.get("verifyNoFiles"));
      }
      TableVerifier.Result v = TableVerifier.verify(verify, dn, read);
      Report r = NotifiableReports.verifyReport(v, findings, lang);
      return StatsOutput.emit(report, r, NotifiableReports.verifyDocument(v, lang), spec.commandLine().getOut(),
          spec.commandLine().getErr(), lang, g.quiet());
    }
    if (files.isEmpty() && !input.isDatabase()) {
      throw new UsageException(m.get("noFiles"));
    }
    if (months.isEmpty()) {
      throw new UsageException(m.get("noMonth"));
    }
    ReportMonths rm;
    try {
      rm = ReportMonths.parse(months);
    } catch (IllegalArgumentException e) {
      throw new UsageException(m.get("badMonth", e.getMessage()));
    }
    Set<String> ex = new LinkedHashSet<>();
    for (String e : exclude) {
      if (e.isBlank()) {
        continue;
      }
      String id = cat.findId(e).orElseThrow(() -> new UsageException(m.get("badExclude", e)));
      ex.add(id);
    }
    NotifiableOptions o;
    try {
      o = NotifiableOptions.of(rm).withCatalogue(cat).withNames(dn).withColumns(columns).withExclude(ex)
          .withRegion(region == null ? null : region.strip()).withByWeek(byWeek)
          .withByRegion(byRegion == null ? null : NotifiableOptions.parseLevel(byRegion)).withRead(read);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    NotifiableResult res = NotifiableTabulator.tabulateInputs(input.inputs(files, lang), o, new ProgressListener(spec));
    Report r = NotifiableReports.report(res, o.region(), findings, lang);
    return StatsOutput.emit(report, r, NotifiableReports.document(res, o.region(), lang), spec.commandLine().getOut(),
        spec.commandLine().getErr(), lang, g.quiet());
  }
}
