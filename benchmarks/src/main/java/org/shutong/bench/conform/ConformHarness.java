package org.shutong.bench.conform;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The side-by-side harness of {@code benchmarks/run-conform.sh}: in one JVM, interleaved rounds of a
 * bare parse (Shutong's reader; FastCSV as a second reference), {@code conform check} and
 * {@code conform profile} over the same generated file; prints the median time of each, the ratio
 * parse/check and parse/profile (the issue asks for at least 0.5), and each run's peak heap.
 *
 * <p>Usage: {@code ConformHarness RECORDS ROUNDS WORKDIR}.
 */
public final class ConformHarness {
  private ConformHarness() {}

  /** Runs the harness. */
  public static void main(String[] args) throws Exception {
    int records = Integer.parseInt(args[0]);
    int rounds = Integer.parseInt(args[1]);
    Path dir = Path.of(args[2]);
    Path file = ConformData.ensure(dir.resolve("conform-" + records + "-50.csv"), records);
    Path[] config = ConformData.ensureConfig(dir);
    String[] names = {"parse (Shutong reader)", "parse (FastCSV)", "conform check", "conform profile"};
    List<Supplier<ConformRuns.Result>> runs = List.of(
        () -> ConformRuns.parse(file),
        () -> ConformRuns.fastcsv(file),
        () -> ConformRuns.check(file, config[0]),
        () -> ConformRuns.profile(file, config[1], dir));
    long[][] times = new long[runs.size()][rounds];
    long[][] cpu = new long[runs.size()][rounds];
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long[] peak = new long[runs.size()];
    ConformRuns.Result[] results = new ConformRuns.Result[runs.size()];
    for (int w = 0; w < runs.size(); w++) {
      results[w] = runs.get(w).get(); // warm-up round, not timed
    }
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < runs.size(); k++) {
        System.gc();
        resetPeaks();
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        results[k] = runs.get(k).get();
        times[k][round] = System.nanoTime() - t0;
        cpu[k][round] = os.getProcessCpuTime() - c0;
        peak[k] = Math.max(peak[k], heapPeak());
      }
    }
    System.out.printf(Locale.ROOT, "input: %s (%d records, %d columns), %d rounds, heap max %d MB%n",
        file, results[0].records(), ConformData.COLUMNS, rounds, Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf(Locale.ROOT, "%-24s %10s %12s %14s %12s %10s%n", "run", "median ms", "CPU ms", "records/s",
        "peak heap MB", "checksum");
    double[] median = new double[runs.size()];
    double[] cpuMedian = new double[runs.size()];
    double[] cpuMin = new double[runs.size()];
    for (int k = 0; k < runs.size(); k++) {
      long[] t = times[k].clone();
      Arrays.sort(t);
      median[k] = t[t.length / 2] / 1e6;
      long[] c = cpu[k].clone();
      Arrays.sort(c);
      cpuMedian[k] = c[c.length / 2] / 1e6;
      cpuMin[k] = c[0] / 1e6;
      System.out.printf(Locale.ROOT, "%-24s %10.0f %12.0f %14.0f %12d %10d%n", names[k], median[k], cpuMedian[k],
          results[k].records() / (median[k] / 1000), peak[k] >> 20, results[k].checksum());
    }
    System.out.printf(Locale.ROOT, "CPU ratio parse/check = %.2f, parse/profile = %.2f (medians of process CPU incl. GC"
        + " and JIT; profile works on two threads); from the least disturbed rounds: %.2f and %.2f%n",
        cpuMedian[0] / cpuMedian[2], cpuMedian[0] / cpuMedian[3], cpuMin[0] / cpuMin[2], cpuMin[0] / cpuMin[3]);
    System.out.printf(Locale.ROOT, "ratio parse/check   = %.2f (Shutong reader), %.2f (FastCSV)%n",
        median[0] / median[2], median[1] / median[2]);
    System.out.printf(Locale.ROOT, "ratio parse/profile = %.2f (Shutong reader), %.2f (FastCSV)%n",
        median[0] / median[3], median[1] / median[3]);
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  private static long heapPeak() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
