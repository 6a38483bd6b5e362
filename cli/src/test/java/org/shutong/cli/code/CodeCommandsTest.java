package org.shutong.cli.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.cli.Cli;
import org.shutong.cli.ExitCodes;

class CodeCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static JsonNode json(Cli.Result r) throws Exception {
    return JSON.readTree(r.out());
  }

  @Test
  void lookupExactCode() throws Exception {
    Cli.Result r = Cli.run("code", "lookup", "I21.900", "-f", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode c = json(r).get("codes").get(0);
    assertEquals("I21.900", c.get("code").asText());
    assertEquals("急性心肌梗死", c.get("name").asText());
    assertEquals("IX", c.get("chapter").get("number").asText());
    assertEquals("I21", c.get("category").get("code").asText());
    assertTrue(c.get("leaf").asBoolean());
    assertEquals("valid", c.get("status").asText());
  }

  @Test
  void lookupDirtyAndUnknownCodes() throws Exception {
    Cli.Result r = Cli.run("code", "lookup", "i219", "A01.000x002", "36.0700", "Z99.999x999", "-f", "json");
    assertEquals(ExitCodes.FINDINGS, r.exit());
    JsonNode codes = json(r).get("codes");
    assertEquals("I21.9", codes.get(0).get("code").asText());
    assertEquals("not_leaf", codes.get(0).get("status").asText());
    assertTrue(codes.get(0).get("changes").toString().contains("DOT_ADDED"), codes.toString());
    assertEquals("icd10-gb-clinical-2.0", codes.get(1).get("system").asText(), "国临-only code found in the 国临版 table");
    assertEquals("icd9cm3-nhsa-2.0", codes.get(2).get("system").asText());
    assertEquals("unknown", codes.get(3).get("status").asText());
    JsonNode f = json(r).get("findings");
    assertTrue(f.toString().contains("CODE-UNKNOWN") && f.toString().contains("CODE-NORMALIZED"), f.toString());
  }

  @Test
  void validateListWithDirtEmptyLinesAndControlCharacters() throws Exception {
    Path f = dir.resolve("codes.txt");
    String longCode = "I".repeat(200);
    Files.writeString(f, "I21.900\ni21.900\n\nＩ２１．９００\nI21\nZ99.999x999\nI21.9\t00\n" + longCode + "\n急性心肌梗死\n",
        StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("code", "validate", "--system", "icd10-nhsa-2.0", f.toString(), "-f", "json");
    assertEquals(ExitCodes.FINDINGS, r.exit(), r.err());
    JsonNode root = json(r);
    JsonNode counts = root.get("counts");
    assertEquals(1, counts.get("valid").asInt());
    assertEquals(2, counts.get("normalized").asInt());
    assertEquals(1, counts.get("notLeaf").asInt());
    assertEquals(1, counts.get("unknown").asInt());
    assertEquals(3, counts.get("malformed").asInt());
    assertEquals(1, counts.get("emptySkipped").asInt());
    JsonNode findings = root.get("findings");
    JsonNode first = findings.get(0);
    assertEquals("CODE-NORMALIZED", first.get("ruleId").asText());
    assertEquals("warning", first.get("severity").asText());
    assertEquals(2, first.get("record").asInt());
    assertEquals("i21.900", first.get("value").asText());
    assertTrue(first.get("message").asText().contains("I21.900"));
    assertEquals("I21.900", root.get("normalized").get(0).get("code").asText());
    boolean control = false;
    boolean tooLong = false;
    for (JsonNode x : findings) {
      if (x.get("ruleId").asText().equals("CODE-MALFORMED") && x.get("record").asInt() == 7) {
        control = x.get("value").asText().contains("\\t");
      }
      if (x.get("ruleId").asText().equals("CODE-MALFORMED") && x.get("record").asInt() == 8) {
        tooLong = true;
      }
    }
    assertTrue(control && tooLong, findings.toString());
    assertEquals(9, root.get("inputs").get(0).get("records").asInt());
  }

  @Test
  void validateColumnOfAGb18030Table() throws Exception {
    Path f = dir.resolve("dx.csv");
    Files.write(f, "病案号,主要诊断编码,主要诊断名称\n001,I21.900,急性心肌梗死\n002,j18.9 00,肺炎\n003,I99.999,x\n"
        .getBytes(Charset.forName("GB18030")));
    Cli.Result r = Cli.run("code", "validate", "--system", "icd10-nhsa-2.0", "--column", "主要诊断编码", f.toString(), "-f", "json");
    assertEquals(ExitCodes.FINDINGS, r.exit(), r.err());
    JsonNode findings = json(r).get("findings");
    assertEquals(2, findings.size());
    assertEquals("主要诊断编码", findings.get(0).get("field").asText());
    assertEquals(2, findings.get(0).get("record").asInt());
    assertEquals(3, findings.get(0).get("line").asInt());
    assertEquals("CODE-UNKNOWN", findings.get(1).get("ruleId").asText());
    assertEquals("GB18030", json(r).get("inputs").get(0).get("encoding").asText());
  }

  @Test
  void junitReportListsEveryRuleChecked() throws Exception {
    Path f = dir.resolve("ok.txt");
    Files.writeString(f, "I21.900\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("code", "validate", "--system", "icd10-nhsa-2.0", f.toString(), "-f", "junit");
    assertEquals(0, r.exit(), r.err());
    for (String rule : new String[] {"CODE-NORMALIZED", "CODE-NOT-LEAF", "CODE-UNKNOWN", "CODE-AMBIGUOUS", "CODE-MALFORMED"}) {
      assertTrue(r.out().contains(rule), rule + "\n" + r.out());
    }
  }

  @Test
  void userMorphologyTableForValidateAndLookup() throws Exception {
    Path table = dir.resolve("icdo3-m.csv");
    Files.writeString(table, "code,name\nM81400/3,腺癌\nM80700/3,鳞状细胞癌\n", StandardCharsets.UTF_8);
    Path codes = dir.resolve("m.txt");
    Files.writeString(codes, "M81400/3\nm80700/3\nM99999/9\n8140/3\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("code", "validate", "--table", table.toString(), "--system", "icdo3-m", codes.toString(), "-f", "json");
    JsonNode counts = json(r).get("counts");
    assertEquals(1, counts.get("valid").asInt(), r.out());
    assertEquals(1, counts.get("normalized").asInt());
    assertEquals(1, counts.get("unknown").asInt());
    assertEquals(1, counts.get("malformed").asInt());
    Cli.Result l = Cli.run("code", "lookup", "--table", table.toString(), "--system", "icdo3-m", "m81400/3", "-f", "json");
    assertEquals("腺癌", json(l).get("codes").get(0).get("name").asText(), l.out());
    assertEquals("morphology", json(l).get("codes").get(0).get("level").asText());
  }

  @Test
  void lookupOfANameSuggestsSearchResults() throws Exception {
    Cli.Result r = Cli.run("code", "lookup", "急性心肌梗死", "-f", "json");
    assertEquals(ExitCodes.FINDINGS, r.exit());
    JsonNode c = json(r).get("codes").get(0);
    assertEquals("malformed", c.get("status").asText());
    assertEquals("I21.900", c.get("suggestions").get(0).get("code").asText());
  }

  @Test
  void validateBadInputs() {
    Cli.Result unknown = Cli.run("--lang", "en", "code", "validate", "--system", "icd11", "x.txt");
    assertEquals(ExitCodes.USAGE, unknown.exit());
    assertTrue(unknown.err().contains("icd11") && unknown.err().contains("icd10-nhsa-2.0")
        && unknown.err().contains("icd9cm3-gb-clinical-3.0"), unknown.err());
    Cli.Result missing = Cli.run("--lang", "en", "code", "validate", "--system", "icd10-nhsa-2.0", dir.resolve("none.txt").toString());
    assertEquals(ExitCodes.USAGE, missing.exit());
    assertTrue(missing.err().contains("none.txt"), missing.err());
    assertFalse(missing.err().contains("Exception"), missing.err());
  }

  @Test
  void validateMissingColumnNamesTheHeader() throws Exception {
    Path f = dir.resolve("t.csv");
    Files.writeString(f, "a,b\n1,2\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("--lang", "en", "code", "validate", "--system", "icd10-nhsa-2.0", "--column", "C03C", f.toString());
    assertEquals(ExitCodes.USAGE, r.exit());
    assertTrue(r.err().contains("C03C") && r.err().contains("a, b"), r.err());
  }

  @Test
  void searchByInitials() throws Exception {
    Cli.Result r = Cli.run("code", "search", "jxxjgs", "--limit", "5", "-f", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode first = json(r).get("results").get(0);
    assertEquals("I21.900", first.get("code").asText());
    assertEquals("initials", first.get("match").asText());
    Cli.Result px = Cli.run("code", "search", "阑尾切除", "--system", "icd9cm3-nhsa-2.0", "-f", "json");
    assertTrue(json(px).get("results").toString().contains("47.0100"), px.out());
  }

  @Test
  void treeShowsAncestorsAndChildren() throws Exception {
    Cli.Result r = Cli.run("code", "tree", "I21.9", "-f", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode root = json(r);
    assertEquals("I21", root.get("ancestors").get(0).get("code").asText());
    assertEquals("I21.9", root.get("node").get("code").asText());
    assertTrue(root.get("children").toString().contains("I21.900"));
    assertEquals("IX", root.get("chapter").get("number").asText());
    Cli.Result text = Cli.run("code", "tree", "36.0700");
    assertTrue(text.out().contains("36.07") && text.out().contains("心血管系统手术"), text.out());
    Cli.Result none = Cli.run("code", "tree", "Z99.999x999");
    assertEquals(ExitCodes.USAGE, none.exit());
  }

  @Test
  void lookupShowsTheBlock() throws Exception {
    Cli.Result r = Cli.run("code", "lookup", "I21.900", "C16.900", "36.0700", "-f", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode codes = json(r).get("codes");
    assertEquals("I20-I25", codes.get(0).get("block").get("code").asText());
    assertEquals("Ischaemic heart diseases", codes.get(0).get("block").get("titleEn").asText());
    assertEquals("C15-C26", codes.get(1).get("block").get("code").asText());
    assertEquals("C00-C75", codes.get(1).get("block").get("parent").asText());
    assertFalse(codes.get(2).has("block"), "ICD-9-CM-3 has no blocks");
    Cli.Result text = Cli.run("code", "lookup", "I21.900");
    assertTrue(text.out().contains("I20-I25 Ischaemic heart diseases"), text.out());
  }

  @Test
  void lookupOfABlockOrChapterRange() throws Exception {
    Cli.Result r = Cli.run("code", "lookup", "i20–i25", "C00-D48", "35-39", "-f", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode codes = json(r).get("codes");
    JsonNode block = codes.get(0);
    assertEquals("block", block.get("level").asText());
    assertEquals("I20-I25", block.get("code").asText());
    assertEquals("IX", block.get("chapter").get("number").asText());
    assertEquals(6, block.get("categories").size());
    assertEquals("I20", block.get("categories").get(0).get("code").asText());
    assertEquals("心绞痛", block.get("categories").get(0).get("name").asText());
    JsonNode chapter = codes.get(1);
    assertEquals("chapter", chapter.get("level").asText());
    assertEquals("肿瘤", chapter.get("name").asText());
    assertEquals("C00-C97", chapter.get("blocks").get(0).get("code").asText());
    JsonNode px = codes.get(2);
    assertEquals("icd9cm3-nhsa-2.0", px.get("system").asText());
    assertEquals("心血管系统手术", px.get("name").asText());
    assertEquals(5, px.get("categories").size());
  }

  @Test
  void lookupOfARangeThatIsNoBlockIsAnError() throws Exception {
    Cli.Result r = Cli.run("code", "lookup", "I20-I26", "-f", "json");
    assertEquals(ExitCodes.FINDINGS, r.exit(), r.err());
    JsonNode root = json(r);
    assertEquals("unknown", root.get("codes").get(0).get("status").asText());
    assertEquals("CODE-UNKNOWN", root.get("findings").get(0).get("ruleId").asText());
    assertTrue(root.get("findings").get(0).get("message").asText().contains("WHO ICD-10 2019"));
    Cli.Result en = Cli.run("--lang", "en", "code", "lookup", "35-38");
    assertTrue(en.out().contains("No chapter has this range"), en.out());
  }

  @Test
  void treeStartsAtABlockOrChapter() throws Exception {
    Cli.Result r = Cli.run("code", "tree", "I20-I25", "-f", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode root = json(r);
    assertEquals("I20-I25", root.get("block").get("code").asText());
    assertEquals("IX", root.get("chapter").get("number").asText());
    assertEquals(6, root.get("children").size());
    assertEquals("I21", root.get("children").get(1).get("code").asText());
    Cli.Result nested = Cli.run("code", "tree", "C00-C75", "--depth", "2", "-f", "json");
    JsonNode n = json(nested);
    assertEquals("C00-C97", n.get("blocks").get(0).get("code").asText());
    assertEquals("C00-C14", n.get("children").get(0).get("code").asText());
    assertEquals("C00", n.get("children").get(0).get("below").get(0).get("code").asText());
    Cli.Result chapter = Cli.run("code", "tree", "I00-I99");
    assertEquals(0, chapter.exit(), chapter.err());
    assertTrue(chapter.out().contains("I20-I25") && chapter.out().contains("I60-I69"), chapter.out());
    Cli.Result code = Cli.run("code", "tree", "I21.9", "-f", "json");
    assertEquals("I20-I25", json(code).get("blocks").get(0).get("code").asText());
    Cli.Result none = Cli.run("code", "tree", "I20-I29");
    assertEquals(ExitCodes.USAGE, none.exit());
    assertTrue(none.err().contains("I20-I29"), none.err());
  }

  @Test
  void mapGbClinicalToNhsa() throws Exception {
    Path f = dir.resolve("gl.txt");
    Files.writeString(f, "A01.000x002\nI21.100x002\nZ99.999x999\n\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("code", "map", "--from", "icd10-gb-clinical-2.0", "--to", "icd10-nhsa-2.0", f.toString(), "-f", "json");
    JsonNode root = json(r);
    assertEquals(2, root.get("crosswalks").size());
    JsonNode maps = root.get("mappings");
    assertEquals("mapped", maps.get(0).get("status").asText());
    assertEquals("A01.003", maps.get(0).get("targets").get(0).asText());
    assertEquals("I21.103", maps.get(1).get("targets").get(0).asText());
    assertEquals("invalid", maps.get(2).get("status").asText());
    assertEquals(1, root.get("counts").get("emptySkipped").asInt());
    assertEquals(ExitCodes.FINDINGS, r.exit());
    Cli.Result bad = Cli.run("code", "map", "--from", "nope", "--to", "icd10-nhsa-2.0", f.toString());
    assertEquals(ExitCodes.USAGE, bad.exit());
  }

  @Test
  void editsOnFirstPageColumns() throws Exception {
    Path f = dir.resolve("fp.csv");
    Files.writeString(f, "A12C,A14,A16,C03C,C06x01C,C06x02C,C12C,C09C,C14x01C\n"
        + "2,60,,N40.x00,,,,,\n"
        + "1,40,,S72.000,,,,,\n"
        + "1,40,,S72.000,,,W19.x00,,\n"
        + "1,65,,C16.900,I10.x00,,,M81400/3,\n"
        + "1,30,,W19.x00,,,,,\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("code", "edits", f.toString(), "-f", "json");
    assertEquals(ExitCodes.FINDINGS, r.exit(), r.err());
    JsonNode findings = json(r).get("findings");
    String all = findings.toString();
    assertTrue(all.contains("EDIT-SEX-MALE-ONLY") && all.contains("EDIT-INJURY-NO-EXTERNAL-CAUSE")
        && all.contains("EDIT-PDX-EXTERNAL-CAUSE"), all);
    for (JsonNode x : findings) {
      if (x.get("ruleId").asText().equals("EDIT-SEX-MALE-ONLY")) {
        assertEquals(1, x.get("record").asInt());
        assertEquals("C03C", x.get("field").asText());
      }
      if (x.get("ruleId").asText().equals("EDIT-INJURY-NO-EXTERNAL-CAUSE")) {
        assertEquals(2, x.get("record").asInt(), "the record with C12C filled has no such finding");
      }
      assertFalse(x.get("ruleId").asText().startsWith("EDIT-NEO") && x.get("record").asInt() == 4, all);
    }
  }

  @Test
  void editsWithoutCodeColumnsIsAnInputError() throws Exception {
    Path f = dir.resolve("x.csv");
    Files.writeString(f, "name,age\na,1\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("--lang", "en", "code", "edits", f.toString());
    assertEquals(ExitCodes.USAGE, r.exit());
    assertTrue(r.err().contains("C03C"), r.err());
  }

  @Test
  void everyVerbHasEnglishHelp() {
    for (String verb : new String[] {"lookup", "validate", "search", "tree", "map", "edits", "info"}) {
      Cli.Result r = Cli.run("--lang", "en", "code", verb, "--help");
      assertEquals(0, r.exit(), verb);
      assertTrue(r.out().contains("Usage"), verb + ": " + r.out());
      assertFalse(r.out().matches("(?s).*[\\u4e00-\\u9fff]{6,}.*用法.*"), verb);
    }
  }
}
