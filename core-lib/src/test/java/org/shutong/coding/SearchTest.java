package org.shutong.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTest {
  private static final CodingSystem NHSA = Coding.bundled().system("icd10-nhsa-2.0");
  private static final CodingSystem PX = Coding.bundled().system("icd9cm3-nhsa-2.0");

  private static List<String> names(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::name).toList();
  }

  @Test
  void initialsFindAcuteMyocardialInfarctionFirst() {
    List<SearchHit> hits = NHSA.search("jxxjgs", 10);
    assertEquals("急性心肌梗死", hits.get(0).name(), names(hits).toString());
    assertEquals("I21.900", hits.get(0).code());
    assertEquals(SearchHit.Match.INITIALS, hits.get(0).match());
  }

  @Test
  void upperCaseAndFullWidthQueries() {
    assertEquals("急性心肌梗死", NHSA.search("JXXJGS", 5).get(0).name());
    assertEquals("急性心肌梗死", NHSA.search("ｊｘｘｊｇｓ", 5).get(0).name());
  }

  @Test
  void polyphonesInContextAndEitherReading() {
    // 重症肌无力: 重 read zhong in context
    assertTrue(names(NHSA.search("zzjwl", 10)).contains("重症肌无力"), names(NHSA.search("zzjwl", 10)).toString());
    // 血 xue (血栓) and its other reading xie both find names with 血
    List<SearchHit> xue = NHSA.search("xs", 50);
    assertTrue(xue.stream().anyMatch(h -> h.name().startsWith("血栓")), names(xue).toString());
    // 行 in 行走 (xing) is found by its initial, and by the other reading hang as an alternative
    assertTrue(NHSA.search("fr", 20).stream().anyMatch(h -> h.name().equals("发热")), names(NHSA.search("fr", 20)).toString());
  }

  @Test
  void readingsInContextFromThePhraseDictionary() {
    assertEquals(List.of("chong", "fu"), List.of(Pinyin.inContext("重复")));
    assertEquals(List.of("zhong", "zheng"), List.of(Pinyin.inContext("重症")));
    assertEquals(List.of("xue", "ya"), List.of(Pinyin.inContext("血压")));
    assertEquals(List.of("pang", "guang", "yan"), List.of(Pinyin.inContext("膀胱炎")));
    assertEquals(List.of("bian", "mi"), List.of(Pinyin.inContext("便秘")));
    assertTrue(List.of(Pinyin.readings('血')).containsAll(List.of("xue", "xie")));
    assertTrue(List.of(Pinyin.readings('行')).containsAll(List.of("xing", "hang")));
    assertEquals("lv", Pinyin.toneless("lǜ"));
  }

  @Test
  void otherReadingOfAPolyphoneStillFinds() {
    // 血 read xie: "xs" (xie shuan) is not the reading in context but still finds 血栓…, ranked as an alternative
    // 膀 read bang (膀胱 is pang guang in context): the alternative reading still finds it, ranked after
    // names whose reading in context matches
    List<SearchHit> hits = NHSA.search("bgy", 2000);
    SearchHit cystitis = hits.stream().filter(h -> h.name().equals("膀胱炎")).findFirst().orElseThrow();
    assertEquals(SearchHit.Match.INITIALS, cystitis.match());
    assertTrue(hits.get(0).score() > cystitis.score());
    assertEquals("膀胱炎", NHSA.search("pgy", 5).get(0).name(), names(NHSA.search("pgy", 5)).toString());
  }

  @Test
  void chineseTextContiguousBeforeInOrder() {
    List<SearchHit> hits = NHSA.search("急性心肌梗死", 5);
    assertEquals("急性心肌梗死", hits.get(0).name());
    assertEquals(SearchHit.Match.NAME, hits.get(0).match());
    // 心梗: the characters in order, as coders abbreviate
    List<SearchHit> xg = NHSA.search("心梗", 20);
    assertEquals("急性心肌梗死", xg.get(0).name(), names(xg).toString()); // tightest, shortest first
    assertTrue(names(xg).indexOf("心肌梗死后心绞痛") > names(xg).indexOf("陈旧性心肌梗死"), names(xg).toString());
    assertTrue(xg.stream().allMatch(h -> h.match() == SearchHit.Match.NAME_IN_ORDER || h.match() == SearchHit.Match.NAME));
    // 慢阻肺 → 慢性阻塞性肺疾病
    assertTrue(NHSA.search("慢阻肺", 20).stream().anyMatch(h -> h.name().startsWith("慢性阻塞性肺疾病")),
        names(NHSA.search("慢阻肺", 20)).toString());
  }

  @Test
  void leafCodesRankAboveTheirCategories() {
    List<SearchHit> hits = NHSA.search("肺炎", 10);
    assertEquals("肺炎", hits.get(0).name());
    assertTrue(hits.get(0).leaf());
  }

  @Test
  void codePrefixAndFullPinyin() {
    List<SearchHit> hits = NHSA.search("I21.9", 10);
    assertEquals(SearchHit.Match.CODE, hits.get(0).match());
    assertTrue(hits.stream().allMatch(h -> h.code().startsWith("I21.9")));
    assertTrue(NHSA.search("i219", 10).stream().anyMatch(h -> h.code().equals("I21.900")));
    assertTrue(NHSA.search("xinjigengsi", 10).stream().anyMatch(h -> h.name().equals("急性心肌梗死")),
        names(NHSA.search("xinjigengsi", 10)).toString());
    assertTrue(PX.search("fqjxlwqcs", 10).stream().anyMatch(h -> h.code().equals("47.0100")),
        names(PX.search("fqjxlwqcs", 10)).toString());
  }

  @Test
  void multipleTermsAllMatch() {
    List<SearchHit> hits = NHSA.search("糖尿病 肾", 20);
    assertTrue(!hits.isEmpty());
    assertTrue(hits.stream().allMatch(h -> h.name().contains("糖尿病") && h.name().contains("肾")), names(hits).toString());
  }

  @Test
  void noMatchAndEmptyQuery() {
    assertTrue(NHSA.search("qqqqqqqq", 10).isEmpty());
    assertTrue(NHSA.search("   ", 10).isEmpty());
    assertTrue(NHSA.search("肺炎", 0).isEmpty());
    assertEquals(3, NHSA.search("肺炎", 3).size());
  }
}
