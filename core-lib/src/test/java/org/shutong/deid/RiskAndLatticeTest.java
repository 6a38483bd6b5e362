package org.shutong.deid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RiskAndLatticeTest {
  @Test
  void riskMeasuresAreComputedAsDefined() {
    RiskAnalyzer a = new RiskAnalyzer(List.of("dx"), "*");
    String[][] rows = {{"M", "30"}, {"M", "30"}, {"M", "30"}, {"F", "30"}, {"F", "30"}, {"F", "40"}, {"*", "*"}};
    String[] dx = {"I21", "I21", "J18", "E11", "E11", "I10", "C34"};
    for (int i = 0; i < rows.length; i++) {
      a.add(rows[i], new String[] {dx[i]});
    }
    RiskMeasures r = a.result();
    assertEquals(6, r.records());
    assertEquals(1, r.suppressed());
    assertEquals(3, r.classes());
    assertEquals(1, r.k());
    assertEquals(1.0, r.prosecutorMax());
    assertEquals(0.5, r.prosecutorAvg(), 1e-12);
    assertEquals(1.0 / 6, r.recordsInClassesBelow().get("2"), 1e-12);
    assertEquals(1.0, r.recordsInClassesBelow().get("5"), 1e-12);
    assertEquals(1L, r.lDiversity().get("dx"));
  }

  /** Every transformation checked by brute force: the search must find the same optimum. */
  @Test
  void theSearchFindsTheSameOptimumAsExhaustiveEvaluation() {
    SplittableRandom rnd = new SplittableRandom(42);
    for (int trial = 0; trial < 20; trial++) {
      int n = 200 + rnd.nextInt(400);
      List<Hierarchy> hs = List.of(
          new Hierarchies.Bands(List.of(new BigDecimal(5), new BigDecimal(10), new BigDecimal(20)), null, null),
          new Hierarchies.Identity(),
          new Hierarchies.Prefixes(List.of(3, 1), '*'));
      List<List<String>> values = new ArrayList<>();
      int[][] ids = new int[3][n];
      List<Map<String, Integer>> dict = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        values.add(new ArrayList<>());
        dict.add(new HashMap<>());
      }
      String[][] data = new String[n][3];
      for (int r = 0; r < n; r++) {
        data[r][0] = String.valueOf(rnd.nextInt(90));
        data[r][1] = rnd.nextBoolean() ? "1" : "2";
        data[r][2] = String.valueOf(100 + rnd.nextInt(40)) + rnd.nextInt(10);
        for (int i = 0; i < 3; i++) {
          final int col = i;
          ids[i][r] = dict.get(i).computeIfAbsent(data[r][i], v -> {
            values.get(col).add(v);
            return values.get(col).size() - 1;
          });
        }
      }
      int k = 2 + rnd.nextInt(6);
      double sup = rnd.nextInt(3) * 0.02;
      int[] min = {0, 0, 0};
      LatticeSearch.Choice fast = new LatticeSearch(hs, min, values, ids, "*", k, sup).search();
      double best = Double.MAX_VALUE;
      int[] bestLevels = null;
      for (int a = 0; a < hs.get(0).height(); a++) {
        for (int b = 0; b < hs.get(1).height(); b++) {
          for (int c = 0; c < hs.get(2).height(); c++) {
            int[] lv = {a, b, c};
            double loss = bruteLoss(hs, lv, data, k, sup);
            if (loss < best - 1e-12) {
              best = loss;
              bestLevels = lv;
            }
          }
        }
      }
      assertEquals(best, fast.loss(), 1e-9, "trial " + trial);
      assertTrue(fast.found());
      assertEquals(bestLevels.length, fast.levels().length);
    }
  }

  /** Loss of one transformation computed from scratch, or MAX_VALUE when it is not anonymous. */
  private static double bruteLoss(List<Hierarchy> hs, int[] lv, String[][] data, int k, double sup) {
    int m = hs.size();
    int n = data.length;
    Map<String, Integer> classes = new HashMap<>();
    String[][] gen = new String[n][m];
    List<Map<String, Integer>> leaves = new ArrayList<>();
    List<Integer> distinct = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      Map<String, java.util.Set<String>> g = new HashMap<>();
      java.util.Set<String> all = new java.util.HashSet<>();
      for (String[] row : data) {
        all.add(row[i]);
        String v = lv[i] == hs.get(i).height() - 1 ? "*" : hs.get(i).apply(row[i], lv[i]);
        g.computeIfAbsent(v, x -> new java.util.HashSet<>()).add(row[i]);
      }
      Map<String, Integer> l = new HashMap<>();
      g.forEach((key, set) -> l.put(key, set.size()));
      leaves.add(l);
      distinct.add(all.size());
    }
    for (int r = 0; r < n; r++) {
      StringBuilder key = new StringBuilder();
      for (int i = 0; i < m; i++) {
        gen[r][i] = lv[i] == hs.get(i).height() - 1 ? "*" : hs.get(i).apply(data[r][i], lv[i]);
        key.append(gen[r][i]).append('|');
      }
      classes.merge(key.toString(), 1, Integer::sum);
    }
    double total = 0;
    int suppressed = 0;
    for (int r = 0; r < n; r++) {
      StringBuilder key = new StringBuilder();
      for (int i = 0; i < m; i++) {
        key.append(gen[r][i]).append('|');
      }
      boolean small = classes.get(key.toString()) < k;
      if (small) {
        suppressed++;
      }
      for (int i = 0; i < m; i++) {
        boolean top = lv[i] == hs.get(i).height() - 1;
        double l = top ? 1 : distinct.get(i) <= 1 ? 0 : (leaves.get(i).get(gen[r][i]) - 1) / (double) (distinct.get(i) - 1);
        total += small ? 1 : l;
      }
    }
    if (suppressed > Math.floor(sup * n + 1e-9)) {
      return Double.MAX_VALUE;
    }
    return total / ((double) n * m);
  }

  @Test
  void withoutRecordsTheSearchStillAnswers() {
    LatticeSearch.Choice c = new LatticeSearch(List.of(new Hierarchies.Identity()), new int[] {0}, List.of(List.of()),
        new int[][] {new int[0]}, "*", 5, 0).search();
    assertArrayEquals(new int[] {0}, c.levels());
  }
}
