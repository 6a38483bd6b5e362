package org.shutong.bench.conform;

import java.nio.file.Path;

/** Runs one of the harness's passes a few times, for a sampling profiler (JFR). Usage: ProfileOnce check|profile|parse FILE DIR N. */
public final class ProfileOnce {
  private ProfileOnce() {}

  /** Runs it. */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[1]);
    Path[] config = ConformData.ensureConfig(Path.of(args[2]));
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    java.lang.management.ThreadMXBean tm = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = 0; i < Integer.parseInt(args[3]); i++) {
      long gc0 = 0;
      for (java.lang.management.GarbageCollectorMXBean g : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
        gc0 += g.getCollectionTime();
      }
      long c0 = os.getProcessCpuTime();
      long m0 = tm.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      Object r = switch (args[0]) {
        case "check" -> ConformRuns.check(file, config[0]);
        case "profile" -> ConformRuns.profile(file, config[1], Path.of(args[2]));
        default -> ConformRuns.parse(file);
      };
      long gc1 = 0;
      for (java.lang.management.GarbageCollectorMXBean g : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
        gc1 += g.getCollectionTime();
      }
      System.out.println(args[0] + " wall " + (System.nanoTime() - t0) / 1_000_000 + " ms, process CPU "
          + (os.getProcessCpuTime() - c0) / 1_000_000 + " ms, main thread CPU " + (tm.getCurrentThreadCpuTime() - m0) / 1_000_000
          + " ms, GC " + (gc1 - gc0) + " ms " + r);
    }
  }
}
