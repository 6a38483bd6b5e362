package org.shutong.bench.coding;

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
import org.shutong.coding.CodeCheck;
import org.shutong.coding.Coding;
import org.shutong.coding.CodingSystem;

/** Batch validation throughput on one core over {@link CodeMix} (target: at least 5M codes/s). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidateBenchmark {
  static final int N = 100_000;

  CodingSystem dx;
  String[] mix;

  @Setup
  public void setup() {
    dx = Coding.bundled().system("icd10-nhsa-2.0");
    mix = CodeMix.of(dx.table(), N, 20261123L);
  }

  /** Validates the 100,000 codes of the mix; the score is codes per second. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void validateMix(Blackhole bh) {
    for (String s : mix) {
      CodeCheck c = dx.validate(s);
      bh.consume(c);
    }
  }
}
