package org.shutong.bench.conform;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.shutong.codesets.Codesets;
import org.shutong.conformance.ConformanceChecker;
import org.shutong.conformance.ConformanceResult;
import org.shutong.conformance.DataElementCatalogue;
import org.shutong.conformance.DataProfile;
import org.shutong.conformance.Mapping;
import org.shutong.conformance.ProfileOptions;
import org.shutong.conformance.ProfileRules;
import org.shutong.conformance.Profiler;
import org.shutong.conformance.ValueDomains;
import org.shutong.i18n.Lang;
import org.shutong.identifier.Identifiers;
import org.shutong.io.ReadOptions;
import org.shutong.io.Row;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;
import org.shutong.report.FindingCollector;

/** One full pass over the input per call: bare parses (Shutong's reader, FastCSV), check, profile. */
final class ConformRuns {
  private ConformRuns() {}

  /** What a run did, so that the JIT cannot drop the work. */
  record Result(long records, long checksum) {}

  /** The parse every command pays: Shutong's reader (encoding detection, line numbers), every value touched. */
  static Result parse(Path file) {
    long sum = 0;
    try (TableReader r = TableReaders.open(file, ReadOptions.defaults())) {
      while (r.hasNext()) {
        Row row = r.next();
        for (int i = 0; i < row.size(); i++) {
          sum += row.get(i).length();
        }
      }
      return new Result(r.recordsRead(), sum);
    }
  }

  /** A bare FastCSV parse (no encoding detection, no line tracking), every value touched. */
  static Result fastcsv(Path file) {
    long sum = 0;
    long n = -1;
    try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
      for (CsvRecord rec : r) {
        n++;
        for (int i = 0; i < rec.getFieldCount(); i++) {
          sum += rec.getField(i).length();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Result(n, sum);
  }

  /** {@code conform check}: the whole mapping, findings counted (1,000 kept). */
  static Result check(Path file, Path mapping) {
    Mapping m = Mapping.read(mapping, DataElementCatalogue.builtIn(), Lang.ZH);
    ConformanceChecker c = ConformanceChecker.of(m, ValueDomains.of(Codesets.bundled()),
        Identifiers.national().withReferenceDate(LocalDate.of(2025, 1, 1)), Lang.ZH);
    FindingCollector findings = new FindingCollector(1_000);
    try (TableReader r = TableReaders.open(file, ReadOptions.defaults().withProblems(findings))) {
      ConformanceResult res = c.check(r, findings);
      return new Result(res.records(), findings.count(org.shutong.report.Severity.ERROR));
    }
  }

  /** {@code conform profile --key 住院号,住院次数 --rules …}: every column, duplicates, rules, timeliness. */
  static Result profile(Path file, Path rules, Path tempDir) {
    ProfileOptions o = ProfileOptions.defaults().withKey(List.of("住院号", "住院次数"))
        .withRules(ProfileRules.read(rules, Lang.ZH)).withTempDir(tempDir);
    FindingCollector findings = new FindingCollector(1_000);
    try (TableReader r = TableReaders.open(file, ReadOptions.defaults().withProblems(findings))) {
      DataProfile p = Profiler.of(o).profile(r, findings);
      return new Result(p.records(), p.duplicates().exactDuplicateRecords() + p.columns().get(3).distinct());
    }
  }
}
