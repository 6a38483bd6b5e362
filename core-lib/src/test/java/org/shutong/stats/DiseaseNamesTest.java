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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

  /** Each row: the name on the report card, the date, and the catalogue id (or outcome) it resolves to. */
  @ParameterizedTest(name = "{0} on {1} -> {2}")
  @CsvSource(textBlock = """
      # report-card names and subtypes
      乙肝,               2022-11-03, hepatitis_b
      乙型肝炎,           2022-11-03, hepatitis_b
      Ⅱ期梅毒,            2022-11-03, syphilis
      II期梅毒,           2022-11-03, syphilis
      阿米巴性痢疾,       2022-11-03, dysentery
      副伤寒,             2022-11-03, typhoid
      间日疟,             2022-11-03, malaria
      肝炎（未分型）,     2022-11-03, hepatitis_unspecified
      斑疹伤寒,           2022-11-03, typhus
      # a subtype in parentheses falls back to the disease
      肺结核（利福平耐药）, 2022-11-03, tb
      炭疽(未分型),       2022-11-03, anthrax
      水痘(重症),         2022-11-03, UNKNOWN
      # tuberculous pleurisy counts under TB from May 2019
      结核性胸膜炎,       2019-04-30, NOT_COUNTED
      结核性胸膜炎,       2019-05-01, tb
      # HIV is known but not counted; mpox only from its date
      HIV,                2022-11-03, NOT_COUNTED
      艾滋病,             2022-11-03, aids
      猴痘,               2023-09-19, NOT_IN_FORCE
      猴痘,               2023-09-20, mpox
      甲型H1N1流感,       2022-11-03, influenza
      # unknown names stay unknown
      水痘,               2022-11-03, UNKNOWN
      '',                 2022-11-03, UNKNOWN
      病毒性肝炎,         2022-11-03, UNKNOWN
      """)
  void resolvesBundledNames(String name, String date, String expected) {
    assertEquals(expected, resolve(names, name, date));
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
