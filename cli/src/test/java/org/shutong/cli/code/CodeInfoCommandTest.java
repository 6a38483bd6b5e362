package org.shutong.cli.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.shutong.cli.Cli;
import org.shutong.cli.ExitCodes;

class CodeInfoCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void listsEveryTableWithItsManifestInJson() throws Exception {
    Cli.Result r = Cli.run("code", "info", "-f", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode root = JSON.readTree(r.out());
    assertEquals("code info", root.get("command").asText());
    JsonNode tables = root.get("tables");
    assertEquals(12, tables.size());
    JsonNode first = tables.get(0);
    assertEquals("icd10-nhsa-2.0", first.get("id").asText());
    assertEquals("医保疾病诊断分类与代码", first.get("name").asText());
    assertEquals("医保版2.0", first.get("version").asText());
    assertEquals("国家医疗保障局", first.get("publisher").asText());
    assertEquals(33304, first.get("rows").asInt());
    assertEquals("07234c69845c9e87603fc580781044c5ca97412d8db0e7a0694f718584c4ea8b", first.get("sha256").asText());
    assertTrue(root.get("findings").isEmpty());
  }

  @Test
  void textListsTablesInChineseAndEnglish() {
    Cli.Result zh = Cli.run("code", "info");
    assertEquals(0, zh.exit(), zh.err());
    assertTrue(zh.out().contains("内置编码表（12 个）") && zh.out().contains("gbt2260-regions"), zh.out());
    Cli.Result en = Cli.run("--lang", "en", "code", "info");
    assertTrue(en.out().contains("Bundled code tables (12)"), en.out());
  }

  @Test
  void tableDetailsShowPatchSteps() {
    Cli.Result r = Cli.run("code", "info", "icd10-nhsa-2.0");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("K07.400: 错??畸形 → 错𬌗畸形"), r.out());
    assertTrue(r.out().contains("45523"), r.out());
  }

  @Test
  void valueDomainValues() throws Exception {
    Cli.Result r = Cli.run("code", "info", "RC032", "-f", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode d = JSON.readTree(r.out()).get("valueDomains").get(0);
    assertEquals("RC032", d.get("id").asText());
    assertEquals("1.1", d.get("values").get(0).get("code").asText());
  }

  @Test
  void unknownIdIsUsageErrorListingKnownIds() {
    Cli.Result r = Cli.run("--lang", "en", "code", "info", "icd11");
    assertEquals(ExitCodes.USAGE, r.exit());
    assertTrue(r.err().contains("'icd11'") && r.err().contains("icd10-nhsa-2.0") && r.err().contains("RC001"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void versionNamesTheTables() {
    Cli.Result r = Cli.run("--version");
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("icd10-nhsa-2.0  医保疾病诊断分类与代码 医保版2.0"), r.out());
    assertTrue(r.out().contains("icd9cm3-gb-clinical-3.0"), r.out());
  }

  @Test
  void englishHelp() {
    Cli.Result r = Cli.run("--lang", "en", "code", "info", "--help");
    assertTrue(r.out().contains("List the bundled code tables"), r.out());
    assertTrue(r.out().contains("value-domain id"), r.out());
  }
}
