package org.shutong.bench.stats;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.shutong.io.ReadOptions;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;
import org.shutong.report.FindingCollector;
import org.shutong.stats.FirstPageStatistics;
import org.shutong.stats.FirstPageStatsOptions;
import org.shutong.stats.FirstPageStatsResult;
import org.shutong.stats.NotifiableOptions;
import org.shutong.stats.NotifiableResult;
import org.shutong.stats.NotifiableTabulator;
import org.shutong.stats.ReportMonths;

/**
 * The runs compared: a bare FastCSV parse of a file (the peer: every field of every record touched),
 * and Shutong's full tabulation of the same file (reading with encoding detection and line tracking,
 * header mapping, date parsing, the counting rules, findings). Each returns a number that depends on
 * all the work, so nothing is optimised away.
 */
public final class StatsRuns {
  private StatsRuns() {}

  /** Peer: a bare FastCSV parse (UTF-8); returns the characters of all fields. */
  public static long fastcsv(Path file) {
    try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
      long chars = 0;
      for (CsvRecord rec : r) {
        for (int i = 0, n = rec.getFieldCount(); i < n; i++) {
          chars += rec.getField(i).length();
        }
      }
      return chars;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Shutong's reader alone (no statistics); returns the records read. */
  public static long read(Path file) {
    try (TableReader r = TableReaders.open(file, ReadOptions.defaults())) {
      long n = 0;
      while (r.hasNext()) {
        n += r.next().size();
      }
      return n;
    }
  }

  /** The notifiable-disease table of November 2022; returns the grand total of cases. */
  public static long notifiable(Path file) {
    FindingCollector fc = new FindingCollector(10_000);
    NotifiableResult res = NotifiableTabulator.tabulate(List.of(file),
        NotifiableOptions.of(ReportMonths.of(YearMonth.of(2022, 11))).withRead(ReadOptions.defaults().withProblems(fc)));
    return res.table().row("total").cases() + res.counts().records();
  }

  /** The first-page statistics of May 2024; returns the discharges. */
  public static long firstpage(Path file) {
    FindingCollector fc = new FindingCollector(10_000);
    FirstPageStatsResult res = FirstPageStatistics.compute(List.of(file), FirstPageStatsOptions.of(
        ReportMonths.of(YearMonth.of(2024, 5)), ReadOptions.defaults().withProblems(fc)));
    return res.figure("discharges").value().longValue();
  }
}
