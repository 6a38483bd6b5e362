package org.shutong.codesets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionsTest {
  private final Regions r = Codesets.bundled().regions();

  @Test
  void levelsAndCounts() {
    assertEquals(3217, r.size());
    // PROVENANCE-regions.md says 34/336/2845, which sums to 3215, not its 3217 rows; the file has 34/337/2846
    assertEquals(34, r.all().stream().filter(x -> x.level() == RegionLevel.PROVINCE).count());
    assertEquals(337, r.all().stream().filter(x -> x.level() == RegionLevel.CITY).count());
    assertEquals(2846, r.all().stream().filter(x -> x.level() == RegionLevel.COUNTY).count());
  }

  @Test
  void countyWithCity() {
    Region z = r.get("410102").orElseThrow();
    assertEquals("中原区", z.name());
    assertEquals(RegionLevel.COUNTY, z.level());
    assertEquals("郑州市", r.parent("410102").orElseThrow().name());
    assertEquals(List.of("410100", "410000"), r.ancestors("410102").stream().map(Region::code).toList());
    assertEquals("河南省", r.ancestor("410102", RegionLevel.PROVINCE).orElseThrow().name());
    assertEquals("郑州市", r.ancestor("410102", RegionLevel.CITY).orElseThrow().name());
    assertEquals("中原区", r.ancestor("410102", RegionLevel.COUNTY).orElseThrow().name());
    assertTrue(r.children("410100").stream().anyMatch(c -> c.code().equals("410102")));
  }

  @Test
  void municipalityDistrictHasNoCityLevel() {
    assertEquals("朝阳区", r.get("110105").orElseThrow().name());
    assertEquals("北京市", r.ancestor("110105", RegionLevel.PROVINCE).orElseThrow().name());
    assertTrue(r.ancestor("110105", RegionLevel.CITY).isEmpty());
    assertEquals(List.of("110000"), r.ancestors("110105").stream().map(Region::code).toList());
  }

  @Test
  void directlyAdministeredCounty() {
    assertEquals("济源市", r.get("419001").orElseThrow().name());
    assertEquals("419000", r.parent("419001").orElseThrow().code());
    assertEquals("410000", r.ancestor("419001", RegionLevel.PROVINCE).orElseThrow().code());
  }

  @Test
  void unknownCodes() {
    assertFalse(r.contains("999999"));
    assertTrue(r.get("999999").isEmpty());
    assertTrue(r.parent("110000").isEmpty());
    assertTrue(r.ancestors("999999").isEmpty());
    assertTrue(r.ancestor("999999", RegionLevel.PROVINCE).isEmpty());
  }
}
