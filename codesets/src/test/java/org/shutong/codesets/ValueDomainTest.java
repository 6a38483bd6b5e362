package org.shutong.codesets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValueDomainTest {
  private final Codesets cs = Codesets.bundled();

  @Test
  void rc032CodesAreStrings() {
    ValueDomain d = cs.valueDomain("RC032");
    assertEquals("医疗付费方式代码表", d.title());
    assertTrue(d.contains("1.1"));
    assertEquals("本市城镇职工基本医疗保险", d.name("1.1"));
    assertFalse(d.contains("1"), "the 2016 list splits 1 into 1.1/1.2");
    assertFalse(d.contains("1.10"));
    assertEquals(12, d.size());
    ValueDomain old = cs.valueDomain("RC032-2011");
    assertTrue(old.contains("1"));
    assertFalse(old.contains("1.1"));
  }

  @Test
  void firstPageDomains() {
    ValueDomain sex = cs.valueDomain("RC001");
    assertEquals(List.of("0", "1", "2", "9"), sex.codes());
    assertEquals("女", sex.name("2"));
    assertFalse(sex.contains("3"));
    assertFalse(sex.contains(null));
    assertNull(sex.name("3"));
    assertEquals("firstpage-value-domains", sex.table().id());
    ValueDomain dept = cs.valueDomain("RC023");
    assertEquals(172, dept.size());
    assertEquals("心血管内科专业", dept.name("0304"));
    assertTrue(cs.valueDomain("WS364-CV05.10.022").size() > 0);
  }

  @Test
  void gbtDomains() {
    ValueDomain sex = cs.valueDomain("GB/T 2261.1");
    assertEquals("人的性别代码", sex.title());
    assertEquals("男性", sex.name("1"));
    ValueDomain nation = cs.valueDomain("GB/T 3304");
    assertEquals("汉族", nation.name("01"));
    assertFalse(nation.contains("1"), "GB/T 3304 codes are two digits");
    assertEquals(56, nation.size());
    assertEquals("中国", cs.valueDomain("GB/T 2659").name("CHN"));
    assertEquals("居民身份证", cs.valueDomain("CV02.01.101").name("01"));
    assertEquals("dataelements-value-domains", nation.table().id());
  }

  @Test
  void idMatchingIgnoresCaseAndSpaces() {
    assertEquals("RC001", cs.valueDomain("rc001").id());
    assertEquals("GB/T 2261.1", cs.valueDomain("GB/T2261.1").id());
    assertTrue(cs.findValueDomain("RC999").isEmpty());
  }

  @Test
  void unknownDomainListsKnownIds() {
    UnknownCodesetException e = assertThrows(UnknownCodesetException.class, () -> cs.valueDomain("RC040"));
    assertTrue(e.known().contains("RC001") && e.known().contains("GB/T 2659"), e.known().toString());
    assertEquals(39, e.known().size());
  }

  @Test
  void userDomainReplacesBundledOne() {
    TableInfo info = TableInfo.userSupplied("my-rc023", TableKind.VALUE_DOMAINS, null, "本省科别", "rc023.csv", 2);
    ValueDomain mine = ValueDomain.of("RC023", "科别代码表（本省）", info,
        List.of(new ValueDomain.Value("0301", "呼吸内科专业"), new ValueDomain.Value("A01", "本省扩展科室")));
    Codesets with = cs.with(List.of(mine));
    assertTrue(with.valueDomain("RC023").contains("A01"));
    assertFalse(cs.valueDomain("RC023").contains("A01"));
    assertTrue(with.find("my-rc023").isPresent());
    assertEquals(cs.valueDomainIds().size(), with.valueDomainIds().size());
    assertTrue(with.valueDomain("RC001").contains("1"));
  }
}
