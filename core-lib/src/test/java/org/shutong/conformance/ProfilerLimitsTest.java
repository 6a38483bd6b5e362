package org.shutong.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.io.TableReader;
import org.shutong.report.FindingCollector;

/** Memory bounds: sketches, approximate top values and spilled duplicate runs give the same answers. */
class ProfilerLimitsTest {
  @TempDir Path dir;

  /** 20,000 records: id unique, a code of 7 values, every 100th record repeated, key conflicts every 250th. */
  private Path generate() throws IOException {
    Path f = dir.resolve("big.csv");
    try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      w.write("id,code,visit,note\n");
      for (int i = 1; i <= 20_000; i++) {
        String row = "P" + i + "," + (i % 7) + ",1,x" + (i % 3) + "\n";
        w.write(row);
        if (i % 100 == 0) {
          w.write(row); // exact duplicate
        }
        if (i % 250 == 0) {
          w.write("P" + i + "," + (i % 7) + ",1,changed\n"); // same key, other content
        }
      }
    }
    return f;
  }

  private DataProfile run(Path f, ProfileOptions o, FindingCollector c) {
    try (TableReader r = Fixtures.open(f, c)) {
      return Profiler.of(o.withTempDir(dir)).profile(r, c);
    }
  }

  @Test
  void spilledDuplicateDetectionAgreesWithInMemory() throws IOException {
    Path f = generate();
    ProfileOptions base = ProfileOptions.defaults().withKey(List.of("id", "visit"));
    DataProfile mem = run(f, base, new FindingCollector(0));
    DataProfile spill = run(f, base.withLimits(1_000_000, 512, 1024), new FindingCollector(0));
    assertEquals(0, mem.duplicates().spilledRuns());
    assertTrue(spill.duplicates().spilledRuns() > 10, "runs " + spill.duplicates().spilledRuns());
    assertEquals(200, mem.duplicates().exactDuplicateRecords());
    assertEquals(80, mem.duplicates().keyConflictRecords());
    assertEquals(80, mem.duplicates().keyConflictKeys());
    assertEquals(mem.duplicates(), spill.duplicates().withRuns(mem.duplicates().spilledRuns()));
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(0, left.filter(p -> p.getFileName().toString().startsWith("shutong-dup-")).count(),
          "temporary runs are deleted");
    }
  }

  @Test
  void theStatisticsThreadGivesTheSameProfileAsOneThread() throws IOException {
    Path f = generate();
    ProfileOptions base = ProfileOptions.defaults().withKey(List.of("id", "visit"))
        .withAsOf(java.time.LocalDate.of(2024, 12, 31));
    FindingCollector one = new FindingCollector();
    FindingCollector two = new FindingCollector();
    DataProfile a = run(f, base.withThreads(0), one);
    DataProfile b = run(f, base.withThreads(1), two);
    assertEquals(a, b);
    assertEquals(one.findings(), two.findings());
  }

  @Test
  void distinctCountSwitchesToASketchAndSaysSo() throws IOException {
    Path f = generate();
    DataProfile p = run(f, ProfileOptions.defaults().withLimits(4_000, 100, 1_000_000), new FindingCollector(0));
    ColumnProfile id = p.column("id").orElseThrow();
    assertEquals(1_000, p.limits().distinctExactLimit(), "4,000 over 4 columns, at least 1,000");
    assertFalse(id.distinctExact());
    assertTrue(Math.abs(id.distinct() - 20_000) < 20_000 * 0.03, "estimate " + id.distinct());
    assertTrue(p.column("code").orElseThrow().distinctExact());
    assertEquals(7, p.column("code").orElseThrow().distinct());
    assertEquals(1, p.limits().sketchedColumns());
    assertTrue(p.limits().distinctSketch().startsWith("HyperLogLog"));
    assertTrue(id.topValuesApproximate(), "20,000 ids for 100 counters");
    assertFalse(p.column("code").orElseThrow().topValuesApproximate());
    assertEquals(20_280.0 / 7, (double) p.column("code").orElseThrow().topValues().get(0).count(), 3.0);
  }

  @Test
  void manyColumnsStayBounded() throws IOException {
    Path f = dir.resolve("wide.csv");
    try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      for (int c = 0; c < 2_000; c++) {
        w.write((c == 0 ? "" : ",") + "c" + c);
      }
      w.write("\n");
      for (int r = 0; r < 50; r++) {
        for (int c = 0; c < 2_000; c++) {
          w.write((c == 0 ? "" : ",") + (r * c % 97));
        }
        w.write("\n");
      }
    }
    DataProfile p = run(f, ProfileOptions.defaults(), new FindingCollector());
    assertEquals(2_000, p.columnCount());
    assertEquals(2_000, p.columns().size());
    assertEquals(1_000, p.limits().distinctExactLimit(), "500,000 / 2,000 columns, at least 1,000");
  }

  @Test
  void hyperLogLogIsWithinItsError() {
    HyperLogLog h = new HyperLogLog();
    for (int i = 0; i < 1_000_000; i++) {
      h.add(Hashing.hash("v" + i, 0, ("v" + i).length()));
    }
    assertTrue(Math.abs(h.estimate() - 1_000_000) < 1_000_000 * 4 * HyperLogLog.standardError(), "" + h.estimate());
    HyperLogLog small = new HyperLogLog();
    for (int i = 0; i < 100; i++) {
      small.add(Hashing.hash("v" + i, 0, ("v" + i).length()));
    }
    assertEquals(100.0, (double) small.estimate(), 2.0);
  }

  @Test
  void misraGriesKeepsTheFrequentValue() {
    TopValues t = new TopValues(10);
    for (int i = 0; i < 10_000; i++) {
      String v = i % 3 == 0 ? "hot" : "v" + i;
      t.add(Hashing.hash(v, 0, v.length()), v, 0, v.length());
    }
    assertTrue(t.approximate());
    ValueCount top = t.top(1).get(0);
    assertEquals("hot", top.value());
    assertTrue(top.count() <= 3_334 && top.count() >= 3_334 - t.maxError(), top + " err " + t.maxError());
  }
}
