package org.shutong.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.io.ReadOptions;
import org.shutong.report.FindingCollector;

class DiseaseNamesTest {
  private final NotifiableCatalogue cat = NotifiableCatalogue.bundled();
  private final DiseaseNames names = DiseaseNames.bundled(cat);
  @TempDir Path dir;

  private static long day(String iso) {
    return LocalDate.parse(iso).toEpochDay();
  }

  private String resolve(DiseaseNames n, String raw, String date) {
    int i = n.resolver().resolve(raw, day(date));
    return switch (i) {
      case DiseaseNames.UNKNOWN -> "UNKNOWN";
      case DiseaseNames.NOT_COUNTED -> "NOT_COUNTED";
      case DiseaseNames.NOT_IN_FORCE -> "NOT_IN_FORCE";
      default -> cat.ids().get(i);
    };
  }

  @Test
  void reportCardNamesAndSubtypes() {
    assertEquals("hepatitis_b", resolve(names, "乙肝", "2022-11-03"));
    assertEquals("hepatitis_b", resolve(names, "乙型肝炎", "2022-11-03"));
    assertEquals("syphilis", resolve(names, "Ⅱ期梅毒", "2022-11-03"));
    assertEquals("syphilis", resolve(names, "II期梅毒", "2022-11-03"));
    assertEquals("dysentery", resolve(names, "阿米巴性痢疾", "2022-11-03"));
    assertEquals("typhoid", resolve(names, "副伤寒", "2022-11-03"));
    assertEquals("malaria", resolve(names, "间日疟", "2022-11-03"));
    assertEquals("hepatitis_unspecified", resolve(names, "肝炎（未分型）", "2022-11-03"));
    assertEquals("typhus", resolve(names, "斑疹伤寒", "2022-11-03"));
  }

  @Test
  void aSubtypeInParenthesesFallsBackToTheDisease() {
    assertEquals("tb", resolve(names, "肺结核（利福平耐药）", "2022-11-03"));
    assertEquals("anthrax", resolve(names, "炭疽(未分型)", "2022-11-03"));
    assertEquals("UNKNOWN", resolve(names, "水痘(重症)", "2022-11-03"));
  }

  @Test
  void tuberculousPleurisyCountsUnderTbFromMay2019() {
    assertEquals("NOT_COUNTED", resolve(names, "结核性胸膜炎", "2019-04-30"));
    assertEquals("tb", resolve(names, "结核性胸膜炎", "2019-05-01"));
  }

  @Test
  void hivIsKnownButNotCountedAndMpoxOnlyFromItsDate() {
    assertEquals("NOT_COUNTED", resolve(names, "HIV", "2022-11-03"));
    assertEquals("aids", resolve(names, "艾滋病", "2022-11-03"));
    assertEquals("NOT_IN_FORCE", resolve(names, "猴痘", "2023-09-19"));
    assertEquals("mpox", resolve(names, "猴痘", "2023-09-20"));
    assertEquals("influenza", resolve(names, "甲型H1N1流感", "2022-11-03"));
  }

  @Test
  void unknownNamesStayUnknown() {
    assertEquals("UNKNOWN", resolve(names, "水痘", "2022-11-03"));
    assertEquals("UNKNOWN", resolve(names, "", "2022-11-03"));
    assertEquals("UNKNOWN", resolve(names, "病毒性肝炎", "2022-11-03"));
  }

  @Test
  void userFileExtendsAndOverridesAndReportsBadRows() throws IOException {
    Path f = dir.resolve("names.csv");
    Files.writeString(f, "name,disease,from,to,note\n"
        + "水痘,-,,,其他法定管理以及重点监测传染病\n"
        + "HBV,乙型肝炎,,,\n"
        + "HIV,艾滋病,,,本地口径\n"
        + "恙虫病,恙虫病,,,\n"
        + ",乙肝,,,\n"
        + "登革出血热,dengue,2022-13-01,,\n", StandardCharsets.UTF_8);
    FindingCollector problems = new FindingCollector();
    DiseaseNames ext = names.withUserFile(f, ReadOptions.defaults(), problems);
    assertEquals("NOT_COUNTED", resolve(ext, "水痘", "2022-11-03"));
    assertEquals("hepatitis_b", resolve(ext, "hbv", "2022-11-03"));
    assertEquals("aids", resolve(ext, "HIV", "2022-11-03"));
    assertEquals("UNKNOWN", resolve(ext, "恙虫病", "2022-11-03"));
    assertEquals(3, problems.findings().size(), problems.findings().toString());
    assertTrue(problems.findings().stream().allMatch(x -> x.ruleId().equals("STATS-NAMES-ROW") && x.record() > 0));
    assertEquals(4, problems.findings().get(0).record());
    assertEquals("disease", problems.findings().get(0).field());
    assertEquals("name", problems.findings().get(1).field());
  }

  @Test
  void userFileWithoutTheColumnsIsOneFinding() throws IOException {
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, "a,b\n1,2\n", StandardCharsets.UTF_8);
    FindingCollector problems = new FindingCollector();
    names.withUserFile(f, ReadOptions.defaults(), problems);
    assertEquals(1, problems.findings().size());
    assertEquals("STATS-NAMES-COLUMNS", problems.findings().get(0).ruleId());
  }
}
