package org.shutong.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.Database;
import org.shutong.io.FileInput;
import org.shutong.io.OutputEncoding;
import org.shutong.io.ReadOptions;
import org.shutong.io.Row;
import org.shutong.io.TableFormat;
import org.shutong.io.TableInput;
import org.shutong.io.TableReader;
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
 * arrays and XML record sets), losslessly for text values; reads a database table or query
 * ({@code --jdbc} with {@code --db-table}/{@code --db-query}) into a file, or writes a file into a
 * new database table ({@code --jdbc} with {@code --to-db-table}). Malformed input records are reported on
 * stderr with file and line and left out of the output; the output is written atomically.
 */
@Command(name = "convert", description = "表格格式转换：CSV、TSV、XLSX、JSONL 之间互转（文本值无损；也可读入 JSON 数组和 XML）")
public final class ConvertCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin InputOptions input = new InputOptions();

  @Parameters(arity = "1..2", paramLabel = "IN OUT", descriptionKey = "convert.paths",
      description = "输入文件和输出文件（格式按扩展名或 --to）；从数据库读（--jdbc）时只给输出文件，写入数据库（--to-db-table）时只给输入文件")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--to-db-table", paramLabel = "NAME",
      description = "写入 --jdbc 数据库中的这张表（按表头建表，分批插入，一个事务；已存在时需 --force 才替换）")
  String toDbTable;

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
    FindingCollector problems = new FindingCollector(FindingCollector.DEFAULT_LIMIT);
    ReadOptions read = input.readOptions(lang, problems);
    WriteOptions write = WriteOptions.defaults().withEncoding(toEncoding).withForce(force).withLang(lang);
    TableInput in;
    String outName;
    Supplier<TableWriter> writer;
    if (toDbTable != null) {
      if (!input.isDatabase()) {
        throw new UsageException(m.get("convert.toTableNeedsJdbc"));
      }
      if (input.hasDatabaseSource()) {
        throw new UsageException(m.get("convert.dbBoth"));
      }
      if (paths.size() != 1) {
        throw new UsageException(m.get("convert.args"));
      }
      in = new FileInput(paths.get(0));
      Database db = input.database(lang);
      outName = db.displayName() + "#" + toDbTable;
      writer = () -> TableWriters.open(db, toDbTable, write);
    } else {
      if (paths.size() != (input.isDatabase() ? 1 : 2)) {
        throw new UsageException(m.get("convert.args"));
      }
      Path out = paths.get(paths.size() - 1);
      in = input.inputs(paths.subList(0, paths.size() - 1), lang).get(0);
      TableFormat format = to != null ? to : TableFormat.fromFileName(out)
          .orElseThrow(() -> new UsageException(m.get("convert.noFormat", out)));
      outName = out.toString();
      writer = () -> TableWriters.open(out, write.withFormat(format));
    }
    PrintWriter err = spec.commandLine().getErr();
    long rows = 0;
    try (TableReader r = in.open(read);
        TableWriter w = writer.get();
        Progress progress = Progress.of(spec, r)) {
      w.writeHeader(r.header());
      while (r.hasNext()) {
        Row row = r.next();
        w.writeRow(row);
        rows++;
        progress.tick();
      }
      w.commit();
    }
    for (Finding f : problems.findings()) {
      err.println(Findings.line(f, m));
    }
    if (!g.quiet()) {
      err.println(m.get("convert.done", in.name(), outName, rows));
    }
    Summary s = new Summary(rows, problems.recordsWithErrors(), problems.count(Severity.ERROR),
        problems.count(Severity.WARNING), problems.count(Severity.INFO));
    return failOn.exitCode(s);
  }

  static final class OutEncodingConverter implements picocli.CommandLine.ITypeConverter<OutputEncoding> {
    @Override
    public OutputEncoding convert(String value) {
      return OutputEncoding.parse(value);
    }
  }
}
