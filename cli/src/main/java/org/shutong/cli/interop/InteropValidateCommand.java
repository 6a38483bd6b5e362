package org.shutong.cli.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.shutong.cli.GlobalOptions;
import org.shutong.cli.ReportOptions;
import org.shutong.cli.UsageException;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.interop.Catalog;
import org.shutong.interop.CdaResult;
import org.shutong.interop.CdaValidator;
import org.shutong.interop.DocumentType;
import org.shutong.io.InputException;
import org.shutong.report.FindingCollector;
import org.shutong.report.InputSummary;
import org.shutong.report.Report;
import org.shutong.report.ReportTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shutong interop validate FILE-or-DIR...}: WS/T 500 documents in five layers. */
@Command(name = "validate", description = "按 WS/T 500-2016 分五层校验 CDA 共享文档（XML、XSD、文档头、文档体、值集）")
public final class InteropValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ReportOptions report = new ReportOptions();

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", descriptionKey = "validate.files", description = "CDA 文档，或含 .xml 文档的目录（递归）")
  List<Path> inputs;

  @Option(names = "--doc-type", paramLabel = "C00NN", description = "指定文档类型（C0001–C0053），不按 code/@code 判断")
  String docType;

  @Option(names = "--rules", paramLabel = "FILE", description = "追加的规则文件（YAML，格式同内置 header.yaml；同 id 覆盖内置规则）")
  List<Path> rules = new ArrayList<>();

  @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "67108864",
      description = "单个文档的字节上限（默认 64 MiB），超出则报告而不解析")
  long maxSize = CdaValidator.DEFAULT_MAX_BYTES;

  /** One document's outcome, as the JSON report's {@code documents} array shows it. */
  record DocumentOutcome(String file, String docType, boolean wellFormed, boolean schemaChecked, long errors,
      long warnings) {}

  @Override
  public Integer call() {
    Lang lang = GlobalOptions.of(spec.commandLine()).lang();
    Messages m = Messages.of("org.shutong.cli.interop.messages", lang);
    if (docType != null && Catalog.standard().document(docType) == null) {
      throw new UsageException(m.get("docType.unknown", docType));
    }
    List<Path> files = expand(inputs, m);
    CdaValidator.Builder b = CdaValidator.builder().lang(lang).maxBytes(maxSize);
    rules.forEach(b::rules);
    CdaValidator validator = b.build();
    FindingCollector findings = report.collector();
    Report.Builder rb = Report.builder("interop validate");
    List<DocumentOutcome> outcomes = new ArrayList<>();
    List<List<Object>> rows = new ArrayList<>();
    for (Path f : files) {
      CdaResult r = validator.validate(f, f.toString(), docType, findings);
      rb.input(new InputSummary(f.toString(), 1, null));
      outcomes.add(new DocumentOutcome(r.file(), r.docType(), r.wellFormed(), r.schemaChecked(), r.errors(), r.warnings()));
      DocumentType t = Catalog.standard().document(r.docType());
      rows.add(List.of(r.file(), r.docType() == null ? "-" : r.docType(), t == null ? "-" : t.title(),
          r.errors(), r.warnings()));
    }
    for (String id : validator.ruleIds()) {
      rb.rule(id, null);
    }
    rb.extra("documents", outcomes);
    rb.extra("notes", validator.notes());
    rb.table(new ReportTable("documents", m.get("validate.title", files.size()),
        List.of(m.get("col.file"), m.get("col.docType"), m.get("col.title"), m.get("col.errors"), m.get("col.warnings")),
        rows, String.join(" ", validator.notes())));
    return report.emit(rb.build(findings, files.size()), spec.commandLine().getOut(), lang);
  }

  /** Files as given, directories expanded to their {@code .xml} files (sorted, recursive). */
  static List<Path> expand(List<Path> inputs, Messages m) {
    List<Path> out = new ArrayList<>();
    for (Path p : inputs) {
      if (!Files.exists(p)) {
        throw new InputException(p.toString(), m.get("in.missing", p));
      }
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile)
              .filter(x -> x.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
              .sorted()
              .forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }
}
