package org.shutong.firstpage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.i18n.Lang;
import org.shutong.io.OutputException;
import org.shutong.io.ReadOptions;
import org.shutong.io.TableWriter;
import org.shutong.io.TableWriters;
import org.shutong.io.WriteOptions;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;

/**
 * A run whose cross-record keys and record scores are forced out to temporary files (a budget of
 * zero) gives exactly the findings, scores and summaries of a run that keeps them in memory, on a
 * generated file with injected errors of every kind, the cross-record ones included.
 */
class SpillRunTest {
  static Path generate(Path dir, int count) throws IOException {
    Path file = dir.resolve("fp-" + count + ".csv");
    FirstPageGenerator g = FirstPageGenerator.create(FirstPageGenerator.Options.of(count).withSeed(7)
        .withErrorRate(0.1));
    try (TableWriter w = TableWriters.open(file, WriteOptions.defaults())) {
      w.writeHeader(g.header());
      g.generate((values, a) -> w.writeRow(Arrays.asList(values)));
      w.commit();
    }
    return file;
  }

  record Outcome(List<Finding> findings, CheckResult result, boolean spilled) {}

  static Outcome check(FirstPageChecker.Builder b, Path file) {
    FindingCollector findings = new FindingCollector(Integer.MAX_VALUE);
    FirstPageChecker.Run run = b.build().start(findings);
    run.check(file, ReadOptions.defaults().withProblems(findings), new FirstPageChecker.Run.Listener() {});
    boolean spilled = run.spilled();
    return new Outcome(findings.findings(), run.finish(), spilled);
  }

  static void assertSpillChangesNothing(Path dir, int count) throws IOException {
    Path file = generate(dir, count);
    Path tmp = Files.createDirectory(dir.resolve("tmp"));
    Outcome memory = check(FirstPageChecker.builder(), file);
    Outcome spilled = check(FirstPageChecker.builder().spillDirectory(tmp).spillBudget(0), file);
    assertFalse(memory.spilled(), "the default budget holds this file in memory");
    assertTrue(spilled.spilled(), "a budget of 0 spills");
    for (String cross : List.of("FP-DUPLICATE-STAY", "FP-OVERLAPPING-STAYS", "FP-ADMISSION-COUNT-ORDER")) {
      assertTrue(memory.findings().stream().anyMatch(f -> f.ruleId().equals(cross)), cross + " fired");
    }
    assertEquals(memory.findings().size(), spilled.findings().size());
    for (int i = 0; i < memory.findings().size(); i++) {
      assertEquals(memory.findings().get(i), spilled.findings().get(i), "finding " + i);
    }
    assertEquals(count, spilled.result().scores().size());
    assertEquals(memory.result(), spilled.result(), "scores, summaries and indicators");
    List<String> gradeOrder = memory.result().grades().stream().map(CheckResult.GradeCount::grade).toList();
    for (CheckResult.DepartmentSummary d : spilled.result().departments()) {
      assertEquals(gradeOrder, List.copyOf(d.grades().keySet()), "grades per department, best first");
    }
    // the scores read back from the file in any order
    int last = count - 1;
    assertEquals(memory.result().scores().get(last), spilled.result().scores().get(last));
    assertEquals(memory.result().scores().get(0), spilled.result().scores().get(0));
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(0, left.count(), "no temporary file is visible in the directory");
    }
  }

  @Test
  void spillingGivesTheSameFindingsAndScores(@TempDir Path dir) throws IOException {
    assertSpillChangesNothing(dir, 6_000);
  }

  @Test
  @Tag("e2e")
  void spillingGivesTheSameFindingsAndScoresOnAQuarterMillion(@TempDir Path dir) throws IOException {
    assertSpillChangesNothing(dir, 250_000);
  }

  @Test
  void aSpillDirectoryThatDoesNotExistIsAnOutputErrorNamingIt(@TempDir Path dir) throws IOException {
    Path file = generate(dir, 3_000);
    Path missing = dir.resolve("gone");
    for (Lang lang : Lang.values()) {
      OutputException e = assertThrows(OutputException.class, () -> check(FirstPageChecker.builder().lang(lang)
          .spillDirectory(missing).spillBudget(0), file));
      assertEquals(missing.toString(), e.path());
      assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
      assertTrue(e.getMessage().contains(lang == Lang.ZH ? "临时文件" : "temporary file"), e.getMessage());
    }
  }
}
