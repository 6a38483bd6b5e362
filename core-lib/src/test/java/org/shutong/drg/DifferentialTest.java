package org.shutong.drg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.io.ReadOptions;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;
import org.shutong.io.TableWriter;
import org.shutong.io.TableWriters;
import org.shutong.io.WriteOptions;

/**
 * The differential test of issue 11: every case of cases/chs-drg-1.1-cases.csv (constructed per rule
 * from the tables and ALGORITHM.md, each with its reason in the {@code why} column) groups as
 * expected; the file covers every DRG, every rule token, the weight bands, the trauma regions and
 * the exclusions; results do not depend on column order, header language or repetition.
 */
class DifferentialTest {
  static Grouper grouper;
  static List<DrgCases.Case> cases;

  @BeforeAll
  static void load() {
    grouper = Grouper.of(DrgTables.builtIn(DrgTables.DEFAULT_VERSION));
    cases = DrgCases.read(DrgCases.file());
  }

  static boolean matches(DrgCases.Case c, DrgResult r) {
    if (!r.status().name().equals(c.status())) {
      return false;
    }
    return switch (r.status()) {
      case GROUPED -> c.mdc().equals(r.mdc()) && c.adrg().equals(r.adrg()) && c.drg().equals(r.drg());
      case UNGROUPABLE -> c.rule().equals(r.cause().reason().name());
      case INVALID -> r.issues().stream().anyMatch(i -> i.ruleId().equals(c.rule()));
    };
  }

  @Test
  void everyCaseGroupsAsItsWhySays() {
    assertTrue(cases.size() >= 1000, "at least 1000 cases, got " + cases.size());
    List<String> wrong = new ArrayList<>();
    for (DrgCases.Case c : cases) {
      DrgResult r = grouper.group(c.record());
      if (!matches(c, r)) {
        wrong.add(c.id() + " expected " + c.status() + " " + c.mdc() + "/" + c.adrg() + "/" + c.drg()
            + " " + c.rule() + ", got " + DrgCases.describe(r) + "  (" + c.why() + ")");
      }
    }
    assertEquals(List.of(), wrong.subList(0, Math.min(wrong.size(), 20)),
        wrong.size() + " of " + cases.size() + " cases differ");
  }

  @Test
  void explainAgreesWithGroupAndRepeatsItself() {
    for (DrgCases.Case c : cases) {
      DrgResult a = grouper.group(c.record());
      DrgResult b = grouper.explain(c.record());
      DrgResult again = grouper.group(c.record());
      assertTrue(a.sameGroup(b) && a.sameGroup(again), c.id());
      assertEquals(a.issues(), b.issues(), c.id());
      assertEquals(a.cause(), b.cause(), c.id());
      assertTrue(a.trace().isEmpty(), "group() builds no trace");
      assertTrue(b.trace().size() > 2, "explain() builds a trace");
    }
  }

  @Test
  void fileCoversEveryDrgAndEveryRuleToken() {
    DrgTables t = grouper.tables();
    Set<String> drgs = new HashSet<>();
    Set<String> adrgs = new HashSet<>();
    Set<String> mdcs = new HashSet<>();
    for (DrgCases.Case c : cases) {
      drgs.add(c.drg());
      adrgs.add(c.adrg());
      mdcs.add(c.mdc());
    }
    List<String> missing = new ArrayList<>();
    for (Drg d : t.drgs) {
      if (!drgs.contains(d.code)) {
        missing.add(d.code);
      }
    }
    assertEquals(List.of(), missing, "DRGs without a case");
    Set<String> tokens = new TreeSet<>();
    for (Adrg a : t.adrgs) {
      if (adrgs.contains(a.code)) {
        for (Cond c : a.rule.conds) {
          tokens.add(c.token);
        }
      }
    }
    for (Mdc m : t.mdcs) {
      assertTrue(mdcs.contains(m.code), "a case enters " + m.code);
      for (Cond c : m.entry.conds) {
        tokens.add(c.token);
      }
    }
    Set<String> all = new TreeSet<>();
    for (Adrg a : t.adrgs) {
      for (Cond c : a.rule.conds) {
        all.add(c.token);
      }
    }
    all.removeAll(tokens);
    assertEquals(Set.of(), all, "ADRG rule tokens without a case");
  }

  @Test
  void fileCoversWeightBandsRegionsExclusionsAndFailures() {
    Set<String> weights = new TreeSet<>();
    Set<String> families = new HashSet<>();
    Set<String> rules = new TreeSet<>();
    for (DrgCases.Case c : cases) {
      families.add(c.family());
      if (c.adrg().startsWith("PS")) {
        weights.add(c.record().weight());
      }
      rules.add(c.rule());
    }
    assertTrue(weights.containsAll(List.of("1499", "1500", "1999", "2000", "2499", "2500")), weights.toString());
    assertTrue(families.containsAll(List.of("MDCZ-REGIONS", "MDCZ-ONE-REGION", "MDCZ-FALLTHROUGH",
        "EXCLUSION", "MDCA-FALLTHROUGH", "NO-QY", "ADRG-LABELS", "ADRG-DOUBLE", "MDCP-WEIGHT",
        "SEX", "INVALID", "UNGROUPABLE")), families.toString());
    assertTrue(rules.containsAll(List.of("DRG-SEX-MISSING", "DRG-SEX-INVALID", "DRG-AGE-MISSING",
        "DRG-AGE-INVALID", "DRG-AGEDAYS-MISSING", "DRG-AGEDAYS-INVALID", "DRG-WEIGHT-MISSING",
        "DRG-WEIGHT-INVALID", "DRG-PDX-MISSING", "PDX_NOT_IN_ANY_MDC", "SEX_CONFLICT", "AGE_CONFLICT")),
        rules.toString());
    // every pair of the 9 trauma regions
    Set<String> pairs = new HashSet<>();
    DrgTables t = grouper.tables();
    for (DrgCases.Case c : cases) {
      if (c.family().equals("MDCZ-REGIONS")) {
        List<String> dx = c.record().diagnoses();
        String a = t.regionNames[t.dx.get(dx.get(0)).region];
        String b = t.regionNames[t.dx.get(dx.get(1)).region];
        pairs.add(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a);
      }
    }
    assertEquals(36, pairs.size(), "all 36 pairs of the 9 MDCZ regions");
  }

  @Test
  void columnOrderAndHeaderLanguageDoNotChangeAnyResult(@TempDir Path dir) {
    List<List<String>> table = new ArrayList<>();
    try (TableReader r = TableReaders.open(DrgCases.file(), ReadOptions.defaults())) {
      table.add(r.header());
      while (r.hasNext()) {
        table.add(r.next().values());
      }
    }
    int width = table.get(0).size();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(11));
    Path shuffled = dir.resolve("shuffled.csv");
    try (TableWriter w = TableWriters.open(shuffled, WriteOptions.defaults())) {
      for (int r = 0; r < table.size(); r++) {
        List<String> cells = new ArrayList<>();
        for (int i : order) {
          String v = table.get(r).get(i);
          cells.add(r == 0 ? FirstPageDrgLayout.name(v) : v);
        }
        if (r == 0) {
          w.writeHeader(cells);
        } else {
          w.writeRow(cells);
        }
      }
      w.commit();
    }
    List<DrgCases.Case> again = DrgCases.read(shuffled);
    assertEquals(cases.size(), again.size());
    assertTrue(!again.get(0).row().values().equals(cases.get(0).row().values()), "columns moved");
    for (int i = 0; i < cases.size(); i++) {
      DrgResult a = grouper.group(cases.get(i).record());
      DrgResult b = grouper.group(again.get(i).record());
      assertTrue(a.sameGroup(b), cases.get(i).id() + ": " + DrgCases.describe(a) + " vs " + DrgCases.describe(b));
      assertEquals(a.issues(), b.issues(), cases.get(i).id());
    }
  }
}
