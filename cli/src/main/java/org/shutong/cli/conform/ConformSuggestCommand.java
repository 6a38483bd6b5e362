package org.shutong.cli.conform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.shutong.cli.GlobalOptions;
import org.shutong.cli.InputOptions;
import org.shutong.cli.ReportOptions;
import org.shutong.cli.UsageException;
import org.shutong.codesets.Codesets;
import org.shutong.conformance.ConformanceReports;
import org.shutong.conformance.MappingSuggester;
import org.shutong.conformance.Suggestion;
import org.shutong.conformance.ValueDomains;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.identifier.Identifiers;
import org.shutong.io.AtomicOutput;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;
import org.shutong.report.FindingCollector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shutong conform suggest FILE}: proposes the data element of each column from its header and
 * sample values, each with a confidence and its evidence; optionally writes a draft mapping.
 */
@Command(name = "suggest", description = "根据列名和样本值为每列建议数据元（含置信度和依据），可写出映射草稿供人工确认")
public final class ConformSuggestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin InputOptions input = new InputOptions();
  @Mixin ReportOptions report = new ReportOptions();
  @Mixin CatalogueOptions catalogue = new CatalogueOptions();

  @Option(names = "--sample", paramLabel = "N", defaultValue = "1000", descriptionKey = "sample",
      description = "读取的样本记录数（默认 1000）")
  int sample = 1000;

  @Option(names = "--write-mapping", paramLabel = "FILE", descriptionKey = "write-mapping",
      description = "把建议写成映射草稿（YAML），供核对后用于 conform check")
  Path writeMapping;

  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file", description = "要建议映射的数据文件")
  Path file;

  @Override
  public Integer call() {
    Lang lang = GlobalOptions.of(spec.commandLine()).lang();
    if (sample < 1) {
      throw new UsageException(Messages.of("org.shutong.cli.conform.messages", lang).get("sample.positive"));
    }
    FindingCollector findings = report.collector();
    List<Suggestion> s;
    long records;
    String encoding;
    try (TableReader r = TableReaders.open(file, input.readOptions(lang, findings))) {
      s = MappingSuggester.of(catalogue.catalogue(lang), ValueDomains.of(Codesets.bundled()), Identifiers.national())
          .suggest(r, sample);
      records = r.recordsRead();
      encoding = r.source().encodingName();
    }
    if (writeMapping != null) {
      try (AtomicOutput out = AtomicOutput.create(writeMapping, report.force(), lang)) {
        out.stream().write(ConformanceReports.mappingYaml(file.toString(), s, lang).getBytes(StandardCharsets.UTF_8));
        out.commit();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return report.emit(ConformanceReports.suggest(file.toString(), records, encoding, s, findings, lang), spec.commandLine().getOut(), lang);
  }
}
