package org.shutong.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.io.ReadOptions;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;

/**
 * {@code deid-run} in Spark {@code local[2]} writes, record for record, what {@code shutong deid run}
 * writes for the same profile and key: the same keyed pseudonyms, date shifts and generalisations.
 */
@Tag("e2e")
class DeidRunSparkTest {
  static SparkSession spark;
  @TempDir static Path dir;
  static Path pages;
  static Path key;
  static Path profile;

  static void cli(String... args) {
    StringWriter err = new StringWriter();
    int code = org.shutong.cli.Shutong.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    assertTrue(code <= 1, err.toString());
  }

  @BeforeAll
  static void start() {
    spark = DrgGroupSparkTest.session();
    pages = dir.resolve("pages.csv");
    cli("generate", "firstpage", "--count", "1500", "--error-rate", "0.2", "--seed", "3", "-o", pages.toString());
    key = dir.resolve("deid.key");
    cli("deid", "keygen", "-o", key.toString());
    // the built-in profile leaves the hospital's organisation code (A01) unlisted, and both runners refuse
    // to keep an unlisted column that looks like an identifier: a user profile file that keeps it (and that
    // the Spark runner broadcasts as bytes)
    try (java.io.InputStream in = org.shutong.deid.Profiles.class.getResourceAsStream("profiles/firstpage.yaml")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8)
          + "  - id: hospital-code\n    columns: [A01]\n    optional: true\n    class: other\n    action: keep\n"
          + "    cite: \"test: the hospital's organisation code, not a personal identifier\"\n";
      profile = dir.resolve("firstpage-a01.yaml");
      Files.writeString(profile, text.replace("name: firstpage", "name: firstpage-a01"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  /** Header then rows of a table, or of part files read in name order (one header). */
  static List<List<String>> table(List<Path> files) {
    List<List<String>> out = new ArrayList<>();
    for (Path f : files) {
      try (TableReader r = TableReaders.open(f, ReadOptions.defaults())) {
        if (out.isEmpty()) {
          out.add(r.header());
        } else {
          assertEquals(out.get(0), r.header(), f.toString());
        }
        while (r.hasNext()) {
          out.add(List.copyOf(r.next().values()));
        }
      }
    }
    return out;
  }

  @Test
  void sparkOutputIsTheCliOutputForTheSameKey() throws IOException {
    Path cliOut = dir.resolve("cli-out.csv");
    cli("deid", "run", "--profile", profile.toString(), "--key-file", key.toString(), "-q", "--fail-on", "never",
        pages.toString(), cliOut.toString());
    Path out = dir.resolve("spark-out");
    DrgGroupSparkTest.Run r = DrgGroupSparkTest.spark(spark, "deid-run", "--profile", profile.toString(), "--key-file",
        key.toString(), "--input", pages.toString(), "--output", out.toString(), "--format", "csv", "--partitions", "3",
        "--fail-on", "never");
    assertEquals(0, r.exit(), r.err());
    List<Path> parts;
    try (Stream<Path> s = Files.list(out.resolve("records"))) {
      parts = s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
    }
    assertTrue(parts.size() >= 3, parts.toString());
    List<List<String>> expected = table(List.of(cliOut));
    List<List<String>> actual = table(parts);
    assertEquals(1501, expected.size());
    assertEquals(expected.get(0), actual.get(0));
    assertEquals(expected, actual);
    // and it did de-identify: the names and ID numbers are not the input's
    List<List<String>> input = table(List.of(pages));
    int name = input.get(0).indexOf("A11");
    int outName = expected.get(0).indexOf("A11");
    if (outName >= 0) {
      assertNotEquals(input.get(1).get(name), actual.get(1).get(outName));
    }
    assertFalse(Files.readString(parts.get(0), StandardCharsets.UTF_8).contains(input.get(1).get(input.get(0).indexOf("A20"))));
  }

  @Test
  void anUnlistedIdentifierColumnIsRefusedWithNothingWritten() throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "甲,乙\n13812345678,1\n13912345678,2\n13712345678,3\n13612345678,4\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("spark-bad");
    DrgGroupSparkTest.Run r = DrgGroupSparkTest.spark(spark, "deid-run", "--profile", "firstpage", "--key-file",
        key.toString(), "--input", bad.toString(), "--output", out.toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("bad.csv"), r.err());
    assertFalse(Files.exists(out));
    DrgGroupSparkTest.Run noKey = DrgGroupSparkTest.spark(spark, "deid-run", "--profile", "firstpage", "--input",
        pages.toString(), "--output", out.toString());
    assertEquals(2, noKey.exit());
    assertFalse(Files.exists(out));
  }
}
