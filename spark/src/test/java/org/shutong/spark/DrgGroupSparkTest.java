package org.shutong.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.cli.Shutong;

/**
 * {@code drg-group} in Spark {@code local[2]} gives the CLI's findings, groups and summary on the same
 * input: the DRG differential cases (1,144 first pages), split in two files and over four partitions.
 */
@Tag("e2e")
class DrgGroupSparkTest {
  static SparkSession spark;
  @TempDir static Path dir;
  static Path cases;

  @BeforeAll
  static void start() throws IOException {
    spark = session();
    List<String> lines = Files.readAllLines(Path.of(System.getProperty("user.dir")).getParent()
        .resolve("core-lib/src/test/resources/org/shutong/drg/cases/chs-drg-1.1-cases.csv"), StandardCharsets.UTF_8);
    cases = Files.createDirectories(dir.resolve("cases"));
    int half = lines.size() / 2;
    Files.write(cases.resolve("a.csv"), lines.subList(0, half), StandardCharsets.UTF_8);
    List<String> b = new ArrayList<>(lines.subList(0, 1));
    b.addAll(lines.subList(half, lines.size()));
    b.add("C9999,ragged,1,2");
    Files.write(cases.resolve("b.csv"), b, StandardCharsets.UTF_8);
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  /** A local[2] session as the tests use it (one per test class, stopped after it). */
  static SparkSession session() {
    return SparkSession.builder().master("local[2]").appName("shutong-test")
        .config("spark.ui.enabled", "false").config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
  }

  record Run(int exit, String out, String err) {}

  static Run spark(SparkSession session, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ShutongSpark.run(session, args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  static Run spark(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ShutongSpark.run(spark, args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  static JsonNode cli(String... args) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Shutong.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    assertTrue(code <= 1, err.toString());
    return new ObjectMapper().readTree(out.toString());
  }

  static List<String> sorted(List<String> l) {
    List<String> s = new ArrayList<>(l);
    s.sort(null);
    return s;
  }

  /** The CLI's findings of a file, one string each. */
  static List<String> findings(JsonNode j) {
    List<String> out = new ArrayList<>();
    for (JsonNode x : j.path("findings")) {
      out.add(String.join("|", x.path("ruleId").asText(), x.path("severity").asText(), x.path("file").asText(),
          x.path("record").asText(), x.path("line").asText(), x.path("field").asText(), x.path("value").asText(),
          x.path("message").asText()));
    }
    return out;
  }

  static List<String> groups(JsonNode j, String file) {
    List<String> out = new ArrayList<>();
    for (JsonNode x : j.path("groups")) {
      out.add(file + "|" + x.path("record").asText() + "|" + x.path("line").asText() + "|" + x.path("caseId").asText()
          + "|" + x.path("status").asText() + "|" + x.path("mdc").asText("") + "|" + x.path("drg").asText("") + "|"
          + x.path("note").asText(""));
    }
    return out;
  }

  static List<String> sparkFindings(Path out) {
    return sparkFindings(spark, out);
  }

  static List<String> sparkFindings(SparkSession session, Path out) {
    List<String> l = new ArrayList<>();
    for (Row x : session.read().json(out.resolve("findings").toString()).collectAsList()) {
      l.add(String.join("|", x.<String>getAs("ruleId"), x.<String>getAs("severity"), x.<String>getAs("file"),
          String.valueOf((long) x.getAs("record")), String.valueOf((long) x.getAs("line")), str(x.getAs("field")),
          str(x.getAs("value")), x.<String>getAs("message")));
    }
    return l;
  }

  static List<String> sparkGroups(Path out) {
    List<String> l = new ArrayList<>();
    for (Row x : spark.read().json(out.resolve("groups").toString()).collectAsList()) {
      l.add(x.getAs("file") + "|" + (long) x.getAs("record") + "|" + (long) x.getAs("line") + "|" + x.getAs("caseId")
          + "|" + x.getAs("status") + "|" + str(x.getAs("mdc")) + "|" + str(x.getAs("drg")) + "|" + str(x.getAs("note")));
    }
    return l;
  }

  @Test
  void oneFileOverFourPartitionsEqualsTheCli() throws IOException {
    Path all = dir.resolve("all.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(cases.resolve("a.csv"), StandardCharsets.UTF_8));
    List<String> b = Files.readAllLines(cases.resolve("b.csv"), StandardCharsets.UTF_8);
    lines.addAll(b.subList(1, b.size()));
    Files.write(all, lines, StandardCharsets.UTF_8);
    Path out = dir.resolve("out-one");
    Run r = spark("drg-group", "--input", all.toString(), "--output", out.toString(), "--format", "json",
        "--partitions", "4");
    assertEquals(1, r.exit(), r.err());
    JsonNode cli = cli("drg", "group", "-f", "json", "--fail-on", "never", all.toString());
    assertEquals(sorted(findings(cli)), sorted(sparkFindings(out)));
    assertEquals(sorted(groups(cli, all.toString())), sorted(sparkGroups(out)));
    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertEquals(cli.path("inputs"), report.path("inputs"));
    assertEquals(cli.path("summary"), ((com.fasterxml.jackson.databind.node.ObjectNode) report.path("summary").deepCopy()).without("findingsOmitted"));
    // partial summaries of consecutive slices, added in order: the same counts and the same order of causes
    assertEquals(cli.path("groupSummary"), report.path("groupSummary"));
    assertEquals(0, report.path("findings").size());
    assertEquals(findings(cli).size(), report.path("summary").path("findingsOmitted").asLong());
  }

  @Test
  void directoryOfFilesPartitionedByAColumn() throws IOException {
    Path out = dir.resolve("out-dir");
    Run r = spark("drg-group", "--input", cases.toString(), "--output", out.toString(), "--format", "json",
        "--partition-by", "family", "--fail-on", "never");
    assertEquals(0, r.exit(), r.err());
    List<String> expectedFindings = new ArrayList<>();
    List<String> expectedGroups = new ArrayList<>();
    for (String f : List.of("a.csv", "b.csv")) {
      String name = cases + "/" + f;
      JsonNode j = cli("drg", "group", "-f", "json", "--fail-on", "never", name);
      expectedFindings.addAll(findings(j));
      expectedGroups.addAll(groups(j, name));
    }
    assertEquals(sorted(expectedFindings), sorted(sparkFindings(out)));
    assertEquals(sorted(expectedGroups), sorted(sparkGroups(out)));
    assertTrue(Files.isDirectory(out.resolve("groups/family=ADRG-PDX")));
  }

  @Test
  void mixedSchemasAndAnExistingOutputAreRefusedWithNothingWritten() throws IOException {
    Path mixed = Files.createDirectories(dir.resolve("mixed"));
    Files.copy(cases.resolve("a.csv"), mixed.resolve("a.csv"));
    Files.writeString(mixed.resolve("c.csv"), "A12C,A14,C03C,extra\n1,30,I21.000,x\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out-mixed");
    Run r = spark("drg-group", "--input", mixed.toString(), "--output", out.toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("c.csv") && r.err().contains("a.csv"), r.err());
    assertFalse(Files.exists(out));
    try (java.util.stream.Stream<Path> left = Files.list(dir)) {
      assertEquals(0, left.filter(p -> p.getFileName().toString().contains("shutong-tmp")).count());
    }
    Run missing = spark("drg-group", "--input", dir.resolve("nosuch").toString(), "--output", out.toString());
    assertEquals(2, missing.exit());
    assertFalse(Files.exists(out));
    Files.createDirectories(out);
    Run exists = spark("drg-group", "--input", cases.toString(), "--output", out.toString());
    assertEquals(2, exists.exit());
    assertTrue(exists.err().contains("--force"), exists.err());
    // each job says which formats it writes (csv is deid-run's only)
    Path none = dir.resolve("out-format");
    Run csv = spark("drg-group", "--input", cases.toString(), "--output", none.toString(), "--format", "csv");
    assertEquals(2, csv.exit());
    assertTrue(csv.err().contains("--format: parquet|json"), csv.err());
    Run fp = spark("firstpage-check", "--input", cases.toString(), "--output", none.toString(), "--format", "xlsx");
    assertEquals(2, fp.exit());
    assertTrue(fp.err().contains("--format: parquet|json"), fp.err());
    Run deid = spark("deid-run", "--profile", "firstpage", "--key-env", "NO_SUCH_VARIABLE", "--input", cases.toString(),
        "--output", none.toString(), "--format", "xml");
    assertEquals(2, deid.exit());
    assertTrue(deid.err().contains("--format: parquet|json|csv"), deid.err());
    assertFalse(Files.exists(none));
  }

  static String str(Object o) {
    return o == null ? "" : o.toString();
  }
}
