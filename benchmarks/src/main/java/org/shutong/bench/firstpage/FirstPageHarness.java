package org.shutong.bench.firstpage;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.shutong.firstpage.CheckResult;
import org.shutong.firstpage.FirstPageChecker;
import org.shutong.firstpage.FirstPageGenerator;
import org.shutong.io.ReadOptions;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;
import org.shutong.io.TableWriter;
import org.shutong.io.TableWriters;
import org.shutong.io.WriteOptions;
import org.shutong.report.FindingCollector;

/**
 * Side-by-side throughput of {@code shutong firstpage check} and a bare FastCSV parse of the same
 * generated first-page file, in one JVM and one run, alternating, several rounds:
 *
 * <ul>
 *   <li>{@code fastcsv}: FastCSV 3 iterating every record of the file (the peer: a parse with no checks);
 *   <li>{@code shutong-read}: Shutong's table reader alone (encoding detection, line tracking);
 *   <li>{@code shutong-check}: the whole check as the CLI runs it — reader, header mapping, all
 *       default rules of nhc-2016 with the bundled code tables, cross-record keys, scores and
 *       summaries ({@link FirstPageChecker.Run#check(TableReader)}, pipelined on two threads).
 * </ul>
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.shutong.bench.firstpage.FirstPageHarness FILE [RECORDS] [ROUNDS]};
 * the file is generated (2 % records with injected errors, seed 42) when it does not exist.
 */
public final class FirstPageHarness {
  private FirstPageHarness() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "benchmarks/work/firstpage-1m.csv");
    long records = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    if (!Files.exists(file)) {
      generate(file, records);
    }
    System.out.printf(Locale.ROOT, "file %s, %.0f MB, %d cores, %s%n", file, Files.size(file) / 1e6,
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    List<Double> fast = new ArrayList<>();
    List<Double> read = new ArrayList<>();
    List<Double> check = new ArrayList<>();
    long n = 0;
    java.lang.management.ThreadMXBean tm = java.lang.management.ManagementFactory.getThreadMXBean();
    if ("check".equals(System.getProperty("only"))) {
      for (int r = 0; r < rounds; r++) {
        long c0 = tm.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long k = shutongCheck(file);
        long t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "check only: %.0f rec/s, cpu %.2f us/record%n", k * 1e9 / (t1 - t0),
            (tm.getCurrentThreadCpuTime() - c0) / 1e3 / k);
      }
      return;
    }
    for (int r = 0; r < rounds; r++) {
      long c0 = tm.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      n = fastcsv(file);
      long t1 = System.nanoTime();
      long c1 = tm.getCurrentThreadCpuTime();
      long m = shutongRead(file);
      long t2 = System.nanoTime();
      long c2 = tm.getCurrentThreadCpuTime();
      long k = shutongCheck(file);
      long t3 = System.nanoTime();
      long c3 = tm.getCurrentThreadCpuTime();
      System.out.printf(Locale.ROOT, "  cpu of the main thread per record: fastcsv %.2f us, read %.2f us, check %.2f us%n",
          (c1 - c0) / 1e3 / n, (c2 - c1) / 1e3 / n, (c3 - c2) / 1e3 / n);
      if (m != n || k != n) {
        throw new IllegalStateException("record counts differ: " + n + " " + m + " " + k);
      }
      fast.add(n * 1e9 / (t1 - t0));
      read.add(n * 1e9 / (t2 - t1));
      check.add(n * 1e9 / (t3 - t2));
      System.out.printf(Locale.ROOT, "round %d: fastcsv %.0f rec/s, shutong-read %.0f rec/s, shutong-check %.0f rec/s%n",
          r + 1, fast.get(r), read.get(r), check.get(r));
    }
    double f = median(fast);
    double c = median(check);
    System.out.printf(Locale.ROOT, "median over %d rounds, %d records: fastcsv %.0f rec/s | shutong-read %.0f rec/s | "
        + "shutong-check %.0f rec/s | check/fastcsv %.2f%n", rounds, n, f, median(read), c, c / f);
  }

  static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    Collections.sort(s);
    return s.get(s.size() / 2);
  }

  static void generate(Path file, long records) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    System.out.printf(Locale.ROOT, "generating %d records into %s ...%n", records, file);
    FirstPageGenerator g = FirstPageGenerator.create(FirstPageGenerator.Options.of(records).withSeed(42).withErrorRate(0.02));
    try (TableWriter w = TableWriters.open(file, WriteOptions.defaults().withForce(true))) {
      w.writeHeader(g.header());
      g.generate((values, answers) -> w.writeRow(Arrays.asList(values)));
      w.commit();
    }
  }

  static long fastcsv(Path file) throws IOException {
    long n = -1;
    try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(file)) {
      for (CsvRecord rec : r) {
        if (rec.getFieldCount() > 0) {
          n++;
        }
      }
    }
    return n;
  }

  static long shutongRead(Path file) {
    long n = 0;
    try (TableReader r = TableReaders.open(file, ReadOptions.defaults())) {
      while (r.hasNext()) {
        if (r.next().size() > 0) {
          n++;
        }
      }
    }
    return n;
  }

  static long shutongCheck(Path file) {
    FirstPageChecker checker = FirstPageChecker.builder().build();
    FindingCollector findings = new FindingCollector();
    FirstPageChecker.Run run = checker.start(findings);
    run.check(file, ReadOptions.defaults().withProblems(findings), new FirstPageChecker.Run.Listener() {});
    CheckResult result = run.finish();
    return result.records();
  }
}
