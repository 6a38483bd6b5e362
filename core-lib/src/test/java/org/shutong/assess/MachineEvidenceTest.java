package org.shutong.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.assess.Answer.Conformity;
import org.shutong.i18n.Lang;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;
import org.shutong.report.Severity;

/** Reports shaped as the other commands document them (docs/conform.md, docs/interop.md, docs/firstpage.md). */
class MachineEvidenceTest {
  static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");

  @TempDir Path dir;

  private final AssessmentModel h = Evidence.hospital();

  static String conform(String dataset, double score, double coverage) {
    return """
        {"tool": "shutong", "version": "0.1.0", "command": "conform check",
         "inputs": [{"path": "extract.csv", "records": 1200, "encoding": "UTF-8"}],
         "summary": {"records": 1200, "recordsWithErrors": 3, "error": 3, "warning": 0, "info": 0},
         "findings": [],
         "conformance": {"schema": "shutong.conformance/1", "file": "extract.csv", "records": 1200,
           "mapping": "m.yaml",
           "elements": [{"element": "DE02.01.039.00", "nonEmpty": 1200, "conforming": 1197, "valueDomain": null, "domainChecked": false},
                        {"element": "DE02.01.040.00", "nonEmpty": 1200, "conforming": 1200, "valueDomain": "GB/T 2261.1", "domainChecked": true}],
           "dataset": {"name": "%s", "score": %s, "coverage": %s}}}
        """.formatted(dataset, score, coverage);
  }

  static String validate(String... docs) {
    StringBuilder sb = new StringBuilder();
    for (String d : docs) {
      String[] f = d.split(":", -1);
      sb.append(sb.length() > 0 ? "," : "").append("{\"file\": \"").append(f[0]).append(".xml\", \"docType\": \"")
          .append(f[0]).append("\", \"wellFormed\": true, \"schemaChecked\": true, \"errors\": ").append(f[1])
          .append(", \"warnings\": 0}");
    }
    return "{\"tool\": \"shutong\", \"version\": \"0.1.0\", \"command\": \"interop validate\", \"inputs\": [],"
        + " \"summary\": {\"records\": 3, \"recordsWithErrors\": 0, \"error\": 0, \"warning\": 0, \"info\": 0},"
        + " \"findings\": [], \"documents\": [" + sb + "], \"notes\": []}";
  }

  static String test(String... cases) {
    StringBuilder sb = new StringBuilder();
    int i = 1;
    for (String c : cases) {
      String[] f = c.split(":", -1);
      sb.append(sb.length() > 0 ? "," : "").append("{\"index\": ").append(i++).append(", \"id\": \"").append(f[0])
          .append("-T01\", \"service\": \"").append(f[0]).append("\", \"status\": \"").append(f[1]).append("\"}");
    }
    return "{\"tool\": \"shutong\", \"version\": \"0.1.0\", \"command\": \"interop test\", \"inputs\": [],"
        + " \"summary\": {\"records\": 2, \"recordsWithErrors\": 0, \"error\": 0, \"warning\": 0, \"info\": 0},"
        + " \"findings\": [], \"cases\": [" + sb + "]}";
  }

  static String firstpage(Double completeness) {
    return """
        {"tool": "shutong", "version": "0.1.0", "command": "firstpage check", "inputs": [],
         "summary": {"records": 500, "recordsWithErrors": 20, "error": 31, "warning": 4, "info": 0},
         "findings": [],
         "quality": {"meanScore": 96.4},
         "indicators": [{"id": "completeness-records", "name": "首页必填项目完整的病案比例", "value": 91.0},
                        {"id": "completeness-items", "name": "首页必填项目完整率", "value": %s}]}
        """.formatted(completeness == null ? "null" : completeness.toString());
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content);
    Files.setLastModifiedTime(p, FileTime.from(NOW.minus(Duration.ofDays(3))));
    return p;
  }

  private MachineEvidence.Result read(AssessmentModel m, FindingCollector c) {
    return MachineEvidence.read(List.of(dir), m, new MachineEvidence.Options(NOW, Duration.ofDays(90)), Lang.ZH, c);
  }

  @BeforeEach
  void clean() throws IOException {
    try (var s = Files.list(dir)) {
      for (Path p : s.toList()) {
        Files.delete(p);
      }
    }
  }

  @Test
  void reportsProveTheItemsTheyTest() throws IOException {
    write("c1.json", conform("患者基本信息子集", 1.0, 1.0));
    write("c2.json", conform("住院病案首页", 0.97, 1.0));
    write("v.json", validate("C0001:0", "C0001:0", "C0006:2"));
    write("t.json", test("PatientInfoRegister:PASS", "DocumentRegiste:PASS", "DocumentRegiste:FAIL"));
    FindingCollector c = new FindingCollector();
    MachineEvidence.Result r = read(h, c);
    assertEquals(List.of(), c.findings());
    assertEquals(Conformity.FULL, r.answers().get("2.1.1.1").conformity());
    assertEquals(Conformity.PARTIAL, r.answers().get("2.1.10.1").conformity(), "score < 1, coverage > 0");
    assertEquals(Conformity.FULL, r.answers().get("2.2.1.1").conformity());
    assertEquals("2/2 通过", r.answers().get("2.2.1.1").raw());
    assertEquals(Conformity.PARTIAL, r.answers().get("2.2.6.1").conformity());
    assertEquals(Conformity.FULL, r.answers().get("3.2.2.1").conformity());
    assertEquals(Conformity.PARTIAL, r.answers().get("3.2.1.1").conformity(), "one of two cases failed");
    assertEquals(4, r.reports().size());
    assertEquals(List.of("2.1.1.1"), r.reports().get(0).items());
    assertEquals(3, r.reports().get(0).ageDays());
  }

  @Test
  void reportsFromOtherToolsOrCommandsOrNotJsonAreRejected() throws IOException {
    write("a.json", "{\"tool\": \"other\", \"command\": \"conform check\"}");
    write("b.json", "{\"tool\": \"shutong\", \"command\": \"inspect\", \"summary\": {}}");
    write("c.json", "{\"tool\": \"shutong\", \"command\": ");
    write("d.json", "[1, 2]");
    FindingCollector c = new FindingCollector();
    MachineEvidence.Result r = read(h, c);
    assertTrue(r.answers().isEmpty());
    assertTrue(r.reports().isEmpty());
    assertEquals(List.of(AssessRules.REPORT_FOREIGN, AssessRules.REPORT_COMMAND, AssessRules.REPORT_NOT_JSON,
        AssessRules.REPORT_NOT_JSON), c.findings().stream().map(Finding::ruleId).toList());
    assertTrue(c.findings().stream().allMatch(f -> f.severity() == Severity.ERROR));
    assertTrue(c.findings().get(0).message().contains("other"), c.findings().get(0).message());
    assertEquals(dir.resolve("a.json").toString(), c.findings().get(0).file());
  }

  @Test
  void anOldReportIsFlaggedAndStillUsed() throws IOException {
    Path p = write("v.json", validate("C0002:0"));
    Files.setLastModifiedTime(p, FileTime.from(NOW.minus(Duration.ofDays(200))));
    FindingCollector c = new FindingCollector();
    MachineEvidence.Result r = read(h, c);
    Finding f = c.findings().get(0);
    assertEquals(AssessRules.REPORT_STALE, f.ruleId());
    assertEquals(Severity.WARNING, f.severity());
    assertTrue(f.message().contains("200") && f.message().contains("90"), f.message());
    assertEquals(Conformity.FULL, r.answers().get("2.2.2.1").conformity());
    assertTrue(r.reports().get(0).stale());
  }

  @Test
  void aGeneratedKeyDatesTheReportInsteadOfTheFile() throws IOException {
    write("v.json", validate("C0002:0").replace("\"inputs\"", "\"generated\": \"2025-01-01T00:00:00Z\", \"inputs\""));
    FindingCollector c = new FindingCollector();
    read(h, c);
    assertEquals(AssessRules.REPORT_STALE, c.findings().get(0).ruleId());
  }

  @Test
  void aReportWithoutTheDocumentedKeyIsAShapeFinding() throws IOException {
    write("v.json", "{\"tool\": \"shutong\", \"command\": \"interop validate\", \"summary\": {}}");
    FindingCollector c = new FindingCollector();
    MachineEvidence.Result r = read(h, c);
    assertEquals(AssessRules.REPORT_SHAPE, c.findings().get(0).ruleId());
    assertTrue(r.answers().isEmpty());
  }

  @Test
  void aDataSetNamedLikeNoSubsetIsReportedNotGuessed() throws IOException {
    write("c.json", conform("出院记录", 1.0, 1.0).replace("出院记录", "我的数据集"));
    FindingCollector c = new FindingCollector();
    MachineEvidence.Result r = read(h, c);
    assertTrue(r.answers().isEmpty());
    assertEquals(AssessRules.REPORT_UNUSED, c.findings().get(0).ruleId());
    assertEquals("我的数据集", c.findings().get(0).value());
    // 出院记录子集 must not match 24h内入出院记录子集
    write("c.json", conform("出院记录子集", 1.0, 1.0));
    r = read(h, new FindingCollector());
    assertEquals(List.of("2.1.13.13"), List.copyOf(r.answers().keySet()));
  }

  @Test
  void machineEvidenceReplacesTheWorkbookAndSaysSoWhenTheyDisagree() throws IOException {
    write("v.json", validate("C0001:3"));
    FindingCollector c = new FindingCollector();
    MachineEvidence.Result r = read(h, c);
    Map<String, Answer> wb = Map.of("2.2.1.1", new Answer("2.2.1.1", Conformity.FULL, null, null, null, null, null,
        null, "完全符合", "自评", "doc.pdf", "e.xlsx!评价项目 第 60 行"));
    Map<String, Answer> merged = MachineEvidence.merge(h, wb, r, Lang.ZH, c);
    assertEquals(Conformity.PARTIAL, merged.get("2.2.1.1").conformity());
    assertEquals("自评", merged.get("2.2.1.1").comment(), "the evaluator's comment is kept");
    Finding f = c.findings().get(0);
    assertEquals(AssessRules.EVIDENCE_CONFLICT, f.ruleId());
    assertEquals("2.2.1.1", f.field());
  }

  @Test
  void firstPageCompletenessFillsEmrDataQualityTheWorkbookLeftEmpty() throws IOException {
    AssessmentModel e = Evidence.emr();
    write("f.json", firstpage(97.0));
    FindingCollector c = new FindingCollector();
    MachineEvidence.Result r = read(e, c);
    assertEquals(0.97, r.answers().get("01.06").dataQuality(), 1e-9);
    Map<String, Answer> wb = Map.of(
        "01.06", new Answer("01.06", null, null, null, null, 4, 0.95, null, "4", null, null, "wb"),
        "10.01", new Answer("10.01", null, null, null, null, 4, null, 0.6, "4", null, null, "wb"));
    Map<String, Answer> merged = MachineEvidence.merge(e, wb, r, Lang.ZH, c);
    assertEquals(0.97, merged.get("01.06").dataQuality(), 1e-9);
    assertEquals(4, merged.get("01.06").function());
    assertEquals(0.6, merged.get("10.01").dataQuality(), 1e-9, "the workbook's own index is kept");
    assertEquals(AssessRules.EVIDENCE_CONFLICT, c.findings().get(0).ruleId());

    write("f.json", firstpage(null));
    c = new FindingCollector();
    r = read(e, c);
    assertNull(r.answers().get("01.06"));
    assertEquals(AssessRules.REPORT_UNUSED, c.findings().get(0).ruleId());
  }

  @Test
  void aReportOfAnotherKindIsNotUsedForThisModel() throws IOException {
    write("f.json", firstpage(97.0));
    FindingCollector c = new FindingCollector();
    MachineEvidence.Result r = read(h, c);
    assertTrue(r.answers().isEmpty());
    assertEquals(Severity.INFO, c.findings().get(0).severity());
    assertFalse(r.reports().isEmpty());
  }
}
