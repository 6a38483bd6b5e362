package org.shutong.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import org.shutong.codesets.CodeTable;

/**
 * The search index of one code table: postings by Chinese character, by 拼音首字母 bigram (every reading
 * of a 多音字) and by full-pinyin bigram, and the codes in sorted order for prefix search. Built on the
 * first search; immutable afterwards.
 */
final class NameIndex {
  private static final int[] EMPTY = new int[0];

  private final String[] codes;
  private final String[] names;
  private final boolean[] leaf;
  /** Per entry: primary 拼音首字母 (one letter or digit per searchable character). */
  private final String[] initials;
  /** Per entry: every possible initial of each searchable character, as bit masks (a–z, 0–9). */
  private final long[][] alternatives;
  /** Per entry: full pinyin of the primary readings, no separators. */
  private final String[] full;
  private final Map<Character, int[]> byChar;
  private final Map<Integer, int[]> byInitialPair;
  private final Map<Integer, int[]> byPinyinPair;
  private final Map<Character, int[]> byInitial;
  private final String[] sortedCodes;
  private final int[] sortedIndex;

  NameIndex(CodeTable table) {
    int n = table.size();
    codes = new String[n];
    names = new String[n];
    leaf = new boolean[n];
    initials = new String[n];
    alternatives = new long[n][];
    full = new String[n];
    Map<Character, IntList> chars = new HashMap<>();
    Map<Integer, IntList> pairs = new HashMap<>();
    Map<Integer, IntList> pinyinPairs = new HashMap<>();
    Map<Character, IntList> firsts = new HashMap<>();
    Map<Character, long[]> altCache = new HashMap<>();
    StringBuilder ini = new StringBuilder();
    StringBuilder fp = new StringBuilder();
    List<Long> alts = new ArrayList<>();
    for (int e = 0; e < n; e++) {
      CodeTable.Code c = table.at(e);
      codes[e] = c.code();
      names[e] = c.name();
      leaf[e] = c.leaf();
      String name = c.name();
      ini.setLength(0);
      fp.setLength(0);
      alts.clear();
      int i = 0;
      while (i < name.length()) {
        char ch = name.charAt(i);
        if (Pinyin.isHan(ch)) {
          int j = i;
          while (j < name.length() && Pinyin.isHan(name.charAt(j))) {
            j++;
          }
          String run = name.substring(i, j);
          String[] ctx = Pinyin.inContext(run);
          for (int k = 0; k < run.length(); k++) {
            char h = run.charAt(k);
            long mask = altCache.computeIfAbsent(h, NameIndex::initialsOf)[0];
            String primary = ctx[k];
            if (primary != null && !primary.isEmpty()) {
              ini.append(primary.charAt(0));
              fp.append(primary);
              mask |= bit(primary.charAt(0));
            } else {
              ini.append('_');
            }
            alts.add(mask);
          }
          i = j;
          continue;
        }
        char a = asciiFold(ch);
        if ((a >= 'a' && a <= 'z') || (a >= '0' && a <= '9')) {
          ini.append(a);
          fp.append(a);
          alts.add(bit(a));
        }
        i++;
      }
      initials[e] = ini.toString();
      full[e] = fp.toString();
      long[] am = new long[alts.size()];
      for (int k = 0; k < am.length; k++) {
        am[k] = alts.get(k);
      }
      alternatives[e] = am;
      for (int k = 0; k < name.length(); k++) {
        chars.computeIfAbsent(name.charAt(k), x -> new IntList()).addOnce(e);
      }
      for (int k = 0; k < am.length; k++) {
        for (int b = 0; b < 36; b++) {
          if ((am[k] & (1L << b)) != 0) {
            firsts.computeIfAbsent(charOf(b), x -> new IntList()).addOnce(e);
            if (k + 1 < am.length) {
              for (int b2 = 0; b2 < 36; b2++) {
                if ((am[k + 1] & (1L << b2)) != 0) {
                  pairs.computeIfAbsent(b * 36 + b2, x -> new IntList()).addOnce(e);
                }
              }
            }
          }
        }
      }
      String f = full[e];
      for (int k = 0; k + 1 < f.length(); k++) {
        pinyinPairs.computeIfAbsent(pairKey(f.charAt(k), f.charAt(k + 1)), x -> new IntList()).addOnce(e);
      }
    }
    byChar = freeze(chars);
    byInitialPair = freeze(pairs);
    byPinyinPair = freeze(pinyinPairs);
    byInitial = freeze(firsts);
    Integer[] order = new Integer[n];
    for (int k = 0; k < n; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (x, y) -> codes[x].compareTo(codes[y]));
    sortedCodes = new String[n];
    sortedIndex = new int[n];
    for (int k = 0; k < n; k++) {
      sortedIndex[k] = order[k];
      sortedCodes[k] = codes[order[k]];
    }
  }

  private static long[] initialsOf(char h) {
    long m = 0;
    for (String r : Pinyin.readings(h)) {
      if (!r.isEmpty()) {
        m |= bit(r.charAt(0));
      }
    }
    return new long[] {m};
  }

  static long bit(char c) {
    if (c >= 'a' && c <= 'z') {
      return 1L << (c - 'a');
    }
    if (c >= '0' && c <= '9') {
      return 1L << (26 + c - '0');
    }
    return 0;
  }

  private static char charOf(int b) {
    return b < 26 ? (char) ('a' + b) : (char) ('0' + b - 26);
  }

  private static int slot(char c) {
    return c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : -1;
  }

  private static int pairKey(char a, char b) {
    int x = slot(a);
    int y = slot(b);
    return x < 0 || y < 0 ? -1 : x * 36 + y;
  }

  /** Half-width, lower-case ASCII for a character; other characters unchanged. */
  static char asciiFold(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      c = (char) (c - 0xFEE0);
    }
    if (c >= 'A' && c <= 'Z') {
      c = (char) (c + 32);
    }
    return c;
  }

  private static <K> Map<K, int[]> freeze(Map<K, IntList> m) {
    Map<K, int[]> out = new HashMap<>(m.size() * 2);
    m.forEach((k, v) -> out.put(k, v.toArray()));
    return out;
  }

  /** Runs a query; see {@link CodingSystem#search(String, int)}. */
  List<SearchHit> search(String rawQuery, int limit) {
    if (rawQuery == null || limit <= 0) {
      return List.of();
    }
    StringBuilder qb = new StringBuilder(rawQuery.length());
    for (int i = 0; i < rawQuery.length(); i++) {
      char c = rawQuery.charAt(i);
      if (c == '\u3000') {
        c = ' ';
      }
      qb.append(Pinyin.isHan(c) ? c : asciiFold(c));
    }
    String q = qb.toString().strip();
    if (q.isEmpty()) {
      return List.of();
    }
    TopK top = new TopK(limit);
    boolean han = false;
    for (int i = 0; i < q.length(); i++) {
      if (Pinyin.isHan(q.charAt(i))) {
        han = true;
        break;
      }
    }
    if (han) {
      searchHan(q.split("\\s+"), top);
    } else {
      String compact = q.replace(" ", "");
      if (looksLikeCode(compact)) {
        searchCode(compact, top);
      }
      if (isLetters(compact)) {
        searchPinyin(compact, top);
      }
    }
    return top.sorted();
  }

  private static boolean looksLikeCode(String q) {
    return q.length() >= 2
        && ((q.charAt(0) >= 'a' && q.charAt(0) <= 'z' && q.charAt(1) >= '0' && q.charAt(1) <= '9')
            || (q.charAt(0) >= '0' && q.charAt(0) <= '9' && q.charAt(1) >= '0' && q.charAt(1) <= '9'));
  }

  private static boolean isLetters(String q) {
    for (int i = 0; i < q.length(); i++) {
      char c = q.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  private void searchCode(String q, TopK top) {
    String prefix = q.toUpperCase(Locale.ROOT).replace('X', 'x');
    if (prefix.length() >= 4 && prefix.indexOf('.') < 0 && Character.isLetter(prefix.charAt(0))) {
      prefix = prefix.substring(0, 3) + "." + prefix.substring(3);
    }
    int lo = Arrays.binarySearch(sortedCodes, prefix);
    if (lo < 0) {
      lo = -lo - 1;
    }
    for (int k = lo; k < sortedCodes.length && sortedCodes[k].startsWith(prefix); k++) {
      int e = sortedIndex[k];
      long score = 1000L * 1_000_000 - (sortedCodes[k].length() - prefix.length()) * 1000L + (leaf[e] ? 500 : 0);
      top.offer(e, score, SearchHit.Match.CODE);
    }
  }

  private void searchHan(String[] terms, TopK top) {
    int[] candidates = null;
    for (String t : terms) {
      for (int i = 0; i < t.length(); i++) {
        int[] p = byChar.getOrDefault(t.charAt(i), EMPTY);
        if (candidates == null || p.length < candidates.length) {
          candidates = p;
        }
      }
    }
    if (candidates == null) {
      return;
    }
    for (int e : candidates) {
      String name = names[e];
      long score = 0;
      boolean contiguous = true;
      int firstPos = Integer.MAX_VALUE;
      int gaps = 0;
      for (String t : terms) {
        int pos = name.indexOf(t);
        if (pos >= 0) {
          firstPos = Math.min(firstPos, pos);
          continue;
        }
        contiguous = false;
        int span = inOrderSpan(name, t);
        if (span < 0) {
          score = -1;
          break;
        }
        firstPos = Math.min(firstPos, span);
        gaps += inOrderGaps(name, t, span);
      }
      if (score < 0) {
        continue;
      }
      long tier;
      if (contiguous) {
        tier = terms.length == 1 && name.equals(terms[0]) ? 900 : terms.length == 1 && name.startsWith(terms[0]) ? 850 : 800;
      } else {
        tier = 500;
      }
      if (contiguous) {
        top.offer(e, rank(tier, e, firstPos, name.length()), SearchHit.Match.NAME);
      } else {
        // an abbreviation (心梗): the tighter the characters and the less of the name left over, the
        // better it names the term — 急性心肌梗死 before 心肌梗死后心绞痛, which only starts earlier
        top.offer(e, tier * 1_000_000 + (leaf[e] ? 500_000 : 0) - Math.min(gaps, 49) * 10_000L
            - Math.min(name.length(), 99) * 100L - Math.min(firstPos, 99), SearchHit.Match.NAME_IN_ORDER);
      }
    }
  }

  /** The position of the first character if {@code t}'s characters occur in order in {@code s}, else -1. */
  private static int inOrderSpan(String s, String t) {
    int from = 0;
    int first = -1;
    for (int i = 0; i < t.length(); i++) {
      int p = s.indexOf(t.charAt(i), from);
      if (p < 0) {
        return -1;
      }
      if (first < 0) {
        first = p;
      }
      from = p + 1;
    }
    return first;
  }

  /** Characters skipped between {@code t}'s characters found in order in {@code s} from {@code first}. */
  private static int inOrderGaps(String s, String t, int first) {
    int at = first;
    int gaps = 0;
    for (int i = 1; i < t.length(); i++) {
      int p = s.indexOf(t.charAt(i), at + 1);
      gaps += p - at - 1;
      at = p;
    }
    return gaps;
  }

  private long rank(long tier, int e, int pos, int length) {
    return tier * 1_000_000 + (leaf[e] ? 500_000 : 0) - Math.min(pos, 99) * 1000L - Math.min(length, 999);
  }

  private void searchPinyin(String q, TopK top) {
    int[] candidates;
    if (q.length() == 1) {
      candidates = byInitial.getOrDefault(q.charAt(0), EMPTY);
    } else {
      candidates = null;
      for (int i = 0; i + 1 < q.length(); i++) {
        int[] p = byInitialPair.getOrDefault(pairKey(q.charAt(i), q.charAt(i + 1)), EMPTY);
        if (candidates == null || p.length < candidates.length) {
          candidates = p;
        }
      }
    }
    for (int e : candidates) {
      String ini = initials[e];
      int pos = ini.indexOf(q);
      if (pos >= 0) {
        long tier = ini.equals(q) ? 880 : pos == 0 ? 860 : 780;
        top.offer(e, rank(tier, e, pos, ini.length()), SearchHit.Match.INITIALS);
        continue;
      }
      pos = altMatch(alternatives[e], q);
      if (pos >= 0) {
        top.offer(e, rank(700, e, pos, ini.length()), SearchHit.Match.INITIALS);
      }
    }
    if (q.length() >= 2) {
      int[] pc = null;
      for (int i = 0; i + 1 < q.length(); i++) {
        int[] p = byPinyinPair.getOrDefault(pairKey(q.charAt(i), q.charAt(i + 1)), EMPTY);
        if (pc == null || p.length < pc.length) {
          pc = p;
        }
      }
      for (int e : pc) {
        int pos = full[e].indexOf(q);
        if (pos >= 0 && !top.contains(e)) {
          top.offer(e, rank(q.length() >= 4 ? 760 : 600, e, pos, full[e].length()), SearchHit.Match.PINYIN);
        }
      }
    }
    if (top.size() < top.limit && q.length() >= 2) {
      for (int e : byInitial.getOrDefault(q.charAt(0), EMPTY)) {
        if (!top.contains(e)) {
          int pos = inOrderSpan(initials[e], q);
          if (pos >= 0) {
            top.offer(e, rank(400, e, pos, initials[e].length()), SearchHit.Match.INITIALS_IN_ORDER);
          }
        }
      }
    }
  }

  /** The start of a contiguous match of {@code q} against the possible initials of each character, or -1. */
  private static int altMatch(long[] alts, String q) {
    outer:
    for (int s = 0; s + q.length() <= alts.length; s++) {
      for (int k = 0; k < q.length(); k++) {
        if ((alts[s + k] & bit(q.charAt(k))) == 0) {
          continue outer;
        }
      }
      return s;
    }
    return -1;
  }

  /** One kept hit. */
  private static final class H {
    final int e;
    final long score;
    final SearchHit.Match match;

    H(int e, long score, SearchHit.Match match) {
      this.e = e;
      this.score = score;
      this.match = match;
    }
  }

  /** The best {@code limit} hits seen. */
  private final class TopK {
    private final int limit;
    private final PriorityQueue<H> heap;
    private final Map<Integer, H> byEntry = new HashMap<>();

    TopK(int limit) {
      this.limit = limit;
      this.heap = new PriorityQueue<>(limit + 1, (a, b) -> a.score != b.score ? Long.compare(a.score, b.score) : Integer.compare(b.e, a.e));
    }

    int size() {
      return heap.size();
    }

    boolean contains(int e) {
      return byEntry.containsKey(e);
    }

    /** Offers a hit, keeping the better one for an entry seen before. */
    void offer(int e, long score, SearchHit.Match m) {
      H old = byEntry.get(e);
      if (old != null) {
        if (old.score >= score) {
          return;
        }
        heap.remove(old);
        byEntry.remove(e);
      }
      if (heap.size() >= limit) {
        H worst = heap.peek();
        if (worst.score > score || (worst.score == score && worst.e < e)) {
          return;
        }
        heap.poll();
        byEntry.remove(worst.e);
      }
      H h = new H(e, score, m);
      heap.add(h);
      byEntry.put(e, h);
    }

    List<SearchHit> sorted() {
      List<H> all = new ArrayList<>(heap);
      all.sort((a, b) -> a.score != b.score ? Long.compare(b.score, a.score) : Integer.compare(a.e, b.e));
      List<SearchHit> out = new ArrayList<>(all.size());
      for (H h : all) {
        out.add(new SearchHit(codes[h.e], names[h.e], leaf[h.e], h.match, h.score));
      }
      return out;
    }
  }

  /** A growable int list that skips a repeat of its last value. */
  private static final class IntList {
    private int[] a = new int[4];
    private int n;

    void addOnce(int v) {
      if (n > 0 && a[n - 1] == v) {
        return;
      }
      if (n == a.length) {
        a = Arrays.copyOf(a, n * 2);
      }
      a[n++] = v;
    }

    int[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }
}
