package org.shutong.cli.generate;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.shutong.cli.GlobalOptions;
import org.shutong.cli.Progress;
import org.shutong.cli.UsageException;
import org.shutong.firstpage.IcdTables;
import org.shutong.firstpage.FirstPageGenerator;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.OutputEncoding;
import org.shutong.io.TableWriter;
import org.shutong.io.TableWriters;
import org.shutong.io.WriteOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code shutong generate firstpage --count N -o FILE [--error-rate R --answers FILE]}: writes
 * realistic synthetic 住院病案首页 records, optionally with known errors and their answer key.
 */
@Command(name = "firstpage", description = "生成模拟住院病案首页记录（CSV/TSV/XLSX/JSONL，全部 811 列）；--error-rate 按比例注入已知错误，--answers 写出答案（记录、字段、规则）")
public final class GenerateFirstpageCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--count", paramLabel = "N", required = true, description = "记录数")
  long count;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "随机种子（相同种子生成相同文件；默认 1）")
  long seed = 1;

  @Option(names = "--error-rate", paramLabel = "R", defaultValue = "0", description = "注入错误的记录比例，0–1（默认 0：全部为干净记录）")
  double errorRate;

  @Option(names = "--coding", paramLabel = "nhsa|gb-clinical", defaultValue = "nhsa",
      converter = org.shutong.cli.firstpage.CodingConverters.class,
      description = "诊断与手术编码取自哪套编码表（默认 nhsa）")
  IcdTables coding = IcdTables.NHSA;

  @Option(names = "--month", paramLabel = "YYYY-MM", defaultValue = "2024-05", description = "出院月份（默认 2024-05）")
  String month = "2024-05";

  @Option(names = "--header", paramLabel = "code|name", defaultValue = "code", description = "列名用字段代码（code，默认）或中文名（name）")
  String header = "code";

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "输出文件（格式按扩展名：.csv .tsv .xlsx .jsonl）")
  Path output;

  @Option(names = "--answers", paramLabel = "FILE", description = "答案文件：每个注入错误一行（record,line,field,rule,severity,note）")
  Path answers;

  @Option(names = "--encoding", paramLabel = "ENC", defaultValue = "UTF-8", converter = EncodingConverter.class,
      description = "文本输出编码：UTF-8（默认）|UTF-8-BOM|GB18030")
  OutputEncoding encoding = OutputEncoding.UTF_8;

  @Option(names = "--force", description = "允许覆盖已存在的输出文件")
  boolean force;

  @Override
  public Integer call() {
    Lang lang = GlobalOptions.of(spec.commandLine()).lang();
    Messages m = Messages.of("org.shutong.cli.generate.messages", lang);
    if (count < 0) {
      throw new UsageException(m.get("count"));
    }
    if (!(errorRate >= 0 && errorRate <= 1)) {
      throw new UsageException(m.get("rate", errorRate));
    }
    YearMonth ym;
    try {
      ym = YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw new UsageException(m.get("month", month));
    }
    if (!header.equals("code") && !header.equals("name")) {
      throw new UsageException(m.get("header", header));
    }
    FirstPageGenerator g = FirstPageGenerator.create(new FirstPageGenerator.Options(count, seed, errorRate, coding,
        ym, header.equals("name")));
    WriteOptions wo = WriteOptions.defaults().withEncoding(encoding).withForce(force).withLang(lang);
    long[] injected = {0};
    try (TableWriter out = TableWriters.open(output, wo);
        TableWriter ans = answers == null ? null : TableWriters.open(answers, wo.withFormat(null));
        Progress progress = Progress.of(spec, m.get("progress"), count)) {
      out.writeHeader(g.header());
      if (ans != null) {
        ans.writeHeader(List.of("record", "line", "field", "rule", "severity", "note"));
      }
      g.generate((values, a) -> {
        out.writeRow(Arrays.asList(values));
        for (FirstPageGenerator.Answer x : a) {
          injected[0]++;
          if (ans != null) {
            ans.writeRow(new ArrayList<>(List.of(String.valueOf(x.record()), String.valueOf(x.line()), x.field(),
                x.ruleId(), x.severity(), x.note())));
          }
        }
        progress.tick();
      });
      out.commit();
      if (ans != null) {
        ans.commit();
      }
    }
    if (!GlobalOptions.of(spec.commandLine()).quiet()) {
      spec.commandLine().getErr().println(m.get("done", count, output, injected[0]));
    }
    return 0;
  }

  static final class EncodingConverter implements picocli.CommandLine.ITypeConverter<OutputEncoding> {
    @Override
    public OutputEncoding convert(String value) {
      return OutputEncoding.parse(value);
    }
  }
}
