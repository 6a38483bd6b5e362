package org.shutong.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.shutong.codesets.Codesets;

/** Value domains named by the bundled catalogue resolve in the real code tables. */
class CodesetDomainsTest {
  private final ValueDomains domains = ValueDomains.of(Codesets.bundled());

  @Test
  void gbAndWs364Domains() {
    ValueDomain sex = domains.find("GB/T 2261.1").orElseThrow();
    assertTrue(sex.contains("1"));
    assertFalse(sex.contains("3"));
    assertEquals("男性", sex.label("1").orElseThrow());
    assertTrue(domains.find("CV02.01.101").orElseThrow().contains("01"));
    assertTrue(domains.find("GB/T 3304").orElseThrow().contains("01"));
    assertTrue(domains.find("GB/T 4658").isEmpty(), "学历 table is not staged");
  }

  @Test
  void icd10IsEitherNationalTable() {
    ValueDomain icd = domains.find("ICD-10").orElseThrow();
    assertTrue(icd.contains("I21.900"), "医保版 2.0 leaf");
    assertTrue(icd.contains("I21"), "category (all levels)");
    assertFalse(icd.contains("I21.999x"));
  }

  @Test
  void everyDomainTheBundledCatalogueNamesIsResolvedOrKnownToBeMissing() {
    for (DataElement e : DataElementCatalogue.builtIn().elements()) {
      if (e.valueDomain() != null && !e.valueDomain().equals("GB/T 4658")
          && !e.valueDomain().startsWith("CV02.01.2") && !e.valueDomain().startsWith("CV09")) {
        assertTrue(domains.find(e.valueDomain()).isPresent(), e.id() + " " + e.valueDomain());
      }
    }
  }
}
