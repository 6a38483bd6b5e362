package org.shutong.cli;

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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shutong convert IN OUT}: converts between CSV, TSV, XLSX and JSON Lines, losslessly for text. */
@Command(name = "convert", description = "表格格式转换：CSV、TSV、XLSX、JSONL 之间互转（文本值无损）")
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

  @Override
  public Integer call() {
    GlobalOptions g = GlobalOptions.of(spec.commandLine());
    Lang lang = g.lang();
    Messages m = Messages.of("org.shutong.cli.messages", lang);
    FindingCollector problems = new FindingCollector(1000);
    long rows = 0;
    try (TableReader r = TableReaders.open(in, input.readOptions(lang, problems));
        TableWriter w = TableWriters.open(out, WriteOptions.defaults()
            .withFormat(to).withEncoding(toEncoding).withForce(force).withLang(lang));
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
    var err = spec.commandLine().getErr();
    for (Finding f : problems.findings()) {
      err.println(f.severity().label() + ": " + f.message());
    }
    if (!g.quiet()) {
      err.println(m.get("convert.done", in, out, rows));
    }
    return problems.count(Severity.ERROR) > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  static final class OutEncodingConverter implements picocli.CommandLine.ITypeConverter<OutputEncoding> {
    @Override
    public OutputEncoding convert(String value) {
      return OutputEncoding.parse(value);
    }
  }
}
