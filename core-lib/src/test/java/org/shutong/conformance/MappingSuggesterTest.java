package org.shutong.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.identifier.Identifiers;
import org.shutong.io.TableReader;
import org.shutong.report.FindingCollector;

class MappingSuggesterTest {
  @TempDir Path dir;

  private List<Suggestion> suggest(String csv) {
    Path f = Fixtures.write(dir, "s.csv", csv, Fixtures.GB18030);
    try (TableReader r = Fixtures.open(f, new FindingCollector())) {
      return MappingSuggester.of(DataElementCatalogue.builtIn(), Fixtures.domains(),
          Identifiers.standard().withReferenceDate(LocalDate.of(2026, 1, 1))).suggest(r, 1000);
    }
  }

  private static Suggestion col(List<Suggestion> s, String column) {
    return s.stream().filter(x -> x.column().equals(column)).findFirst().orElseThrow();
  }

  @Test
  void exactIdNameAndSynonymAreConfident() {
    List<Suggestion> s = suggest("DE02.01.040.00,姓名,婚姻状况代码(必填),患者电话号码\n1,张三,20,13800138000\n2,李四,10,010-12345678\n");
    Suggestion id = col(s, "DE02.01.040.00");
    assertEquals("DE02.01.040.00", id.chosen());
    assertEquals(1.0, id.candidates().get(0).confidence(), 1e-9);
    assertEquals(List.of("id", "values:1.00"), id.candidates().get(0).evidence());
    Suggestion name = col(s, "姓名");
    assertEquals("DE02.01.039.00", name.chosen());
    assertTrue(name.candidates().get(0).confidence() >= 0.9);
    assertEquals("DE02.01.018.00", col(s, "婚姻状况代码(必填)").chosen(), "decoration in brackets ignored");
    Suggestion phone = col(s, "患者电话号码");
    assertEquals("DE02.01.010.00", phone.chosen());
    assertTrue(phone.candidates().get(0).evidence().get(0).startsWith("synonym:"), phone.toString());
  }

  @Test
  void similarChineseNamesAreProposedWithLowerConfidence() {
    List<Suggestion> s = suggest("病人出生日期,主诉内容\n19800506,头痛3天\n19900101,发热\n");
    Suggestion birth = col(s, "病人出生日期");
    assertEquals("DE02.01.005.01", birth.candidates().get(0).element());
    double c = birth.candidates().get(0).confidence();
    assertTrue(c >= 0.5 && c < 0.95, "confidence " + c);
    assertTrue(birth.candidates().get(0).evidence().get(0).startsWith("similar:出生日期"));
    assertEquals("DE04.01.119.00", col(s, "主诉内容").candidates().get(0).element());
  }

  @Test
  void valuesAloneGiveLowConfidenceCandidates() {
    List<Suggestion> s = suggest("sfzh,xb\n11010519491231002X,1\n440524188001010014,2\n110101199003074477,1\n");
    Suggestion id = col(s, "sfzh");
    assertEquals("DE02.01.030.00", id.candidates().get(0).element());
    assertTrue(id.candidates().get(0).confidence() < MappingSuggester.PROPOSE_AT, "values only: for a person to confirm");
    assertNull(id.chosen());
    assertEquals("DE02.01.040.00", col(s, "xb").candidates().get(0).element(), "1/2 fit GB/T 2261.1");
  }

  @Test
  void valuesThatDoNotFitLowerTheConfidence() {
    List<Suggestion> good = suggest("出生日期\n19800506\n19900101\n");
    List<Suggestion> bad = suggest("出生日期\n1980-05-06\n1990-01-01\n");
    double g = col(good, "出生日期").candidates().get(0).confidence();
    double b = col(bad, "出生日期").candidates().get(0).confidence();
    assertTrue(b < g, g + " vs " + b);
    assertEquals("DE02.01.005.01", col(bad, "出生日期").chosen(), "name still wins, flagged by values:0.00");
  }

  @Test
  void anElementIsProposedForOneColumnOnly() {
    List<Suggestion> s = suggest("姓名,患者姓名\n张三,张三\n");
    long proposed = s.stream().filter(x -> "DE02.01.039.00".equals(x.chosen())).count();
    assertEquals(1, proposed);
    assertEquals("DE02.01.039.00", col(s, "姓名").chosen(), "the exact name wins");
  }

  @Test
  void similarityMeasure() {
    assertEquals(1.0, MappingSuggester.similarity("姓名", "姓名"), 1e-9);
    assertEquals(0.5, MappingSuggester.similarity("姓名", "患者姓名"), 1e-9);
    assertEquals(0.0, MappingSuggester.similarity("体重", "姓名"), 1e-9);
    assertTrue(MappingSuggester.similarity("出生日期时间", "出生日期") > 0.6);
  }
}
