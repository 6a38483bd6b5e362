package org.shutong.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.i18n.Lang;
import org.shutong.report.FindingCollector;
import org.shutong.report.Report;

class SelfAssessmentTest {
  @TempDir Path dir;

  @Test
  void eachStandardGetsItsFiguresFromTheReports() throws IOException {
    Files.writeString(dir.resolve("c.json"), MachineEvidenceTest.conform("患者基本信息子集", 1.0, 1.0));
    Files.writeString(dir.resolve("v.json"), MachineEvidenceTest.validate("C0001:0", "C0006:1"));
    Files.writeString(dir.resolve("t.json"), MachineEvidenceTest.test("PatientInfoRegister:PASS"));
    Files.writeString(dir.resolve("f.json"), MachineEvidenceTest.firstpage(97.0));
    Files.writeString(dir.resolve("code.json"), """
        {"tool": "shutong", "version": "0.1.0", "command": "code validate", "inputs": [], "summary": {},
         "findings": [], "system": "icd10-gb-clinical-2.0",
         "counts": {"valid": 95, "normalized": 3, "notLeaf": 1, "unknown": 1, "ambiguous": 0, "malformed": 0, "emptySkipped": 7}}
        """);
    FindingCollector c = new FindingCollector();
    SelfAssessment.Result r = SelfAssessment.run(List.of(dir),
        new MachineEvidence.Options(java.time.Instant.now(), Duration.ofDays(3650)), Lang.ZH, c);
    Map<String, SelfAssessment.StandardResult> by = r.standards().stream()
        .collect(Collectors.toMap(SelfAssessment.StandardResult::id, s -> s));
    assertEquals("partial", by.get("WST500").status());
    assertEquals(2, by.get("WST500").checked());
    assertEquals(1, by.get("WST500").conforming());
    assertEquals("conforms", by.get("WS445").status());
    assertEquals(2400, by.get("WS363").checked());
    assertEquals(2397, by.get("WS363").conforming());
    assertEquals(1200, by.get("WS364").checked(), "only the element with a checked value domain");
    assertEquals("conforms", by.get("WS364").status());
    assertEquals("conforms", by.get("SERVICES").status());
    assertEquals(480, by.get("FIRSTPAGE").conforming());
    assertEquals("partial", by.get("ICD10").status());
    assertEquals(100, by.get("ICD10").checked());
    assertEquals("no-evidence", by.get("ICD9CM3").status());
    assertEquals("no-evidence", by.get("TERMS").status());
    assertTrue(by.get("ICD10").figures().contains("95/100"), by.get("ICD10").figures());
    Report rep = SelfAssessment.report(r, Lang.ZH, c);
    assertEquals(9, ((List<?>) rep.extras().get("standards")).size());
    assertEquals("standards", rep.tables().get(0).id());
  }
}
