package org.shutong.cli.conform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.cli.Cli;
import org.shutong.cli.ExitCodes;

class ConformCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Charset GB18030 = Charset.forName("GB18030");
  @TempDir Path dir;

  static final String EXTRACT =
      "姓名,性别代码,出生日期,身份证件类别代码,身份证件号码,电话号码,入院日期\n"
          + "张三,1,19491231,01,11010519491231002X,13800138000,20240301\n"
          + "李四,2,1980-05-06,01,110105194912310021,010-12345678,20240302\n"
          + "王五,3,19900101,03,E12345678,1380013800,20240303\n";

  static final String MAPPING = """
      dataset:
        name: 患者基本信息
        required: [DE02.01.039.00, DE02.01.040.00, DE02.01.025.00]
      columns:
        姓名: DE02.01.039.00
        性别代码: DE02.01.040.00
        出生日期: DE02.01.005.01
        身份证件类别代码: DE02.01.031.00
        身份证件号码: DE02.01.030.00
        电话号码: DE02.01.010.00
      """;

  private Path write(String name, String content, Charset cs) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content.getBytes(cs));
    return p;
  }

  @Test
  void checkGb18030ExtractAsJson() throws Exception {
    Path data = write("患者.csv", EXTRACT, GB18030);
    Path map = write("map.yaml", MAPPING, StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("conform", "check", "--mapping", map.toString(), "-f", "json", data.toString());
    assertEquals(1, r.exit(), r.err());
    JsonNode j = JSON.readTree(r.out());
    assertEquals("conform check", j.get("command").asText());
    assertEquals("GB18030", j.get("inputs").get(0).get("encoding").asText());
    JsonNode c = j.get("conformance");
    assertEquals("shutong.conformance/1", c.get("schema").asText());
    assertEquals(3, c.get("records").asInt());
    JsonNode sex = null;
    for (JsonNode e : c.get("elements")) {
      if (e.get("element").asText().equals("DE02.01.040.00")) {
        sex = e;
      }
    }
    assertEquals(2, sex.get("conforming").asInt());
    assertTrue(sex.get("domainChecked").asBoolean(), "GB/T 2261.1 from codesets");
    assertEquals("患者基本信息", c.get("dataset").get("name").asText());
    assertEquals("DE02.01.025.00", c.get("dataset").get("missingRequired").get(0).asText());
    boolean sawId = false;
    for (JsonNode f : j.get("findings")) {
      if (f.get("ruleId").asText().equals("CF-ID-RESIDENT")) {
        sawId = true;
        assertEquals(2, f.get("record").asInt());
        assertEquals(3, f.get("line").asInt());
        assertEquals("DE02.01.030.00", f.get("field").asText());
      }
    }
    assertTrue(sawId);
    assertTrue(c.get("rules").size() > 5);
  }

  @Test
  void checkTextInEnglishAndFailOnNever() throws IOException {
    Path data = write("p.csv", EXTRACT, StandardCharsets.UTF_8);
    Path map = write("map.csv", "column,element\n姓名,DE02.01.039.00\n出生日期,DE02.01.005.01\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("--lang", "en", "conform", "check", "--mapping", map.toString(), "--fail-on", "never",
        data.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("CF-FORMAT-DATE"), r.out());
    assertTrue(r.out().contains("drop them"), r.out());
  }

  @Test
  void cleanFileExitsZero() throws IOException {
    Path data = write("ok.csv", "姓名,性别代码\n张三,1\n李四,2\n", StandardCharsets.UTF_8);
    Path map = write("m.csv", "column,element\n姓名,DE02.01.039.00\n性别代码,DE02.01.040.00\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("conform", "check", "--mapping", map.toString(), data.toString());
    assertEquals(0, r.exit(), r.out() + r.err());
  }

  @Test
  void badMappingIsExit2NamingFileAndLine() throws IOException {
    Path data = write("p.csv", EXTRACT, StandardCharsets.UTF_8);
    Path map = write("bad.yaml", "columns:\n  姓名: [DE02\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("conform", "check", "--mapping", map.toString(), data.toString());
    assertEquals(ExitCodes.USAGE, r.exit());
    assertTrue(r.err().contains("bad.yaml"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    Cli.Result missing = Cli.run("conform", "check", data.toString());
    assertEquals(ExitCodes.USAGE, missing.exit());
    assertTrue(missing.err().contains("--mapping"), missing.err());
  }

  @Test
  void unknownElementInMappingIsAFindingNotACrash() throws Exception {
    Path data = write("p.csv", EXTRACT, StandardCharsets.UTF_8);
    Path map = write("m.yaml", "columns:\n  姓名: DE02.01.039.00\n  性别代码: DE02.01.999.00\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("conform", "check", "--mapping", map.toString(), "-f", "json", data.toString());
    assertEquals(1, r.exit(), r.err());
    JsonNode f = JSON.readTree(r.out()).get("findings").get(0);
    assertEquals("CF-MAP-UNKNOWN-ELEMENT", f.get("ruleId").asText());
    assertEquals(3, f.get("line").asInt());
    assertTrue(f.get("file").asText().endsWith("m.yaml"));
  }

  @Test
  void profileJsonHtmlAndXlsx() throws Exception {
    Path data = write("p.csv", EXTRACT + "张三,1,19491231,01,11010519491231002X,13800138000,20240301\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("conform", "profile", "--key", "身份证件号码", "--as-of", "2024-12-31", "-f", "json", data.toString());
    assertEquals(0, r.exit(), "an exact duplicate is a warning: " + r.err());
    JsonNode p = JSON.readTree(r.out()).get("profile");
    assertEquals("shutong.profile/1", p.get("schema").asText());
    assertEquals(4, p.get("records").asInt());
    assertEquals("完整性", p.get("dimensions").get(0).get("chinese").asText());
    assertEquals(1, p.get("duplicates").get("exactDuplicateRecords").asInt());
    Path html = dir.resolve("p.html");
    Cli.Result h = Cli.run("conform", "profile", "-o", html.toString(), data.toString());
    assertEquals(0, h.exit(), "a duplicate record is a warning: " + h.err());
    String page = Files.readString(html);
    assertTrue(page.contains("command-charts") && page.contains("身份证件号码"));
    Path xlsx = dir.resolve("p.xlsx");
    Cli.Result x = Cli.run("conform", "profile", "-o", xlsx.toString(), data.toString());
    assertEquals(0, x.exit(), x.err());
    assertTrue(Files.size(xlsx) > 1000);
  }

  @Test
  void profileWithRulesAndUnknownKey() throws IOException {
    Path data = write("p.csv", EXTRACT, StandardCharsets.UTF_8);
    Path rules = write("r.yaml", "rules:\n  - {id: ID-BIRTH, type: id-birthdate, columns: [身份证件号码, 出生日期]}\n",
        StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("conform", "profile", "--rules", rules.toString(), "--fail-on", "never", data.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("ID-BIRTH"), r.out());
    Cli.Result k = Cli.run("conform", "profile", "--key", "病案号", data.toString());
    assertEquals(ExitCodes.USAGE, k.exit());
    assertTrue(k.err().contains("病案号"), k.err());
  }

  @Test
  void suggestReportsTheProblemsOfItsSample() throws Exception {
    Path data = write("rag.csv", "姓名,性别代码\n张三,1\n李四,2,多余\n王五,2\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("conform", "suggest", "-f", "json", data.toString());
    assertEquals(1, r.exit(), "a ragged row is an error finding (the record is skipped): " + r.err());
    JsonNode j = JSON.readTree(r.out());
    boolean ragged = false;
    for (JsonNode f : j.get("findings")) {
      if (f.get("ruleId").asText().equals("IO-RAGGED-ROW")) {
        ragged = true;
        assertEquals(2, f.get("record").asInt());
      }
    }
    assertTrue(ragged, r.out());
    assertEquals("DE02.01.039.00", j.get("suggestions").get(0).get("chosen").asText());
  }

  @Test
  void outOfRangeLimitsAreUsageErrorsNotCrashes() throws IOException {
    Path data = write("p.csv", EXTRACT, StandardCharsets.UTF_8);
    Cli.Result budget = Cli.run("conform", "profile", "--distinct-budget", "0", data.toString());
    assertEquals(ExitCodes.USAGE, budget.exit(), budget.err());
    assertTrue(budget.err().contains("--distinct-budget"), budget.err());
    Cli.Result charts = Cli.run("--lang", "en", "conform", "profile", "--chart-columns", "-1", data.toString());
    assertEquals(ExitCodes.USAGE, charts.exit(), charts.err());
    assertTrue(charts.err().contains("--chart-columns must not be negative"), charts.err());
    Cli.Result sample = Cli.run("conform", "suggest", "--sample", "0", data.toString());
    assertEquals(ExitCodes.USAGE, sample.exit(), sample.err());
    Cli.Result ok = Cli.run("conform", "profile", "--distinct-budget", "1", "--chart-columns", "0", "--fail-on", "never",
        data.toString());
    assertEquals(0, ok.exit(), ok.err());
  }

  @Test
  void suggestWritesADraftMappingThatCheckAccepts() throws Exception {
    Path data = write("p.csv", EXTRACT, GB18030);
    Path draft = dir.resolve("draft.yaml");
    Cli.Result s = Cli.run("conform", "suggest", "--write-mapping", draft.toString(), "-f", "json", data.toString());
    assertEquals(0, s.exit(), s.err());
    JsonNode sug = JSON.readTree(s.out()).get("suggestions");
    assertEquals(7, sug.size());
    assertEquals("DE02.01.039.00", sug.get(0).get("chosen").asText());
    String yaml = Files.readString(draft);
    assertTrue(yaml.contains("姓名: DE02.01.039.00"), yaml);
    Cli.Result c = Cli.run("conform", "check", "--mapping", draft.toString(), "--fail-on", "never", data.toString());
    assertEquals(0, c.exit(), c.err());
    Cli.Result again = Cli.run("conform", "suggest", "--write-mapping", draft.toString(), data.toString());
    assertEquals(ExitCodes.USAGE, again.exit(), "no overwrite without --force");
  }

  @Test
  void helpInBothLanguages() {
    assertTrue(Cli.run("conform", "--help").out().contains("数据元符合性"));
    assertTrue(Cli.run("--lang", "en", "conform", "profile", "--help").out().contains("completeness"));
  }

  @Test
  void aMappingWhoseColumnsAreAllCommentedOutIsOneClearLine() throws Exception {
    Path data = write("c.csv", EXTRACT, StandardCharsets.UTF_8);
    Path map = write("draft.yaml", "# conform suggest draft\ncolumns:\n  # 姓名: DE02.01.039.00   # 0.30\n",
        StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("--lang", "en", "conform", "check", "--mapping", map.toString(), data.toString());
    assertEquals(ExitCodes.USAGE, r.exit(), r.err());
    assertTrue(r.err().startsWith("error: " + map + ": line 2: no column is mapped"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }
}
