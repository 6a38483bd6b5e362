package org.shutong.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code firstpage-check} in Spark {@code local[2]} gives the CLI's findings on the same generated
 * first pages (811 columns, injected errors): the per-record rules over ordered slices, the
 * cross-record rules (duplicate stays, overlapping stays, 住院次数 order) after a shuffle by key,
 * including stays that repeat one in another file; and the CLI's summary, rule and field counts and
 * quality scores in {@code report.json}.
 */
@Tag("e2e")
class FirstpageCheckSparkTest {
  static SparkSession spark;
  @TempDir static Path dir;
  static Path pages;
  static Path split;

  @BeforeAll
  static void start() throws IOException {
    spark = DrgGroupSparkTest.session();
    pages = dir.resolve("pages.csv");
    StringBuilder err = new StringBuilder();
    int code = org.shutong.cli.Shutong.run(new String[] {"generate", "firstpage", "--count", "4000", "--error-rate", "0.3",
        "--seed", "7", "-o", pages.toString()}, new java.io.PrintWriter(new java.io.StringWriter(), true),
        new java.io.PrintWriter(new java.io.Writer() {
          @Override
          public void write(char[] c, int o, int l) {
            err.append(c, o, l);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        }, true));
    assertEquals(0, code, err.toString());
    // the same records in two files: the cross-record rules must see both
    List<String> lines = Files.readAllLines(pages, StandardCharsets.UTF_8);
    split = Files.createDirectories(dir.resolve("split"));
    int half = lines.size() / 2;
    Files.write(split.resolve("a.csv"), lines.subList(0, half), StandardCharsets.UTF_8);
    List<String> b = new ArrayList<>(lines.subList(0, 1));
    b.addAll(lines.subList(half, lines.size()));
    Files.write(split.resolve("b.csv"), b, StandardCharsets.UTF_8);
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  static void assertSameReport(JsonNode cli, Path out, List<String> expected) throws IOException {
    List<String> actual = DrgGroupSparkTest.sorted(DrgGroupSparkTest.sparkFindings(spark, out));
    assertEquals(expected.size(), actual.size());
    assertEquals(expected, actual);
    for (String rule : List.of("FP-DUPLICATE-STAY", "FP-OVERLAPPING-STAYS", "FP-ADMISSION-COUNT-ORDER")) {
      assertTrue(actual.stream().anyMatch(f -> f.startsWith(rule + "|")), rule);
    }
    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertEquals(cli.path("inputs"), report.path("inputs"));
    assertEquals(cli.path("summary"), ((ObjectNode) report.path("summary").deepCopy()).without("findingsOmitted"));
    assertEquals(expected.size(), report.path("summary").path("findingsOmitted").asLong());
    for (String key : List.of("ruleSet", "rules", "fields")) {
      assertEquals(cli.path(key), report.path(key), key);
    }
    assertEquals(cli.path("quality").path("meanScore"), report.path("quality").path("meanScore"));
    assertEquals(cli.path("quality").path("grades"), report.path("quality").path("grades"));
  }

  @Test
  void oneFileOverFourPartitionsEqualsTheCli() throws IOException {
    Path out = dir.resolve("out-one");
    DrgGroupSparkTest.Run r = DrgGroupSparkTest.spark(spark, "firstpage-check", "--input", pages.toString(), "--output",
        out.toString(), "--format", "json", "--partitions", "4");
    assertEquals(1, r.exit(), r.err());
    JsonNode cli = DrgGroupSparkTest.cli("firstpage", "check", "-f", "json", "--fail-on", "never", pages.toString());
    assertSameReport(cli, out, DrgGroupSparkTest.sorted(DrgGroupSparkTest.findings(cli)));
  }

  @Test
  void twoFilesPartitionedByHospitalEqualTheCliOnBoth() throws IOException {
    Path out = dir.resolve("out-split");
    DrgGroupSparkTest.Run r = DrgGroupSparkTest.spark(spark, "firstpage-check", "--input", split.toString(), "--output",
        out.toString(), "--format", "json", "--partitions", "3", "--partition-by", "A01", "--fail-on", "never");
    assertEquals(0, r.exit(), r.err());
    JsonNode cli = DrgGroupSparkTest.cli("firstpage", "check", "-f", "json", "--fail-on", "never",
        split.resolve("a.csv").toString(), split.resolve("b.csv").toString());
    List<String> expected = DrgGroupSparkTest.sorted(DrgGroupSparkTest.findings(cli));
    // a stay repeating one in the other file names it by file and record, as the CLI does
    assertTrue(expected.stream().anyMatch(f -> f.startsWith("FP-") && f.contains("a.csv:")), "no cross-file finding");
    assertSameReport(cli, out, expected);
    try (java.util.stream.Stream<Path> parts = Files.list(out.resolve("findings"))) {
      assertTrue(parts.anyMatch(p -> p.getFileName().toString().startsWith("A01=")));
    }
  }

  @Test
  void anExistingOutputIsRefused() throws IOException {
    Path out = Files.createDirectories(dir.resolve("exists"));
    DrgGroupSparkTest.Run r = DrgGroupSparkTest.spark(spark, "firstpage-check", "--input", pages.toString(), "--output",
        out.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--force"), r.err());
    try (java.util.stream.Stream<Path> left = Files.list(out)) {
      assertFalse(left.findAny().isPresent());
    }
  }
}
