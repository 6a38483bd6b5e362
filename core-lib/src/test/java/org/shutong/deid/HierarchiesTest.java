package org.shutong.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.codesets.Codesets;

class HierarchiesTest {
  @Test
  void agesFallInNestedBandsWithTopCoding() {
    Hierarchy h = new Hierarchies.Bands(List.of(new BigDecimal(5), new BigDecimal(10), new BigDecimal(20)),
        new BigDecimal(90), null);
    assertEquals(5, h.height());
    assertEquals("37", h.apply("37", 0));
    assertEquals("35-39", h.apply("37", 1));
    assertEquals("30-39", h.apply("37", 2));
    assertEquals("20-39", h.apply("37", 3));
    assertEquals(">=90", h.apply("93", 1));
    assertEquals("80-89", h.apply("85", 2));
    assertNull(h.apply("三十", 1));
    assertEquals(2, h.level("width 10"));
    assertThrows(IllegalArgumentException.class, () -> h.level("decade"));
    assertThrows(IllegalArgumentException.class,
        () -> new Hierarchies.Bands(List.of(new BigDecimal(5), new BigDecimal(7)), null, null));
    Hierarchy money = new Hierarchies.Bands(List.of(new BigDecimal("0.5")), null, new BigDecimal(0));
    assertEquals("[2.5,3)", money.apply("2.75", 1));
    assertEquals("<=0", money.apply("-3", 1));
  }

  @Test
  void datesGeneraliseToDayMonthYear() {
    Hierarchy h = new Hierarchies.Dates();
    assertEquals("2024-03-07", h.apply("2024-03-07 08:15:00", 1));
    assertEquals("2024-03", h.apply("2024/03/07", 2));
    assertEquals("2024", h.apply("20240307", 3));
    assertNull(h.apply("2024-02-30", 1));
    assertNull(h.apply("next week", 1));
    assertEquals(3, h.level("year"));
  }

  @Test
  void regionCodesClimbTheGbt2260Hierarchy() {
    Hierarchy h = new Hierarchies.RegionCodes(Codesets.bundled().regions());
    assertEquals("410100", h.apply("410102", 1));
    assertEquals("410000", h.apply("410102", 2));
    assertEquals("110000", h.apply("110105", 1), "districts of a municipality: the municipality stands for the city");
    assertNull(h.apply("999999", 1));
  }

  @Test
  void icdCodesGeneraliseToTheirCategory() {
    Hierarchy h = new Hierarchies.IcdCodes(null);
    assertEquals("I21", h.apply("I21.000", 1));
    assertEquals("36", h.apply("36.0700x001", 1));
    assertNull(h.apply("肺炎", 1));
    Hierarchy withChapters = new Hierarchies.IcdCodes(Transforms::chapter);
    assertEquals(4, withChapters.height());
    assertEquals("I00-I99", withChapters.apply("I21.000", 2));
    assertEquals("S00-T98", withChapters.apply("T81.400x001", 2));
    assertEquals("I21", withChapters.apply("I21.000", 1));
    assertEquals(3, withChapters.level("*"));
  }

  @Test
  void prefixesAndTablesGeneralise(@TempDir Path dir) throws Exception {
    Hierarchy p = new Hierarchies.Prefixes(List.of(4, 2), '*');
    assertEquals("1000**", p.apply("100011", 1));
    assertEquals("10****", p.apply("100011", 2));
    Path f = dir.resolve("occupation.csv");
    Files.writeString(f, "11;管理;*\n13;技术;*\n17;生产;*\n");
    Hierarchy t = new Hierarchies.Table(Transforms.readTable(f));
    assertEquals(3, t.height());
    assertEquals("技术", t.apply("13", 1));
    assertNull(t.apply("99", 1));
    Files.writeString(f, "a,x\nb,y\n");
    assertEquals(3, new Hierarchies.Table(Transforms.readTable(f)).height(), "an implied * level is added");
  }
}
