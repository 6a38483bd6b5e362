package org.shutong.cli.interop;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shutong.cli.ExitCodes;
import org.shutong.cli.GlobalOptions;
import org.shutong.cli.Progress;
import org.shutong.cli.ReportOptions;
import org.shutong.cli.UsageException;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.interop.CaseResult;
import org.shutong.interop.Catalog;
import org.shutong.interop.Level;
import org.shutong.interop.PlanRunner;
import org.shutong.interop.ServiceSpec;
import org.shutong.interop.TestPlan;
import org.shutong.report.FindingCollector;
import org.shutong.report.InputSummary;
import org.shutong.report.Report;
import org.shutong.report.ReportTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code shutong interop test}: runs a test plan against a platform's interaction services. */
@Command(name = "test", description = "按测试计划测试平台的交互服务（SOAP 1.1/1.2 或 POST），按服务与用例报告结果")
public final class InteropTestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ReportOptions report = new ReportOptions();

  @Option(names = "--endpoint", paramLabel = "URL", description = "平台服务地址，如 http://10.0.0.5:8080/services")
  URI endpoint;

  @Option(names = "--plan", paramLabel = "PLAN", description = "测试计划（YAML）；不给则用内置计划（覆盖服务目录全部 69 个服务）")
  Path plan;

  @Option(names = "--level", paramLabel = "LEVEL", description = "只测该测评等级（及以下）要求的服务：三级|四级乙等|四级甲等|五级乙等|五级甲等")
  String level;

  @Option(names = "--service", paramLabel = "CODE", description = "只测这些服务（可重复）")
  List<String> services = new ArrayList<>();

  @Option(names = "--kind", paramLabel = "T|F", description = "只运行正例（T）或反例（F）")
  String kind;

  @Option(names = "--timeout", paramLabel = "DURATION", description = "每次请求的超时（如 5s、500ms），覆盖计划中的设置")
  String timeout;

  @Option(names = "--retries", paramLabel = "N", description = "连接失败或超时后的重试次数，覆盖计划中的设置")
  Integer retries;

  @Option(names = "--binding", paramLabel = "soap11|soap12|post", description = "传输方式，覆盖计划中的设置")
  String binding;

  @Option(names = "--save-dir", paramLabel = "DIR", defaultValue = "interop-failures",
      description = "失败步骤的请求/应答保存到此目录（默认 interop-failures）")
  Path saveDir;

  @Option(names = "--list-services", description = "列出服务目录（代码、名称、测评等级、请求消息）后退出；给出 -f 或 -o 时输出为报告")
  boolean listServices;

  @Option(names = "--dry-run", description = "只列出将要运行的用例，不发送")
  boolean dryRun;

  /** One case, as the JSON report's {@code cases} array shows it. */
  record CaseOutcome(int index, String id, String service, String kind, String status, long millis,
      List<String> failures, List<String> saved) {}

  /** One service, as the JSON report's {@code services} array shows it. */
  record ServiceOutcome(String code, String name, String level, int cases, int passed, int failed) {}

  @Override
  public Integer call() {
    GlobalOptions g = GlobalOptions.of(spec.commandLine());
    Lang lang = g.lang();
    Messages m = Messages.of("org.shutong.cli.interop.messages", lang);
    if (listServices) {
      return list(m, lang);
    }
    if (endpoint == null && !dryRun) {
      throw new UsageException(m.get("test.noEndpoint"));
    }
    if (endpoint != null && (endpoint.getScheme() == null
        || !List.of("http", "https").contains(endpoint.getScheme().toLowerCase(Locale.ROOT)))) {
      throw new UsageException(m.get("test.badEndpoint", endpoint));
    }
    TestPlan p = plan == null ? TestPlan.bundled(lang) : TestPlan.load(plan, lang);
    PlanRunner.Builder b = PlanRunner.builder(p, endpoint == null ? URI.create("http://127.0.0.1/") : endpoint)
        .lang(lang).saveDir(saveDir).retries(retries);
    try {
      if (level != null) {
        b.level(Level.parse(level));
      }
      if (kind != null) {
        String k = kind.trim().toUpperCase(Locale.ROOT);
        if (!k.equals("T") && !k.equals("F")) {
          throw new IllegalArgumentException("--kind T|F");
        }
        b.kind(k);
      }
      if (timeout != null) {
        b.timeout(parseDuration(timeout));
      }
      b.binding(binding);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    for (String s : services) {
      if (Catalog.standard().service(s) == null) {
        throw new UsageException(m.get("service.unknown", s));
      }
    }
    b.services(new HashSet<>(services));
    FindingCollector findings = report.collector();
    PlanRunner runner;
    List<TestPlan.TestCase> selected;
    List<CaseResult> results;
    try (Progress progress = Progress.of(spec, m.get("test.progress"), 0)) {
      runner = b.listener(c -> progress.tick()).build();
      selected = runner.selected();
      if (dryRun) {
        return dryRun(selected, m, lang);
      }
      results = runner.run(findings);
    }
    return emit(p, results, findings, lang, m);
  }

  private int emit(TestPlan p, List<CaseResult> results, FindingCollector findings, Lang lang, Messages m) {
    Report.Builder rb = Report.builder("interop test");
    rb.input(new InputSummary(p.source(), results.size(), null));
    rb.extra("endpoint", endpoint.toString());
    rb.extra("level", level == null ? null : Level.parse(level).chinese());
    for (CaseResult r : results) {
      rb.rule(r.id(), r.title()); // passing cases are passing testcases in JUnit output
    }
    List<CaseOutcome> cases = new ArrayList<>();
    Map<String, int[]> perService = new LinkedHashMap<>();
    List<List<Object>> caseRows = new ArrayList<>();
    int passed = 0;
    for (CaseResult r : results) {
      cases.add(new CaseOutcome(r.index(), r.id(), r.service(), r.kind(), r.status(), r.millis(), r.failures(), r.saved()));
      int[] c = perService.computeIfAbsent(r.service(), k -> new int[3]);
      c[0]++;
      c[r.passed() ? 1 : 2]++;
      passed += r.passed() ? 1 : 0;
      caseRows.add(List.of(r.id(), r.kind(), r.status(), r.millis(),
          r.failures().isEmpty() ? "" : r.failures().get(0)));
    }
    List<ServiceOutcome> services = new ArrayList<>();
    List<List<Object>> serviceRows = new ArrayList<>();
    for (Map.Entry<String, int[]> e : perService.entrySet()) {
      ServiceSpec s = Catalog.standard().service(e.getKey());
      String name = s == null ? e.getKey() : s.name();
      String lvl = s == null || s.level() == null ? "-" : s.level().chinese();
      services.add(new ServiceOutcome(e.getKey(), name, lvl, e.getValue()[0], e.getValue()[1], e.getValue()[2]));
      serviceRows.add(List.of(e.getKey(), name, lvl, e.getValue()[0], e.getValue()[1], e.getValue()[2]));
    }
    rb.extra("passed", passed);
    rb.extra("failed", results.size() - passed);
    rb.extra("services", services);
    rb.extra("cases", cases);
    rb.table(new ReportTable("services", m.get("test.services", endpoint, passed, results.size()),
        List.of(m.get("col.service"), m.get("col.name"), m.get("col.level"), m.get("col.cases"), m.get("col.passed"),
            m.get("col.failed")), serviceRows, null));
    rb.table(new ReportTable("cases", m.get("test.cases"),
        List.of(m.get("col.case"), m.get("col.kind"), m.get("col.status"), m.get("col.millis"), m.get("col.failure")),
        caseRows, m.get("test.saved", saveDir)));
    return report.emit(rb.build(findings, results.size()), spec.commandLine().getOut(), lang);
  }

  /** One catalogue service, as the JSON report's {@code services} array of {@code --list-services} shows it. */
  record ListedService(String code, String name, String level, String interaction) {}

  /** One selected case, as the JSON report's {@code cases} array of {@code --dry-run} shows it. */
  record PlannedCase(String id, String kind, String title) {}

  /**
   * The service catalogue: tab-separated lines on a terminal or pipe ({@code -f text} without
   * {@code -o}), otherwise a report in the chosen format with the list as {@code services}.
   */
  private int list(Messages m, Lang lang) {
    List<ListedService> listed = new ArrayList<>();
    for (ServiceSpec s : Catalog.standard().services()) {
      listed.add(new ListedService(s.code(), s.name(), s.level() == null ? "-" : s.level().chinese(),
          s.interaction() == null ? m.get("test.noXsd") : s.interaction()));
    }
    if (report.plainText()) {
      var out = spec.commandLine().getOut();
      out.println(m.get("test.listHeader"));
      for (ListedService s : listed) {
        out.println(String.join("\t", s.code(), s.name(), s.level(), s.interaction()));
      }
      return ExitCodes.OK;
    }
    List<List<Object>> rows = new ArrayList<>();
    for (ListedService s : listed) {
      rows.add(List.of(s.code(), s.name(), s.level(), s.interaction()));
    }
    Report.Builder rb = Report.builder("interop test").extra("services", listed)
        .table(new ReportTable("services", m.get("test.listTitle", listed.size()),
            List.of(m.get("col.service"), m.get("col.name"), m.get("col.level"), m.get("col.interaction")), rows, null));
    return report.emit(rb.build(report.collector(), 0), spec.commandLine().getOut(), lang);
  }

  /** The cases {@code --dry-run} would run: tab-separated lines, or a report as {@link #list}. */
  private int dryRun(List<TestPlan.TestCase> selected, Messages m, Lang lang) {
    if (report.plainText()) {
      for (TestPlan.TestCase c : selected) {
        spec.commandLine().getOut().println(c.id() + "\t" + c.kind() + "\t" + c.title());
      }
      return ExitCodes.OK;
    }
    List<PlannedCase> cases = new ArrayList<>();
    List<List<Object>> rows = new ArrayList<>();
    for (TestPlan.TestCase c : selected) {
      cases.add(new PlannedCase(c.id(), c.kind(), c.title()));
      rows.add(List.of(c.id(), c.kind(), c.title()));
    }
    Report.Builder rb = Report.builder("interop test").extra("cases", cases)
        .table(new ReportTable("cases", m.get("test.dryRunTitle", cases.size()),
            List.of(m.get("col.case"), m.get("col.kind"), m.get("col.title")), rows, null));
    return report.emit(rb.build(report.collector(), 0), spec.commandLine().getOut(), lang);
  }

  static Duration parseDuration(String s) {
    java.util.regex.Matcher x = java.util.regex.Pattern.compile("(\\d+)\\s*(ms|s|m)?").matcher(s.trim());
    if (!x.matches()) {
      throw new IllegalArgumentException("--timeout: 500ms | 10s | 2m");
    }
    long v = Long.parseLong(x.group(1));
    return switch (x.group(2) == null ? "s" : x.group(2)) {
      case "ms" -> Duration.ofMillis(v);
      case "m" -> Duration.ofMinutes(v);
      default -> Duration.ofSeconds(v);
    };
  }
}
