package org.shutong.cli.drg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.cli.Cli;
import org.shutong.cli.ExitCodes;

/** {@code shutong drg group|explain|what-if} end to end, in-process. */
class DrgCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** Six discharges: grouped with MCC, grouped without, excluded MCC, ungroupable, invalid, newborn. */
  static final String HEADER = "A48,A12C,A14,A16,A18x01,C03C,C06x01C,C06x02C,C14x01C,C35x01C";
  static final List<String> ROWS = List.of(
      "BA1,1,88,,,A07.000,I50.900x009,,42.6403,",
      "BA2,1,88,,,A07.000,,,42.6403,",
      "BA3,1,5,,,Z51.800x953,Z51.000,T48.603,,",
      "BA4,2,40,,,K35.800,,,,",
      "BA5,9,abc,,,Z51.800x953,,,,",
      "BA6,2,0,3,1200,P15.000,P07.200,,,");

  Path file(String name, String header, List<String> rows) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, concat(header, rows), StandardCharsets.UTF_8);
    return p;
  }

  static List<String> concat(String header, List<String> rows) {
    java.util.ArrayList<String> all = new java.util.ArrayList<>();
    all.add(header);
    all.addAll(rows);
    return all;
  }

  @Test
  void groupJsonHasTheConventionKeysGroupsAndSummary() throws Exception {
    Path in = file("in.csv", HEADER, ROWS);
    Cli.Result r = Cli.run("drg", "group", in.toString(), "-f", "json");
    assertEquals(ExitCodes.FINDINGS, r.exit(), r.err());
    JsonNode root = JSON.readTree(r.out());
    List<String> keys = new java.util.ArrayList<>();
    root.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("tool", "version", "command", "inputs", "summary", "findings", "groups", "groupSummary"), keys);
    assertEquals("drg group", root.get("command").asText());
    assertEquals(6, root.get("inputs").get(0).get("records").asInt());
    JsonNode g = root.get("groups");
    assertEquals(6, g.size());
    assertEquals(1, g.get(0).get("record").asInt());
    assertEquals(2, g.get(0).get("line").asInt());
    assertEquals("BA1", g.get(0).get("caseId").asText());
    assertEquals("GROUPED", g.get(0).get("status").asText());
    assertEquals("MDCG", g.get(0).get("mdc").asText());
    assertEquals("GB1", g.get(0).get("adrg").asText());
    assertEquals("GB11", g.get(0).get("drg").asText());
    assertEquals("GB15", g.get(1).get("drg").asText());
    assertEquals("RW21", g.get(2).get("drg").asText());
    assertEquals("UNGROUPABLE", g.get(3).get("status").asText());
    assertTrue(g.get(3).get("mdc").isNull());
    assertEquals("INVALID", g.get(4).get("status").asText());
    assertEquals("PS1", g.get(5).get("adrg").asText());
    JsonNode s = root.get("groupSummary");
    assertEquals(4, s.get("grouped").asInt());
    assertEquals(1, s.get("ungroupable").asInt());
    assertEquals(1, s.get("invalid").asInt());
    assertEquals("PDX_NOT_IN_ANY_MDC", s.get("ungroupableReasons").get(0).get("reason").asText());
    assertEquals(1, s.get("invalidRules").get("DRG-AGE-INVALID").asInt());
    assertEquals(2, root.get("summary").get("error").asInt());
    assertEquals(1, root.get("summary").get("recordsWithErrors").asInt());
  }

  @Test
  void findingsNameFileRecordLineAndFirstPageField() throws Exception {
    Path in = file("in.csv", HEADER, ROWS);
    JsonNode f = JSON.readTree(Cli.run("drg", "group", in.toString(), "-f", "json").out()).get("findings");
    JsonNode sex = find(f, "DRG-SEX-INVALID");
    assertEquals(in.toString(), sex.get("file").asText());
    assertEquals(5, sex.get("record").asInt());
    assertEquals(6, sex.get("line").asInt());
    assertEquals("A12C", sex.get("field").asText());
    assertEquals("9", sex.get("value").asText());
    assertEquals("A14", find(f, "DRG-AGE-INVALID").get("field").asText());
    JsonNode ung = find(f, "DRG-UNGROUPABLE");
    assertEquals("warning", ung.get("severity").asText());
    assertEquals("C03C", ung.get("field").asText());
    assertTrue(ung.get("message").asText().contains("K35.800"));
  }

  private static JsonNode find(JsonNode findings, String rule) {
    for (JsonNode n : findings) {
      if (n.get("ruleId").asText().equals(rule)) {
        return n;
      }
    }
    throw new AssertionError("no finding " + rule + " in " + findings);
  }

  @Test
  void csvOutputHasOneRowPerRecordAndIsNotOverwrittenWithoutForce() throws Exception {
    Path in = file("in.csv", HEADER, ROWS);
    Path out = dir.resolve("groups.csv");
    Cli.Result r = Cli.run("drg", "group", in.toString(), "-o", out.toString(), "--fail-on", "never");
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(7, lines.size());
    assertEquals("\uFEFFrecord,line,caseId,status,mdc,mdcName,adrg,adrgName,drg,drgName,note", lines.get(0));
    assertTrue(lines.get(1).startsWith("1,2,BA1,GROUPED,MDCG,"), lines.get(1));
    assertTrue(lines.get(5).startsWith("5,6,BA5,INVALID,,,,,,,"), lines.get(5));
    assertTrue(r.err().contains("已分组 6 条"), r.err());
    Cli.Result again = Cli.run("drg", "group", in.toString(), "-o", out.toString());
    assertEquals(ExitCodes.USAGE, again.exit(), again.err());
    assertEquals(ExitCodes.FINDINGS, Cli.run("drg", "group", in.toString(), "-o", out.toString(), "--force").exit());
    Cli.Result stdout = Cli.run("drg", "group", in.toString(), "-f", "csv", "-q");
    assertEquals(7, stdout.out().split("\r\n").length);
    assertTrue(stdout.out().contains("3,4,BA3,GROUPED,MDCR,"), stdout.out());
  }

  @Test
  void xlsxInputAndJsonLinesOutput() throws Exception {
    Path xlsx = dir.resolve("in.xlsx");
    try (org.shutong.io.TableWriter w = org.shutong.io.TableWriters.open(xlsx, org.shutong.io.WriteOptions.defaults())) {
      w.writeHeader(List.of(HEADER.split(",", -1)));
      for (String row : ROWS) {
        w.writeRow(List.of(row.split(",", -1)));
      }
      w.commit();
    }
    Path out = dir.resolve("groups.jsonl");
    Cli.Result r = Cli.run("drg", "group", xlsx.toString(), "-o", out.toString(), "-q");
    assertEquals(ExitCodes.FINDINGS, r.exit(), r.err());
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(6, lines.size());
    JsonNode first = JSON.readTree(lines.get(0));
    assertEquals("GB11", first.get("drg").asText());
    assertEquals("BA1", first.get("caseId").asText());
    assertEquals("PS1", JSON.readTree(lines.get(5)).get("adrg").asText());
  }

  @Test
  void columnOrderAndChineseHeadersGiveTheSameGroups() throws Exception {
    Path codes = file("codes.csv", HEADER, ROWS);
    String chinese = "其他手术操作编码1,主要手术操作编码,出院其他诊断编码2,出院其他诊断编码1,出院主要诊断编码,"
        + "新生儿出生体重(克),年龄不足1周岁的年龄（天）,年龄（岁）,性别,病案号";
    List<String> reversed = ROWS.stream().map(l -> {
      List<String> c = new java.util.ArrayList<>(List.of(l.split(",", -1)));
      java.util.Collections.reverse(c);
      return String.join(",", c);
    }).toList();
    Path zh = file("zh.csv", chinese, reversed);
    JsonNode a = JSON.readTree(Cli.run("drg", "group", codes.toString(), "-f", "json").out()).get("groups");
    JsonNode b = JSON.readTree(Cli.run("drg", "group", zh.toString(), "-f", "json").out()).get("groups");
    assertEquals(a, b);
  }

  @Test
  void textReportShowsTheSummaryInChineseOrEnglish() throws Exception {
    Path in = file("in.csv", HEADER, ROWS);
    Cli.Result zh = Cli.run("drg", "group", in.toString());
    assertTrue(zh.out().contains("各 DRG 病例数") && zh.out().contains("GB11") && zh.out().contains("无法入组原因"), zh.out());
    Cli.Result en = Cli.run("--lang", "en", "drg", "group", in.toString());
    assertTrue(en.out().contains("Cases per DRG") && en.out().contains("cannot be used for grouping"), en.out());
  }

  @Test
  void xlsxAndHtmlReportsCarryTheGroupsAndTheRulesChecked() throws Exception {
    Path in = file("in.csv", HEADER, ROWS);
    Path xlsx = dir.resolve("r.xlsx");
    Cli.Result r = Cli.run("drg", "group", in.toString(), "-o", xlsx.toString());
    assertEquals(ExitCodes.FINDINGS, r.exit(), r.err());
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
        Files.newInputStream(xlsx))) {
      List<String> sheets = new java.util.ArrayList<>();
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        sheets.add(wb.getSheetName(i));
      }
      assertTrue(sheets.contains("各 DRG 病例数"), sheets.toString());
      org.apache.poi.ss.usermodel.Sheet groups = null;
      for (org.apache.poi.ss.usermodel.Sheet s : wb) {
        if (s.getSheetName().contains("groups")) {
          groups = s;
        }
      }
      assertTrue(groups != null, sheets.toString());
      StringBuilder text = new StringBuilder();
      for (org.apache.poi.ss.usermodel.Row row : groups) {
        for (org.apache.poi.ss.usermodel.Cell c : row) {
          text.append(c.toString()).append('|');
        }
      }
      assertTrue(text.indexOf("GB11") >= 0 && text.indexOf("BA6") >= 0, text.toString());
    }
    Path html = dir.resolve("r.html");
    assertEquals(ExitCodes.FINDINGS, Cli.run("drg", "group", in.toString(), "-o", html.toString()).exit());
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(page.contains("GB11") && page.contains("DRG-SEX-INVALID") && page.contains("记录可以入组"), "html");
  }

  @Test
  void explainPrintsTheTraceOfOneRecord() throws Exception {
    Path in = file("in.csv", HEADER, ROWS);
    Cli.Result r = Cli.run("drg", "explain", in.toString(), "--record", "3");
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    assertTrue(r.out().contains("RW21") && r.out().contains("排除表 222") && r.out().contains("被排除")
        && r.out().contains("MDCR"), r.out());
    JsonNode x = JSON.readTree(Cli.run("--lang", "en", "drg", "explain", in.toString(), "--record", "3", "-f", "json")
        .out()).get("explanation");
    assertEquals(3, x.get("record").asInt());
    assertEquals("RW21", x.get("result").get("drg").asText());
    assertEquals("C06x01C", x.get("input").get("diagnoses").get(1).get("field").asText());
    JsonNode last = x.get("trace").get(x.get("trace").size() - 1);
    assertEquals("RESULT", last.get("step").asText());
    assertTrue(last.get("message").asText().startsWith("Result: grouped"), last.toString());
    Cli.Result invalid = Cli.run("drg", "explain", in.toString(), "--record", "5");
    assertEquals(ExitCodes.FINDINGS, invalid.exit());
    assertTrue(invalid.out().contains("信息校验不通过"), invalid.out());
  }

  @Test
  void whatIfShowsEachChange() throws Exception {
    Path in = file("in.csv", HEADER, ROWS);
    Cli.Result r = Cli.run("drg", "what-if", in.toString(), "--record", "1", "-f", "json");
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    JsonNode w = JSON.readTree(r.out()).get("whatIf");
    assertEquals("GB11", w.get("baseline").get("drg").asText());
    JsonNode s = w.get("scenarios");
    assertEquals(3, s.size());
    assertEquals("DROP_DIAGNOSIS", s.get(0).get("change").asText());
    assertEquals("C06x01C", s.get(0).get("field").asText());
    assertEquals("GB15", s.get(0).get("result").get("drg").asText());
    assertTrue(s.get(0).get("changed").asBoolean());
    assertEquals("MDCF", s.get(1).get("result").get("mdc").asText());
    assertEquals("C14x01C", s.get(2).get("field").asText());
    Cli.Result text = Cli.run("drg", "what-if", in.toString(), "--record", "1");
    assertTrue(text.out().contains("改为主要诊断") && text.out().contains("去掉该其他诊断"), text.out());
  }

  @Test
  void explainAndWhatIfNameTheRecordAndRefuseOneThatIsNotThere() throws Exception {
    Path in = file("in.csv", HEADER, ROWS);
    String tables = org.shutong.drg.DrgTables.builtIn(org.shutong.drg.DrgTables.DEFAULT_VERSION).id();
    for (String cmd : List.of("explain", "what-if")) {
      Cli.Result r = Cli.run("drg", cmd, in.toString(), "--record", "2", "-f", "json");
      assertEquals(ExitCodes.OK, r.exit(), r.err());
      JsonNode o = JSON.readTree(r.out());
      assertEquals("drg " + cmd, o.get("command").asText());
      assertEquals(1, o.get("inputs").get(0).get("records").asInt());
      JsonNode x = o.get(cmd.equals("explain") ? "explanation" : "whatIf");
      List<String> keys = new java.util.ArrayList<>();
      x.fieldNames().forEachRemaining(keys::add);
      assertEquals(List.of("record", "line", "caseId", "tables"), keys.subList(0, 4), cmd);
      assertEquals(2, x.get("record").asInt());
      assertEquals(3, x.get("line").asInt());
      assertEquals("BA2", x.get("caseId").asText());
      assertEquals(tables, x.get("tables").asText());

      Cli.Result zero = Cli.run("drg", cmd, in.toString(), "--record", "0");
      assertEquals(ExitCodes.USAGE, zero.exit(), cmd);
      assertTrue(zero.err().contains("--record") && zero.err().contains("0"), zero.err());
      Cli.Result past = Cli.run("drg", cmd, in.toString(), "--record", "9");
      assertEquals(ExitCodes.USAGE, past.exit(), cmd);
      assertTrue(past.err().contains("in.csv") && past.err().contains("9"), past.err());
      assertFalse(past.err().contains("Exception"), past.err());

      // record 5 has an invalid sex and age: the findings of the record as coded, exit 1
      Cli.Result invalid = Cli.run("drg", cmd, in.toString(), "--record", "5", "-f", "json");
      assertEquals(ExitCodes.FINDINGS, invalid.exit(), cmd);
      JsonNode findings = JSON.readTree(invalid.out()).get("findings");
      assertTrue(findings.size() > 0 && findings.get(0).get("record").asInt() == 5, findings.toString());
    }
  }

  @Test
  void badInputsStopWithExitTwoAndSayWhere() throws Exception {
    Path noPdx = file("nopdx.csv", "A12C,A14,诊断", List.of("1,40,K35.800"));
    Cli.Result r = Cli.run("drg", "group", noPdx.toString());
    assertEquals(ExitCodes.USAGE, r.exit());
    assertTrue(r.err().contains("C03C") && r.err().contains("nopdx.csv"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertEquals(ExitCodes.USAGE, Cli.run("drg", "group", dir.resolve("missing.csv").toString()).exit());
    Path in = file("in.csv", HEADER, ROWS);
    Cli.Result v = Cli.run("drg", "group", in.toString(), "--version", "chs-drg-9");
    assertEquals(ExitCodes.USAGE, v.exit());
    assertTrue(v.err().contains("chs-drg-1.1"), v.err());
    assertEquals(ExitCodes.USAGE, Cli.run("drg", "group", in.toString(), "--version", "chs-drg-1.1",
        "--tables", dir.toString()).exit());
    Cli.Result t = Cli.run("drg", "group", in.toString(), "--tables", dir.toString());
    assertEquals(ExitCodes.USAGE, t.exit());
    assertTrue(t.err().contains("manifest.properties"), t.err());
    Cli.Result rec = Cli.run("drg", "explain", in.toString(), "--record", "7");
    assertEquals(ExitCodes.USAGE, rec.exit());
    assertTrue(rec.err().contains("6"), rec.err());
  }

  @Test
  void aMalformedRowIsReportedAndSkipped() throws Exception {
    Path in = file("ragged.csv", HEADER, List.of("BA1,1,88,,,A07.000,I50.900x009,,42.6403,", "BA2,1,88",
        "BA3,1,5,,,Z51.800x953,Z51.000,T48.603,,"));
    JsonNode root = JSON.readTree(Cli.run("drg", "group", in.toString(), "-f", "json").out());
    assertEquals(2, root.get("groups").size());
    assertEquals(3, root.get("groups").get(1).get("record").asInt());
    assertTrue(root.get("findings").size() >= 1);
  }

  @Test
  void aliasesAndCodeMappingAreOptions() throws Exception {
    Path in = file("mine.csv", "sex,age,dx1,dx2", List.of("1,30,A01.000x002,"));
    Path aliases = file("aliases.csv", "alias,field", List.of("sex,A12C", "age,A14", "dx1,C03C", "dx2,C06x01C"));
    Cli.Result plain = Cli.run("drg", "group", in.toString(), "--aliases", aliases.toString(), "-f", "json");
    JsonNode g = JSON.readTree(plain.out()).get("groups").get(0);
    assertEquals("UNGROUPABLE", g.get("status").asText());
    Cli.Result mapped = Cli.run("drg", "group", in.toString(), "--aliases", aliases.toString(), "--map-codes", "-f", "json");
    assertEquals("GROUPED", JSON.readTree(mapped.out()).get("groups").get(0).get("status").asText());
  }

  @Test
  void helpIsLocalisedAndTheVersionOptionNamesTheTableSet() {
    Cli.Result zh = Cli.run("drg", "group", "--help");
    assertEquals(ExitCodes.OK, zh.exit());
    assertTrue(zh.out().contains("--version=ID") && zh.out().contains("内置分组方案版本"), zh.out());
    Cli.Result en = Cli.run("--lang", "en", "drg", "what-if", "--help");
    assertTrue(en.out().contains("What-if") && en.out().contains("Data record number"), en.out());
  }
}
