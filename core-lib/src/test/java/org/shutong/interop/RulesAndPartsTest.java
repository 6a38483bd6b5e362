package org.shutong.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.Processor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.i18n.Lang;
import org.shutong.io.InputException;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;
import org.shutong.report.Severity;

/** User rule files, HL7 time values, SOAP forms, value sets and test-plan loading. */
class RulesAndPartsTest {
  private static List<Finding> validate(CdaValidator v, String xml) {
    FindingCollector c = new FindingCollector();
    v.validate(xml.getBytes(StandardCharsets.UTF_8), "x.xml", null, c);
    return c.findings();
  }

  @Test
  void aUserRuleFileAddsRulesAndOverridesBundledOnes(@TempDir Path dir) throws Exception {
    Path rules = dir.resolve("local.yaml");
    Files.writeString(rules, """
        rules:
          - id: LOCAL-AUTHOR-NAME
            severity: warning
            context: /ClinicalDocument/author/assignedAuthor/assignedPerson
            test: normalize-space(name) != '测试人员'
            at: name
            message: {zh: "作者姓名不应为占位值“{0}”", en: "author name is a placeholder: {0}"}
            source: 本院规则
            docTypes: [C0001]
          - id: CDA-HDR-REALM
            severity: info
            context: /ClinicalDocument
            test: "false()"
            message: {zh: "覆盖后的规则"}
        """);
    CdaValidator v = CdaValidator.builder().rules(rules).build();
    List<Finding> fs = validate(v, CdaGenerator.standard().generate("C0001", 1));
    Finding local = fs.stream().filter(f -> f.ruleId().equals("LOCAL-AUTHOR-NAME")).findFirst().orElseThrow();
    assertEquals(Severity.WARNING, local.severity());
    assertEquals("/ClinicalDocument/author/assignedAuthor/assignedPerson/name", local.field());
    assertTrue(local.message().contains("测试人员"));
    Finding realm = fs.stream().filter(f -> f.ruleId().equals("CDA-HDR-REALM")).findFirst().orElseThrow();
    assertEquals(Severity.INFO, realm.severity());
    // docTypes limits the rule
    assertTrue(validate(v, CdaGenerator.standard().generate("C0004", 1)).stream()
        .noneMatch(f -> f.ruleId().equals("LOCAL-AUTHOR-NAME")));
  }

  @Test
  void aBrokenRuleFileIsAnInputErrorNamingTheRule(@TempDir Path dir) throws Exception {
    Path rules = dir.resolve("bad.yaml");
    Files.writeString(rules, "rules:\n  - id: BAD\n    context: /ClinicalDocument[\n    test: 'true()'\n    message: {zh: x}\n");
    InputException e = assertThrows(InputException.class, () -> CdaValidator.builder().rules(rules).build());
    assertTrue(e.getMessage().contains("BAD"), e.getMessage());
    Files.writeString(rules, "rules:\n  - id: X\n    contxt: /\n");
    e = assertThrows(InputException.class, () -> CdaValidator.builder().rules(rules).build());
    assertTrue(e.getMessage().contains("bad.yaml"), e.getMessage());
  }

  @Test
  void hl7TimesAreCheckedForForm() {
    assertEquals(14, HlTime.precision("20240229235959"));
    assertEquals(8, HlTime.precision("20240229"));
    assertEquals(4, HlTime.precision("2024"));
    assertEquals(14, HlTime.precision("20240315093000+0800"));
    assertEquals(0, HlTime.precision("20230229"));
    assertEquals(0, HlTime.precision("20241301"));
    assertEquals(0, HlTime.precision("20240315246000"));
    assertEquals(0, HlTime.precision("2024-03-15"));
    assertEquals(0, HlTime.precision(""));
    assertFalse(HlTime.valid(null));
  }

  @Test
  void titlesCompareIgnoringBracketsTheStandardWritesInSome() {
    assertTrue(Functions.sameTitle("门（急）诊病历", "门急诊病历"));
    assertTrue(Functions.sameTitle(" 病危(重)通知书 ", "病危重通知书"));
    assertFalse(Functions.sameTitle("出院记录", "出院小结"));
    assertFalse(Functions.sameTitle("", ""));
    assertTrue(Functions.sameTitle("门（急）诊\u3000病历", "门急诊病历"), "ideographic space");
    assertFalse(Functions.sameTitle("（）", "()"), "brackets alone are no title");
  }

  @Test
  void valueSetsComeFromTheBundledNationalTables() {
    ValueSets v = ValueSets.standard();
    assertEquals(new ValueSets.Lookup(ValueSets.Status.FOUND, "女性"), v.lookup("GB/T 2261.1", "2"));
    assertEquals(ValueSets.Status.NOT_FOUND, v.lookup("GB/T 2261.1", "3").status());
    assertEquals(ValueSets.Status.FOUND, v.lookup("ICD-10", "I10.x00").status());
    assertEquals(ValueSets.Status.NOT_FOUND, v.lookup("ICD-10", "I10.x99").status());
    assertEquals(ValueSets.Status.FOUND, v.lookup("ICD-9-CM-3", "47.0900").status());
    assertEquals(ValueSets.Status.FOUND, v.lookup("GB/T 2659", "CHN").status());
    // numeric GB/T 2659 codes are not in the bundled (alpha-3) table: not checked rather than wrong
    assertEquals(ValueSets.Status.UNKNOWN_TABLE, v.lookup("GB/T 2659", "156").status());
    assertEquals(ValueSets.Status.UNKNOWN_TABLE, v.lookup("WS 999", "1").status());
    assertEquals(ValueSets.Status.UNKNOWN_TABLE, ValueSets.none().lookup("GB/T 2261.1", "1").status());
    ValueSets own = ValueSets.of(Map.of("GB/T 2261.1", Map.of("1", "男性")));
    assertEquals(ValueSets.Status.NOT_FOUND, own.lookup("GB/T 2261.1", "2").status());
  }

  @Test
  void residentIdsAreCheckedByGb11643() {
    assertTrue(ResidentIdCheck.standard().isValid("11010519491231002X"));
    assertFalse(ResidentIdCheck.standard().isValid("110105194912310021"));
    assertTrue(ResidentIdCheck.formatOnly().isValid("110105194912310021"));
    assertFalse(ResidentIdCheck.formatOnly().checksDigit());
    CdaValidator loose = CdaValidator.builder().valueSets(ValueSets.none()).residentIds(ResidentIdCheck.formatOnly()).build();
    assertEquals(2, loose.notes().size());
    assertTrue(CdaValidator.builder().build().notes().isEmpty());
  }

  @Test
  void soapFormsRoundTrip() {
    Processor p = new Processor(false);
    String msg = MessageGenerator.standard().generate("PatientInfoQuery", 1);
    for (Soap.Binding b : Soap.Binding.values()) {
      for (Soap.Operation op : new Soap.Operation[] {null,
          new Soap.Operation("HIPMessageServer", "urn:hl7-org:v3", "action", "message")}) {
        String wrapped = Soap.wrap(msg, b, "PatientInfoQuery", op);
        Map<String, String> h = Soap.headers(b, "PatientInfoQuery");
        Soap.Incoming in = Soap.unwrap(p, wrapped.getBytes(StandardCharsets.UTF_8), h.get("Content-Type"),
            h.get("SOAPAction"), Lang.ZH);
        assertNull(in.problem(), b + " " + op);
        assertTrue(new String(in.message(), StandardCharsets.UTF_8).contains("<parameterList>"), b + " " + op);
        assertEquals(op == null && b == Soap.Binding.POST ? Soap.Binding.POST : b, in.binding());
        // a plain POST of the bare message names no service (the URL does)
        assertEquals(op == null && b == Soap.Binding.POST ? null : "PatientInfoQuery", in.action(), b + " " + op);
      }
    }
    assertEquals("PatientInfoRegister", Soap.normalizeAction("\"urn:hl7-org:v3/PatientInfoRegister\""));
    assertEquals("X", Soap.actionOf(null, "application/soap+xml; charset=utf-8; action=\"urn:x#X\""));
    Soap.Incoming fault = Soap.unwrap(p, Soap.fault(Soap.Binding.SOAP11, true, "坏了").getBytes(StandardCharsets.UTF_8),
        null, null, Lang.ZH);
    assertTrue(fault.fault().contains("坏了"));
  }

  @Test
  void plansAreCheckedWhenLoaded(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("p.yaml");
    Files.writeString(plan, "cases:\n  - id: A\n    service: PatientInfoQuery\n    steps:\n"
        + "      - send: {generate: PatientInfoQuery, sample: x.xml}\n");
    InputException e = assertThrows(InputException.class, () -> TestPlan.load(plan, Lang.ZH));
    assertTrue(e.getMessage().contains("A step 1"), e.getMessage());
    Files.writeString(plan, "cases:\n  - id: A\n    service: PatientInfoQuery\n    steps:\n"
        + "      - send: {generate: PatientInfoQuery}\n        expect: [{xpath: '//[', exists: true}]\n");
    e = assertThrows(InputException.class, () -> TestPlan.load(plan, Lang.EN));
    assertTrue(e.getMessage().contains("//["), e.getMessage());
    Files.writeString(plan, "defaults: {timeout: soon}\ncases:\n  - id: A\n    service: X\n    steps:\n      - send: {raw: x}\n");
    e = assertThrows(InputException.class, () -> TestPlan.load(plan, Lang.EN));
    assertTrue(e.getMessage().contains("defaults.timeout"), e.getMessage());
    assertThrows(InputException.class, () -> TestPlan.load(dir.resolve("missing.yaml"), Lang.ZH));
    TestPlan bundled = TestPlan.bundled(Lang.ZH);
    assertEquals(140, bundled.cases().size());
    assertEquals("soap12", bundled.defaults().binding());
  }
}
