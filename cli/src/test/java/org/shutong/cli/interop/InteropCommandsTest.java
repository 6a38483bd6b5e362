package org.shutong.cli.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.cli.Cli;
import org.shutong.interop.CdaGenerator;
import org.shutong.interop.ReferencePlatform;

class InteropCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void validateCleanDocumentsExitsZeroWithOneRecordPerDocument(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.xml"), CdaGenerator.standard().generate("C0001", 1));
    Files.writeString(dir.resolve("b.XML"), CdaGenerator.standard().generate("C0053", 2));
    Files.writeString(dir.resolve("ignored.txt"), "not a document");
    Cli.Result r = Cli.run("interop", "validate", dir.toString(), "-f", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode j = JSON.readTree(r.out());
    assertEquals("interop validate", j.get("command").asText());
    assertEquals(2, j.get("summary").get("records").asInt());
    assertEquals(2, j.get("documents").size());
    assertEquals("C0053", j.get("documents").get(1).get("docType").asText());
    assertEquals(0, j.get("findings").size());
  }

  @Test
  void validateReportsTheXPathLineAndLayerOfEachProblem(@TempDir Path dir) throws Exception {
    String xml = CdaGenerator.standard().generate("C0004", 1).replace("<realmCode code=\"CN\"/>", "<realmCode code=\"US\"/>");
    Path f = dir.resolve("bad.xml");
    Files.writeString(f, xml);
    Cli.Result r = Cli.run("interop", "validate", f.toString(), "-f", "json");
    assertEquals(1, r.exit(), r.err());
    JsonNode finding = JSON.readTree(r.out()).get("findings").get(0);
    assertEquals("CDA-HDR-REALM", finding.get("ruleId").asText());
    assertEquals("/ClinicalDocument/realmCode/@code", finding.get("field").asText());
    assertEquals("US", finding.get("value").asText());
    assertEquals(3, finding.get("line").asInt());
    assertEquals(1, finding.get("record").asInt());
  }

  @Test
  void malformedDocumentIsAFindingNotAnInputError(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("broken.xml");
    Files.writeString(f, "<ClinicalDocument xmlns=\"urn:hl7-org:v3\">\n<title>");
    Cli.Result r = Cli.run("--lang", "en", "interop", "validate", f.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.out().contains("CDA-XML-MALFORMED") && r.out().contains("not well-formed"), r.out());
  }

  @Test
  void missingInputAndUnknownDocTypeAreUsageErrors(@TempDir Path dir) {
    Cli.Result r = Cli.run("interop", "validate", dir.resolve("nope.xml").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("nope.xml"), r.err());
    r = Cli.run("interop", "validate", "--doc-type", "C0100", dir.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("C0100"), r.err());
  }

  @Test
  void generateWritesAllDocumentTypesThatValidateClean(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("docs");
    Cli.Result r = Cli.run("interop", "generate", "--doc-type", "all", "--out-dir", out.toString());
    assertEquals(0, r.exit(), r.err());
    try (Stream<Path> s = Files.list(out)) {
      assertEquals(53, s.count());
    }
    assertTrue(Files.exists(out.resolve("C0032-0001.xml")));
    r = Cli.run("interop", "validate", out.toString(), "-f", "json", "--fail-on", "warning");
    assertEquals(0, r.exit(), r.out());
    // the same seed gives the same document; refusing to overwrite without --force
    r = Cli.run("interop", "generate", "--doc-type", "C0032", "--out-dir", out.toString());
    assertEquals(2, r.exit());
    r = Cli.run("interop", "generate", "--doc-type", "C0032", "--out-dir", out.toString(), "--force");
    assertEquals(0, r.exit());
  }

  @Test
  void generateToStdoutAndServiceMessages(@TempDir Path dir) {
    Cli.Result r = Cli.run("interop", "generate", "--doc-type", "c0007");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("<title>检验报告</title>"), r.out());
    r = Cli.run("interop", "generate", "--service", "PatientInfoRegister");
    assertTrue(r.out().contains("<PRPA_IN201311UV02"), r.out());
    r = Cli.run("interop", "generate", "--doc-type", "all");
    assertEquals(2, r.exit());
    r = Cli.run("interop", "generate", "--service", "NoSuchService");
    assertEquals(2, r.exit());
  }

  @Test
  void testListsServicesAndNeedsAnEndpoint() {
    Cli.Result r = Cli.run("interop", "test", "--list-services");
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("PatientInfoRegister\t个人信息注册服务\t四级乙等\tPRPA_IN201311UV02"), r.out());
    assertTrue(r.out().contains("DocumentRegister\t电子病历文档注册服务\t三级\tRCMR_IN000002UV02"), r.out());
    r = Cli.run("interop", "test");
    assertEquals(2, r.exit());
    r = Cli.run("interop", "test", "--endpoint", "ftp://x/");
    assertEquals(2, r.exit());
    r = Cli.run("interop", "test", "--dry-run", "--level", "三级");
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("DocumentRegister-T01") && !r.out().contains("PatientInfoRegister-T01"), r.out());
    r = Cli.run("interop", "test", "--dry-run", "--level", "六级");
    assertEquals(2, r.exit());
  }

  @Test
  void testAgainstTheReferencePlatformWritesJsonAndJunit(@TempDir Path dir) throws Exception {
    try (ReferencePlatform p = ReferencePlatform.builder().port(0).start()) {
      Cli.Result r = Cli.run("interop", "test", "--endpoint", p.endpoint().toString(), "--service", "PatientInfoQuery",
          "--service", "DocumentRetrieve", "-f", "json", "--save-dir", dir.resolve("fail").toString());
      assertEquals(0, r.exit(), r.out() + r.err());
      JsonNode j = JSON.readTree(r.out());
      assertEquals(4, j.get("summary").get("records").asInt());
      assertEquals(4, j.get("passed").asInt());
      assertEquals(2, j.get("services").size());
      Path junit = dir.resolve("results.xml");
      r = Cli.run("interop", "test", "--endpoint", p.endpoint().toString(), "--service", "PatientInfoQuery",
          "-f", "junit", "-o", junit.toString());
      assertEquals(0, r.exit(), r.err());
      String xml = Files.readString(junit, StandardCharsets.UTF_8);
      assertTrue(xml.contains("PatientInfoQuery-T01") && xml.contains("failures=\"0\""), xml);
      assertFalse(Files.exists(dir.resolve("fail")));
    }
  }

  @Test
  void aFailingRunExitsOneAndSavesTheExchange(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(plan, """
        name: 自定义计划
        defaults: {binding: soap11, timeout: 5s, retries: 0}
        cases:
          - id: Q-1
            service: PatientInfoQuery
            kind: T
            title: 查询一个不存在的患者却期望 AA
            steps:
              - send:
                  generate: PatientInfoQuery
                  set:
                    //parameterList/id/@extension: nobody-${run}
                expect: [{ack: AA}]
        """);
    try (ReferencePlatform p = ReferencePlatform.builder().port(0).start()) {
      Cli.Result r = Cli.run("interop", "test", "--plan", plan.toString(), "--endpoint", p.endpoint().toString(),
          "--save-dir", dir.resolve("fail").toString(), "-f", "json");
      assertEquals(1, r.exit(), r.out() + r.err());
      JsonNode f = JSON.readTree(r.out()).get("findings").get(0);
      assertEquals("Q-1", f.get("ruleId").asText());
      assertTrue(f.get("message").asText().startsWith("SVC-ACK: "), f.toString());
      assertTrue(Files.exists(dir.resolve("fail/Q-1-step1-request.xml")));
      assertTrue(Files.readString(dir.resolve("fail/Q-1-step1-response.xml")).contains("typeCode=\"AE\""));
    }
  }

  @Test
  void aBrokenPlanIsAUsageErrorNamingTheProblem(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(plan, "cases:\n  - id: X\n    service: PatientInfoQuery\n    steps:\n      - send: {generate: PatientInfoQuery}\n        expect: [{ack: XX}]\n");
    Cli.Result r = Cli.run("interop", "test", "--plan", plan.toString(), "--endpoint", "http://127.0.0.1:9/");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("ack: AA|AE|AR") && r.err().contains("X step 1"), r.err());
    Files.writeString(plan, "cases: [\n");
    r = Cli.run("interop", "test", "--plan", plan.toString(), "--endpoint", "http://127.0.0.1:9/");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("plan.yaml"), r.err());
  }
}
