package org.shutong.examples.drg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.drg.DrgResult;
import org.shutong.drg.DrgStatus;
import org.shutong.drg.GroupSummary;
import org.shutong.drg.UngroupableCause;

/** The DRG example groups the example discharges by CHS-DRG 1.1 and explains them consistently. */
class GroupDischargesTest {
  private static final Path FILE = Path.of("drg", "出院-2024-05.csv");

  @Test
  void everyRecordIsGroupedOrGivenAReason() {
    GroupSummary summary = GroupDischarges.newSummary();
    List<GroupDischarges.Grouped> all = GroupDischarges.group(FILE, summary);
    assertEquals(20, all.size());
    assertEquals(20, summary.records());
    assertEquals(summary.records(), summary.grouped() + summary.ungroupable() + summary.invalid());
    assertEquals(0, summary.invalid());
    for (GroupDischarges.Grouped g : all) {
      DrgResult r = g.result();
      assertTrue(r.grouped() ? r.drg() != null && r.drg().startsWith(r.adrg()) : r.cause() != null, g.toString());
    }
    // record 1: J44.900 慢性阻塞性肺病 with I48.000 阵发性心房颤动, a CC not excluded by J44.900's table
    DrgResult first = all.get(0).result();
    assertEquals("BA00000001", all.get(0).caseId());
    assertEquals(List.of("MDCE", "ET2", "ET23"), List.of(first.mdc(), first.adrg(), first.drg()));
    // record 2: C34.900 is in no MDC's principal-diagnosis list of CHS-DRG 1.1 (only its x-extensions are)
    DrgResult second = all.get(1).result();
    assertEquals(DrgStatus.UNGROUPABLE, second.status());
    assertEquals(UngroupableCause.Reason.PDX_NOT_IN_ANY_MDC, second.cause().reason());
  }

  @Test
  void theExplanationEndsInTheSameGroup() {
    List<GroupDischarges.Grouped> all = GroupDischarges.group(FILE, GroupDischarges.newSummary());
    for (GroupDischarges.Grouped g : all) {
      DrgResult explained = GroupDischarges.explain(FILE, g.record());
      assertEquals(g.result().status(), explained.status());
      assertEquals(g.result().drg(), explained.drg());
      assertEquals("RESULT", explained.trace().get(explained.trace().size() - 1).step());
    }
    assertTrue(GroupDischarges.explain(FILE, 1).trace().stream()
        .anyMatch(s -> "SEVERITY".equals(s.step()) && s.zh().contains("I48.000") && s.zh().contains("CC")));
  }

  @Test
  void aFileWithoutThePrincipalDiagnosisIsRefusedNamingTheColumn(@TempDir Path tmp) throws IOException {
    Path f = tmp.resolve("no-pdx.csv");
    Files.writeString(f, "病案号,性别,年龄（岁）\nBA1,1,50\n", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GroupDischarges.group(f, GroupDischarges.newSummary()));
    assertTrue(e.getMessage().contains("C03C"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> GroupDischarges.explain(FILE, 21));
  }
}
