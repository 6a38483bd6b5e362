package org.shutong.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.shutong.bench.io.CsvReads;
import org.shutong.bench.io.FirstPageCsv;
import org.shutong.io.ColumnDictionary;

/**
 * Side-by-side run for tabular I/O: reads the same generated CSV with FastCSV (the peer), Jackson CSV
 * and Shutong in interleaved rounds in one JVM, checks that all of them read the same records and
 * characters, and prints the median records/s of each and Shutong's ratio to FastCSV.
 *
 * <p>Usage: {@code IoHarness [records] [rounds] [dir]} (defaults 200000, 7, benchmarks/work).
 */
public final class IoHarness {
  private IoHarness() {}

  /** Runs the comparison and prints it. */
  public static void main(String[] args) throws IOException {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : FirstPageCsv.RECORDS;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    Path dir = Path.of(args.length > 2 ? args[2] : "benchmarks/work");
    Path file = FirstPageCsv.ensure(dir.resolve("firstpage-" + (records / 1000) + "k.csv"), records);
    ColumnDictionary dict = FirstPageCsv.dictionary();
    Map<String, Supplier<CsvReads.Result>> runs = new LinkedHashMap<>();
    runs.put("fastcsv", () -> CsvReads.fastcsv(file));
    runs.put("jackson-csv", () -> CsvReads.jackson(file));
    runs.put("shutong", () -> CsvReads.shutong(file, dict));

    System.out.printf(Locale.ROOT, "input: %s (%,d bytes, %,d records x %d columns)%n", file, Files.size(file),
        records, FirstPageCsv.columns().size());
    System.out.printf(Locale.ROOT, "java: %s %s; cpus: %d%n", System.getProperty("java.vm.name"),
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());

    Map<String, CsvReads.Result> seen = new LinkedHashMap<>();
    for (Map.Entry<String, Supplier<CsvReads.Result>> e : runs.entrySet()) {
      seen.put(e.getKey(), e.getValue().get()); // warm-up round, also the correctness check
    }
    check(seen, records);

    Map<String, List<Long>> times = new LinkedHashMap<>();
    runs.keySet().forEach(k -> times.put(k, new ArrayList<>()));
    for (int round = 0; round < rounds; round++) {
      for (Map.Entry<String, Supplier<CsvReads.Result>> e : runs.entrySet()) {
        long t0 = System.nanoTime();
        CsvReads.Result res = e.getValue().get();
        times.get(e.getKey()).add(System.nanoTime() - t0);
        if (res.chars() != seen.get(e.getKey()).chars()) {
          throw new IllegalStateException(e.getKey() + " read differently in round " + round);
        }
      }
    }
    double peer = 0;
    Map<String, Double> rate = new LinkedHashMap<>();
    for (Map.Entry<String, List<Long>> e : times.entrySet()) {
      double r = records / (median(e.getValue()) / 1e9);
      rate.put(e.getKey(), r);
      if (e.getKey().equals("fastcsv")) {
        peer = r;
      }
    }
    System.out.printf(Locale.ROOT, "%-12s %14s %12s %10s%n", "reader", "records/s", "median ms", "vs fastcsv");
    for (Map.Entry<String, Double> e : rate.entrySet()) {
      System.out.printf(Locale.ROOT, "%-12s %,14.0f %12.0f %9.2fx%n", e.getKey(), e.getValue(),
          median(times.get(e.getKey())) / 1e6, e.getValue() / peer);
    }
  }

  private static void check(Map<String, CsvReads.Result> seen, int records) {
    CsvReads.Result ours = seen.get("shutong");
    CsvReads.Result fast = seen.get("fastcsv");
    CsvReads.Result jack = seen.get("jackson-csv");
    if (ours.records() != records || fast.records() != records || jack.records() != records
        || ours.chars() != fast.chars() || jack.chars() != fast.chars() || ours.lines() != fast.lines()) {
      throw new IllegalStateException("readers disagree: " + seen);
    }
    System.out.printf(Locale.ROOT, "check: all readers read %,d records, %,d characters; line numbers agree%n",
        ours.records(), ours.chars());
  }

  private static double median(List<Long> xs) {
    long[] a = xs.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(a);
    return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2.0;
  }
}
