package org.shutong.bench.conform;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code conform check} and {@code conform profile} against a bare parse of the same generated
 * 200,000-record, 50-column inpatient extract, one full pass per operation (the harness runs the
 * 1M-record file). The file is generated once into {@code benchmarks/work/} (property
 * {@code shutong.bench.dir}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class ConformBenchmark {
  private Path file;
  private Path mapping;
  private Path rules;
  private Path dir;

  /** Generates the input (once) and the mapping and rule files. */
  @Setup
  public void setUp() throws IOException {
    dir = Path.of(System.getProperty("shutong.bench.dir", "benchmarks/work"));
    file = ConformData.ensure(dir.resolve("conform-200000-50.csv"), 200_000);
    Path[] config = ConformData.ensureConfig(dir);
    mapping = config[0];
    rules = config[1];
  }

  /** Baseline: Shutong's reader, every value touched. */
  @Benchmark
  public ConformRuns.Result parse() {
    return ConformRuns.parse(file);
  }

  /** Peer: a bare FastCSV parse. */
  @Benchmark
  public ConformRuns.Result fastcsv() {
    return ConformRuns.fastcsv(file);
  }

  /** {@code conform check} with the 31-column mapping. */
  @Benchmark
  public ConformRuns.Result check() {
    return ConformRuns.check(file, mapping);
  }

  /** {@code conform profile} with a key and four rules. */
  @Benchmark
  public ConformRuns.Result profile() {
    return ConformRuns.profile(file, rules, dir);
  }
}
