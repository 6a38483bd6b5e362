package org.shutong.bench.coding;

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
import org.shutong.coding.Coding;
import org.shutong.coding.CodingSystem;
import org.shutong.coding.SearchHit;

/**
 * Name search latency over the full 医保版2.0 diagnosis table (45,523 entries), as coders search: Chinese
 * names and abbreviations, 拼音首字母, full pinyin, code prefixes. Sample mode gives the p99 (target ≤ 1 ms).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SearchBenchmark {
  @Param({"jxxjgs", "急性心肌梗死", "心梗", "肺炎", "tnb", "gxy", "糖尿病 肾", "xinjigengsi", "I21", "naogengsi", "慢阻肺", "zz"})
  public String query;

  CodingSystem dx;

  @Setup
  public void setup() {
    dx = Coding.bundled().system("icd10-nhsa-2.0");
    dx.search("warm", 1);
  }

  /** One search, top 20. */
  @Benchmark
  public java.util.List<SearchHit> search() {
    return dx.search(query, 20);
  }
}
