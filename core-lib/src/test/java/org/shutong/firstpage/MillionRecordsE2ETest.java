package org.shutong.firstpage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.io.ReadOptions;
import org.shutong.io.TableWriter;
import org.shutong.io.TableWriters;
import org.shutong.io.WriteOptions;
import org.shutong.report.Finding;
import org.shutong.report.FindingSink;
import org.shutong.report.InputSummary;
import org.shutong.report.Severity;

/**
 * A generated file of one million first pages (all 811 columns, 1 % with injected errors) checked
 * with every default rule through the two-thread pipeline: every injected error is found, no other
 * record has an error or warning, and the findings are not kept (a counting sink), so the run's
 * memory is the cross-record keys.
 */
@Tag("e2e")
class MillionRecordsE2ETest {
  @Test
  void aMillionRecords(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("million.csv");
    FirstPageGenerator g = FirstPageGenerator.create(FirstPageGenerator.Options.of(1_000_000).withSeed(99)
        .withErrorRate(0.01));
    Map<Long, List<FirstPageGenerator.Answer>> answers = new HashMap<>();
    try (TableWriter w = TableWriters.open(file, WriteOptions.defaults())) {
      w.writeHeader(g.header());
      g.generate((values, a) -> {
        w.writeRow(Arrays.asList(values));
        for (FirstPageGenerator.Answer x : a) {
          answers.computeIfAbsent(x.record(), k -> new ArrayList<>()).add(x);
        }
      });
      w.commit();
    }
    Map<Long, List<Finding>> onInjected = new HashMap<>();
    long[] noise = {0};
    List<Finding> firstNoise = new ArrayList<>();
    FindingSink sink = f -> {
      if (answers.containsKey(f.record())) {
        onInjected.computeIfAbsent(f.record(), k -> new ArrayList<>()).add(f);
      } else if (f.severity() != Severity.INFO) {
        noise[0]++;
        if (firstNoise.size() < 5) {
          firstNoise.add(f);
        }
      }
    };
    FirstPageChecker checker = FirstPageChecker.builder().build();
    FirstPageChecker.Run run = checker.start(sink);
    InputSummary in = run.check(file, ReadOptions.defaults().withProblems(sink), new FirstPageChecker.Run.Listener() {});
    CheckResult result = run.finish();
    assertEquals(1_000_000, in.records());
    assertEquals(1_000_000, result.records());
    assertEquals(0, noise[0], "findings on clean records, e.g. " + firstNoise);
    long missed = 0;
    for (List<FirstPageGenerator.Answer> list : answers.values()) {
      for (FirstPageGenerator.Answer a : list) {
        boolean found = onInjected.getOrDefault(a.record(), List.of()).stream()
            .anyMatch(f -> f.ruleId().equals(a.ruleId()) && a.field().equals(f.field()));
        if (!found) {
          missed++;
        }
      }
    }
    assertEquals(0, missed, "injected errors not found");
    assertTrue(answers.size() > 5_000, "answers: " + answers.size());
  }
}
