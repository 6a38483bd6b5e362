package org.shutong.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.i18n.Lang;
import org.shutong.io.InputException;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;

/** Bad and hostile inputs give one clear finding each, never an exception, hang or fetch. */
class SafetyTest {
  private static final CdaValidator V = CdaValidator.builder().build();

  private static List<Finding> run(String xml) {
    return run(xml.getBytes(StandardCharsets.UTF_8), V);
  }

  private static List<Finding> run(byte[] xml, CdaValidator v) {
    FindingCollector c = new FindingCollector();
    v.validate(xml, "in.xml", null, c);
    return c.findings();
  }

  private static List<String> ids(List<Finding> fs) {
    return fs.stream().map(Finding::ruleId).toList();
  }

  @Test
  void malformedXmlNamesLineAndColumn() {
    List<Finding> fs = run("<?xml version=\"1.0\"?>\n<ClinicalDocument xmlns=\"urn:hl7-org:v3\">\n  <title>x</titel>\n</ClinicalDocument>");
    assertEquals(List.of("CDA-XML-MALFORMED"), ids(fs));
    assertEquals(3, fs.get(0).line());
    assertTrue(fs.get(0).message().contains("第 3 行"), fs.get(0).message());
    assertEquals("/ClinicalDocument/title", fs.get(0).field());
  }

  @Test
  void externalEntityIsRefusedBeforeAnythingIsFetched(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE ClinicalDocument [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><title>&x;</title></ClinicalDocument>";
    List<Finding> fs = run(xxe);
    assertEquals(List.of("CDA-XML-DOCTYPE"), ids(fs));
    assertFalse(fs.get(0).message().contains("TOP-SECRET"));
  }

  @Test
  void networkDtdIsRefused() {
    List<Finding> fs = run("<?xml version=\"1.0\"?><!DOCTYPE ClinicalDocument SYSTEM \"http://127.0.0.1:9/x.dtd\">"
        + "<ClinicalDocument xmlns=\"urn:hl7-org:v3\"/>");
    assertEquals(List.of("CDA-XML-DOCTYPE"), ids(fs));
  }

  @Test
  void billionLaughsIsRefused() {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      b.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        b.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
      }
      b.append("\">\n");
    }
    b.append("]>\n<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><title>&lol9;</title></ClinicalDocument>");
    assertEquals(List.of("CDA-XML-DOCTYPE"), ids(run(b.toString())));
  }

  @Test
  void wrongNamespaceIsOneFinding() {
    String xml = CdaGenerator.standard().generate("C0004", 1).replace("xmlns=\"urn:hl7-org:v3\"", "xmlns=\"urn:hl7-org:v2\"");
    List<Finding> fs = run(xml);
    assertEquals(List.of("CDA-XML-ROOT"), ids(fs));
    assertTrue(fs.get(0).message().contains("urn:hl7-org:v2"));
  }

  @Test
  void unknownDocumentCodeSkipsTheSchemaAndSaysSo() {
    String xml = CdaGenerator.standard().generate("C0004", 1).replace("code=\"C0004\"", "code=\"C0099\"");
    List<String> ids = ids(run(xml));
    assertTrue(ids.contains("CDA-XSD-SKIPPED"), ids.toString());
    assertTrue(ids.contains("CDA-HDR-DOCCODE"), ids.toString());
  }

  @Test
  void forcedDocTypeChoosesTheSchema() {
    String xml = CdaGenerator.standard().generate("C0004", 1).replace("code=\"C0004\"", "code=\"C0099\"");
    FindingCollector c = new FindingCollector();
    CdaResult r = V.validate(xml.getBytes(StandardCharsets.UTF_8), "in.xml", "c0004", c);
    assertTrue(r.schemaChecked());
    assertEquals("C0004", r.docType());
    assertTrue(ids(c.findings()).contains("CDA-XSD-cvc-enumeration-valid"), ids(c.findings()).toString());
    assertThrows(IllegalArgumentException.class,
        () -> V.validate(xml.getBytes(StandardCharsets.UTF_8), "in.xml", "C0100", new FindingCollector()));
  }

  @Test
  void tooLargeIsReportedNotRead() {
    CdaValidator small = CdaValidator.builder().maxBytes(1024).build();
    List<Finding> fs = run(CdaGenerator.standard().generate("C0001", 1).getBytes(StandardCharsets.UTF_8), small);
    assertEquals(List.of("CDA-XML-TOO-LARGE"), ids(fs));
  }

  @Test
  void deepNestingStops() {
    StringBuilder b = new StringBuilder("<ClinicalDocument xmlns=\"urn:hl7-org:v3\">");
    b.append("<a>".repeat(5000)).append("</a>".repeat(5000)).append("</ClinicalDocument>");
    assertEquals(List.of("CDA-XML-DEPTH"), ids(run(b.toString())));
  }

  @Test
  void emptyAndBinaryInputsAreMalformed() {
    assertEquals(List.of("CDA-XML-MALFORMED"), ids(run(new byte[0], V)));
    assertEquals(List.of("CDA-XML-MALFORMED"), ids(run(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2}, V)));
  }

  @Test
  void gb18030DocumentWithDeclarationIsRead() {
    String xml = CdaGenerator.standard().generate("C0004", 1)
        .replace("encoding=\"UTF-8\"", "encoding=\"GB18030\"");
    List<Finding> fs = run(xml.getBytes(Charset.forName("GB18030")), V);
    assertEquals(List.of(), fs);
  }

  @Test
  void schemaErrorsAreCappedPerDocument() {
    CdaValidator capped = CdaValidator.builder().maxSchemaFindings(2).build();
    // every time value broken: one schema error (or two) per time element
    String xml = CdaGenerator.standard().generate("C0001", 1).replace("value=\"20", "value=\"X20");
    List<String> ids = ids(run(xml.getBytes(StandardCharsets.UTF_8), capped));
    assertEquals(2, ids.stream().filter(i -> i.startsWith("CDA-XSD-cvc")).count(), ids.toString());
    assertTrue(ids.contains("CDA-XSD-TRUNCATED"));
  }

  @Test
  void missingFileIsAnInputError(@TempDir Path dir) {
    InputException e = assertThrows(InputException.class,
        () -> V.validate(dir.resolve("nope.xml"), null, null, new FindingCollector()));
    assertTrue(e.getMessage().contains("nope.xml"));
  }

  @Test
  void messagesFollowTheLanguage() {
    CdaValidator en = CdaValidator.builder().lang(Lang.EN).build();
    List<Finding> fs = run("<ClinicalDocument xmlns=\"urn:hl7-org:v3\">".getBytes(StandardCharsets.UTF_8), en);
    assertTrue(fs.get(0).message().startsWith("not well-formed XML"), fs.get(0).message());
  }
}
