package org.shutong.cli.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.cli.Cli;
import org.shutong.cli.ExitCodes;

class NotifiableCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  private Path cards;

  @BeforeEach
  void cards() throws IOException {
    cards = dir.resolve("cards.csv");
    Files.writeString(cards, String.join("\n",
        "卡片ID,疾病名称,病例分类,发病日期,诊断时间,终审时间,死亡日期,现住地址国标,删除时间",
        "1,乙肝,确诊病例,2022-11-01,2022-11-02 10:00:00,2022-11-03 09:00:00,,320402,",
        "2,乙型肝炎,临床诊断病例,2022-11-01,2022-11-02 10:00:00,2022-11-04 09:00:00,2022-11-20,320411,",
        "3,肺结核(利福平耐药),确诊病例,2022-11-01,2022-11-02 10:00:00,2022-11-05 09:00:00,,320106,",
        "4,结核性胸膜炎,确诊病例,2022-11-01,2022-11-02 10:00:00,2022-11-05 09:00:00,,320402,",
        "5,流行性感冒,疑似病例,2022-11-01,2022-11-02 10:00:00,2022-11-05 09:00:00,,320402,",
        "6,手足口病,确诊病例,2022-11-01,2022-11-02 10:00:00,2022-11-06 09:00:00,,320402,2022-11-10 08:00:00",
        "1,乙肝,确诊病例,2022-11-01,2022-11-02 10:00:00,2022-11-03 09:00:00,,320402,",
        "7,艾滋病,确诊病例,2015-01-01,2015-01-02 10:00:00,2015-01-03 09:00:00,2022-11-11,320402,",
        "8,手足口病,确诊病例,2022-11-01,2022-11-02 10:00:00,2022-11-07 09:00:00,,320402,",
        ""), StandardCharsets.UTF_8);
  }

  private static JsonNode json(Cli.Result r) throws IOException {
    return JSON.readTree(r.out());
  }

  private static long cases(JsonNode table, String disease) {
    for (JsonNode row : table) {
      if (row.get("disease").asText().equals(disease)) {
        return row.get("cases").asLong();
      }
    }
    throw new AssertionError(disease);
  }

  private static long deaths(JsonNode table, String disease) {
    for (JsonNode row : table) {
      if (row.get("disease").asText().equals(disease)) {
        return row.get("deaths").asLong();
      }
    }
    throw new AssertionError(disease);
  }

  @Test
  void jsonHasTheTableBesideTheConventionKeys() throws IOException {
    Cli.Result r = Cli.run("stats", "notifiable", "--month", "2022-11", "-f", "json", cards.toString());
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    JsonNode j = json(r);
    for (String k : List.of("tool", "version", "command", "inputs", "summary", "findings", "table")) {
      assertTrue(j.has(k), k);
    }
    assertEquals("stats notifiable", j.get("command").asText());
    JsonNode table = j.get("table");
    assertEquals(49, table.size());
    JsonNode first = table.get(0);
    assertEquals(List.of("disease", "class", "kind", "cases", "deaths"), iterable(first));
    assertEquals("甲乙丙类总计", first.get("disease").asText());
    assertEquals("total", first.get("kind").asText());
    assertEquals("甲乙丙", first.get("class").asText());
    assertEquals(2, cases(table, "乙型肝炎"));
    assertEquals(1, deaths(table, "乙型肝炎"));
    assertEquals(2, cases(table, "病毒性肝炎"));
    assertEquals(2, cases(table, "肺结核"));
    assertEquals(0, cases(table, "流行性感冒"));
    assertEquals(1, cases(table, "手足口病"));
    assertEquals(1, deaths(table, "艾滋病"));
    assertEquals(5, first.get("cases").asLong());
    assertEquals(2, first.get("deaths").asLong());
    assertEquals(1, j.get("cards").get("duplicates").asLong());
    assertEquals(1, j.get("cards").get("deleted").asLong());
    assertEquals(9, j.get("summary").get("records").asLong());
  }

  private static List<String> iterable(JsonNode n) {
    List<String> out = new java.util.ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void regionAndExcludeOptions() throws IOException {
    Cli.Result r = Cli.run("stats", "notifiable", "--month", "2022-11", "--region", "320400", "--exclude", "手足口病",
        "-f", "json", cards.toString());
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    JsonNode table = json(r).get("table");
    assertEquals(1, cases(table, "肺结核"));
    assertFalse(table.toString().contains("手足口病"));
  }

  @Test
  void xlsxIsWrittenAtomicallyAndNotOverwrittenWithoutForce() throws IOException {
    Path out = dir.resolve("table.xlsx");
    Cli.Result r = Cli.run("stats", "notifiable", "--month", "2022-11", "--by-region", "county", "--by-week",
        cards.toString(), "-o", out.toString());
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    byte[] zip = Files.readAllBytes(out);
    assertEquals('P', zip[0]);
    assertEquals('K', zip[1]);
    Cli.Result again = Cli.run("stats", "notifiable", "--month", "2022-11", cards.toString(), "-o", out.toString());
    assertEquals(ExitCodes.USAGE, again.exit());
    assertTrue(again.err().contains("--force"), again.err());
    try (var files = Files.list(dir)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")));
    }
  }

  @Test
  void csvOutputVerifiesClean() throws IOException {
    Path csv = dir.resolve("t.csv");
    assertEquals(ExitCodes.OK, Cli.run("stats", "notifiable", "--month", "2022-11", cards.toString(), "-o", csv.toString()).exit());
    Cli.Result v = Cli.run("stats", "notifiable", "--verify", csv.toString(), "-f", "json");
    assertEquals(ExitCodes.OK, v.exit(), v.out());
    assertEquals(0, json(v).get("verify").get("mismatches").asInt());
  }

  @Test
  void thePublishedTableVerifiesCleanAndABrokenOneFails() throws IOException {
    Path pub = dir.resolve("published.csv");
    try (InputStream in = getClass().getResourceAsStream("notifiable-2022-11-published.csv")) {
      Files.copy(in, pub);
    }
    Cli.Result ok = Cli.run("stats", "notifiable", "--verify", pub.toString(), "-f", "json");
    assertEquals(ExitCodes.OK, ok.exit(), ok.out());
    assertEquals(8, json(ok).get("verify").get("checks").asInt());
    Path broken = dir.resolve("broken.csv");
    Files.writeString(broken, Files.readString(pub).replace("淋病,7630,0", "淋病,7631,0"));
    Cli.Result bad = Cli.run("stats", "notifiable", "--verify", broken.toString(), "-f", "json");
    assertEquals(ExitCodes.FINDINGS, bad.exit());
    JsonNode f = json(bad).get("findings").get(0);
    assertEquals("STATS-VERIFY-SUBTOTAL", f.get("ruleId").asText());
    assertEquals("发病数", f.get("field").asText());
    assertEquals(2, f.get("record").asInt());
  }

  @Test
  void findingsAtErrorLevelGiveExit1() throws IOException {
    Files.writeString(cards, Files.readString(cards) + "9,乙肝,确诊病例,2022-11-01,2022-11-02,2022-11-31,,320402,\n");
    Cli.Result r = Cli.run("stats", "notifiable", "--month", "2022-11", "-f", "json", cards.toString());
    assertEquals(ExitCodes.FINDINGS, r.exit());
    assertEquals(ExitCodes.OK, Cli.run("stats", "notifiable", "--month", "2022-11", "--fail-on", "never", "-f", "json",
        cards.toString()).exit());
  }

  @Test
  void usageErrorsAreExit2WithOneLine() {
    assertUsage(Cli.run("stats", "notifiable", cards.toString()), "--month");
    assertUsage(Cli.run("stats", "notifiable", "--month", "2022-13", cards.toString()), "2022-13");
    assertUsage(Cli.run("stats", "notifiable", "--month", "2022-11", "--exclude", "水痘", cards.toString()), "水痘");
    assertUsage(Cli.run("stats", "notifiable", "--month", "2022-11", "--region", "3204", cards.toString()), "3204");
    assertUsage(Cli.run("stats", "notifiable", "--month", "2022-11", "--by-region", "town", cards.toString()), "town");
    assertUsage(Cli.run("stats", "notifiable", "--month", "2022-11", "--columns", "病人=x", cards.toString()), "病人");
    assertUsage(Cli.run("stats", "notifiable", "--month", "2022-11", "-f", "xlsx", cards.toString()), "-o");
    assertUsage(Cli.run("stats", "notifiable", "--month", "2022-11", dir.resolve("missing.csv").toString()), "missing.csv");
    assertUsage(Cli.run("stats", "notifiable", "--month", "2022-11"), "--verify");
  }

  private static void assertUsage(Cli.Result r, String mention) {
    assertEquals(ExitCodes.USAGE, r.exit(), r.err());
    assertTrue(r.err().contains(mention), r.err());
    assertFalse(r.err().contains("at org."), r.err());
  }

  @Test
  void helpInBothLanguages() {
    assertTrue(Cli.run("stats", "notifiable", "--help").out().contains("法定传染病"));
    Cli.Result en = Cli.run("--lang", "en", "stats", "notifiable", "--help");
    assertTrue(en.out().contains("Notifiable infectious diseases"), en.out());
    assertTrue(en.out().contains("Usage"), en.out());
    assertTrue(Cli.run("--help").out().contains("stats"));
  }
}
