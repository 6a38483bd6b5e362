package org.shutong.examples.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shutong.coding.BatchMapping;
import org.shutong.coding.BatchValidation;
import org.shutong.coding.Change;
import org.shutong.coding.CheckStatus;
import org.shutong.coding.CodeCheck;
import org.shutong.coding.CodeInfo;
import org.shutong.coding.CrosswalkService;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;

/** The coding example does what docs/coding.md says, on the example files of examples/coding. */
class CodingExampleTest {
  private static final Path DIR = Path.of("coding");

  @Test
  void aCodeTypedSloppilyIsNormalisedAndLookedUp() {
    CodeCheck c = CodingExample.validate("i21 .900");
    assertEquals(CheckStatus.VALID, c.status());
    assertEquals("I21.900", c.code());
    assertEquals(Set.of(Change.CASE, Change.SPACES), c.changes());
    assertEquals(CheckStatus.NOT_LEAF, CodingExample.validate("I21.9").status());
    CodeInfo info = CodingExample.lookup("I21.900");
    assertEquals("急性心肌梗死", info.name());
    assertEquals("IX", info.chapter().number());
    assertEquals("I21", info.category().code());
  }

  @Test
  void searchFindsAcuteMyocardialInfarctionByAbbreviationAndPinyinInitials() {
    assertEquals("I21.900", CodingExample.search("急性心梗", 5).get(0).code());
    assertEquals("I21.900", CodingExample.search("jxxjgs", 5).get(0).code());
  }

  @Test
  void theCodeFileGetsOneFindingPerProblemLine() {
    FindingCollector findings = new FindingCollector();
    BatchValidation.Result r = CodingExample.validateFile(DIR.resolve("诊断编码.txt"), null, findings);
    assertEquals(10, r.records());
    assertEquals(3, r.counts().valid());
    assertEquals(4, r.counts().normalized());
    Map<Long, String> byLine = findings.findings().stream().collect(Collectors.toMap(Finding::line, Finding::ruleId));
    assertEquals(Map.of(2L, BatchValidation.NORMALIZED, 3L, BatchValidation.NORMALIZED, 4L, BatchValidation.NORMALIZED,
        5L, BatchValidation.NORMALIZED, 6L, BatchValidation.NOT_LEAF, 7L, BatchValidation.UNKNOWN,
        9L, BatchValidation.MALFORMED), byLine);
  }

  @Test
  void everyClinicalCodeOfTheExampleMapsToAValidInsuranceCode() {
    BatchMapping.Result r = CodingExample.crosswalk(DIR.resolve("国临版诊断.csv"), "出院主要诊断编码", new FindingCollector());
    assertEquals(10, r.mappings().size());
    for (BatchMapping.Mapped m : r.mappings()) {
      CrosswalkService.MapResult x = m.result();
      assertEquals(CrosswalkService.Status.MAPPED, x.status(), x.input());
      assertEquals(CheckStatus.VALID, CodingExample.validate(x.targets().get(0)).status(), x.targets().toString());
      if (!x.targets().get(0).equals(x.input())) {
        // a 国临版 extension code is not a 医保版 code: uploading it unmapped would be refused
        assertFalse(CodingExample.validate(x.input()).status() == CheckStatus.VALID, x.input());
      }
    }
    assertTrue(r.mappings().stream().anyMatch(m -> m.result().input().equals("I10.x00x021")
        && m.result().targets().equals(java.util.List.of("I10.x03"))));
  }
}
