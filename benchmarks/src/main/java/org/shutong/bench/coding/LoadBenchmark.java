package org.shutong.bench.coding;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.shutong.codesets.Codesets;

/**
 * Loading all diagnosis and operation tables (icd10-nhsa-2.0 with its all-levels patch, icd10-gb-clinical-2.0,
 * icd9cm3-nhsa-2.0, icd9cm3-gb-clinical-3.0) in a fresh JVM: each fork measures the first and only load,
 * as a command-line run pays it (target ≤ 150 ms). {@code loadDiagnosisAndOperationTables} is what Shutong
 * does (the compact indexes built from the CSV files); {@code fromCsvOnly} reads the CSV files as before the
 * indexes, the baseline measured in the same run.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class LoadBenchmark {
  /** Loads the four tables. */
  @Benchmark
  public int loadDiagnosisAndOperationTables() {
    return load(Codesets.bundled());
  }

  /** Loads the four tables from their CSV files only (the baseline). */
  @Benchmark
  public int fromCsvOnly() {
    return load(Codesets.bundledFromCsv());
  }

  private static int load(Codesets cs) {
    return cs.codeTable("icd10-nhsa-2.0").size() + cs.codeTable("icd10-gb-clinical-2.0").size()
        + cs.codeTable("icd9cm3-nhsa-2.0").size() + cs.codeTable("icd9cm3-gb-clinical-3.0").size();
  }
}
