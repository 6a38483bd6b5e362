package org.shutong.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.report.ReportFormat;

class InspectCommandTest {
  @TempDir Path dir;

  private Path csv() throws IOException {
    Path f = dir.resolve("fp.csv");
    Files.writeString(f, "病案号,姓名,出生日期\n007,张三,1956-03-07\n008,,\n009,王五,\n010,赵六,1990-01-01\n",
        StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void jsonReportHasTheConventionShapeAndTheColumns() throws IOException {
    Path f = csv();
    Cli.Result r = Cli.run("inspect", "-f", "json", f.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals("inspect", j.get("command").asText());
    assertEquals(f.toString(), j.get("inputs").get(0).get("path").asText());
    assertEquals(4, j.get("inputs").get(0).get("records").asInt());
    assertEquals("UTF-8", j.get("inputs").get(0).get("encoding").asText());
    assertEquals(4, j.get("summary").get("records").asInt());
    assertEquals("csv", j.get("table").get("format").asText());
    assertEquals(3, j.get("table").get("columns").asInt());
    JsonNode cols = j.get("columns");
    assertEquals("姓名", cols.get(1).get("header").asText());
    assertEquals(3, cols.get(1).get("filled").asInt());
    assertEquals(0.75, cols.get(1).get("fillRate").asDouble(), 1e-9);
    assertEquals(0.5, cols.get(2).get("fillRate").asDouble(), 1e-9);
  }

  @Test
  void xlsxShowsItsSheets() throws IOException {
    Path x = dir.resolve("fp.xlsx");
    assertEquals(0, Cli.run("convert", csv().toString(), x.toString()).exit());
    Cli.Result r = Cli.run("inspect", "-f", "json", x.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode t = new ObjectMapper().readTree(r.out()).get("table");
    assertEquals("xlsx", t.get("format").asText());
    assertEquals("Sheet1", t.get("sheet").asText());
    assertEquals("Sheet1", t.get("sheets").get(0).asText());
    Cli.Result text = Cli.run("inspect", x.toString());
    assertTrue(text.out().contains("Sheet1") && text.out().contains("75.0%"), text.out());
  }

  @Test
  void textReportIsChineseByDefaultAndEnglishOnRequest() throws IOException {
    Path f = csv();
    Cli.Result zh = Cli.run("inspect", f.toString());
    assertEquals(0, zh.exit());
    assertTrue(zh.out().contains("填充率") && zh.out().contains("4 条记录"), zh.out());
    Cli.Result en = Cli.run("--lang", "en", "inspect", f.toString());
    assertTrue(en.out().contains("fill rate") && en.out().contains("4 records"), en.out());
  }

  @Test
  void otherReportFormatsGoToFilesAtomically() throws IOException {
    Path f = csv();
    for (ReportFormat format : ReportFormat.values()) {
      Path out = dir.resolve("report-" + format + "." + format.extension());
      Cli.Result r = Cli.run("inspect", "-f", format.name().toLowerCase(java.util.Locale.ROOT), "-o", out.toString(),
          f.toString());
      assertEquals(0, r.exit(), format + ": " + r.err());
      assertTrue(Files.size(out) > 0, format.toString());
    }
    assertTrue(Files.readString(dir.resolve("report-HTML.html"), StandardCharsets.UTF_8).contains("姓名"));
    Cli.Result again = Cli.run("inspect", "-o", dir.resolve("report-JSON.json").toString(), f.toString());
    assertEquals(ExitCodes.USAGE, again.exit(), "no overwrite without --force");
  }
}
