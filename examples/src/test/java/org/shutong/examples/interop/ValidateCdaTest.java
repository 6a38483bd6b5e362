package org.shutong.examples.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shutong.interop.CdaResult;
import org.shutong.io.InputException;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;

/** The generated 西药处方 passes all five layers; each defect of the faulty copy is found where it is. */
class ValidateCdaTest {
  private static final Path DIR = Path.of("interop");

  @Test
  void generatedAndExampleDocumentsAreClean() {
    FindingCollector f = new FindingCollector();
    CdaResult generated = ValidateCda.validate(ValidateCda.generate("C0004", 1), "C0004", f);
    assertEquals("C0004", generated.docType());
    assertTrue(generated.wellFormed() && generated.schemaChecked());
    CdaResult file = ValidateCda.validate(DIR.resolve("西药处方-C0004.xml"), f);
    assertTrue(file.schemaChecked());
    assertEquals(List.of(), f.findings());
    assertArrayEquals(ValidateCda.generate("C0004", 1), ValidateCda.generate("C0004", 1));
  }

  @Test
  void eachDefectIsReportedWithItsXPathAndLine() throws IOException {
    FindingCollector f = new FindingCollector();
    CdaResult r = ValidateCda.validate(DIR.resolve("西药处方-C0004-有错误.xml"), f);
    assertFalse(r.valid());
    Map<String, Finding> byRule = f.findings().stream()
        .filter(x -> !x.ruleId().startsWith("CDA-XSD-"))
        .collect(Collectors.toMap(Finding::ruleId, x -> x));
    assertEquals(Map.of(
        "CDA-HDR-TITLE", "/ClinicalDocument/title",
        "CDA-HDR-EFFECTIVETIME", "/ClinicalDocument/effectiveTime/@value",
        "CDA-HDR-TIME", "/ClinicalDocument/effectiveTime/@value",
        "CDA-HDR-RESIDENT-ID", "/ClinicalDocument/recordTarget/patientRole/patient/id/@extension",
        "CDA-VS-CODE", "/ClinicalDocument/recordTarget/patientRole/patient/administrativeGenderCode/@code"),
        byRule.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().field())));
    List<String> lines = Files.readAllLines(DIR.resolve("西药处方-C0004-有错误.xml"));
    for (Finding x : f.findings()) {
      // the line of every finding holds the faulty value (or the element, for XSD findings)
      String line = lines.get((int) x.line() - 1);
      String local = x.field().replaceAll(".*/", "").replace("@", "");
      assertTrue(x.value() == null ? line.contains("<" + local) : line.contains(x.value()), x + " vs " + line);
    }
    assertTrue(f.findings().stream().allMatch(x -> x.ruleId().startsWith("CDA-XSD-") || byRule.containsKey(x.ruleId())));
  }

  @Test
  void aMissingFileIsAnInputErrorNamingIt() {
    InputException e = assertThrows(InputException.class,
        () -> ValidateCda.validate(DIR.resolve("不存在.xml"), new FindingCollector()));
    assertTrue(e.getMessage().contains("不存在.xml"), e.getMessage());
  }
}
