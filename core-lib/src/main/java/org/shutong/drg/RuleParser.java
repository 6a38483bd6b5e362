package org.shutong.drg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the rule tokens of a table set (mdc.csv entry_rule, adrg.csv entry_rule, drg.csv
 * split_rule) into {@link Rule}s, once at load. A rule is tokens joined by {@code ;}. Tokens:
 *
 * <ul>
 *   <li>{@code ALWAYS}
 *   <li>MDC level: {@code PDX_IN_MDC_LIST}
 *   <li>ADRG level: {@code PDX_IN_<L>}, {@code ANY_DX_IN_<L>} for a diagnosis list {@code L}
 *       ({@code DX}, {@code DX2}); {@code MAIN_PROC_IN_<L>}, {@code ANY_PROC_IN_<L>} for a procedure
 *       list ({@code PROC}, {@code PROC2}); {@code PROC_LABELS(expr)}
 *   <li>MDC or ADRG level: {@code MAIN_PROC_IN_OR_LIST}, {@code ANY_PROC_IN_OR_LIST},
 *       {@code NO_PROC_IN_OR_LIST}, {@code >=N_DISTINCT_<MDC>_REGIONS_AMONG_ALL_DX}
 *   <li>any level: {@code GENDER|AGE_YEARS|AGE_DAYS|WEIGHT} then {@code = != < <= > >=} then a number
 *   <li>DRG level: {@code HAS_MCC}, {@code HAS_CC}, {@code HAS_MCC_OR_CC}
 * </ul>
 *
 * A token it does not know is an error naming the token: a new rule in a later table set needs a
 * new token here and nothing else.
 */
final class RuleParser {
  /** Where a rule is used. */
  enum Level {
    MDC,
    ADRG,
    DRG
  }

  private static final Pattern COMPARE =
      Pattern.compile("(GENDER|AGE_YEARS|AGE_DAYS|WEIGHT)(<=|>=|!=|=|<|>)(-?\\d+(?:\\.\\d+)?)");
  private static final Pattern REGIONS =
      Pattern.compile(">=(\\d+)_DISTINCT_([A-Z0-9]+)_REGIONS_AMONG_ALL_DX");
  private static final Pattern LABELS = Pattern.compile("PROC_LABELS\\((.+)\\)");

  private final Map<String, Integer> dxLists;
  private final Map<String, Integer> procLists;
  private final Map<String, Integer> mdcIndex;
  private final long regionMdcs;

  /**
   * @param dxLists upper-case diagnosis list names to list kind index
   * @param procLists upper-case procedure list names to list kind index
   * @param mdcIndex MDC codes to index
   * @param regionMdcs bit set of the MDCs whose lists carry regions
   */
  RuleParser(Map<String, Integer> dxLists, Map<String, Integer> procLists,
      Map<String, Integer> mdcIndex, long regionMdcs) {
    this.dxLists = dxLists;
    this.procLists = procLists;
    this.mdcIndex = mdcIndex;
    this.regionMdcs = regionMdcs;
  }

  /**
   * Parses {@code text}.
   *
   * @param labelBits for ADRG rules, the ADRG's label names to bit (may be empty)
   * @throws IllegalArgumentException naming the bad token
   */
  Rule parse(String text, Level level, Map<String, Integer> labelBits) {
    String t = text.strip();
    if (t.isEmpty()) {
      throw new IllegalArgumentException("empty rule");
    }
    List<Cond> conds = new ArrayList<>();
    for (String raw : t.split(";", -1)) {
      String tok = raw.strip();
      if (tok.isEmpty()) {
        throw new IllegalArgumentException("empty token in rule '" + text + "'");
      }
      conds.add(token(tok, level, labelBits));
    }
    return new Rule(t, conds.toArray(new Cond[0]));
  }

  private Cond token(String tok, Level level, Map<String, Integer> labelBits) {
    switch (tok) {
      case "ALWAYS":
        return Cond.simple(Cond.Kind.ALWAYS, tok);
      case "PDX_IN_MDC_LIST":
        requireLevel(tok, level, Level.MDC);
        return Cond.simple(Cond.Kind.PDX_IN_MDC_LIST, tok);
      case "MAIN_PROC_IN_OR_LIST":
        requireNotDrg(tok, level);
        return Cond.simple(Cond.Kind.MAIN_PROC_IN_OR, tok);
      case "ANY_PROC_IN_OR_LIST":
        requireNotDrg(tok, level);
        return Cond.simple(Cond.Kind.ANY_PROC_IN_OR, tok);
      case "NO_PROC_IN_OR_LIST":
        requireNotDrg(tok, level);
        return Cond.simple(Cond.Kind.NO_PROC_IN_OR, tok);
      case "HAS_MCC":
        requireLevel(tok, level, Level.DRG);
        return Cond.simple(Cond.Kind.HAS_MCC, tok);
      case "HAS_CC":
        requireLevel(tok, level, Level.DRG);
        return Cond.simple(Cond.Kind.HAS_CC, tok);
      case "HAS_MCC_OR_CC":
        requireLevel(tok, level, Level.DRG);
        return Cond.simple(Cond.Kind.HAS_MCC_OR_CC, tok);
      default:
        break;
    }
    Matcher m = COMPARE.matcher(tok);
    if (m.matches()) {
      Cond.Op op = null;
      for (Cond.Op o : Cond.Op.values()) {
        if (o.symbol.equals(m.group(2))) {
          op = o;
        }
      }
      return Cond.compare(tok, Cond.Field.valueOf(m.group(1)), op, Double.parseDouble(m.group(3)));
    }
    m = REGIONS.matcher(tok);
    if (m.matches()) {
      requireNotDrg(tok, level);
      Integer mdc = mdcIndex.get(m.group(2));
      if (mdc == null) {
        throw new IllegalArgumentException("token " + tok + " names an unknown MDC " + m.group(2));
      }
      if ((regionMdcs & (1L << mdc)) == 0) {
        throw new IllegalArgumentException(
            "token " + tok + ": the diagnosis list of " + m.group(2) + " has no regions");
      }
      int min = Integer.parseInt(m.group(1));
      return Cond.regions(tok, min, mdc);
    }
    m = LABELS.matcher(tok);
    if (m.matches()) {
      requireLevel(tok, level, Level.ADRG);
      return Cond.labels(tok, new LabelParser(m.group(1), labelBits, tok).parse());
    }
    Cond c = listToken(tok, "PDX_IN_", Cond.Kind.PDX_IN_LIST, dxLists, level);
    if (c == null) {
      c = listToken(tok, "ANY_DX_IN_", Cond.Kind.ANY_DX_IN_LIST, dxLists, level);
    }
    if (c == null) {
      c = listToken(tok, "MAIN_PROC_IN_", Cond.Kind.MAIN_PROC_IN_LIST, procLists, level);
    }
    if (c == null) {
      c = listToken(tok, "ANY_PROC_IN_", Cond.Kind.ANY_PROC_IN_LIST, procLists, level);
    }
    if (c == null) {
      throw new IllegalArgumentException("unknown rule token " + tok);
    }
    return c;
  }

  private static Cond listToken(String tok, String prefix, Cond.Kind kind,
      Map<String, Integer> lists, Level level) {
    if (!tok.startsWith(prefix)) {
      return null;
    }
    String name = tok.substring(prefix.length());
    Integer idx = lists.get(name.toUpperCase(Locale.ROOT));
    if (idx == null) {
      throw new IllegalArgumentException(
          "token " + tok + " names list " + name + ", which the table set does not have "
              + "(lists: " + String.join(", ", lists.keySet()) + ")");
    }
    requireLevel(tok, level, Level.ADRG);
    return Cond.list(kind, tok, idx, name);
  }

  private static void requireLevel(String tok, Level level, Level wanted) {
    if (level != wanted) {
      throw new IllegalArgumentException("token " + tok + " is only allowed in " + wanted + " rules");
    }
  }

  private static void requireNotDrg(String tok, Level level) {
    if (level == Level.DRG) {
      throw new IllegalArgumentException("token " + tok + " is not allowed in DRG split rules");
    }
  }

  /** Recursive descent over {@code expr := term ('|' term)*; term := atom ('&' atom)*}. */
  private static final class LabelParser {
    private final String s;
    private final Map<String, Integer> bits;
    private final String tok;
    private int i;

    LabelParser(String s, Map<String, Integer> bits, String tok) {
      this.s = s;
      this.bits = bits;
      this.tok = tok;
    }

    LabelExpr parse() {
      LabelExpr e = or();
      skip();
      if (i != s.length()) {
        throw bad("unexpected '" + s.charAt(i) + "'");
      }
      return e;
    }

    private LabelExpr or() {
      List<LabelExpr> parts = new ArrayList<>();
      parts.add(and());
      while (peek('|')) {
        i++;
        parts.add(and());
      }
      return parts.size() == 1 ? parts.get(0) : new LabelExpr.Or(parts);
    }

    private LabelExpr and() {
      List<LabelExpr> parts = new ArrayList<>();
      parts.add(atom());
      while (peek('&')) {
        i++;
        parts.add(atom());
      }
      return parts.size() == 1 ? parts.get(0) : new LabelExpr.And(parts);
    }

    private LabelExpr atom() {
      if (peek('(')) {
        i++;
        LabelExpr e = or();
        if (!peek(')')) {
          throw bad("missing ')'");
        }
        i++;
        return e;
      }
      skip();
      int start = i;
      while (i < s.length() && "&|() ".indexOf(s.charAt(i)) < 0) {
        i++;
      }
      if (start == i) {
        throw bad("label expected at position " + (start + 1));
      }
      String label = s.substring(start, i);
      Integer bit = bits.get(label);
      if (bit == null) {
        throw bad("label " + label + " is on no procedure of the ADRG's list");
      }
      return new LabelExpr.Label(bit);
    }

    private boolean peek(char c) {
      skip();
      return i < s.length() && s.charAt(i) == c;
    }

    private void skip() {
      while (i < s.length() && s.charAt(i) == ' ') {
        i++;
      }
    }

    private IllegalArgumentException bad(String what) {
      return new IllegalArgumentException("token " + tok + ": " + what);
    }
  }
}
