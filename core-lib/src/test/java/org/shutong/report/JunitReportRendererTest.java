package org.shutong.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.shutong.i18n.Lang;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportRendererTest {
  /** Renders, validates against the CI schema, and parses. */
  private static Document junit(Report r, Lang lang) throws Exception {
    byte[] xml = Fixtures.bytes(ReportRenderer.of(ReportFormat.JUNIT), r, lang);
    SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    sf.newSchema(JunitReportRendererTest.class.getResource("junit-ci.xsd"))
        .newValidator()
        .validate(new StreamSource(new ByteArrayInputStream(xml)));
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static List<Element> all(Element parent, String tag) {
    NodeList nl = parent.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nl.getLength(); i++) {
      out.add((Element) nl.item(i));
    }
    return out;
  }

  private static Element testcase(Element suite, String name) {
    return all(suite, "testcase").stream().filter(e -> e.getAttribute("name").equals(name)).findFirst().orElseThrow();
  }

  @Test
  void oneSuitePerInputOneTestcasePerRuleOneFailurePerFinding() throws Exception {
    Element root = junit(Fixtures.firstPage(), Lang.ZH).getDocumentElement();
    assertEquals("testsuites", root.getTagName());
    List<Element> suites = all(root, "testsuite");
    assertEquals(1, suites.size());
    Element suite = suites.get(0);
    assertEquals("firstpage check: in.csv", suite.getAttribute("name"));
    assertEquals("4", suite.getAttribute("tests"));
    assertEquals("2", suite.getAttribute("failures"));
    assertEquals("4", root.getAttribute("tests"));
    assertEquals("2", root.getAttribute("failures"));

    Element date = testcase(suite, "FP-DATE-ORDER");
    assertEquals("firstpage.check.in_csv", date.getAttribute("classname"));
    List<Element> failures = all(date, "failure");
    assertEquals(2, failures.size());
    assertEquals("出院时间早于入院时间", failures.get(0).getAttribute("message"));
    assertEquals("error", failures.get(0).getAttribute("type"));
    assertEquals("文件: in.csv\n记录: 17\n行: 18\n字段: B15\n值: 2024-01-01\n", failures.get(0).getTextContent());

    Element age = testcase(suite, "FP-AGE-RANGE");
    assertEquals("warning", all(age, "failure").get(0).getAttribute("type"));
  }

  @Test
  void infoFindingsAreOutputOfAPassingTestcaseAndCleanRulesPass() throws Exception {
    Element suite = all(junit(Fixtures.firstPage(), Lang.EN).getDocumentElement(), "testsuite").get(0);
    Element name = testcase(suite, "FP-NAME-SPACE");
    assertEquals(0, all(name, "failure").size());
    assertEquals("in.csv record 8 (line 9) field A02: 姓名含空格 [张 三]\n",
        all(name, "system-out").get(0).getTextContent());
    Element sex = testcase(suite, "FP-SEX-CODE");
    assertEquals(0, sex.getChildNodes().getLength());
  }

  @Test
  void failuresAreCappedPerRuleWithALastOneCountingTheRest() throws Exception {
    int n = JunitReportRenderer.MAX_FAILURES_PER_RULE + 37;
    Element suite = all(junit(Fixtures.many(n * 2, 2), Lang.EN).getDocumentElement(), "testsuite").get(0);
    for (String rule : List.of("R-0", "R-1")) {
      List<Element> failures = all(testcase(suite, rule), "failure");
      assertEquals(JunitReportRenderer.MAX_FAILURES_PER_RULE + 1, failures.size());
      Element last = failures.get(failures.size() - 1);
      assertEquals("more", last.getAttribute("type"));
      assertEquals("37 more not listed", last.getAttribute("message"));
    }
    assertEquals("2", suite.getAttribute("tests"));
  }

  @Test
  void findingsOfSeveralFilesGoToTheirSuitesAndFilelessOnesToTheCommand() throws Exception {
    FindingCollector c = new FindingCollector();
    c.accept(new Finding("R1", Severity.ERROR, "a.csv", 1, 2, "A", "x", "m"));
    c.accept(new Finding("R1", Severity.ERROR, "b.csv", 1, 2, "A", "x", "m"));
    c.accept(new Finding("R2", Severity.WARNING, null, 0, 0, null, null, "profile has no version"));
    Report r = Report.builder("conform check")
        .input(new InputSummary("a.csv", 1, "UTF-8")).input(new InputSummary("b.csv", 1, "UTF-8"))
        .rule("R1", null).rule("R3", null)
        .build(c);
    List<Element> suites = all(junit(r, Lang.EN).getDocumentElement(), "testsuite");
    assertEquals(List.of("conform check: a.csv", "conform check: b.csv", "conform check"),
        suites.stream().map(e -> e.getAttribute("name")).toList());
    // each input suite has every rule that ran; the command suite only what it found
    assertEquals(List.of("R1", "R3"), all(suites.get(0), "testcase").stream().map(e -> e.getAttribute("name")).toList());
    assertEquals(List.of("R2"), all(suites.get(2), "testcase").stream().map(e -> e.getAttribute("name")).toList());
    assertEquals("conform.check", testcase(suites.get(2), "R2").getAttribute("classname"));
  }

  @Test
  void charactersXmlForbidsAreReplacedAndMarkupIsEscaped() throws Exception {
    FindingCollector c = new FindingCollector();
    c.accept(new Finding("R", Severity.ERROR, "in.csv", 1, 2, "A", "a\u0000b\u001bc\ud800", "<b>&\"'</b>"));
    Element f = all(junit(Report.builder("x").input(new InputSummary("in.csv", 1, null)).build(c), Lang.EN)
        .getDocumentElement(), "failure").get(0);
    assertEquals("<b>&\"'</b>", f.getAttribute("message"));
    assertTrue(f.getTextContent().contains("value: a\uFFFDb\uFFFDc\uFFFD"), f.getTextContent());
  }

  @Test
  void anEmptyReportIsAValidSuiteWithoutTests() throws Exception {
    Element root = junit(Report.builder("inspect").input(new InputSummary("in.csv", 0, null))
        .build(new FindingCollector()), Lang.ZH).getDocumentElement();
    assertEquals("0", root.getAttribute("tests"));
    assertEquals(1, all(root, "testsuite").size());
  }

  @Test
  void omittedFindingsAreSaid() throws Exception {
    FindingCollector c = new FindingCollector(1);
    c.accept(Fixtures.error("R", 1, "A", "x", "m"));
    c.accept(Fixtures.error("R", 2, "A", "x", "m"));
    Element root = junit(Report.builder("x").input(new InputSummary("in.csv", 2, null)).build(c), Lang.EN)
        .getDocumentElement();
    Element suite = all(root, "testsuite").get(0);
    List<Element> outs = all(suite, "system-out");
    assertEquals("1 more findings were counted but not kept (limit reached)", outs.get(outs.size() - 1).getTextContent());
  }
}
