package org.shutong.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shutong.assess.Answer.Conformity;
import org.shutong.assess.Assessment.Gap;
import org.shutong.assess.Assessment.ItemResult;
import org.shutong.i18n.Lang;

class AssessorInteropTest {
  private final AssessmentModel h = Evidence.hospital();

  private Assessment assess(Map<String, Answer> a) {
    return Assessor.assess(h, a, Lang.ZH);
  }

  private static ItemResult item(Assessment a, String id) {
    return a.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void everyItemAtItsTopStepReachesTheTopLevelWithTheFullScore() {
    Assessment a = assess(Evidence.best(h));
    assertEquals("5A", a.level().id());
    assertEquals("五级甲等", a.level().name());
    assertNull(a.level().next());
    assertEquals(List.of(), a.gaps());
    double max = h.items().stream().filter(i -> i.maxPointsOrNull() != null).mapToDouble(i -> i.maxPointsOrNull()).sum();
    assertEquals(max, a.total().score(), 1e-6);
    assertEquals(max, a.total().max(), 1e-6);
    assertTrue(a.levels().stream().allMatch(l -> l.state().equals("reached")));
    assertEquals(25.0, a.domains().stream().filter(d -> d.id().equals("3.2")).findFirst().orElseThrow().score(), 1e-9);
  }

  @Test
  void noEvidenceReachesNoLevelAndEveryGapIsSupplyEvidence() {
    Assessment a = assess(Map.of());
    assertNull(a.level().id());
    assertEquals("1", a.level().next());
    assertEquals(0.0, a.total().score());
    // the lowest level requires the 54 一级 data subsets
    assertEquals(54, a.gaps().size());
    assertTrue(a.gaps().stream().allMatch(g -> g.effort() == 1));
  }

  @Test
  void aSingleMissingItemOfALevelBlocksItAndEveryLevelAbove() {
    Map<String, Answer> a = new HashMap<>(Evidence.best(h));
    a.put("3.2.1.1", Evidence.conformity("3.2.1.1", Conformity.PARTIAL)); // 电子病历文档注册服务, 三级
    Assessment r = assess(a);
    assertEquals("2", r.level().id());
    assertEquals("3", r.level().next());
    assertEquals(List.of("3.2.1.1"), r.levels().stream().filter(l -> l.id().equals("3")).findFirst().orElseThrow().unmet());
    assertEquals("not-reached", r.levels().get(6).state());
    Gap g = r.gaps().get(0);
    assertEquals("3.2.1.1", g.item());
    assertEquals(2, g.effort(), "partly conformant: improve what exists");
    assertEquals(3.5, g.gain(), 1e-9);
    assertEquals(1, r.gaps().size());
    assertEquals("partial", item(r, "3.2.1.1").status());
    assertEquals(0.0, item(r, "3.2.1.1").score());
  }

  @Test
  void notApplicableCountsAsMetOnlyForOptionalItems() {
    Map<String, Answer> a = new HashMap<>(Evidence.best(h));
    a.put("2.2.5.1", Evidence.conformity("2.2.5.1", Conformity.NOT_APPLICABLE)); // 中药处方（选测）
    Assessment r = assess(a);
    assertEquals("5A", r.level().id());
    assertEquals("not-applicable", item(r, "2.2.5.1").status());
    assertEquals(0.25, item(r, "2.2.5.1").score(), 1e-9, "无此业务，得分");
  }

  @Test
  void countItemsReachTheHighestThresholdMetAndPerUnitItemsAreCapped() {
    Map<String, Answer> a = new HashMap<>(Evidence.best(h));
    a.put("4.4.1.1", Evidence.count("4.4.1.1", 23)); // 临床服务系统: 四甲 >= 22, 五乙 >= 26
    a.put("3.1.5.1", Evidence.count("3.1.5.1", 25)); // 0.1 per function, capped at 1
    Assessment r = assess(a);
    assertEquals("4A", item(r, "4.4.1.1").level());
    assertEquals(0.6, item(r, "4.4.1.1").score(), 1e-9);
    assertEquals(1.0, item(r, "3.1.5.1").score(), 1e-9);
    assertEquals("4A", r.level().id());
    Gap g = r.gaps().stream().filter(x -> x.item().equals("4.4.1.1")).findFirst().orElseThrow();
    assertEquals(3, g.effort(), "one step up");
    assertTrue(g.required().contains("26"), g.required());

    a.put("3.1.5.1", Evidence.count("3.1.5.1", 7));
    r = assess(a);
    assertEquals(0.7, item(r, "3.1.5.1").score(), 1e-9);
    assertEquals("4A", item(r, "3.1.5.1").level(), "7 functions: 四级甲等 (>=6), not 五级乙等 (>=8)");
  }

  @Test
  void choiceItemsReachTheirOptionsLevel() {
    Map<String, Answer> a = new HashMap<>(Evidence.best(h));
    a.put("3.1.2.1", Evidence.option("3.1.2.1", "点对点连接"));
    Assessment r = assess(a);
    assertEquals(2.0, item(r, "3.1.2.1").score(), 1e-9);
    assertEquals("3", r.level().id(), "point-to-point integration is 三级 only");
    Gap g = r.gaps().stream().filter(x -> x.item().equals("3.1.2.1")).findFirst().orElseThrow();
    assertEquals(3, g.effort());
    a.put("3.1.2.1", Evidence.option("3.1.2.1", "无"));
    r = assess(a);
    assertEquals("2", r.level().id());
    assertEquals(4, r.gaps().stream().filter(x -> x.item().equals("3.1.2.1")).findFirst().orElseThrow().effort());
  }

  @Test
  void gapsAreSortedByEffortThenByPointsToGain() {
    Map<String, Answer> a = new HashMap<>(Evidence.best(h));
    a.remove("2.1.1.1");                                              // no evidence: 1
    a.put("2.1.1.2", Evidence.conformity("2.1.1.2", Conformity.PARTIAL)); // partial: 2
    a.put("2.1.1.3", Evidence.conformity("2.1.1.3", Conformity.NONE));    // none: 4
    Assessment r = assess(a);
    assertNull(r.level().id());
    assertEquals(List.of("2.1.1.1", "2.1.1.2", "2.1.1.3"), r.gaps().stream().map(Gap::item).toList());
    assertEquals(List.of(1, 2, 4), r.gaps().stream().map(Gap::effort).toList());
  }

  @Test
  void scoringIsAPureFunction() {
    Map<String, Answer> a = new HashMap<>(Evidence.best(h));
    a.put("4.1.2.3", Evidence.option("4.1.2.3", "RTO≤24h且RPO≤24h"));
    assertEquals(assess(a), assess(new HashMap<>(a)));
    assertFalse(assess(a).equals(assess(Evidence.best(h))));
  }

  @Test
  void everyScoredItemSaysHowItsScoreWasDerived() {
    Assessment r = assess(Evidence.best(h));
    for (ItemResult i : r.items()) {
      assertFalse(i.derivation().isBlank(), i.id());
      assertTrue(i.source().startsWith("S-HOSP-2020"), i.id());
    }
    assertTrue(item(r, "4.4.1.1").derivation().contains("1000 ≥ 30"), item(r, "4.4.1.1").derivation());
    assertTrue(r.total().derivation().contains("93.9"), r.total().derivation());
    assertTrue(r.domains().get(1).derivation().contains("14.26"), r.domains().get(1).derivation());
  }
}
