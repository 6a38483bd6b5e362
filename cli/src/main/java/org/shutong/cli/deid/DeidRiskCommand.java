package org.shutong.cli.deid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.shutong.cli.GlobalOptions;
import org.shutong.cli.InputOptions;
import org.shutong.cli.Progress;
import org.shutong.cli.ReportOptions;
import org.shutong.deid.DeidKey;
import org.shutong.deid.Deidentifier;
import org.shutong.deid.Profile;
import org.shutong.deid.Profiles;
import org.shutong.deid.RiskAnalyzer;
import org.shutong.deid.RiskMeasures;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.InputException;
import org.shutong.io.FileInput;
import org.shutong.io.ReadOptions;
import org.shutong.io.TableInput;
import org.shutong.io.Row;
import org.shutong.io.TableReader;
import org.shutong.io.WriteOptions;
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
 * {@code shutong deid risk --qi COL,... [--sensitive COL,...] [--profile P] FILE}: equivalence classes,
 * k, shares of records in small classes, prosecutor risk and l-diversity; with a profile, before and
 * after applying it.
 */
@Command(name = "risk", description = "重标识风险：按准标识符计算等价类、k、小类记录占比、检察官风险与 l-多样性；给出 --profile 时比较处理前后")
public final class DeidRiskCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin InputOptions input = new InputOptions();

  @Mixin ReportOptions report = new ReportOptions();

  @Mixin KeyOptions keys = new KeyOptions();

  @Option(names = "--qi", required = true, split = ",", paramLabel = "COL", description = "准标识符列（表头、字段代码或中文名，逗号分隔）")
  List<String> qi = new ArrayList<>();

  @Option(names = "--sensitive", split = ",", paramLabel = "COL", description = "敏感列，计算 l-多样性（逗号分隔）")
  List<String> sensitive = new ArrayList<>();

  @Option(names = "--profile", paramLabel = "P", description = "同时计算按此方案处理后的风险（需要 --key-file 或 --key-env；未给出时用一次性随机密钥）")
  String profile;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "输入文件（或 --jdbc 数据库表/查询）")
  Path file;

  @Override
  public Integer call() {
    GlobalOptions g = GlobalOptions.of(spec.commandLine());
    Lang lang = g.lang();
    Messages m = Messages.of("org.shutong.cli.deid.messages", lang);
    FindingCollector findings = report.collector();
    Profile p = profile == null ? null : Profiles.resolve(profile, lang);
    DeidKey key = p == null ? null : keys.given() ? keys.key(lang) : DeidKey.generate();
    long[] records = new long[1];
    String[] encoding = new String[1];
    TableInput source = input.inputs(file == null ? List.of() : List.of(file), lang).get(0);
    RiskMeasures before = measure(source, input.readOptions(lang, findings), m, records, encoding);
    RiskMeasures after = null;
    if (p != null) {
      Path tmp = null;
      try {
        tmp = Files.createTempDirectory("shutong-deid-risk");
        Path outFile = tmp.resolve("deidentified.csv");
        Deidentifier.of(p, key).run(source, input.readOptions(lang, f -> { }), outFile,
            WriteOptions.defaults().withLang(lang), null);
        after = measure(new FileInput(outFile), ReadOptions.defaults().withLang(lang).withName(source.name() + " (" + p.name() + ")"), m,
            new long[1], new String[1]);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        deleteTree(tmp);
      }
    }
    Report.Builder b = Report.builder("deid risk").input(new InputSummary(source.name(), records[0], encoding[0]));
    b.extra("qi", qi);
    if (!sensitive.isEmpty()) {
      b.extra("sensitive", sensitive);
    }
    RiskMeasures shown = after != null ? after : before;
    b.extra("risk", Shares.json(shown));
    b.extra("riskScope", Shares.scope(shown));
    List<String> cols = new ArrayList<>();
    cols.add(m.get("risk.measure"));
    if (after != null) {
      b.extra("profile", p.name());
      b.extra("riskBefore", Shares.json(before));
      cols.add(m.get("risk.before"));
      cols.add(m.get("risk.after"));
    } else {
      cols.add(m.get("risk.value"));
    }
    b.table(new ReportTable("risk", m.get("risk.title", String.join(", ", qi)), cols,
        Shares.rows(after != null ? before : null, shown, m), m.get("risk.note")));
    return report.emit(b.build(findings, records[0]), spec.commandLine().getOut(), lang);
  }

  private RiskMeasures measure(TableInput f, ReadOptions options, Messages m, long[] records, String[] encoding) {
    try (TableReader r = f.open(options); Progress progress = Progress.of(spec, r)) {
      encoding[0] = r.source().encodingName();
      int[] q = columns(r.header(), qi, f, m, options);
      int[] s = columns(r.header(), sensitive, f, m, options);
      List<String> sensNames = new ArrayList<>();
      for (int i : s) {
        sensNames.add(r.header().get(i));
      }
      RiskAnalyzer a = new RiskAnalyzer(sensNames, "*");
      String[] qv = new String[q.length];
      String[] sv = new String[s.length];
      while (r.hasNext()) {
        Row row = r.next();
        records[0]++;
        for (int i = 0; i < q.length; i++) {
          qv[i] = row.get(q[i]);
        }
        for (int i = 0; i < s.length; i++) {
          sv[i] = row.get(s[i]);
        }
        a.add(qv, sv);
        progress.tick();
      }
      return a.result();
    }
  }

  private static int[] columns(List<String> header, List<String> names, TableInput f, Messages m, ReadOptions options) {
    int[] out = new int[names.size()];
    for (int n = 0; n < names.size(); n++) {
      List<Integer> hits = Profiles.columns(header, names.get(n));
      if (hits.isEmpty()) {
        String name = options.name() != null ? options.name() : f.name();
        throw new InputException(name, m.get("risk.missing", names.get(n), name, String.join(", ", header)));
      }
      out[n] = hits.get(0);
    }
    return out;
  }

  private static void deleteTree(Path dir) {
    if (dir == null) {
      return;
    }
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(x -> {
        try {
          Files.deleteIfExists(x);
        } catch (IOException e) {
          // a temporary file of de-identified data; the directory is private to this run
        }
      });
    } catch (IOException e) {
      // nothing more to remove
    }
  }

}
