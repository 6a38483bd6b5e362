package org.shutong.bench.stats;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One streaming pass over 1M case cards and over 1M first-page records: Shutong's statistics against a
 * bare FastCSV parse of the same file, one full pass per operation. Inputs are generated once into
 * {@code benchmarks/work/} (property {@code shutong.bench.dir}); {@code records} sets their size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class StatsBenchmark {
  @Param({"1000000"})
  public int records;

  private Path cards;
  private Path pages;

  /** Generates the inputs (once). */
  @Setup
  public void setUp() {
    Path dir = Path.of(System.getProperty("shutong.bench.dir", "benchmarks/work"));
    cards = StatsData.caseCards(dir, records);
    pages = StatsData.firstPages(dir, records);
  }

  /** Shutong: the notifiable-disease table. */
  @Benchmark
  public long notifiable() {
    return StatsRuns.notifiable(cards);
  }

  /** Peer: bare FastCSV parse of the case cards. */
  @Benchmark
  public long notifiableFastcsv() {
    return StatsRuns.fastcsv(cards);
  }

  /** Shutong: the first-page monthly statistics. */
  @Benchmark
  public long firstpage() {
    return StatsRuns.firstpage(pages);
  }

  /** Peer: bare FastCSV parse of the first pages. */
  @Benchmark
  public long firstpageFastcsv() {
    return StatsRuns.fastcsv(pages);
  }
}
