package org.shutong.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shutong.assess.AssessmentModel.EmrRules;
import org.shutong.assess.AssessmentModel.EmrScope;
import org.shutong.assess.AssessmentModel.Item;
import org.shutong.assess.AssessmentModel.Level;
import org.shutong.i18n.Lang;

/**
 * The EMR rule (国卫办医函〔2018〕1079号 附件2 四、评价方法 and 附表2) on a small classified model,
 * and the bounds the bundled model gives without 附表3's classification.
 */
class AssessorEmrTest {
  private static final String SRC = "S-EMR-2018";

  /**
   * Six items; level 1 needs 2 basic items (A, B), 2 of 4 optional items (C–F) and a total of 4;
   * level 2 needs 3 basic (A, B, C), 2 of 3 optional and a total of 9.
   */
  static AssessmentModel small() {
    List<Item> items = new ArrayList<>();
    String[] ids = {"A", "B", "C", "D", "E", "F"};
    for (int i = 0; i < ids.length; i++) {
      List<Integer> basicAt = switch (ids[i]) {
        case "A", "B" -> List.of(1, 2);
        case "C" -> List.of(2);
        default -> List.of();
      };
      items.add(new Item(ids[i], "R", null, "item " + ids[i], AssessmentModel.AnswerType.EMR, null, List.of(), List.of(),
          false, null, null, Map.of(), null, SRC, null,
          new EmrScope(i + 1, false, null, false, null, List.of(), basicAt, SRC)));
    }
    List<Level> levels = List.of(
        new Level("0", "0级", "Level 0", 0, null, null, null, null, null, SRC),
        new Level("1", "1级", "Level 1", 1, null, 2, 2, 4, 4.0, SRC),
        new Level("2", "2级", "Level 2", 2, null, 3, 2, 3, 9.0, SRC));
    return new AssessmentModel("emr-test", "emr", "test", AssessmentModel.Kind.EMR, "test", null,
        List.of(new AssessmentModel.Source(SRC, AssessmentModel.SourceStatus.OFFICIAL, "test", null)), List.of(), null,
        levels, List.of(new AssessmentModel.Domain("R", null, "role", null, null, SRC)), items,
        new EmrRules(0.8, 0.5, 0.5, 0.5, SRC), List.of());
  }

  private static Map<String, Answer> all(int f, double app, double dq) {
    Map<String, Answer> a = new HashMap<>();
    for (String id : List.of("A", "B", "C", "D", "E", "F")) {
      a.put(id, Evidence.emr(id, f, app, dq));
    }
    return a;
  }

  private static Assessment assess(AssessmentModel m, Map<String, Answer> a) {
    return Assessor.assess(m, a, Lang.ZH);
  }

  @Test
  void theItemScoreIsFunctionTimesApplicationTimesDataQuality() {
    Assessment r = assess(small(), Map.of("A", Evidence.emr("A", 5, 0.85, 0.92)));
    Assessment.ItemResult a = r.items().get(0);
    assertEquals(3.91, a.score(), 1e-9);
    assertTrue(a.derivation().contains("5") && a.derivation().contains("0.85") && a.derivation().contains("0.92")
        && a.derivation().endsWith("= 3.91"), a.derivation());
    assertEquals(3.91, r.total().score(), 1e-9);
  }

  @Test
  void everythingAtLevelTwoReachesLevelTwo() {
    Assessment r = assess(small(), all(2, 1, 1));
    assertEquals("2", r.level().id());
    assertEquals("2", r.level().possible());
    assertFalse(r.level().provisional());
  }

  @Test
  void aSingleBasicItemBelowItsThresholdBlocksTheLevel() {
    Map<String, Answer> a = all(2, 1, 1);
    a.put("C", Evidence.emr("C", 2, 0.79, 1)); // basic at 2: application 79% < 80%
    Assessment r = assess(small(), a);
    assertEquals("1", r.level().id());
    assertEquals(List.of("C"), r.levels().get(2).unmet());
    assertTrue(r.gaps().stream().anyMatch(g -> g.item().equals("C") && g.required().contains("80.0%")));
    a.put("C", Evidence.emr("C", 2, 0.8, 0.49)); // data quality under 0.5
    assertEquals("1", assess(small(), a).level().id());
    a.put("C", Evidence.emr("C", 1, 1, 1)); // function one level short
    r = assess(small(), a);
    assertEquals("1", r.level().id());
    assertEquals(3, r.gaps().stream().filter(g -> g.item().equals("C")).findFirst().orElseThrow().effort());
  }

  @Test
  void optionalItemsCountAndTheirThresholdIsLower() {
    Map<String, Answer> a = all(2, 1, 1);
    a.put("D", Evidence.emr("D", 2, 0.5, 0.5));   // optional: 50% is enough
    a.put("E", Evidence.emr("E", 1, 1, 1));       // optional below level 2
    a.put("F", Evidence.emr("F", 2, 0.49, 1));    // optional under 50%
    Assessment r = assess(small(), a);
    // level 2: optional D meets, E and F do not: 1 of the 2 needed
    assertEquals("1", r.level().id());
    assertTrue(r.levels().get(2).checks().stream().anyMatch(c -> c.contains("1") && c.contains("2/3")), r.levels().get(2).checks().toString());
    a.put("E", Evidence.emr("E", 2, 1, 1));
    // A, B, C 2 each + D 0.5 + E 2 + F 0.98 = 9.48 >= 9
    assertEquals("2", assess(small(), a).level().id());
  }

  @Test
  void theTotalMustReachTheLevelsMinimum() {
    // every item meets level 2 with factors just over the thresholds: 6 × 2 × 0.8 × 0.5 = 4.8 < 9
    Assessment r = assess(small(), all(2, 0.8, 0.5));
    assertEquals("1", r.level().id());
    assertEquals("total", r.gaps().stream().filter(g -> g.item().equals("total")).findFirst().orElseThrow().item());
    // level 1 needs 4: 6 × 2 × 0.8 × 0.5 = 4.8 is enough
    assertTrue(r.levels().get(1).state().equals("reached"));
    Assessment low = assess(small(), all(1, 0.8, 0.5)); // 6 × 0.4 = 2.4 < 4
    assertEquals("0", low.level().id());
  }

  @Test
  void withoutTheClassificationTheLevelIsBoundedByTheCounts() {
    AssessmentModel e = Evidence.emr();
    Map<String, Answer> a = new HashMap<>();
    for (Item i : e.items()) {
      a.put(i.id(), Evidence.emr(i.id(), 4, 0.9, 0.9));
    }
    Assessment r = assess(e, a);
    assertEquals("4", r.level().id(), "every item meets the basic thresholds at 4: reached whichever are basic");
    assertTrue(r.level().provisional());
    // one item short of level 4: 16 basic items of 39, so it may or may not be basic
    a.put("01.01", Evidence.emr("01.01", 3, 0.9, 0.9));
    r = assess(e, a);
    assertEquals("3", r.level().id());
    assertEquals("4", r.level().possible());
    assertEquals("possible", r.levels().get(4).state());
    // 24 items short: at most 15 meet, fewer than the 16 basic items level 4 needs
    int n = 0;
    for (Item i : e.items()) {
      if (n++ < 24) {
        a.put(i.id(), Evidence.emr(i.id(), 3, 0.9, 0.9));
      }
    }
    r = assess(e, a);
    assertEquals("3", r.level().possible());
  }

  @Test
  void itemsScoredByFunctionCountApplicationAndDataQualityAsOne() {
    AssessmentModel e = Evidence.emr();
    Answer a = new Answer("08.02", null, null, null, null, 5, null, null, "5", null, null, "test");
    Assessment r = assess(e, Map.of("08.02", a));
    Assessment.ItemResult i = r.items().stream().filter(x -> x.id().equals("08.02")).findFirst().orElseThrow();
    assertEquals(5.0, i.score(), 1e-9);
    assertEquals("met", i.status());
  }

  @Test
  void aMissingDataQualityLeavesTheItemIncomplete() {
    AssessmentModel e = Evidence.emr();
    Answer a = new Answer("01.01", null, null, null, null, 5, 0.9, null, "5", null, null, "test");
    Assessment.ItemResult i = assess(e, Map.of("01.01", a)).items().get(0);
    assertEquals("incomplete", i.status());
    assertEquals(0.0, i.score());
  }

  @Test
  void aGapForAMissingDataQualityAsksForEvidenceFirst() {
    Map<String, Answer> a = all(2, 1, 1);
    a.put("C", new Answer("C", null, null, null, null, 2, 1.0, null, "2", null, null, "wb"));
    Assessment r = assess(small(), a);
    Assessment.Gap g = r.gaps().stream().filter(x -> x.item().equals("C")).findFirst().orElseThrow();
    assertEquals(1, g.effort());
    assertTrue(g.evidence().contains("未提供"), g.evidence());
  }
}
