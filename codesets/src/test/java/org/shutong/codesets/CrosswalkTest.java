package org.shutong.codesets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrosswalkTest {
  private final Codesets cs = Codesets.bundled();

  @Test
  void publishedPairsBothDirections() {
    Crosswalk x = cs.crosswalk("map-icd10-gb-clinical-2.0-to-nhsa-2.0");
    assertEquals("icd10-gb-clinical-2.0", x.info().mapsFrom());
    assertEquals("icd10-nhsa-2.0", x.info().mapsTo());
    List<Crosswalk.Mapping> m = x.from("A01.000x002");
    assertEquals(1, m.size());
    assertEquals("A01.003", m.get(0).to());
    assertEquals("伤寒杆菌败血症", m.get(0).fromName());
    assertTrue(x.to("A01.003").stream().anyMatch(r -> r.from().equals("A01.000x002")));
    assertEquals(35_587, x.sourceCount());
    assertEquals(32_189, x.targetCount());
    // trimmed names: "急性下壁心肌梗死  " in the file
    assertEquals("急性下壁心肌梗死", x.from("I21.100x002").get(0).fromName());
    assertTrue(x.from("Z99.999x999").isEmpty());
  }

  @Test
  void rowWithoutTargetIsKeptAndMarked() {
    Crosswalk a = cs.crosswalk("map-icd10-gb-clinical-2.0-to-nhsa-2.0-opendrg");
    List<Crosswalk.Mapping> m = a.from("B06.801+J17.1*");
    assertEquals(1, m.size());
    assertFalse(m.get(0).hasTarget());
    assertTrue(a.hasSource("U07.100"));
    assertFalse(cs.crosswalk("map-icd10-gb-clinical-2.0-to-nhsa-2.0").hasSource("U07.100"));
  }

  @Test
  void theTwoProcedureSourcesDifferWhereProvenanceSaysTheyDo() {
    Crosswalk b = cs.crosswalk("map-icd9cm3-gb-clinical-3.0-to-nhsa-2.0");
    Crosswalk a = cs.crosswalk("map-icd9cm3-gb-clinical-3.0-to-nhsa-2.0-opendrg");
    int differ = 0;
    for (Crosswalk.Mapping r : a.mappings()) {
      List<Crosswalk.Mapping> other = b.from(r.from());
      if (!other.isEmpty() && !other.get(0).to().equals(r.to())) {
        differ++;
      }
    }
    assertEquals(8, differ);
    assertEquals("03.9302", b.from("86.9600x004").get(0).to());
    assertEquals("86.0500x009", a.from("86.9600x004").get(0).to());
  }

  @Test
  void crosswalksBetweenTwoTables() {
    assertEquals(List.of("map-icd10-gb-clinical-2.0-to-nhsa-2.0", "map-icd10-gb-clinical-2.0-to-nhsa-2.0-opendrg"),
        cs.crosswalks("icd10-gb-clinical-2.0", "icd10-nhsa-2.0").stream().map(Crosswalk::id).toList());
    assertTrue(cs.crosswalks("icd10-nhsa-2.0", "icd10-gb-clinical-2.0").isEmpty());
  }
}
