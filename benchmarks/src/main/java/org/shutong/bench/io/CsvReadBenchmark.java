package org.shutong.bench.io;

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
import org.shutong.io.ColumnDictionary;

/**
 * Reading the 200,000-record, 100-column Chinese first-page CSV: Shutong's reader (line tracking and
 * header mapping) against a bare FastCSV parse and Jackson CSV, one full read per operation. The
 * file is generated once into {@code benchmarks/work/} (property {@code shutong.bench.dir}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CsvReadBenchmark {
  private Path file;
  private ColumnDictionary dictionary;

  /** Generates the input (once) and the dictionary. */
  @Setup
  public void setUp() throws IOException {
    Path dir = Path.of(System.getProperty("shutong.bench.dir", "benchmarks/work"));
    file = FirstPageCsv.ensure(dir.resolve("firstpage-200k.csv"), FirstPageCsv.RECORDS);
    dictionary = FirstPageCsv.dictionary();
  }

  /** Shutong: detection, strict decoding, line numbers, header mapping. */
  @Benchmark
  public CsvReads.Result shutong() {
    return CsvReads.shutong(file, dictionary);
  }

  /** Peer: bare FastCSV. */
  @Benchmark
  public CsvReads.Result fastcsv() {
    return CsvReads.fastcsv(file);
  }

  /** Peer: Jackson CSV. */
  @Benchmark
  public CsvReads.Result jackson() {
    return CsvReads.jackson(file);
  }
}
