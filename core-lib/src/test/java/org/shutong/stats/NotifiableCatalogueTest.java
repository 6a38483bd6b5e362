package org.shutong.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotifiableCatalogueTest {
  private final NotifiableCatalogue cat = NotifiableCatalogue.bundled();

  /** The published November 2022 table's disease rows, in order, markers removed (seed 002). */
  static List<String> publishedDiseaseRows() throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = NotifiableCatalogueTest.class.getResourceAsStream("notifiable-2022-11-published.csv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
      for (int i = 1; i < lines.length; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        String name = lines[i].substring(0, lines[i].indexOf(',')).replace("*", "").replace("#", "");
        if (!name.endsWith("总计") && !name.endsWith("合计")) {
          out.add(name);
        }
      }
    }
    return out;
  }

  @Test
  void november2022RowsAreThePublishedRowsInPublishedOrder() throws IOException {
    List<String> ours = new ArrayList<>();
    for (NotifiableDisease d : cat.rowsFor(YearMonth.of(2022, 11))) {
      ours.add(d.label());
    }
    List<String> published = publishedDiseaseRows();
    // the one label difference is documented in PROVENANCE.md (decision 3): 斑疹伤寒 was printed short in 2022
    published.set(published.indexOf("斑疹伤寒"), "流行性和地方性斑疹伤寒");
    assertEquals(published, ours);
  }

  @Test
  void classesAndHepatitisTypes() {
    List<NotifiableDisease> rows = cat.rowsFor(YearMonth.of(2022, 11));
    assertEquals(2, rows.stream().filter(d -> d.diseaseClass() == DiseaseClass.A).count());
    // 乙类: 27 diseases (26 of the law and the 2013 notice + COVID-19) plus the hepatitis group's 6 types
    assertEquals(27 + 6, rows.stream().filter(d -> d.diseaseClass() == DiseaseClass.B).count());
    assertEquals(11, rows.stream().filter(d -> d.diseaseClass() == DiseaseClass.C).count());
    assertEquals(List.of("甲型肝炎", "乙型肝炎", "丙型肝炎", "丁型肝炎", "戊型肝炎", "未分型肝炎"),
        rows.stream().filter(d -> "hepatitis".equals(d.parent())).map(NotifiableDisease::label).toList());
  }

  @Test
  void covidIsVersionedNotOverwritten() {
    assertEquals("新型冠状病毒肺炎", cat.entry("covid19", LocalDate.of(2022, 11, 30)).orElseThrow().label());
    assertEquals("新型冠状病毒感染", cat.entry("covid19", LocalDate.of(2023, 1, 8)).orElseThrow().label());
    assertTrue(cat.entry("covid19", LocalDate.of(2020, 1, 19)).isEmpty());
    // December 2022 has both versions; the table shows the one in force at the month's end
    assertEquals("新型冠状病毒感染", cat.rowsFor(YearMonth.of(2022, 12)).stream()
        .filter(d -> d.id().equals("covid19")).findFirst().orElseThrow().label());
    assertFalse(cat.rowsFor(YearMonth.of(2019, 12)).stream().anyMatch(d -> d.id().equals("covid19")));
    assertTrue(cat.rowsFor(YearMonth.of(2020, 1)).stream().anyMatch(d -> d.id().equals("covid19")));
  }

  @Test
  void mpoxFromSeptember2023AfterH7n9() {
    assertFalse(cat.rowsFor(YearMonth.of(2023, 8)).stream().anyMatch(d -> d.id().equals("mpox")));
    List<String> ids = cat.rowsFor(YearMonth.of(2023, 9)).stream().map(NotifiableDisease::id).toList();
    assertTrue(ids.indexOf("mpox") > ids.indexOf("h7n9"));
    assertTrue(ids.indexOf("mpox") < ids.indexOf("influenza"));
    assertEquals(DiseaseClass.B, cat.entry("mpox", LocalDate.of(2023, 9, 20)).orElseThrow().diseaseClass());
  }

  @Test
  void footnotesFollowTheTable() {
    List<String> markers = cat.footnotesFor(YearMonth.of(2022, 11)).stream()
        .map(NotifiableCatalogue.Footnote::marker).toList();
    assertEquals(List.of("", "*", "**", "***", "****"), markers);
    assertFalse(cat.footnotesFor(YearMonth.of(2019, 4)).stream().anyMatch(f -> f.id().equals("tb-pleurisy")));
  }

  @Test
  void findIdByLabelIgnoresMarkers() {
    assertEquals("aids", cat.findId("艾滋病*").orElseThrow());
    assertEquals("covid19", cat.findId("新型冠状病毒肺炎#").orElseThrow());
    assertEquals("covid19", cat.findId("covid19").orElseThrow());
    assertTrue(cat.findId("水痘").isEmpty());
  }

  @Test
  void caseClassesDefaultAndOverride() {
    assertTrue(cat.caseClasses().get("确诊病例"));
    assertFalse(cat.caseClasses().get("疑似病例"));
    NotifiableCatalogue all = cat.withCountedCaseClasses(List.of("确诊病例", "疑似病例"));
    assertTrue(all.caseClasses().get("疑似病例"));
    assertFalse(all.caseClasses().get("临床诊断病例"));
  }

  @Test
  void everyRowNamesItsSources() {
    for (NotifiableDisease d : cat.entries()) {
      assertFalse(d.sources().isEmpty() || d.sources().get(0).isBlank(), d.id());
    }
  }
}
