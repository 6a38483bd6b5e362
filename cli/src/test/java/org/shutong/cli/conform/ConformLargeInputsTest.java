package org.shutong.cli.conform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.cli.Cli;

/** Heavy inputs: a 200 MB cell, a wide file, many records; run with -Pe2e. */
@Tag("e2e")
class ConformLargeInputsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  @Test
  void aTwoHundredMegabyteCellIsReportedAndSkipped() throws IOException {
    Path f = dir.resolve("big-cell.csv");
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(f, StandardCharsets.UTF_8), 1 << 20)) {
      w.write("姓名,现病史\n张三,短\n李四,\"");
      char[] chunk = new char[1 << 20];
      java.util.Arrays.fill(chunk, 'x');
      for (int i = 0; i < 200; i++) {
        w.write(chunk);
      }
      w.write("\"\n王五,正常\n");
    }
    Path map = dir.resolve("m.csv");
    Files.writeString(map, "column,element\n姓名,DE02.01.039.00\n现病史,DE02.10.071.00\n");
    Cli.Result r = Cli.run("conform", "check", "--mapping", map.toString(), "-f", "json", "--fail-on", "never", f.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode j = JSON.readTree(r.out());
    boolean tooLong = false;
    for (JsonNode x : j.get("findings")) {
      if (x.get("ruleId").asText().equals("IO-RECORD-TOO-LONG")) {
        tooLong = true;
        assertEquals(2, x.get("record").asInt());
      }
    }
    assertTrue(tooLong, r.out().substring(0, Math.min(2000, r.out().length())));
    assertEquals(3, j.get("conformance").get("records").asInt(), "the record is counted, skipped, and the run goes on");
    Cli.Result p = Cli.run("conform", "profile", "-f", "json", f.toString());
    assertEquals(1, p.exit(), p.err());
    assertEquals(2, JSON.readTree(p.out()).get("profile").get("columns").get(0).get("filled").asInt());
  }

  /**
   * Two million records profiled by a separate JVM with a 160 MB heap: the duplicate sorters spill
   * sorted runs (their buffer is one million records), distinct counts switch to the sketch, and
   * the run completes. If memory grew with the records, this JVM would run out of heap.
   */
  @Test
  void twoMillionRecordsInA160MegabyteHeap() throws Exception {
    Path f = dir.resolve("many.csv");
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(f, StandardCharsets.UTF_8), 1 << 20)) {
      w.write("id,code,name,date\n");
      for (int i = 0; i < 2_000_000; i++) {
        w.write("P" + i + "," + (i % 13) + ",患者" + (i % 5000) + ",2024" + String.format("%02d%02d", 1 + i % 12, 1 + i % 28) + "\n");
      }
    }
    Path out = dir.resolve("p.json");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx160m",
        "-cp", System.getProperty("java.class.path"), "org.shutong.cli.Shutong", "conform", "profile", "--key", "id",
        "--as-of", "2024-12-31", "--temp-dir", dir.toString(), "--max-findings", "100", "-o", out.toString(), f.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
    assertEquals(0, p.waitFor(), Files.readString(dir.resolve("log.txt")));
    JsonNode prof = JSON.readTree(out.toFile()).get("profile");
    assertEquals(2_000_000, prof.get("records").asInt());
    assertTrue(prof.get("duplicates").get("spilledRuns").asInt() >= 2, prof.get("duplicates").toString());
    JsonNode id = prof.get("columns").get(0);
    assertTrue(!id.get("distinctExact").asBoolean(), "two million ids are counted with the sketch");
    assertTrue(Math.abs(id.get("distinct").asLong() - 2_000_000) < 120_000, id.get("distinct").asText());
    assertEquals(13, prof.get("columns").get(1).get("distinct").asInt());
    assertEquals("date", prof.get("columns").get(3).get("inferredType").asText());
  }
}
