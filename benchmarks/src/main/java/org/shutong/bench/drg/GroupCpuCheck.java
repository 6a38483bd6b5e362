package org.shutong.bench.drg;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.shutong.drg.DrgRecord;
import org.shutong.drg.DrgResult;
import org.shutong.drg.DrgTables;
import org.shutong.drg.Grouper;

/**
 * Grouping alone measured in CPU time of the grouping thread (records per CPU second), a figure
 * that a loaded machine disturbs less than wall-clock throughput. Complements {@link GroupBenchmark}.
 */
public final class GroupCpuCheck {
  private GroupCpuCheck() {}

  /** Runs {@code rounds} rounds over 100,000 generated records and prints the best and median rate. */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    Grouper g = Grouper.of(DrgTables.builtIn(DrgTables.DEFAULT_VERSION));
    List<DrgData.Case> cases = new DrgData().cases(100_000, 11);
    DrgRecord[] records = new DrgRecord[cases.size()];
    for (int i = 0; i < records.length; i++) {
      records[i] = cases.get(i).record();
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double[] rates = new double[rounds];
    long sink = 0;
    for (int round = 0; round < rounds; round++) {
      long cpu0 = mx.getCurrentThreadCpuTime();
      for (DrgRecord r : records) {
        DrgResult res = g.group(r);
        sink += res.grouped() ? 1 : 0;
      }
      long cpu = mx.getCurrentThreadCpuTime() - cpu0;
      rates[round] = records.length / (cpu / 1e9);
    }
    java.util.Arrays.sort(rates);
    System.out.printf(Locale.ROOT, "grouping alone: best %.0f, median %.0f records per CPU second (%d rounds, sink %d)%n",
        rates[rounds - 1], rates[rounds / 2], rounds, sink);
  }
}
