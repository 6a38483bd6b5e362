package org.shutong.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.OutputEncoding;
import org.shutong.io.Row;
import org.shutong.io.TableFormat;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;
import org.shutong.io.TableWriter;
import org.shutong.io.TableWriters;
import org.shutong.io.WriteOptions;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;
import org.shutong.report.Severity;
import org.shutong.report.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shutong convert IN OUT}: converts between CSV, TSV, XLSX and JSON Lines (reading also JSON
 * arrays and XML record sets), losslessly for text values. Malformed input records are reported on
 * stderr with file and line and left out of the output; the output is written atomically.
 */
@Command(name = "convert", description = "表格格式转换：CSV、TSV、XLSX、JSONL 之间互转（文本值无损；也可读入 JSON 数组和 XML）")
public final class ConvertCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin InputOptions input = new InputOptions();

  @Parameters(index = "0", paramLabel = "IN", description = "输入文件")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "输出文件（格式按扩展名或 --to）")
  Path out;

  @Option(names = "--to", paramLabel = "FORMAT", description = "输出格式：csv|tsv|xlsx|jsonl（默认按扩展名）")
  TableFormat to;

  @Option(names = "--to-encoding", paramLabel = "ENC", defaultValue = "UTF-8",
      converter = OutEncodingConverter.class,
      description = "文本输出编码：UTF-8（默认）|UTF-8-BOM（便于 Excel 打开）|GB18030")
  OutputEncoding toEncoding = OutputEncoding.UTF_8;

  @Option(names = "--force", description = "允许覆盖已存在的输出文件")
  boolean force;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
      description = "哪些问题使退出码为 1：error（默认，如跳过了格式错误的记录）|warning|never")
  FailOn failOn = FailOn.ERROR;

  @Override
  public Integer call() {
    GlobalOptions g = GlobalOptions.of(spec.commandLine());
    Lang lang = g.lang();
    Messages m = Messages.of("org.shutong.cli.messages", lang);
    TableFormat format = to != null ? to : TableFormat.fromFileName(out)
        .orElseThrow(() -> new UsageException(m.get("convert.noFormat", out)));
    if (sameFile(in, out)) {
      throw new UsageException(m.get("convert.sameFile", in, out));
    }
    FindingCollector problems = new FindingCollector(FindingCollector.DEFAULT_LIMIT);
    PrintWriter err = spec.commandLine().getErr();
    long rows = 0;
    try (TableReader r = TableReaders.open(in, input.readOptions(lang, problems));
        TableWriter w = TableWriters.open(out, WriteOptions.defaults()
            .withFormat(format).withEncoding(toEncoding).withForce(force).withLang(lang));
        Progress progress = Progress.of(spec, r)) {
      w.writeHeader(r.header());
      while (r.hasNext()) {
        Row row = r.next();
        w.writeRow(row.values());
        rows++;
        progress.tick();
      }
      w.commit();
    }
    for (Finding f : problems.findings()) {
      err.println(Findings.line(f, m));
    }
    if (!g.quiet()) {
      err.println(m.get("convert.done", in, out, rows));
    }
    Summary s = new Summary(rows, problems.recordsWithErrors(), problems.count(Severity.ERROR),
        problems.count(Severity.WARNING), problems.count(Severity.INFO));
    return failOn.exitCode(s);
  }

  /** Whether writing {@code out} would replace {@code in} (the input is never modified). */
  private static boolean sameFile(Path in, Path out) {
    try {
      return Files.exists(out) && Files.exists(in) && Files.isSameFile(in, out);
    } catch (IOException e) {
      return in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize());
    }
  }

  static final class OutEncodingConverter implements picocli.CommandLine.ITypeConverter<OutputEncoding> {
    @Override
    public OutputEncoding convert(String value) {
      return OutputEncoding.parse(value);
    }
  }
}
