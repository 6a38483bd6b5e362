package org.shutong.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.i18n.Lang;
import org.shutong.io.ReadOptions;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;
import org.shutong.report.Severity;

class TableVerifierTest {
  @TempDir Path dir;
  private final DiseaseNames names = DiseaseNames.bundled(NotifiableCatalogue.bundled());

  static String published() throws IOException {
    try (InputStream in = TableVerifierTest.class.getResourceAsStream("notifiable-2022-11-published.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private TableVerifier.Result verify(String content, FindingCollector fc) throws IOException {
    return verify(content, fc, StandardCharsets.UTF_8);
  }

  private TableVerifier.Result verify(String content, FindingCollector fc, Charset cs) throws IOException {
    Path f = dir.resolve("t.csv");
    Files.write(f, content.getBytes(cs));
    return TableVerifier.verify(f, names, ReadOptions.defaults().withProblems(fc));
  }

  @Test
  void thePublishedNovember2022TableVerifiesClean() throws IOException {
    FindingCollector fc = new FindingCollector();
    TableVerifier.Result r = verify(published(), fc);
    assertEquals(List.of(), fc.findings());
    assertEquals(49, r.rows().size());
    // 2 columns x (hepatitis, A+B subtotal, C subtotal, total)
    assertEquals(8, r.checks());
    assertEquals(0, r.mismatches());
    TableVerifier.VerifiedRow aids = r.rows().get(5);
    assertEquals("艾滋病*", aids.label());
    assertEquals("aids", aids.id());
    assertEquals(4299L, aids.cases());
    assertEquals(1458L, aids.deaths());
  }

  @Test
  void alsoInGb18030AsTablesAreOftenSaved() throws IOException {
    FindingCollector fc = new FindingCollector();
    TableVerifier.Result r = verify(published(), fc, Charset.forName("GB18030"));
    assertEquals(0, r.mismatches());
    assertEquals(0, fc.count(Severity.ERROR));
  }

  @Test
  void aHepatitisTypeOffByOneIsFoundOnTheHepatitisRow() throws IOException {
    FindingCollector fc = new FindingCollector();
    TableVerifier.Result r = verify(published().replace("乙型肝炎,86371,32", "乙型肝炎,86372,32"), fc);
    // the hepatitis sum and, since 病毒性肝炎 itself is unchanged, nothing else
    assertEquals(1, r.mismatches());
    Finding f = fc.findings().get(0);
    assertEquals("STATS-VERIFY-GROUP", f.ruleId());
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(7, f.record());
    assertEquals(8, f.line());
    assertEquals("发病数", f.field());
    assertEquals("104438", f.value());
    assertTrue(f.message().contains("104439"), f.message());
  }

  @Test
  void aSubtotalMismatchIsFoundInTheDeathsColumn() throws IOException {
    FindingCollector fc = new FindingCollector();
    verify(published().replace("丙类传染病合计,195072,0", "丙类传染病合计,195072,2"), fc);
    List<String> rules = fc.findings().stream().map(f -> f.ruleId() + "/" + f.field() + "/" + f.record())
        .collect(Collectors.toList());
    // the C subtotal is wrong; and the grand total no longer equals A+B plus C
    assertEquals(List.of("STATS-VERIFY-SUBTOTAL/死亡数/38", "STATS-VERIFY-TOTAL/死亡数/1"), rules);
  }

  @Test
  void aDiseaseChangeBreaksItsClassSubtotal() throws IOException {
    FindingCollector fc = new FindingCollector();
    verify(published().replace("梅毒,35152,3", "梅毒,35150,3"), fc);
    assertEquals(1, fc.findings().size(), fc.findings().toString());
    Finding f = fc.findings().get(0);
    assertEquals("STATS-VERIFY-SUBTOTAL", f.ruleId());
    assertEquals(2, f.record());
    assertTrue(f.message().contains("272899"), f.message());
  }

  @Test
  void aWrongGrandTotalIsFound() throws IOException {
    FindingCollector fc = new FindingCollector();
    verify(published().replace("甲乙丙类总计,467973,1870", "甲乙丙类总计,467937,1870"), fc);
    assertEquals(1, fc.findings().size());
    assertEquals("STATS-VERIFY-TOTAL", fc.findings().get(0).ruleId());
    assertEquals("467937", fc.findings().get(0).value());
  }

  @Test
  void garbageNumbersUnknownAndRepeatedRowsAreFindings() throws IOException {
    String t = published().replace("麻疹,82,0", "麻疹,8二,0").replace("风疹,120,0", "风疹,120,0\n水痘,10,0")
        .replace("白喉,0,0", "白喉,0,0\n白喉,0,0");
    FindingCollector fc = new FindingCollector();
    TableVerifier.Result r = verify(t, fc);
    List<String> rules = fc.findings().stream().map(Finding::ruleId).distinct().sorted().toList();
    assertEquals(List.of("STATS-VERIFY-NUMBER", "STATS-VERIFY-ROW"), rules);
    // with 麻疹 unreadable the A+B sums cannot be checked, so no false mismatch is reported
    assertEquals(0, r.mismatches());
  }

  @Test
  void thousandsSeparatorsAndEnglishHeadersAreAccepted() throws IOException {
    String t = published().replace("病名,发病数,死亡数***", "disease,cases,deaths")
        .replace("甲乙丙类总计,467973,1870", "甲乙丙类总计,\"467,973\",\"1,870\"");
    FindingCollector fc = new FindingCollector();
    TableVerifier.Result r = verify(t, fc);
    assertEquals(0, fc.findings().size(), fc.findings().toString());
    assertEquals(8, r.checks());
  }

  @Test
  void missingColumnsAreOneFinding() throws IOException {
    FindingCollector fc = new FindingCollector();
    TableVerifier.Result r = verify("名称,数量\n鼠疫,0\n", fc);
    assertEquals(1, fc.findings().size());
    assertEquals("STATS-VERIFY-COLUMNS", fc.findings().get(0).ruleId());
    assertEquals(0, r.checks());
  }

  @Test
  void messagesInEnglish() throws IOException {
    FindingCollector fc = new FindingCollector();
    Path f = dir.resolve("t.csv");
    Files.writeString(f, published().replace("甲乙丙类总计,467973,1870", "甲乙丙类总计,467974,1870"));
    TableVerifier.verify(f, names, ReadOptions.defaults().withProblems(fc).withLang(Lang.EN));
    assertTrue(fc.findings().get(0).message().contains("difference +1"), fc.findings().get(0).message());
  }
}
