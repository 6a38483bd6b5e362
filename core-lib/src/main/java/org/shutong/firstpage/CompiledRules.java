package org.shutong.firstpage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shutong.expr.ExprException;
import org.shutong.expr.Expression;
import org.shutong.expr.Scope;
import org.shutong.i18n.Lang;

/**
 * A {@link RuleSet} compiled for checking: field lists resolved to field indexes and group
 * patterns, expressions compiled and type-checked, message templates parsed and their placeholders
 * checked. Built once per rule set; immutable.
 */
final class CompiledRules {
  /** Placeholders every message may use. */
  static final Set<String> BUILTIN_PLACEHOLDERS = Set.of("field", "fieldName", "value", "expected",
      "rule", "type", "format", "domain", "allowed", "legacyName", "table", "tableName", "code",
      "reason", "other", "otherFrom", "otherTo", "otherCount", "columns");

  /** A field named in a rule: one field, or one member of every slot of a group ({@code C06xNNC}). */
  record FieldSpec(String text, int field, FieldGroup group, int member, boolean skipMain) {
    boolean single() {
      return group == null;
    }
  }

  /** A compiled rule. */
  static final class Rule {
    final RuleDef def;
    final int index;
    final Template zh;
    final Template en;
    final List<FieldSpec> fields = new ArrayList<>();
    // expression rules
    Expression<RecordCtx> when;
    Expression<RecordCtx> check;
    Expression<RecordCtx> expected;
    int eachGroup = -1;
    int eachMember = -1;
    int[] eachList;
    /** For an {@code each} rule: whether {@code when} reads no member, so it is tested once per record. */
    boolean whenRecordLevel;
    /** Field index named by findings of a rule without {@code each}. */
    int findingField = -1;
    /** Fields whose columns the rule reads outside groups; missing columns skip it. */
    final Set<Integer> reads = new LinkedHashSet<>();
    // built-in parameters
    List<List<FieldSpec>> pairs;
    Map<String, String> legacy;
    java.util.Set<String> edits = java.util.Set.of();
    int[] key;
    int[] person;
    int from = -1;
    int to = -1;
    int count = -1;
    int time = -1;

    /** The kind as a number for fast dispatch (see {@link #KINDS}). */
    final int kindId;

    Rule(RuleDef def, int index) {
      this.def = def;
      this.index = index;
      this.kindId = KINDS.indexOf(def.kind());
      this.zh = Template.parse(def.message(Lang.ZH));
      this.en = Template.parse(def.message(Lang.EN));
    }

    Template message(Lang lang) {
      return lang == Lang.EN ? en : zh;
    }

    String kind() {
      return def.kind();
    }
  }

  /** Kinds in dispatch order; {@link Rule#kindId} indexes this list. */
  static final List<String> KINDS = List.of("required", "format", "format-standard", "domain",
      "diagnosis-code", "procedure-code", "diagnosis-name", "procedure-name", "identifier", "expr",
      "duplicate", "overlap", "admission-order", "coding-edit", "domain-legacy", "diagnosis-code-form",
      "procedure-code-form", "column-missing", "rule-skipped", "column-duplicate", "column-unknown");

  final RuleSet set;
  final List<Rule> rules;

  private CompiledRules(RuleSet set, List<Rule> rules) {
    this.set = set;
    this.rules = List.copyOf(rules);
  }

  static CompiledRules compile(RuleSet set, RuleSet.RuleFileContext ctx) {
    FirstPageScope fs = new FirstPageScope(FirstPageFields.standard(), set.options());
    Scope<RecordCtx> root = fs.root;
    List<Rule> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (RuleDef d : set.rules()) {
      if (!ids.add(d.id())) {
        throw ctx.fail(d.id(), "rules.duplicateId", d.id());
      }
      Rule r = new Rule(d, out.size());
      for (String f : d.fields()) {
        r.fields.add(spec(f, d.id(), fs, ctx));
      }
      Set<String> allowedPlaceholders = new HashSet<>(BUILTIN_PLACEHOLDERS);
      allowedPlaceholders.addAll(fs.fieldIndex.keySet());
      switch (d.kind()) {
        case "expr", "identifier" -> compileExpr(r, root, fs, ctx, allowedPlaceholders);
        case "diagnosis-name", "procedure-name" -> {
          r.pairs = new ArrayList<>();
          @SuppressWarnings("unchecked")
          List<List<String>> pairs = (List<List<String>>) d.params().getOrDefault("pairs", List.of());
          if (pairs.isEmpty()) {
            throw ctx.fail(d.id(), "rules.needs", "pairs");
          }
          for (List<String> p : pairs) {
            if (p.size() != 2) {
              throw ctx.fail(d.id(), "rules.pair", String.join(",", p));
            }
            FieldSpec a = spec(p.get(0), d.id(), fs, ctx);
            FieldSpec b = spec(p.get(1), d.id(), fs, ctx);
            if (a.single() != b.single() || a.group() != b.group()) {
              throw ctx.fail(d.id(), "rules.pair", String.join(",", p));
            }
            r.pairs.add(List.of(a, b));
          }
        }
        case "domain-legacy" -> {
          @SuppressWarnings("unchecked")
          Map<String, String> legacy = (Map<String, String>) d.params().get("legacy");
          if (legacy == null || legacy.isEmpty()) {
            throw ctx.fail(d.id(), "rules.needs", "legacy");
          }
          r.legacy = Map.copyOf(legacy);
        }
        case "coding-edit" -> {
          @SuppressWarnings("unchecked")
          List<String> e = (List<String>) d.params().get("edits");
          if (e == null || e.isEmpty()) {
            throw ctx.fail(d.id(), "rules.needs", "edits");
          }
          r.edits = java.util.Set.copyOf(e);
        }
        case "duplicate" -> r.key = indexes(d, "key", fs, ctx);
        case "overlap" -> {
          r.person = indexes(d, "person", fs, ctx);
          r.from = index(d, "from", fs, ctx);
          r.to = index(d, "to", fs, ctx);
        }
        case "admission-order" -> {
          r.person = indexes(d, "person", fs, ctx);
          r.count = index(d, "count", fs, ctx);
          r.time = index(d, "time", fs, ctx);
        }
        default -> {
          // field-level and column kinds need nothing more
        }
      }
      if (r.findingField < 0 && !r.fields.isEmpty() && r.fields.get(0).single()) {
        r.findingField = r.fields.get(0).field();
      }
      if (List.of("duplicate", "overlap", "admission-order").contains(d.kind()) && r.findingField < 0) {
        throw ctx.fail(d.id(), "rules.needs", "fields");
      }
      for (Template t : List.of(r.zh, r.en)) {
        for (String p : t.names()) {
          if (!allowedPlaceholders.contains(p)) {
            throw ctx.fail(d.id(), "rules.placeholder", p);
          }
        }
      }
      if (d.enabled()) {
        out.add(r);
      }
    }
    return new CompiledRules(set, out);
  }

  private static void compileExpr(Rule r, Scope<RecordCtx> root, FirstPageScope fs,
      RuleSet.RuleFileContext ctx, Set<String> placeholders) {
    RuleDef d = r.def;
    Scope<RecordCtx> scope = root;
    if (d.each() != null) {
      List<String> each = d.each();
      int g = each.size() == 1 ? FirstPageScope.groupIndex(each.get(0)) : -1;
      if (g >= 0) {
        r.eachGroup = g;
        FieldGroup group = FirstPageScope.GROUPS.get(g).group();
        scope = fs.members.get(each.get(0));
        String member = d.field() != null ? d.field() : group.members().get(0);
        r.eachMember = group.member(member);
        if (r.eachMember < 0) {
          throw ctx.fail(d.id(), "rules.member", member, each.get(0), String.join(", ", group.members()));
        }
        placeholders.addAll(group.members());
      } else {
        r.eachList = new int[each.size()];
        FieldType type = null;
        for (int i = 0; i < each.size(); i++) {
          Integer fi = fs.fieldIndex.get(each.get(i));
          if (fi == null) {
            throw ctx.fail(d.id(), "rules.eachName", each.get(i),
                String.join(", ", FirstPageScope.GROUPS.stream().map(FirstPageScope.GroupName::name).toList()));
          }
          FieldType t = fs.fields.fields().get(fi).type();
          if (type != null && type != t) {
            throw ctx.fail(d.id(), "rules.eachType", each.get(0), each.get(i));
          }
          type = t;
          r.eachList[i] = fi;
        }
        scope = fs.listScope(root, type);
        placeholders.add("value");
      }
    } else if (d.kind().equals("expr") || d.kind().equals("identifier")) {
      String f = d.field() != null ? d.field() : d.fields().isEmpty() ? null : d.fields().get(0);
      if (f == null) {
        throw ctx.fail(d.id(), "rules.needs", "fields");
      }
      Integer fi = fs.fieldIndex.get(f);
      if (fi == null) {
        throw ctx.fail(d.id(), "rules.field", f);
      }
      r.findingField = fi;
    }
    r.when = expr(d, "when", d.when(), scope, ctx, true);
    if (r.when != null && (r.eachGroup >= 0 || r.eachList != null)) {
      Set<String> members = r.eachGroup >= 0
          ? new HashSet<>(FirstPageScope.GROUPS.get(r.eachGroup).group().members()) : Set.of("value");
      r.whenRecordLevel = r.when.names().stream().noneMatch(members::contains);
    }
    r.check = expr(d, "check", d.check(), scope, ctx, true);
    r.expected = expr(d, "expected", d.expected(), scope, ctx, false);
    for (Expression<RecordCtx> e : java.util.Arrays.asList(r.when, r.check, r.expected)) {
      if (e == null) {
        continue;
      }
      for (String n : e.names()) {
        Integer fi = fs.fieldIndex.get(n);
        if (fi != null && !(r.eachGroup >= 0 && fs.members.get(d.each().get(0)) != null
            && FirstPageScope.GROUPS.get(r.eachGroup).group().member(n) >= 0)) {
          r.reads.add(fi);
        }
      }
    }
    if (d.kind().equals("identifier") && r.findingField < 0) {
      throw ctx.fail(d.id(), "rules.needs", "fields");
    }
  }

  private static Expression<RecordCtx> expr(RuleDef d, String part, String text,
      Scope<RecordCtx> scope, RuleSet.RuleFileContext ctx, boolean condition) {
    if (text == null) {
      return null;
    }
    try {
      return condition ? Expression.condition(text, scope) : Expression.compile(text, scope);
    } catch (ExprException e) {
      throw ctx.fail(d.id(), "rules.expr", part, text, e.message(ctx.messages().lang()));
    }
  }

  static FieldSpec spec(String text, String ruleId, FirstPageScope fs, RuleSet.RuleFileContext ctx) {
    Integer fi = fs.fieldIndex.get(text);
    if (fi != null) {
      return new FieldSpec(text, fi, null, -1, false);
    }
    if (text.contains("xNN")) {
      FieldDef first = fs.fields.field(text.replace("xNN", "x01")).orElse(null);
      if (first != null && first.group() != null) {
        FieldGroup g = first.group();
        boolean hasMain = g.slots().get(0).number() == 0;
        return new FieldSpec(text, -1, g, g.member(first.member()), hasMain);
      }
    }
    throw ctx.fail(ruleId, "rules.field", text);
  }

  private static int index(RuleDef d, String param, FirstPageScope fs, RuleSet.RuleFileContext ctx) {
    Object v = d.params().get(param);
    if (!(v instanceof String s)) {
      throw ctx.fail(d.id(), "rules.needs", param);
    }
    Integer fi = fs.fieldIndex.get(s);
    if (fi == null) {
      throw ctx.fail(d.id(), "rules.field", s);
    }
    return fi;
  }

  private static int[] indexes(RuleDef d, String param, FirstPageScope fs, RuleSet.RuleFileContext ctx) {
    Object v = d.params().get(param);
    if (!(v instanceof List<?> l) || l.isEmpty()) {
      throw ctx.fail(d.id(), "rules.needs", param);
    }
    int[] out = new int[l.size()];
    for (int i = 0; i < out.length; i++) {
      Integer fi = fs.fieldIndex.get(String.valueOf(l.get(i)));
      if (fi == null) {
        throw ctx.fail(d.id(), "rules.field", String.valueOf(l.get(i)));
      }
      out[i] = fi;
    }
    return out;
  }
}
