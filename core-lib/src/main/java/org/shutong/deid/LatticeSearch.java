package org.shutong.deid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Optimal k-anonymity with record suppression over the lattice of generalisation levels, in the
 * manner of ARX's globally optimal search (Kohlmayer et al., "Flash: efficient, stable and optimal
 * k-anonymity", 2012; Kohlmayer et al., "Efficient and effective pruning strategies for health data
 * de-identification", BMC Med Inform Decis Mak 16:49, 2016): written from the published
 * descriptions, not from ARX's code.
 *
 * <ul>
 *   <li>One pass builds the frequency set of the distinct quasi-identifier combinations at the lowest
 *       levels the profile allows. Every other transformation's classes are rolled up from the
 *       smallest frequency set already computed for a transformation below it (hierarchies are
 *       checked to nest, so a class maps to exactly one class above).
 *   <li>k-anonymity with a suppression limit is monotone: above an anonymous transformation all are
 *       anonymous, below a non-anonymous one none is (predictive tagging). The information loss
 *       without suppression depends on the levels only and is a lower bound of the loss with
 *       suppression. Transformations are visited in order of that bound (best-first branch and
 *       bound); a transformation below a known non-anonymous one is skipped, and the search stops
 *       when the bound reaches the best loss found: the result is the global optimum.
 * </ul>
 */
final class LatticeSearch {
  /** Frequency sets kept for roll-ups, and the most entries they may hold together. */
  private static final int CACHE_SETS = 64;
  private static final long CACHE_ENTRIES = 8_000_000;

  private final int m;
  private final int[] min;
  private final int[] max;
  /** gen[i][level][rawId] = class id of the raw value at that level. */
  private final int[][][] gen;
  /** loss[i][level][genId] = (leaves - 1) / (distinct - 1). */
  private final double[][][] loss;
  /** colLoss[i][level] = mean over records of loss. */
  private final double[][] colLoss;
  private final int[] bits;
  private final int[] shift;
  private final long n;
  private final int k;
  private final long allowed;
  private final LongCounts bottom;
  private final List<String> labels;
  private long evaluated;

  /** What the search chose. */
  static final class Choice {
    private final int[] levels;
    private final LongCounts classes;
    private final double loss;
    private final long suppressed;
    private final boolean found;
    private final long lattice;
    private final long evaluated;

    Choice(int[] levels, LongCounts classes, double loss, long suppressed, boolean found, long lattice, long evaluated) {
      this.levels = levels.clone();
      this.classes = classes;
      this.loss = loss;
      this.suppressed = suppressed;
      this.found = found;
      this.lattice = lattice;
      this.evaluated = evaluated;
    }

    int[] levels() {
      return levels.clone();
    }

    LongCounts classes() {
      return classes;
    }

    double loss() {
      return loss;
    }

    long suppressed() {
      return suppressed;
    }

    boolean found() {
      return found;
    }

    long lattice() {
      return lattice;
    }

    long evaluated() {
      return evaluated;
    }
  }

  /**
   * @param hierarchies per column
   * @param min lowest level per column
   * @param values per column the distinct raw values (index = raw id)
   * @param ids per column the raw id of each record
   */
  LatticeSearch(List<Hierarchy> hierarchies, int[] min, List<List<String>> values, int[][] ids, String marker,
      int k, double maxSuppression) {
    this.m = hierarchies.size();
    this.min = min.clone();
    this.max = new int[m];
    this.n = m == 0 ? 0 : ids[0].length;
    this.k = k;
    this.allowed = (long) Math.floor(maxSuppression * n + 1e-9);
    this.gen = new int[m][][];
    this.loss = new double[m][][];
    this.colLoss = new double[m][];
    this.bits = new int[m];
    this.shift = new int[m];
    this.labels = new ArrayList<>();
    int totalBits = 0;
    for (int i = 0; i < m; i++) {
      Hierarchy h = hierarchies.get(i);
      max[i] = h.height() - 1;
      List<String> vals = values.get(i);
      long[] rawCount = new long[vals.size()];
      for (int id : ids[i]) {
        rawCount[id]++;
      }
      gen[i] = new int[h.height()][];
      loss[i] = new double[h.height()][];
      colLoss[i] = new double[h.height()];
      int distinct = vals.size();
      for (int l = 0; l < h.height(); l++) {
        Map<String, Integer> g = new HashMap<>();
        int[] map = new int[vals.size()];
        for (int r = 0; r < vals.size(); r++) {
          String v = vals.get(r);
          String gv = l == h.height() - 1 || v.isEmpty() ? (v.isEmpty() && l < h.height() - 1 ? "" : marker) : h.apply(v, l);
          if (gv == null) {
            gv = marker;
          }
          map[r] = g.computeIfAbsent(gv, x -> g.size());
        }
        gen[i][l] = map;
        long[] leaves = new long[g.size()];
        for (int r = 0; r < vals.size(); r++) {
          leaves[map[r]]++;
        }
        double[] lo = new double[g.size()];
        for (int c = 0; c < lo.length; c++) {
          lo[c] = l == h.height() - 1 ? 1.0 : distinct <= 1 ? 0.0 : (leaves[c] - 1) / (double) (distinct - 1);
        }
        loss[i][l] = lo;
        double sum = 0;
        for (int r = 0; r < vals.size(); r++) {
          sum += rawCount[r] * lo[map[r]];
        }
        colLoss[i][l] = n == 0 ? 0 : sum / n;
        if (l > 0) {
          checkNested(i, l, h);
        }
      }
      int card = gen[i][min[i]].length == 0 ? 1 : max(gen[i][min[i]]) + 1;
      bits[i] = Math.max(1, 64 - Long.numberOfLeadingZeros(card));
      shift[i] = totalBits;
      totalBits += bits[i];
    }
    if (totalBits > 63) {
      throw new LocalizedArgumentException("lattice.tooFine", totalBits);
    }
    bottom = new LongCounts((int) Math.min(n, 1 << 20));
    for (int r = 0; r < n; r++) {
      long key = 0;
      for (int i = 0; i < m; i++) {
        key |= (long) gen[i][min[i]][ids[i][r]] << shift[i];
      }
      bottom.add(key, 1);
    }
  }

  private static int max(int[] a) {
    int x = 0;
    for (int v : a) {
      x = Math.max(x, v);
    }
    return x;
  }

  /** Each class at level l-1 must lie in one class at level l, so that classes roll up. */
  private void checkNested(int i, int l, Hierarchy h) {
    int[] lower = gen[i][l - 1];
    int[] upper = gen[i][l];
    int[] seen = new int[max(lower) + 1];
    Arrays.fill(seen, -1);
    for (int r = 0; r < lower.length; r++) {
      int prev = seen[lower[r]];
      if (prev >= 0 && prev != upper[r]) {
        throw new LocalizedArgumentException("lattice.notNested", h.label(l - 1), h.label(l));
      }
      seen[lower[r]] = upper[r];
    }
  }

  long key(int[] levels, int[] rawIds) {
    long key = 0;
    for (int i = 0; i < m; i++) {
      key |= (long) gen[i][min[i]][rawIds[i]] << shift[i];
    }
    return rollKey(key, min, levels);
  }

  /**
   * The class key of records at {@code levels}, as {@link #key}, with the roll-up maps built now:
   * the function only reads, so several threads may use it at once.
   */
  java.util.function.ToLongFunction<int[]> classifier(int[] levels) {
    int[][] bottomIds = new int[m][];
    int[][] ups = new int[m][];
    int[] sh = shift.clone();
    for (int i = 0; i < m; i++) {
      bottomIds[i] = gen[i][min[i]];
      if (levels[i] != min[i]) {
        up(i, min[i], levels[i], 0);
        ups[i] = upMaps.get(((long) i << 32) | ((long) min[i] << 16) | levels[i]);
      }
    }
    return rawIds -> {
      long out = 0;
      for (int i = 0; i < bottomIds.length; i++) {
        int c = bottomIds[i][rawIds[i]];
        out |= (long) (ups[i] == null ? c : ups[i][c]) << sh[i];
      }
      return out;
    };
  }

  private long rollKey(long key, int[] from, int[] to) {
    long out = 0;
    for (int i = 0; i < m; i++) {
      int c = (int) ((key >>> shift[i]) & ((1L << bits[i]) - 1));
      if (from[i] != to[i]) {
        c = up(i, from[i], to[i], c);
      }
      out |= (long) c << shift[i];
    }
    return out;
  }

  private final Map<Long, int[]> upMaps = new HashMap<>();

  /** The class at level {@code b} of class {@code c} at level {@code a} (a < b). */
  private int up(int i, int a, int b, int c) {
    long id = ((long) i << 32) | ((long) a << 16) | b;
    int[] map = upMaps.get(id);
    if (map == null) {
      int[] lower = gen[i][a];
      int[] upper = gen[i][b];
      map = new int[max(lower) + 1];
      for (int r = 0; r < lower.length; r++) {
        map[lower[r]] = upper[r];
      }
      upMaps.put(id, map);
    }
    return map[c];
  }

  private static final class Node {
    final int[] levels;
    final double bound;
    final int sum;

    Node(int[] levels, double bound, int sum) {
      this.levels = levels;
      this.bound = bound;
      this.sum = sum;
    }

    int[] levels() {
      return levels;
    }

    double bound() {
      return bound;
    }

    int sum() {
      return sum;
    }
  }

  private static final class Evaluated {
    final int[] levels;
    final LongCounts classes;

    Evaluated(int[] levels, LongCounts classes) {
      this.levels = levels;
      this.classes = classes;
    }

    int[] levels() {
      return levels;
    }

    LongCounts classes() {
      return classes;
    }
  }

  Choice search() {
    List<Node> nodes = new ArrayList<>();
    long size = 1;
    for (int i = 0; i < m; i++) {
      size *= max[i] - min[i] + 1;
      if (size > 2_000_000) {
        throw new LocalizedArgumentException("lattice.tooLarge");
      }
    }
    int[] cur = min.clone();
    while (true) {
      double b = 0;
      int s = 0;
      for (int i = 0; i < m; i++) {
        b += colLoss[i][cur[i]];
        s += cur[i];
      }
      nodes.add(new Node(cur.clone(), m == 0 ? 0 : b / m, s));
      int i = 0;
      while (i < m && cur[i] == max[i]) {
        cur[i] = min[i];
        i++;
      }
      if (i == m) {
        break;
      }
      cur[i]++;
    }
    nodes.sort(Comparator.comparingDouble(Node::bound).thenComparingInt(Node::sum));
    List<int[]> notAnonymous = new ArrayList<>();
    List<Evaluated> cache = new ArrayList<>();
    cache.add(new Evaluated(min.clone(), bottom));
    Choice best = null;
    for (Node node : nodes) {
      if (best != null && node.bound() >= best.loss() - 1e-12) {
        break;
      }
      boolean below = false;
      for (int[] na : notAnonymous) {
        if (leq(node.levels(), na)) {
          below = true;
          break;
        }
      }
      if (below) {
        continue;
      }
      LongCounts classes = rollUp(node.levels(), cache);
      evaluated++;
      long[] sup = {0};
      double[] extra = {0};
      int[] lv = node.levels();
      classes.forEach((key, count) -> {
        if (count < k) {
          sup[0] += count;
          double l = 0;
          for (int i = 0; i < m; i++) {
            int c = (int) ((key >>> shift[i]) & ((1L << bits[i]) - 1));
            l += 1 - loss[i][lv[i]][c];
          }
          extra[0] += count * l;
        }
      });
      if (sup[0] <= allowed) {
        double total = node.bound() + (n == 0 || m == 0 ? 0 : extra[0] / ((double) n * m));
        if (best == null || total < best.loss() - 1e-12) {
          best = new Choice(lv.clone(), classes, total, sup[0], true, 0, 0);
        }
      } else {
        notAnonymous.removeIf(x -> leq(x, lv));
        notAnonymous.add(lv.clone());
      }
      if (classes != bottom) {
        cache.add(new Evaluated(lv.clone(), classes));
        long entries = 0;
        for (Evaluated e : cache) {
          entries += e.classes().size();
        }
        while (cache.size() > CACHE_SETS || (entries > CACHE_ENTRIES && cache.size() > 2)) {
          // evict the largest set but the bottom: small sets are the cheap sources of roll-ups
          Evaluated largest = null;
          for (Evaluated e : cache) {
            if (e.classes() != bottom && (largest == null || e.classes().size() > largest.classes().size())) {
              largest = e;
            }
          }
          if (largest == null) {
            break;
          }
          cache.remove(largest);
          entries -= largest.classes().size();
        }
      }
    }
    long lattice = nodes.size();
    if (best == null) {
      int[] top = max.clone();
      return new Choice(top, rollUp(top, cache), 1.0, n, false, lattice, evaluated);
    }
    return new Choice(best.levels(), best.classes(), best.loss(), best.suppressed(), true, lattice, evaluated);
  }

  private LongCounts rollUp(int[] target, List<Evaluated> cache) {
    Evaluated src = null;
    for (Evaluated e : cache) {
      if (leq(e.levels(), target) && (src == null || e.classes().size() < src.classes().size())) {
        src = e;
      }
    }
    if (src == null) {
      throw new IllegalStateException("no source for roll-up");
    }
    if (Arrays.equals(src.levels(), target)) {
      return src.classes();
    }
    int[] from = src.levels();
    LongCounts out = new LongCounts(Math.max(16, src.classes().size() / 2));
    src.classes().forEach((key, count) -> out.add(rollKey(key, from, target), count));
    return out;
  }

  private static boolean leq(int[] a, int[] b) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] > b[i]) {
        return false;
      }
    }
    return true;
  }

  long records() {
    return n;
  }

  List<String> labels() {
    return labels;
  }
}
