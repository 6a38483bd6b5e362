package org.shutong.bench.interop;

import java.nio.charset.StandardCharsets;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.shutong.interop.CdaGenerator;
import org.shutong.interop.CdaResult;
import org.shutong.interop.CdaValidator;
import org.shutong.report.FindingSink;

/**
 * Validation of typical 20–50 KB WS/T 500 documents through all five layers (XML, XSD, header,
 * body, value sets against the bundled national tables), one thread, schemas and rules compiled
 * and cached in setup (target: at least 500 documents/s). The documents are the generated ones of
 * eight types between 20 and 50 KB; each invocation validates all eight.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class ValidateBenchmark {
  /** Types whose generated documents are 20–50 KB. */
  static final List<String> TYPES = List.of("C0001", "C0005", "C0007", "C0011", "C0014", "C0021", "C0044", "C0053");

  CdaValidator validator;
  byte[][] docs;
  long bytes;

  @Setup
  public void setup() {
    validator = CdaValidator.builder().build();
    docs = new byte[TYPES.size()][];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = CdaGenerator.standard().generate(TYPES.get(i), i + 1).getBytes(StandardCharsets.UTF_8);
      bytes += docs[i].length;
      CdaResult r = validator.validate(docs[i], TYPES.get(i), null, FindingSink.discard());
      if (!r.valid() || docs[i].length < 20_000 || docs[i].length > 50_000) {
        throw new IllegalStateException(TYPES.get(i) + " is not a clean 20–50 KB document: " + r + ", "
            + docs[i].length + " bytes");
      }
    }
  }

  /** Validates the eight documents; the score is documents per second. */
  @Benchmark
  @OperationsPerInvocation(8)
  public void validateDocuments(Blackhole bh) {
    for (byte[] d : docs) {
      bh.consume(validator.validate(d, "bench.xml", null, FindingSink.discard()));
    }
  }
}
