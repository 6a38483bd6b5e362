package org.shutong.cli.firstpage;

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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.cli.Cli;

class FirstpageCliTest {
  @TempDir static Path dir;
  static Path clean;
  static Path dirty;
  static Path answers;

  @BeforeAll
  static void generate() {
    clean = dir.resolve("clean.csv");
    dirty = dir.resolve("dirty.csv");
    answers = dir.resolve("answers.csv");
    assertEquals(0, Cli.run("generate", "firstpage", "--count", "300", "--seed", "3", "-o", clean.toString(),
        "--quiet").exit());
    Cli.Result r = Cli.run("generate", "firstpage", "--count", "500", "--seed", "4", "--error-rate", "0.2",
        "-o", dirty.toString(), "--answers", answers.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("500"), r.err());
  }

  private static JsonNode json(String... args) throws IOException {
    List<String> a = new ArrayList<>(List.of(args));
    a.addAll(List.of("-f", "json"));
    Cli.Result r = Cli.run(a.toArray(new String[0]));
    assertTrue(r.exit() <= 1, r.err());
    return new ObjectMapper().readTree(r.out());
  }

  private static long count(JsonNode report, String ruleId) {
    long n = 0;
    for (JsonNode f : report.get("findings")) {
      if (f.get("ruleId").asText().equals(ruleId)) {
        n++;
      }
    }
    return n;
  }

  @Test
  void aCleanFilePassesWithExitZero() {
    Cli.Result r = Cli.run("firstpage", "check", clean.toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("300"), r.out());
    assertTrue(r.out().contains("住院病案首页填报完整率"), r.out());
  }

  @Test
  void injectedErrorsAreReportedWithFieldCodesAndTheExitCodeIsOne() throws IOException {
    Cli.Result r = Cli.run("firstpage", "check", dirty.toString(), "-f", "json");
    assertEquals(1, r.exit(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals("firstpage check", j.get("command").asText());
    assertEquals(500, j.get("summary").get("records").asLong());
    for (String key : List.of("ruleSet", "quality", "indicators", "rules", "fields", "departments",
        "lowestScores", "recordScores")) {
      assertTrue(j.has(key), key);
    }
    assertEquals(500, j.get("recordScores").size());
    List<String> lines = Files.readAllLines(answers, StandardCharsets.UTF_8);
    assertTrue(lines.size() > 50, "answers: " + lines.size());
    for (String line : lines.subList(1, lines.size())) {
      String[] a = line.split(",", -1);
      boolean found = false;
      for (JsonNode f : j.get("findings")) {
        found |= f.get("record").asLong() == Long.parseLong(a[0]) && f.get("field").asText().equals(a[2])
            && f.get("ruleId").asText().equals(a[3]);
      }
      assertTrue(found, "not found: " + line);
    }
  }

  @Test
  void chineseHeadersStillGiveFieldCodes() throws IOException {
    Path f = dir.resolve("chinese.csv");
    assertEquals(0, Cli.run("generate", "firstpage", "--count", "50", "--seed", "9", "--error-rate", "1",
        "--header", "name", "-o", f.toString(), "--quiet").exit());
    assertTrue(Files.readString(f, StandardCharsets.UTF_8).startsWith("组织机构代码,医疗机构名称,病案号"));
    JsonNode j = json("firstpage", "check", f.toString());
    assertTrue(j.get("findings").size() >= 50);
    for (JsonNode x : j.get("findings")) {
      if (x.hasNonNull("field")) {
        assertTrue(x.get("field").asText().matches("[A-F][0-9A-Zx]+"), x.toString());
      }
    }
  }

  /** Writes a small file: the first lines of the clean file, transformed. */
  private static Path derived(String name, java.util.function.UnaryOperator<List<String>> change, Charset cs)
      throws IOException {
    List<String> lines = Files.readAllLines(clean, StandardCharsets.UTF_8).subList(0, 21);
    Path p = dir.resolve(name);
    Files.write(p, change.apply(new ArrayList<>(lines)), cs);
    return p;
  }

  private static String dropColumn(String line, int col) {
    List<String> parts = new ArrayList<>(List.of(line.split(",", -1)));
    parts.remove(col);
    return String.join(",", parts);
  }

  @Test
  void aMissingColumnIsOneFindingNotOnePerRecord() throws IOException {
    List<String> header = List.of(Files.readAllLines(clean, StandardCharsets.UTF_8).get(0).split(",", -1));
    int a11 = header.indexOf("A11");
    Path p = derived("no-a11.csv", lines -> lines.stream().map(l -> dropColumn(l, a11)).toList(),
        StandardCharsets.UTF_8);
    JsonNode j = json("firstpage", "check", p.toString());
    assertEquals(1, count(j, "FP-COLUMN-MISSING"));
    assertEquals(0, count(j, "FP-REQUIRED"));
    for (JsonNode f : j.get("findings")) {
      if (f.get("ruleId").asText().equals("FP-COLUMN-MISSING")) {
        assertEquals("A11", f.get("field").asText());
        assertFalse(f.has("record"), f.toString());
      }
    }
  }

  @Test
  void raggedRowsAreReportedAndTheRunGoesOn() throws IOException {
    Path p = derived("ragged.csv", lines -> {
      lines.set(5, lines.get(5) + ",extra");
      lines.set(9, lines.get(9).substring(0, lines.get(9).lastIndexOf(',')));
      return lines;
    }, StandardCharsets.UTF_8);
    JsonNode j = json("firstpage", "check", p.toString());
    assertEquals(2, count(j, "IO-RAGGED-ROW"));
    assertEquals(20, j.get("summary").get("records").asLong());
    assertEquals(18, j.get("recordScores").size());
  }

  @Test
  void garbageInDatesAndNumbersIsAFormatFindingNamingTheField() throws IOException {
    List<String> header = List.of(Files.readAllLines(clean, StandardCharsets.UTF_8).get(0).split(",", -1));
    int b12 = header.indexOf("B12");
    int d01 = header.indexOf("D01");
    Path p = derived("garbage.csv", lines -> {
      List<String> parts = new ArrayList<>(List.of(lines.get(3).split(",", -1)));
      parts.set(b12, "昨天上午");
      parts.set(d01, "一万二");
      lines.set(3, String.join(",", parts));
      return lines;
    }, StandardCharsets.UTF_8);
    JsonNode j = json("firstpage", "check", p.toString());
    List<String> fields = new ArrayList<>();
    for (JsonNode f : j.get("findings")) {
      if (f.get("ruleId").asText().equals("FP-FORMAT")) {
        fields.add(f.get("field").asText() + "@" + f.get("record").asLong() + "/" + f.get("line").asLong());
      }
    }
    assertEquals(List.of("B12@3/4", "D01@3/4"), fields.stream().sorted().toList());
  }

  @Test
  void duplicateHeadersAreReportedOnce() throws IOException {
    Path p = derived("dup.csv", lines -> {
      List<String> out = new ArrayList<>();
      out.add(lines.get(0) + ",出院主要诊断编码");
      for (String l : lines.subList(1, lines.size())) {
        out.add(l + ",X99.999");
      }
      return out;
    }, StandardCharsets.UTF_8);
    JsonNode j = json("firstpage", "check", p.toString());
    assertEquals(1, count(j, "FP-COLUMN-DUPLICATE"));
    assertEquals(0, count(j, "FP-DX-CODE"), "the first column is used");
  }

  @Test
  void gb18030FilesAreRead() throws IOException {
    Path p = derived("gbk.csv", lines -> lines, Charset.forName("GB18030"));
    Cli.Result r = Cli.run("firstpage", "check", p.toString(), "-f", "json");
    assertEquals(0, r.exit(), r.out());
    assertTrue(r.out().contains("GB18030"), r.out().substring(0, 300));
  }

  @Test
  void aliasesMapAHospitalsOwnHeaders() throws IOException {
    Path p = derived("local.csv", lines -> {
      lines.set(0, lines.get(0).replace(",A48,", ",住院号码,"));
      return lines;
    }, StandardCharsets.UTF_8);
    Path aliases = dir.resolve("aliases.csv");
    Files.writeString(aliases, "别名,字段\n住院号码,A48\n", StandardCharsets.UTF_8);
    JsonNode without = json("firstpage", "check", p.toString());
    assertEquals(1, count(without, "FP-COLUMN-MISSING"));
    JsonNode with = json("firstpage", "check", p.toString(), "--aliases", aliases.toString());
    assertEquals(0, count(with, "FP-COLUMN-MISSING"));
  }

  @Test
  void userRulesExtendTheBundledSet() throws IOException {
    Path rules = dir.resolve("my-rules.yaml");
    Files.writeString(rules, """
        format: shutong-firstpage-rules/1
        extends: nhc-2016
        id: my-hospital
        rules:
          - id: FP-LOCAL-LONG-STAY
            severity: warning
            category: stay
            fields: [B20]
            check: B20 <= 10
            message: {zh: "住院 {B20} 天，超过 10 天需说明", en: "a stay of {B20} days needs a reason"}
            source: local policy
        """, StandardCharsets.UTF_8);
    JsonNode j = json("firstpage", "check", clean.toString(), "--rules", rules.toString());
    assertTrue(count(j, "FP-LOCAL-LONG-STAY") > 0);
    assertEquals("my-hospital", j.get("ruleSet").get("id").asText());
  }

  @Test
  void badInputsGiveExitTwoWithAMessageNamingTheFile() throws IOException {
    Cli.Result r = Cli.run("firstpage", "check", dir.resolve("nope.csv").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("nope.csv"), r.err());
    Path bad = dir.resolve("bad-rules.yaml");
    Files.writeString(bad, "format: shutong-firstpage-rules/1\nextends: nhc-2016\nrules:\n  - id: FP-X\n"
        + "    severity: error\n    fields: [B20]\n    check: B20 >> 1\n    message: {zh: x}\n", StandardCharsets.UTF_8);
    r = Cli.run("firstpage", "check", clean.toString(), "--rules", bad.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("bad-rules.yaml") && r.err().contains("FP-X"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    r = Cli.run("firstpage", "check", clean.toString(), "--coding", "icd11");
    assertEquals(2, r.exit());
    r = Cli.run("generate", "firstpage", "--count", "5", "--error-rate", "2", "-o", dir.resolve("x.csv").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--error-rate"), r.err());
  }

  @Test
  void gbClinicalCodingAndProcedureKinds() throws IOException {
    Path kinds = dir.resolve("kinds.csv");
    StringBuilder sb = new StringBuilder("编码,类别\n");
    for (String code : List.of("47.0100", "51.2300", "81.5100", "36.0700", "13.4100", "74.1x00")) {
      sb.append(code).append(",手术\n");
    }
    Files.writeString(kinds, sb.toString(), StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("firstpage", "check", clean.toString(), "--coding", "gb-clinical",
        "--procedure-kinds", kinds.toString(), "-f", "json");
    assertTrue(r.exit() <= 1, r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertTrue(j.get("ruleSet").get("coding").asText().contains("icd10-gb-clinical-2.0"));
  }

  @Test
  void rulesAndFieldsAreListed() throws IOException {
    JsonNode rules = json("firstpage", "rules");
    assertEquals(94, rules.get("rules").size());
    JsonNode first = rules.get("rules").get(0);
    assertTrue(first.hasNonNull("source"));
    Path exported = dir.resolve("exported.yaml");
    assertEquals(0, Cli.run("firstpage", "rules", "--export", "-o", exported.toString()).exit());
    assertEquals(0, Cli.run("firstpage", "check", clean.toString(), "--rules", exported.toString()).exit());
    JsonNode fields = json("firstpage", "fields");
    assertEquals(811, fields.get("fields").size());
    JsonNode two = json("firstpage", "fields", "C03C", "出院其他诊断编码40");
    assertEquals("C03C", two.get("fields").get(0).get("code").asText());
    assertEquals("C06x40C", two.get("fields").get(1).get("code").asText());
    Cli.Result r = Cli.run("--lang", "en", "firstpage", "--help");
    assertTrue(r.out().contains("check") && r.out().contains("rules") && r.out().contains("fields"), r.out());
  }
}
