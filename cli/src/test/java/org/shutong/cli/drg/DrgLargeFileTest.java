package org.shutong.cli.drg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.cli.Cli;
import org.shutong.io.ReadOptions;
import org.shutong.io.Row;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;

/**
 * {@code drg group} on a large file: the 1,144 differential cases repeated 200 times (228,800
 * records) stream to a CSV in which every record has its case's expected group, and the summary
 * counts are exactly 200 times the single file's.
 */
@Tag("e2e")
class DrgLargeFileTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int TIMES = 200;

  @TempDir Path dir;

  @Test
  void aLargeFileGroupsLikeItsCases() throws Exception {
    Path cases = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().getParent()
        .resolve("core-lib/src/test/resources/org/shutong/drg/cases/chs-drg-1.1-cases.csv");
    List<String> lines = Files.readAllLines(cases, StandardCharsets.UTF_8);
    List<String[]> expected = new ArrayList<>();
    try (TableReader r = TableReaders.open(cases, ReadOptions.defaults())) {
      int status = r.header().indexOf("expect_status");
      int drg = r.header().indexOf("expect_drg");
      while (r.hasNext()) {
        Row row = r.next();
        expected.add(new String[] {row.get(status), row.get(drg)});
      }
    }
    Path big = dir.resolve("big.csv");
    try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      w.write(lines.get(0));
      w.write('\n');
      for (int t = 0; t < TIMES; t++) {
        for (int i = 1; i < lines.size(); i++) {
          w.write(lines.get(i));
          w.write('\n');
        }
      }
    }
    Path out = dir.resolve("groups.csv");
    Cli.Result r = Cli.run("drg", "group", big.toString(), "-o", out.toString(), "-q", "--fail-on", "never");
    assertEquals(0, r.exit(), r.err());
    long n = 0;
    try (TableReader g = TableReaders.open(out, ReadOptions.defaults())) {
      int status = g.header().indexOf("status");
      int drg = g.header().indexOf("drg");
      while (g.hasNext()) {
        Row row = g.next();
        String[] e = expected.get((int) ((row.record() - 1) % expected.size()));
        assertEquals(e[0], row.get(status), "record " + row.record());
        assertEquals(e[1], row.get(drg), "record " + row.record());
        n++;
      }
    }
    assertEquals((long) TIMES * expected.size(), n);
    JsonNode one = JSON.readTree(Cli.run("drg", "group", cases.toString(), "-f", "json", "--max-findings", "0").out());
    JsonNode all = JSON.readTree(Cli.run("drg", "group", big.toString(), "-f", "json", "--max-findings", "0").out());
    for (String k : List.of("grouped", "ungroupable", "invalid")) {
      assertEquals(TIMES * one.get("groupSummary").get(k).asLong(), all.get("groupSummary").get(k).asLong(), k);
    }
    assertEquals(TIMES * one.get("summary").get("warning").asLong(), all.get("summary").get("warning").asLong());
  }
}
