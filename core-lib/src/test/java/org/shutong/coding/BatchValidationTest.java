package org.shutong.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.i18n.Lang;
import org.shutong.io.ReadOptions;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;

/** The messages of {@code shutong code validate} for codes that are not leaf codes. */
class BatchValidationTest {
  @TempDir Path dir;

  private List<Finding> validate(String lines, Lang lang) throws IOException {
    Path f = dir.resolve("codes.txt");
    Files.writeString(f, lines, StandardCharsets.UTF_8);
    FindingCollector findings = new FindingCollector();
    BatchValidation.run(Coding.bundled().system("icd10-nhsa-2.0"), f, null, ReadOptions.defaults().withLang(lang),
        findings, 10);
    return findings.findings();
  }

  @Test
  void aCategoryNamesLeafCodesUnderIt() throws IOException {
    Finding f = validate("I21.9\n", Lang.ZH).get(0);
    assertEquals("CODE-NOT-LEAF", f.ruleId());
    assertTrue(f.message().startsWith("I21.9 未特指的急性心肌梗死 是类目/亚目"), f.message());
    assertTrue(f.message().contains("如 I21.900"), f.message());
  }

  /** G01* alone: the table has it only inside dagger-asterisk pairs, so there is no leaf to offer. */
  @Test
  void anAsteriskCodeAloneSaysToWriteThePairNotAnEmptyExampleList() throws IOException {
    Finding zh = validate("G01*\n", Lang.ZH).get(0);
    assertEquals("CODE-NOT-LEAF", zh.ruleId());
    assertTrue(zh.message().contains("星号") && zh.message().contains("+G01*"), zh.message());
    assertFalse(zh.message().endsWith("如 "), zh.message());
    Finding en = validate("G01*\n", Lang.EN).get(0);
    assertTrue(en.message().contains("asterisk") && en.message().contains("+G01*"), en.message());
  }
}
