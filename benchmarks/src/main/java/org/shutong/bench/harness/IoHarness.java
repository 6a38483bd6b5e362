package org.shutong.bench.harness;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * characters, and prints the median records/s of each and its ratio to FastCSV, by wall-clock time
 * and by the reading thread's CPU time (steadier when other processes share the machine).
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

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, List<Long>> times = new LinkedHashMap<>();
    Map<String, List<Long>> cpu = new LinkedHashMap<>();
    runs.keySet().forEach(k -> times.put(k, new ArrayList<>()));
    runs.keySet().forEach(k -> cpu.put(k, new ArrayList<>()));
    for (int round = 0; round < rounds; round++) {
      for (Map.Entry<String, Supplier<CsvReads.Result>> e : runs.entrySet()) {
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        CsvReads.Result res = e.getValue().get();
        times.get(e.getKey()).add(System.nanoTime() - t0);
        cpu.get(e.getKey()).add(threads.getCurrentThreadCpuTime() - c0);
        if (res.chars() != seen.get(e.getKey()).chars()) {
          throw new IllegalStateException(e.getKey() + " read differently in round " + round);
        }
      }
    }
    // wall-clock time is what a user waits; the reading thread's CPU time is steadier on a busy machine
    System.out.printf(Locale.ROOT, "%-12s %14s %10s %10s %14s %10s%n", "reader", "records/s", "median ms", "vs fastcsv",
        "records/cpu-s", "vs fastcsv");
    double peerWall = records / (median(times.get("fastcsv")) / 1e9);
    double peerCpu = records / (median(cpu.get("fastcsv")) / 1e9);
    for (String k : runs.keySet()) {
      double wall = records / (median(times.get(k)) / 1e9);
      double onCpu = records / (median(cpu.get(k)) / 1e9);
      System.out.printf(Locale.ROOT, "%-12s %,14.0f %10.0f %9.2fx %,14.0f %9.2fx%n", k, wall,
          median(times.get(k)) / 1e6, wall / peerWall, onCpu, onCpu / peerCpu);
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
