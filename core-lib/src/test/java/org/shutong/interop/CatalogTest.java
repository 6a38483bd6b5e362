package org.shutong.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTest {
  private final Catalog c = Catalog.standard();

  @Test
  void documentsAreTheFiftyThreeOfWsT500WithTheirTemplates() {
    assertEquals(53, c.documents().size());
    assertEquals("病历概要", c.document("C0001").title());
    assertEquals("2.16.156.10011.2.1.1.21", c.document("c0001").templateId());
    assertEquals("2.16.156.10011.2.1.1.73", c.document("C0053").templateId());
    assertEquals("WS/T 500.53-2016", c.document("C0053").standardPart());
    assertNull(c.document("C0054"));
  }

  @Test
  void truncatedServiceCodesArePatchedToTheirXsd() {
    assertEquals("DocumentRegister", Catalog.patchServiceCode("DocumentRegiste"));
    assertEquals("OutPatientAppointStatusInfoUpdate", Catalog.patchServiceCode("OutPatientAppointStatusInfoUpdat"));
    assertEquals("PatientInfoQuery", Catalog.patchServiceCode("PatientInfoQuery"));
    // a prefix of several XSD names stays as it is
    assertEquals("PatientInfo", Catalog.patchServiceCode("PatientInfo"));
    assertEquals("RCMR_IN000002UV02", c.service("DocumentRegister").interaction());
    assertNull(c.service("DocumentRegiste"));
  }

  @Test
  void documentSearchAndRetrieveCarryTheNamesTheirMessagesHave() {
    assertEquals("电子病历文档检索服务", c.service("DocumentAccess").name());
    assertEquals("RCMR_IN000029UV01", c.service("DocumentAccess").interaction());
    assertEquals("电子病历文档调阅服务", c.service("DocumentRetrieve").name());
    assertEquals("RCMR_IN000031UV01", c.service("DocumentRetrieve").interaction());
  }

  @Test
  void levelsSelectServicesCumulatively() {
    List<ServiceSpec> l3 = c.servicesRequiredAt(Level.L3);
    assertEquals(List.of("DocumentRegister", "DocumentAccess", "DocumentRetrieve"),
        l3.stream().map(ServiceSpec::code).toList());
    int l4b = c.servicesRequiredAt(Level.L4B).size();
    int l4a = c.servicesRequiredAt(Level.L4A).size();
    int l5b = c.servicesRequiredAt(Level.L5B).size();
    assertEquals(3 + 10, l4b);
    assertTrue(l4b < l4a && l4a < l5b, l4b + " " + l4a + " " + l5b);
    assertEquals(69, l5b);
    assertEquals(69, c.servicesRequiredAt(Level.L5A).size());
    assertEquals(95, c.services().size());
    assertEquals(26, c.services().stream().filter(s -> !s.hasSchema()).count());
  }

  @Test
  void levelsParseChineseAndShortNames() {
    assertEquals(Level.L4A, Level.parse("四级甲等"));
    assertEquals(Level.L4A, Level.parse("4a"));
    assertEquals(Level.L5B, Level.parse("L5B"));
    assertThrows(IllegalArgumentException.class, () -> Level.parse("六级"));
    assertTrue(Level.L5A.includes(Level.L3));
    assertTrue(!Level.L3.includes(Level.L4B));
  }

  @Test
  void sectionsAndBindingsAreLoaded() {
    assertTrue(c.sections("C0001").stream().anyMatch(s -> s.code().equals("11348-0")));
    assertTrue(c.bindings().stream().anyMatch(b -> b.element().equals("administrativeGenderCode")
        && b.codeSystems().equals(List.of("2.16.156.10011.2.3.3.4"))));
    assertEquals("ICD-10", c.tableOf("2.16.156.10011.2.3.3.11.3"));
    assertEquals("[A-Z]{3}", c.codeForm("GB/T 2659"));
  }
}
