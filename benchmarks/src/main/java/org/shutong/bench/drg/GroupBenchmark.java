package org.shutong.bench.drg;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.shutong.drg.DrgRecord;
import org.shutong.drg.DrgTables;
import org.shutong.drg.Grouper;

/**
 * Grouping alone (issue 11 target: at least 200k records/s on one core): CHS-DRG 1.1 tables
 * preloaded, records already in memory, one thread. Score is records per second; run with
 * {@code -prof gc} to see the bytes allocated per record (the result object only).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GroupBenchmark {
  static final int BATCH = 100_000;

  private DrgRecord[] records;
  private Grouper grouper;
  private Grouper mapping;

  /** Loads the tables and generates the records. */
  @Setup
  public void setUp() {
    DrgTables t = DrgTables.builtIn(DrgTables.DEFAULT_VERSION);
    grouper = Grouper.of(t);
    mapping = Grouper.of(t, new Grouper.Options(true));
    List<DrgData.Case> cases = new DrgData().cases(BATCH, 11);
    records = new DrgRecord[BATCH];
    for (int i = 0; i < BATCH; i++) {
      records[i] = cases.get(i).record();
    }
  }

  /** Groups 100,000 realistic records. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void group(Blackhole bh) {
    for (DrgRecord r : records) {
      bh.consume(grouper.group(r));
    }
  }

  /** The same with the optional code mapping (TRANS_CODE) step. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void groupWithCodeMapping(Blackhole bh) {
    for (DrgRecord r : records) {
      bh.consume(mapping.group(r));
    }
  }
}
