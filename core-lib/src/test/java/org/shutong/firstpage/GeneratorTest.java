package org.shutong.firstpage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.shutong.io.Row;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;
import org.shutong.report.Severity;

/** The generator's answer key against the checker: every injected error found, clean records clean. */
class GeneratorTest {
  record Outcome(FindingCollector findings, List<FirstPageGenerator.Answer> answers, CheckResult result) {}

  static Outcome run(FirstPageGenerator.Options o) {
    FirstPageGenerator g = FirstPageGenerator.create(o);
    FirstPageChecker checker = FirstPageChecker.builder().coding(o.coding()).build();
    FindingCollector findings = new FindingCollector();
    FirstPageChecker.Run run = checker.start(findings);
    run.begin("gen.csv", checker.fields().dictionary().map(g.header()));
    List<FirstPageGenerator.Answer> answers = new ArrayList<>();
    long[] n = {0};
    g.generate((values, a) -> {
      n[0]++;
      run.record(new Row("gen.csv", n[0], n[0] + 1, values.clone()));
      answers.addAll(a);
    });
    return new Outcome(findings, answers, run.finish());
  }

  @Test
  void cleanRecordsHaveNoFindingsAtAll() {
    Outcome out = run(FirstPageGenerator.Options.of(3000).withSeed(7));
    assertEquals(List.of(), out.answers());
    List<String> seen = out.findings().findings().stream()
        .map(f -> f.ruleId() + "@" + f.record() + ":" + f.field() + "=" + f.value() + " " + f.message()).limit(30).toList();
    assertEquals(List.of(), seen);
    assertEquals(3000, out.result().records());
    assertEquals(100.0, out.result().meanScore());
  }

  @Test
  void everyInjectedErrorIsFoundAndCleanRecordsStayClean() {
    for (IcdTables coding : IcdTables.values()) {
      Outcome out = run(FirstPageGenerator.Options.of(6000).withSeed(11).withErrorRate(0.3).withCoding(coding));
      Map<Long, List<Finding>> byRecord = new HashMap<>();
      for (Finding f : out.findings().findings()) {
        byRecord.computeIfAbsent(f.record(), k -> new ArrayList<>()).add(f);
      }
      Set<Long> injected = new HashSet<>();
      Map<String, Integer> perRule = new TreeMap<>();
      List<String> missed = new ArrayList<>();
      for (FirstPageGenerator.Answer a : out.answers()) {
        injected.add(a.record());
        perRule.merge(a.ruleId(), 1, Integer::sum);
        boolean found = byRecord.getOrDefault(a.record(), List.of()).stream()
            .anyMatch(f -> f.ruleId().equals(a.ruleId()) && a.field().equals(f.field()));
        if (!found) {
          missed.add(a + " got " + byRecord.getOrDefault(a.record(), List.of()));
        }
      }
      assertEquals(List.of(), missed.stream().limit(10).toList(), coding + ": injected errors not found");
      List<String> noise = new ArrayList<>();
      for (Finding f : out.findings().findings()) {
        if (!injected.contains(f.record()) && f.severity() != Severity.INFO) {
          noise.add(f.toString());
        }
      }
      assertEquals(List.of(), noise.stream().limit(10).toList(), coding + ": findings on clean records");
      assertTrue(out.answers().size() > 1500, "answers: " + out.answers().size());
      assertTrue(perRule.size() >= 45, "rules exercised: " + perRule.keySet());
    }
  }
}
