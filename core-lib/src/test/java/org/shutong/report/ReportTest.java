package org.shutong.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {
  @Test
  void theBuilderKeepsTheRulesCheckedInOrderWithTheirLastTitle() {
    Report r = Report.builder("firstpage check")
        .rule("B", null).rule("A", "甲").rule("B", "乙").rule("A", null)
        .rules(List.of(new RuleInfo("C", null)))
        .build(new FindingCollector());
    assertEquals(List.of(new RuleInfo("B", "乙"), new RuleInfo("A", "甲"), new RuleInfo("C", null)), r.rules());
  }

  @Test
  void theConstructorWithoutRulesStillWorks() {
    Report r = new Report("shutong", "0.1.0", "x", List.of(), new Summary(0, 0, 0, 0, 0), List.of(), 0,
        Map.of(), List.of());
    assertEquals(List.of(), r.rules());
  }

  @Test
  void fixedKeysCannotBeExtras() {
    assertThrows(IllegalArgumentException.class, () -> Report.builder("x").extra("summary", 1));
  }
}
