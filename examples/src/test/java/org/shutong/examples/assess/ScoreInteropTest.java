package org.shutong.examples.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.assess.Assessment;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;
import org.shutong.report.Severity;

/** The filled example workbook reaches 三级, and its three shortfalls are exactly the gaps to 四级乙等. */
class ScoreInteropTest {
  private static final Path ANSWERS = Path.of("assess", "自评答复.csv");

  private static Assessment score(Path tmp, FindingCollector findings) {
    Path empty = tmp.resolve("empty.xlsx");
    Path filled = tmp.resolve("filled.xlsx");
    ScoreInterop.template(empty, LocalDate.of(2024, 6, 1));
    int rows;
    try {
      rows = Files.readAllLines(ANSWERS).size() - 1;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertEquals(rows, ScoreInterop.fill(empty, ANSWERS, filled));
    return ScoreInterop.score(filled, List.of(), findings);
  }

  @Test
  void theHospitalReachesLevelThreeAndSeesWhatIsMissingForFourB(@TempDir Path tmp) {
    FindingCollector findings = new FindingCollector();
    Assessment a = score(tmp, findings);
    assertEquals("3", a.level().id());
    assertEquals("4B", a.level().next());
    Set<String> gaps = a.gaps().stream().map(Assessment.Gap::item).collect(Collectors.toSet());
    assertEquals(Set.of("2.2.2.1", "3.1.5.1", "4.1.2.4"), gaps);
    assertTrue(a.gaps().stream().allMatch(g -> "4B".equals(g.level())));
    assertTrue(a.total().score() < a.total().max());
    assertEquals(0, findings.findings().stream().filter(f -> f.severity() == Severity.ERROR).count(),
        findings.findings().stream().map(Finding::toString).collect(Collectors.joining("\n")));
  }

  @Test
  void theCommittedWorkbookHoldsTheAnswersOfTheCsv(@TempDir Path tmp) {
    Assessment fresh = score(tmp, new FindingCollector());
    Assessment committed = ScoreInterop.score(Path.of("assess", "互联互通证据-已填.xlsx"), List.of(), new FindingCollector());
    assertEquals(fresh.total(), committed.total());
    assertEquals(fresh.gaps().stream().map(Assessment.Gap::item).toList(),
        committed.gaps().stream().map(Assessment.Gap::item).toList());
    assertEquals(fresh.items().stream().map(i -> i.id() + "=" + i.answer()).toList(),
        committed.items().stream().map(i -> i.id() + "=" + i.answer()).toList());
  }

  @Test
  void filledCommentsAndAnswersAreCarriedIntoTheItems(@TempDir Path tmp) {
    Assessment a = score(tmp, new FindingCollector());
    Assessment.ItemResult visual = a.items().stream().filter(i -> i.id().equals("3.1.5.1")).findFirst().orElseThrow();
    assertEquals("2", visual.answer());
    assertNotNull(visual.comment());
    assertTrue(visual.origin().contains("filled.xlsx"), visual.origin());
    long unanswered = a.items().stream().filter(i -> i.answer() == null).count();
    assertEquals(a.items().size() - 177, unanswered);
  }
}
