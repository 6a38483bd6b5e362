package org.shutong.coding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.shutong.codesets.CodeTable;

/**
 * One code table with its classification's structure: validation and normalisation of codes as real
 * extracts have them, lookup (name, level, chapter, 类目, dagger/asterisk), the hierarchy
 * (parent/children/ancestors), and ranked name search with 拼音首字母. Built once per table by
 * {@link Coding}; immutable and thread-safe.
 *
 * <p>Speed: a code that is in the table exactly as given is validated with one hash look-up and no
 * allocation; a dirty code costs one clean-up pass and a few look-ups. The normaliser never chooses
 * between two table codes: such input is {@link CheckStatus#AMBIGUOUS} with the candidates.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class CodingSystem {
  /** Longest input treated as a possible code; longer values are {@link Problem#TOO_LONG}. */
  public static final int MAX_CODE_LENGTH = 40;

  /** A node of the hierarchy while and after it is built. */
  static final class Node {
    final String key;
    String code;
    String name;
    String nameFrom;
    boolean leaf;
    boolean inTable;
    String parent;
    boolean linked;
    final List<String> children = new ArrayList<>(2);

    Node(String key) {
      this.key = key;
      this.code = key;
    }
  }

  private final CodeTable table;
  private final Family family;
  private final List<Chapter> chapters;
  private final List<Block> blocks;
  private final CodeCheck[] exact;
  private final Map<String, List<CodeTable.Code>> byPrimary;
  /** The hierarchy, built on first use (a lookup of an exact table code does not need it). */
  private volatile Map<String, Node> nodes;
  /** The table whose 类目/亚目 rows name implied levels, or {@code null}. */
  private final CodeTable hierarchyNames;
  private final Set<String> asteriskKeys;
  private final Set<String> daggerKeys;
  private volatile NameIndex index;

  CodingSystem(CodeTable table, Family family, List<Chapter> chapters, List<Block> blocks, CodeTable hierarchyNames) {
    this.table = table;
    this.family = family;
    this.chapters = List.copyOf(chapters);
    this.blocks = List.copyOf(blocks);
    this.exact = new CodeCheck[table.size()];
    Map<String, List<CodeTable.Code>> prim = new HashMap<>();
    for (int k = 0; k < table.size(); k += CHUNK) {
      addPrimary(table, k, Math.min(k + CHUNK, table.size()), prim);
    }
    prim.replaceAll((k, v) -> List.copyOf(v));
    this.byPrimary = prim;
    Set<String> ast = new HashSet<>();
    Set<String> dag = new HashSet<>();
    CodeTable marks = hierarchyNames != null ? hierarchyNames : table;
    for (int k = 0; k < marks.size(); k += CHUNK) {
      addMarks(marks, k, Math.min(k + CHUNK, marks.size()), ast, dag);
    }
    this.asteriskKeys = ast;
    this.daggerKeys = dag;
    this.hierarchyNames = hierarchyNames;
  }

  /**
   * Rows per call of the constructor's scans. The scans run in chunks so that a cold JVM compiles them
   * after some hundred calls instead of interpreting a loop over 45k codes to its end (a command-line
   * lookup pays this).
   */
  private static final int CHUNK = 64;

  private static void addPrimary(CodeTable t, int from, int to, Map<String, List<CodeTable.Code>> prim) {
    for (int k = from; k < to; k++) {
      CodeTable.Code c = t.at(k);
      String code = c.code();
      if (code.indexOf('+') < 0 && code.indexOf('*') < 0) {
        continue;
      }
      String b = bare(code);
      if (!b.equals(code)) {
        prim.computeIfAbsent(b, x -> new ArrayList<>(1)).add(c);
      }
    }
  }

  private static void addMarks(CodeTable t, int from, int to, Set<String> ast, Set<String> dag) {
    for (int k = from; k < to; k++) {
      String code = t.at(k).code();
      if (code.indexOf('+') < 0 && code.endsWith("*")) {
        ast.add(bare(code));
      } else if (code.endsWith("+")) {
        dag.add(bare(code));
      }
    }
  }

  /** The names of the 类目/亚目 rows of the hierarchy table, by bare code (for the implied levels). */
  private static Map<String, String> hierarchyNames(CodeTable names) {
    Map<String, String> hierarchy = new HashMap<>();
    for (CodeTable.Code c : names.codes()) {
      if (!c.leaf()) {
        hierarchy.put(bare(c.code()), c.name());
      }
    }
    return hierarchy;
  }

  private Map<String, Node> nodes() {
    Map<String, Node> n = nodes;
    if (n == null) {
      synchronized (this) {
        n = nodes;
        if (n == null) {
          n = hierarchyNames == null ? buildNodes(null, null)
              : buildNodes(hierarchyNames(hierarchyNames), hierarchyNames.id());
          nodes = n;
        }
      }
    }
    return n;
  }

  private Map<String, Node> buildNodes(Map<String, String> hierarchyNames, String namesId) {
    Map<String, Node> m = new HashMap<>(table.size() * 2);
    List<Node> rows = new ArrayList<>(table.size());
    for (CodeTable.Code c : table.codes()) {
      String key = c.code().indexOf('+') > 0 && !c.code().endsWith("+") ? c.code() : bare(c.code());
      Node n = m.computeIfAbsent(key, Node::new);
      if (n.inTable) {
        continue; // a second row with the same bare key ("A17" and "A17+") keeps the first
      }
      n.code = c.code();
      n.name = c.name();
      n.nameFrom = table.id();
      n.leaf = c.leaf();
      n.inTable = true;
      rows.add(n);
    }
    if (family != Family.ICD10 && family != Family.ICD9CM3) {
      return m;
    }
    for (Node n : rows) {
      Node child = n;
      while (!child.linked) {
        child.linked = true;
        String p = parentKey(child, m);
        if (p == null) {
          break;
        }
        Node parent = m.get(p);
        if (parent == null) {
          parent = new Node(p);
          if (hierarchyNames != null) {
            parent.name = hierarchyNames.get(p);
            parent.nameFrom = parent.name == null ? null : namesId;
          }
          m.put(p, parent);
        }
        child.parent = p;
        parent.children.add(child.key);
        child = parent;
      }
    }
    return m;
  }

  private String parentKey(Node n, Map<String, Node> m) {
    String b = bare(n.code);
    if (!b.equals(n.key) && m.containsKey(b) && m.get(b) != n) {
      return b; // a dagger/asterisk pair sits under its dagger code when that is a code of its own
    }
    return family == Family.ICD10 ? icd10Parent(b) : icd9Parent(b);
  }

  /** The code without its dagger/asterisk part and marks: {@code A01.000x005+J17.0*} → {@code A01.000x005}; {@code A17+} → {@code A17}. */
  static String bare(String code) {
    int plus = code.indexOf('+');
    int end = plus > 0 ? plus : code.length();
    while (end > 0 && (code.charAt(end - 1) == '*' || code.charAt(end - 1) == '+')) {
      end--;
    }
    return end == code.length() ? code : code.substring(0, end);
  }

  /** The asterisk part of a dagger/asterisk pair without marks, or {@code null}. */
  static String secondary(String code) {
    int plus = code.indexOf('+');
    if (plus < 0 || plus == code.length() - 1) {
      return null;
    }
    int end = code.length();
    while (end > plus + 1 && (code.charAt(end - 1) == '*' || code.charAt(end - 1) == '+')) {
      end--;
    }
    return code.substring(plus + 1, end);
  }

  /**
   * The structural parent of an ICD-10 code: {@code A01.000x002} → {@code A01.000}; {@code A01.001} →
   * {@code A01.0}; {@code I10.x00} → {@code I10} (the {@code x} holds the place of a missing 亚目);
   * {@code A00.0} → {@code A00}; a category → {@code null}.
   */
  static String icd10Parent(String b) {
    int x = b.indexOf('x', 5);
    if (x > 0) {
      return b.substring(0, x);
    }
    if (b.length() > 5) {
      return b.charAt(4) == 'x' ? b.substring(0, 3) : b.substring(0, 5);
    }
    if (b.length() > 3) {
      return b.substring(0, 3);
    }
    return null;
  }

  /**
   * The structural parent of an ICD-9-CM-3 code: {@code 36.0700x001} → {@code 36.0700}; {@code 36.0700}
   * → {@code 36.07}; {@code 30.1x00} → {@code 30.1}; {@code 36.07} → {@code 36.0}; {@code 36.0} →
   * {@code 36}; a two-digit category → {@code null}.
   */
  static String icd9Parent(String b) {
    int x = b.indexOf('x', 4);
    if (x > 0 && x > 5) {
      return b.substring(0, x);
    }
    if (b.length() > 5) {
      return b.charAt(4) == 'x' ? b.substring(0, 4) : b.substring(0, 5);
    }
    if (b.length() > 4) {
      return b.substring(0, 4);
    }
    if (b.length() > 2) {
      return b.substring(0, 2);
    }
    return null;
  }

  /** The level of a code (dagger/asterisk part and marks ignored). */
  public CodeLevel level(String code) {
    String b = bare(code);
    if (family == Family.ICD10) {
      if (b.length() == 3) {
        return CodeLevel.CATEGORY;
      }
      if (b.length() == 5) {
        return CodeLevel.SUBCATEGORY;
      }
      return b.indexOf('x', 5) > 0 ? CodeLevel.EXTENSION : CodeLevel.DETAIL;
    }
    if (family == Family.ICD9CM3) {
      if (b.length() == 2) {
        return CodeLevel.CATEGORY;
      }
      if (b.length() == 4) {
        return CodeLevel.SUBCATEGORY;
      }
      if (b.length() == 5) {
        return CodeLevel.SUBCLASSIFICATION;
      }
      int x = b.indexOf('x', 4);
      return x > 5 ? CodeLevel.EXTENSION : CodeLevel.DETAIL;
    }
    return family == Family.MORPHOLOGY ? CodeLevel.MORPHOLOGY : CodeLevel.OTHER;
  }

  /** The table's id. */
  public String id() {
    return table.id();
  }

  /** The code table. */
  public CodeTable table() {
    return table;
  }

  /** The classification. */
  public Family family() {
    return family;
  }

  /** The chapters of the classification (empty for other systems). */
  public List<Chapter> chapters() {
    return chapters;
  }

  /**
   * Validates one code as found in an extract: exact, after normalisation, not a leaf, unknown,
   * ambiguous or malformed — never a guess. {@code null} is {@link Problem#EMPTY}.
   */
  public CodeCheck validate(String input) {
    if (input == null) {
      return malformed("", Problem.EMPTY);
    }
    CodeTable.Code c = table.get(input);
    if (c != null) {
      CodeCheck r = exact[c.index()];
      if (r == null) {
        r = new CodeCheck(c.leaf() ? CheckStatus.VALID : CheckStatus.NOT_LEAF, c.code(), c.code(), c.name(), 0, null, List.of());
        exact[c.index()] = r;
      }
      return r;
    }
    Normalizer.Cleaned cl = Normalizer.clean(input, family);
    if (cl.problem() != null) {
      return malformed(input, cl.problem());
    }
    String s = cl.code();
    int mask = cl.mask();
    CodeCheck r = resolve(input, s, mask);
    if (r != null) {
      return r;
    }
    if (family == Family.ICD10 && s.endsWith(".x") && s.length() == 5) {
      r = resolve(input, s.substring(0, 3), mask | Change.PLACEHOLDER_X.bit());
      if (r != null) {
        return r;
      }
    }
    if (family == Family.ICD10) {
      String primary = bare(s);
      String second = secondary(s);
      List<CodeTable.Code> cands = byPrimary.getOrDefault(primary, List.of());
      List<String> fit = new ArrayList<>(2);
      for (CodeTable.Code k : cands) {
        if (second == null || second.equals(secondary(k.code()))) {
          fit.add(k.code());
        }
      }
      if (fit.size() == 1) {
        CodeTable.Code k = table.get(fit.get(0));
        return resolved(input, k.code(), k.name(), k.leaf(), mask | Change.DAGGER_ASTERISK_FORM.bit());
      }
      if (fit.size() > 1) {
        return new CodeCheck(CheckStatus.AMBIGUOUS, input, null, null, mask, null, fit);
      }
    }
    boolean shape = switch (family) {
      case ICD10 -> Normalizer.icd10Shape(s);
      case ICD9CM3 -> Normalizer.icd9Shape(s);
      case MORPHOLOGY -> Normalizer.morphologyShape(s);
      case OTHER -> true;
    };
    return shape
        ? new CodeCheck(CheckStatus.UNKNOWN, input, null, null, mask, null, List.of())
        : malformed(input, Problem.BAD_SHAPE);
  }

  private CodeCheck resolve(String input, String s, int mask) {
    CodeTable.Code c = table.get(s);
    if (c != null) {
      return resolved(input, c.code(), c.name(), c.leaf(), mask);
    }
    Node n = nodes().get(s);
    if (n != null) {
      int m = n.code.equals(s) ? mask : mask | Change.DAGGER_ASTERISK_FORM.bit();
      return resolved(input, n.code, n.name, n.leaf, m);
    }
    return null;
  }

  private static CodeCheck resolved(String input, String code, String name, boolean leaf, int mask) {
    return new CodeCheck(leaf ? CheckStatus.VALID : CheckStatus.NOT_LEAF, input, code, name, mask, null, List.of());
  }

  private static CodeCheck malformed(String input, Problem p) {
    return new CodeCheck(CheckStatus.MALFORMED, input, null, null, 0, p, List.of());
  }

  /** Normalises a code: the table code it stands for, if exactly one (see {@link #validate(String)}). */
  public Optional<String> normalize(String input) {
    return Optional.ofNullable(validate(input).code());
  }

  /** What is known about a code (normalised first), if it is in the table or implied by it. */
  public Optional<CodeInfo> lookup(String input) {
    CodeCheck check = validate(input);
    if (check.code() == null) {
      return Optional.empty();
    }
    if (nodes == null && check.changeMask() == 0 && table.contains(check.code()) && family == Family.ICD10
        && table.size() > table.leafCount()) {
      return Optional.of(quickLookup(check)); // a table with its own 类目/亚目 rows: no hierarchy needed
    }
    Node n = node0(check.code());
    if (n == null) {
      return Optional.empty();
    }
    CodeNode node = toNode(n);
    String b = bare(n.code);
    Chapter ch = chapterOf(b);
    CodeNode cat = null;
    int catLen = family == Family.ICD10 ? 3 : family == Family.ICD9CM3 ? 2 : 0;
    if (catLen > 0 && b.length() >= catLen) {
      Node cn = nodes().get(b.substring(0, catLen));
      cat = cn == null ? null : toNode(cn);
    }
    return Optional.of(new CodeInfo(table.id(), check, node, ch, blockOf(b), cat, isDagger(n.code), isAsterisk(n.code)));
  }

  private Node node0(String code) {
    Map<String, Node> m = nodes();
    Node n = m.get(code);
    return n != null ? n : m.get(bare(code));
  }

  /**
   * {@link #lookup(String)} of an exact code of an ICD-10 table that has its own 类目/亚目 rows, without
   * building the hierarchy: the parent is the nearest structural ancestor that is a row ({@code childCount}
   * is then -1, "not counted").
   */
  private CodeInfo quickLookup(CodeCheck check) {
    CodeTable.Code c = table.get(check.code());
    String b = bare(c.code());
    String parent = null;
    if (c.code().indexOf('+') > 0 && !c.code().endsWith("+") && table.contains(b)) {
      parent = b;
    } else {
      for (String p = icd10Parent(b); p != null; p = icd10Parent(p)) {
        if (rowOf(p) != null) {
          parent = p;
          break;
        }
      }
    }
    CodeNode node = new CodeNode(c.code(), c.name(), table.id(), level(c.code()), c.leaf(), true, parent, -1);
    CodeNode cat = null;
    if (b.length() >= 3) {
      CodeTable.Code k = rowOf(b.substring(0, 3));
      if (k != null) {
        cat = new CodeNode(k.code(), k.name(), table.id(), CodeLevel.CATEGORY, k.leaf(), true, null, -1);
      }
    }
    return new CodeInfo(table.id(), check, node, chapterOf(b), blockOf(b), cat, isDagger(c.code()), isAsterisk(c.code()));
  }

  /** The table row of a bare code, also when the table writes it with a mark ({@code A17+}, {@code G01*}). */
  private CodeTable.Code rowOf(String bare) {
    CodeTable.Code k = table.get(bare);
    if (k == null) {
      List<CodeTable.Code> marked = byPrimary.get(bare);
      if (marked != null) {
        for (CodeTable.Code m : marked) {
          if (m.code().indexOf('+') < 0 || m.code().endsWith("+")) {
            return m;
          }
        }
      }
    }
    return k;
  }

  /** The chapter a code belongs to, or {@code null}. */
  public Chapter chapterOf(String code) {
    String b = bare(code);
    int len = family == Family.ICD10 ? 3 : family == Family.ICD9CM3 ? 2 : 0;
    if (len == 0 || b.length() < len) {
      return null;
    }
    String cat = b.substring(0, len);
    for (Chapter c : chapters) {
      if (c.contains(cat)) {
        return c;
      }
    }
    return null;
  }

  /** The blocks (节) of the classification, wider blocks before those they hold (empty but for ICD-10). */
  public List<Block> blocks() {
    return blocks;
  }

  /** The innermost block (节) a code lies in, or {@code null} (not ICD-10, or no block holds its category). */
  public Block blockOf(String code) {
    List<Block> path = blocksOf(code);
    return path.isEmpty() ? null : path.get(path.size() - 1);
  }

  /** The blocks a code lies in, widest first ({@code C00-C97}, {@code C00-C75}, {@code C15-C26}); empty if none. */
  public List<Block> blocksOf(String code) {
    String b = bare(code);
    if (blocks.isEmpty() || b.length() < 3) {
      return List.of();
    }
    String cat = b.substring(0, 3);
    List<Block> out = new ArrayList<>(2);
    for (Block k : blocks) {
      if (k.contains(cat)) {
        out.add(k);
      }
    }
    return out;
  }

  /**
   * The chapter written as its range, as coders write it: {@code I00-I99}, {@code i00–i99},
   * {@code Ｉ００－Ｉ９９} (ICD-10), {@code 35-39} (ICD-9-CM-3); empty if no chapter has this range.
   */
  public Optional<Chapter> chapter(String range) {
    String r = rangeKey(range);
    if (r != null) {
      for (Chapter c : chapters) {
        if (r.equals(c.first() + "-" + c.last())) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The ICD-10 block written as its range ({@code I20-I25}, {@code i20–i25}, {@code C50-C50}); empty if
   * no published block has this range.
   */
  public Optional<Block> block(String range) {
    String r = rangeKey(range);
    if (r != null) {
      for (Block k : blocks) {
        if (r.equals(k.code())) {
          return Optional.of(k);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the input is written as a range of categories ({@code X00-X99}, {@code 35-39}) rather than a code. */
  public static boolean looksLikeRange(String input) {
    return rangeKey(input) != null;
  }

  /** The range in canonical form ({@code I20-I25}), or {@code null} if the input is not written as one. */
  static String rangeKey(String input) {
    if (input == null || input.length() > MAX_CODE_LENGTH) {
      return null;
    }
    StringBuilder sb = new StringBuilder(input.length());
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0); // full-width ASCII
      }
      if (c == '\u2013' || c == '\u2014' || c == '~' || c == '\u81F3') { // en dash, em dash, ~, 至
        c = '-';
      }
      if (Character.isWhitespace(c) || c == '\u3000') {
        continue;
      }
      sb.append(Character.toUpperCase(c));
    }
    String s = sb.toString();
    int dash = s.indexOf('-');
    if (dash <= 0 || dash != s.lastIndexOf('-')) {
      return null;
    }
    String a = s.substring(0, dash);
    String z = s.substring(dash + 1);
    return (isIcd10Category(a) && isIcd10Category(z)) || (isTwoDigits(a) && isTwoDigits(z)) ? a + "-" + z : null;
  }

  private static boolean isIcd10Category(String s) {
    return s.length() == 3 && s.charAt(0) >= 'A' && s.charAt(0) <= 'Z' && isTwoDigits(s.substring(1));
  }

  private static boolean isTwoDigits(String s) {
    return s.length() == 2 && s.charAt(0) >= '0' && s.charAt(0) <= '9' && s.charAt(1) >= '0' && s.charAt(1) <= '9';
  }

  /** The widest blocks of a chapter, in classification order (empty for a classification without blocks). */
  public List<Block> blocksIn(Chapter chapter) {
    List<Block> out = new ArrayList<>();
    for (Block k : blocks) {
      if (k.parent().isEmpty() && k.chapter().equals(chapter.number())) {
        out.add(k);
      }
    }
    return out;
  }

  /** The blocks directly inside a block ({@code C00-C75} in {@code C00-C97}); empty for most blocks. */
  public List<Block> blocksIn(Block block) {
    List<Block> out = new ArrayList<>();
    for (Block k : blocks) {
      if (k.parent().equals(block.code())) {
        out.add(k);
      }
    }
    return out;
  }

  /** The table's 类目 whose code lies in the range {@code first..last} (a chapter's or a block's), in code order. */
  public List<CodeNode> categoriesIn(String first, String last) {
    List<CodeNode> out = new ArrayList<>();
    for (CodeNode n : categories()) {
      String b = bare(n.code());
      String cat = b.length() > first.length() ? b.substring(0, first.length()) : b;
      if (cat.compareTo(first) >= 0 && cat.compareTo(last) <= 0) {
        out.add(n);
      }
    }
    return out;
  }

  /**
   * Whether a code is a dagger (病因) code: a dagger/asterisk pair ({@code A01.000x005+J17.0*}) or a
   * code under a 类目/亚目 marked {@code +} in the table.
   */
  public boolean isDagger(String code) {
    if (family != Family.ICD10) {
      return false;
    }
    if (code.indexOf('+') > 0) {
      return true;
    }
    String b = bare(code);
    return daggerKeys.contains(b) || (b.length() >= 5 && daggerKeys.contains(b.substring(0, 5)))
        || (b.length() >= 3 && daggerKeys.contains(b.substring(0, 3)));
  }

  /**
   * Whether a code is an asterisk (临床表现) code standing alone: marked {@code *}, or under a 类目/亚目
   * marked {@code *} in the table ({@code G01*}), and not the second half of a pair.
   */
  public boolean isAsterisk(String code) {
    if (family != Family.ICD10 || code.indexOf('+') > 0) {
      return false;
    }
    if (code.endsWith("*")) {
      return true;
    }
    String b = bare(code);
    return asteriskKeys.contains(b) || (b.length() >= 5 && asteriskKeys.contains(b.substring(0, 5)))
        || (b.length() >= 3 && asteriskKeys.contains(b.substring(0, 3)));
  }

  /** The node of a code (normalised first), if it is in the table or implied by it. */
  public Optional<CodeNode> node(String code) {
    CodeCheck c = validate(code);
    Node n = c.code() == null ? null : node0(c.code());
    return n == null ? Optional.empty() : Optional.of(toNode(n));
  }

  /** The parent of a code (normalised first), if any. */
  public Optional<CodeNode> parent(String code) {
    return node(code).flatMap(n -> n.parent() == null ? Optional.empty() : Optional.of(toNode(nodes().get(n.parent()))));
  }

  /** The nodes above a code, nearest first, ending with its 类目. */
  public List<CodeNode> ancestors(String code) {
    List<CodeNode> out = new ArrayList<>(4);
    Optional<CodeNode> n = node(code);
    String p = n.map(CodeNode::parent).orElse(null);
    while (p != null) {
      Node pn = nodes().get(p);
      out.add(toNode(pn));
      p = pn.parent;
    }
    return out;
  }

  /** The nodes directly below a code (normalised first), in table order. */
  public List<CodeNode> children(String code) {
    CodeCheck c = validate(code);
    Node n = c.code() == null ? null : node0(c.code());
    if (n == null) {
      return List.of();
    }
    List<CodeNode> out = new ArrayList<>(n.children.size());
    for (String k : n.children) {
      out.add(toNode(nodes().get(k)));
    }
    return out;
  }

  /** The leaf codes at or below a code, in table order, at most {@code limit}. */
  public List<CodeNode> leavesUnder(String code, int limit) {
    List<CodeNode> out = new ArrayList<>();
    CodeCheck c = validate(code);
    Node n = c.code() == null ? null : node0(c.code());
    if (n != null) {
      collectLeaves(n, out, limit);
    }
    return out;
  }

  private void collectLeaves(Node n, List<CodeNode> out, int limit) {
    if (out.size() >= limit) {
      return;
    }
    if (n.leaf) {
      out.add(toNode(n));
    }
    for (String k : n.children) {
      collectLeaves(nodes().get(k), out, limit);
    }
  }

  /** The 类目 (top-level nodes) in table order of first appearance. */
  public List<CodeNode> categories() {
    List<CodeNode> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (CodeTable.Code c : table.codes()) {
      Node n = node0(c.code());
      while (n != null && n.parent != null) {
        n = nodes().get(n.parent);
      }
      if (n != null && seen.add(n.key)) {
        out.add(toNode(n));
      }
    }
    out.sort((a, b) -> a.code().compareTo(b.code()));
    return Collections.unmodifiableList(out);
  }

  private CodeNode toNode(Node n) {
    return new CodeNode(n.code, n.name, n.nameFrom, level(n.code), n.leaf, n.inTable, n.parent, n.children.size());
  }

  /**
   * Ranked search over names and codes: Chinese text (contiguous match first, then the characters in
   * order, e.g. 心梗 → 急性心肌梗死), 拼音首字母 ({@code jxxjgs}), full pinyin, or a code prefix
   * ({@code I21}). Leaf codes rank above the 类目/亚目 that group them.
   */
  public List<SearchHit> search(String query, int limit) {
    NameIndex i = index;
    if (i == null) {
      synchronized (this) {
        i = index;
        if (i == null) {
          i = new NameIndex(table);
          index = i;
        }
      }
    }
    return i.search(query, limit);
  }

  @Override
  public String toString() {
    return "CodingSystem[" + table.id() + ", " + family + "]";
  }
}
