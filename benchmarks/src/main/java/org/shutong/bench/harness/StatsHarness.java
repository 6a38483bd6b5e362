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
import java.util.function.LongSupplier;
import org.shutong.bench.stats.StatsData;
import org.shutong.bench.stats.StatsRuns;

/**
 * Side-by-side run for the statistics: for each input (1M case cards, 1M first pages) a bare FastCSV
 * parse (the peer), Shutong's reader alone, and Shutong's full statistics, in interleaved rounds in
 * one JVM; prints the median records/s of each and its ratio to FastCSV, by wall-clock time and by the
 * thread's CPU time (steadier when other processes share the machine).
 *
 * <p>Usage: {@code StatsHarness [records] [rounds] [dir]} (defaults 1000000, 5, benchmarks/work).
 */
public final class StatsHarness {
  private StatsHarness() {}

  /** Runs the comparison and prints it. */
  public static void main(String[] args) throws IOException {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : StatsData.RECORDS;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path dir = Path.of(args.length > 2 ? args[2] : "benchmarks/work");
    Path cards = StatsData.caseCards(dir, records);
    Path pages = StatsData.firstPages(dir, records);
    System.out.printf(Locale.ROOT, "java: %s %s; cpus: %d; max heap %,d MB%n", System.getProperty("java.vm.name"),
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    compare("case cards", cards, records, rounds, StatsRuns::notifiable);
    compare("first pages", pages, records, rounds, StatsRuns::firstpage);
  }

  private interface Run {
    long run(Path p);
  }

  private static void compare(String what, Path file, int records, int rounds, Run stats) throws IOException {
    System.out.printf(Locale.ROOT, "%n== %s: %s (%,d bytes, %,d records)%n", what, file, Files.size(file), records);
    Map<String, LongSupplier> runs = new LinkedHashMap<>();
    runs.put("fastcsv", () -> StatsRuns.fastcsv(file));
    runs.put("shutong-read", () -> StatsRuns.read(file));
    runs.put("shutong-stats", () -> stats.run(file));
    Map<String, Long> first = new LinkedHashMap<>();
    runs.forEach((k, v) -> first.put(k, v.getAsLong())); // warm-up round
    System.out.println("warm-up results: " + first);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, List<Long>> wall = new LinkedHashMap<>();
    Map<String, List<Long>> cpu = new LinkedHashMap<>();
    runs.keySet().forEach(k -> {
      wall.put(k, new ArrayList<>());
      cpu.put(k, new ArrayList<>());
    });
    for (int round = 0; round < rounds; round++) {
      for (Map.Entry<String, LongSupplier> e : runs.entrySet()) {
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long r = e.getValue().getAsLong();
        wall.get(e.getKey()).add(System.nanoTime() - t0);
        cpu.get(e.getKey()).add(threads.getCurrentThreadCpuTime() - c0);
        if (r != first.get(e.getKey())) {
          throw new IllegalStateException(e.getKey() + " gave a different result in round " + round);
        }
      }
    }
    System.out.printf(Locale.ROOT, "%-14s %14s %10s %10s %14s %10s%n", "run", "records/s", "median ms", "vs fastcsv",
        "records/cpu-s", "vs fastcsv");
    double peerWall = records / (median(wall.get("fastcsv")) / 1e9);
    double peerCpu = records / (median(cpu.get("fastcsv")) / 1e9);
    for (String k : runs.keySet()) {
      double w = records / (median(wall.get(k)) / 1e9);
      double c = records / (median(cpu.get(k)) / 1e9);
      System.out.printf(Locale.ROOT, "%-14s %,14.0f %10.0f %9.2fx %,14.0f %9.2fx%n", k, w, median(wall.get(k)) / 1e6,
          w / peerWall, c, c / peerCpu);
    }
  }

  private static double median(List<Long> xs) {
    long[] a = xs.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(a);
    return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2.0;
  }
}
