package org.shutong.cli.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.cli.Cli;
import org.shutong.cli.ExitCodes;

class FirstpageStatsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  private Path file;

  @BeforeEach
  void copy() throws IOException {
    file = dir.resolve("fp.csv");
    try (InputStream in = getClass().getResourceAsStream("firstpage-2024-05.csv")) {
      Files.copy(in, file);
    }
  }

  private static JsonNode figure(JsonNode report, String id) {
    for (JsonNode f : report.get("figures")) {
      if (f.get("id").asText().equals(id)) {
        return f;
      }
    }
    throw new AssertionError(id);
  }

  @Test
  void jsonCarriesEveryFigureWithItsDefinition() throws IOException {
    Cli.Result r = Cli.run("stats", "firstpage", "--month", "2024-05", "-f", "json", file.toString());
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    JsonNode j = JSON.readTree(r.out());
    assertEquals("stats firstpage", j.get("command").asText());
    assertEquals(8, figure(j, "discharges").get("value").asInt());
    assertEquals(3.75, figure(j, "alos").get("value").asDouble(), 1e-9);
    assertEquals(0.125, figure(j, "mortality").get("value").asDouble(), 1e-9);
    assertTrue(figure(j, "dayCases").get("definition").asText().contains("24 小时"));
    assertTrue(figure(j, "dayCases").get("source").asText().contains("F3"));
    assertEquals("I21", j.get("topDiagnoses").get(0).get("category").asText());
    assertEquals(4, j.get("summary").get("warning").asInt());
  }

  @Test
  void xlsxAndHtmlAreWritten() throws IOException {
    Path x = dir.resolve("r.xlsx");
    assertEquals(ExitCodes.OK, Cli.run("stats", "firstpage", "--month", "2024-04..2024-05", file.toString(), "-o", x.toString()).exit());
    assertEquals('P', Files.readAllBytes(x)[0]);
    Path h = dir.resolve("r.html");
    assertEquals(ExitCodes.OK, Cli.run("stats", "firstpage", "--month", "2024-04..2024-05", file.toString(), "-o", h.toString()).exit());
    String html = Files.readString(h, StandardCharsets.UTF_8);
    assertTrue(html.contains("<svg") && html.contains("出院者平均住院日"));
  }

  @Test
  void aliasesMapOtherHeaders() throws IOException {
    Path renamed = dir.resolve("renamed.csv");
    Files.writeString(renamed, Files.readString(file).replaceFirst("出院时间", "离院日期"));
    Path aliases = dir.resolve("aliases.csv");
    Files.writeString(aliases, "列名,字段\n离院日期,B15\n");
    Cli.Result without = Cli.run("stats", "firstpage", "--month", "2024-05", "-f", "json", renamed.toString());
    assertEquals(ExitCodes.FINDINGS, without.exit());
    Cli.Result with = Cli.run("stats", "firstpage", "--month", "2024-05", "--aliases", aliases.toString(), "-f", "json",
        renamed.toString());
    assertEquals(ExitCodes.OK, with.exit(), with.err());
    assertEquals(8, figure(JSON.readTree(with.out()), "discharges").get("value").asInt());
  }

  @Test
  void usageErrors() {
    Cli.Result noMonth = Cli.run("stats", "firstpage", file.toString());
    assertEquals(ExitCodes.USAGE, noMonth.exit());
    assertTrue(noMonth.err().contains("--month"), noMonth.err());
    assertEquals(ExitCodes.USAGE, Cli.run("stats", "firstpage", "--month", "2024-5x", file.toString()).exit());
    assertEquals(ExitCodes.USAGE, Cli.run("stats", "firstpage", "--month", "2024-05", "--top", "0", file.toString()).exit());
    assertEquals(ExitCodes.USAGE, Cli.run("stats", "firstpage", "--month", "2024-05", dir.resolve("none.csv").toString()).exit());
  }
}
