package org.shutong.assess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.shutong.assess.Answer.Conformity;
import org.shutong.assess.Assessment.DomainResult;
import org.shutong.assess.Assessment.Gap;
import org.shutong.assess.Assessment.ItemResult;
import org.shutong.assess.Assessment.LevelReached;
import org.shutong.assess.Assessment.LevelResult;
import org.shutong.assess.Assessment.Total;
import org.shutong.assess.AssessmentModel.AnswerType;
import org.shutong.assess.AssessmentModel.Domain;
import org.shutong.assess.AssessmentModel.EmrRules;
import org.shutong.assess.AssessmentModel.Item;
import org.shutong.assess.AssessmentModel.Kind;
import org.shutong.assess.AssessmentModel.Level;
import org.shutong.assess.AssessmentModel.Option;
import org.shutong.assess.AssessmentModel.SourceStatus;
import org.shutong.assess.AssessmentModel.Tier;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;

/**
 * Scores a model against evidence. A pure function: the same model, answers and language give the
 * same {@link Assessment}; nothing is read, written or timed.
 *
 * <p><b>互联互通</b> (kind INTEROP): an item gives the points of the step its answer reaches (符合性 and
 * 是否 items: one step; 选择 items: the option's; 数量 items: the highest threshold met, or points per
 * unit up to a cap). A level is reached when every item that has a step at or below it is met at the
 * highest of its steps not above the level (the model's level rule), and every lower level is reached.
 *
 * <p><b>电子病历</b> (kind EMR, 国卫办医函〔2018〕1079号 附件2 四、评价方法): an item scores function ×
 * effective application × data quality; level L needs every basic item at function ≥ L with
 * application ≥ 0.8 and data quality ≥ 0.5, the required number of optional items at function ≥ L with
 * application ≥ 0.5 and data quality ≥ 0.5, and a total of at least the level's minimum. Without the
 * per-level basic/optional classification in the model, the level is bounded: <i>reached</i> when it
 * holds whichever items are basic, <i>possible</i> when it holds for some classification.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Assessor {
  private Assessor() {}

  /** Scores {@code model} with {@code answers} (by item id); texts in {@code lang}. */
  public static Assessment assess(AssessmentModel model, Map<String, Answer> answers, Lang lang) {
    return model.kind() == Kind.EMR ? new Emr(model, answers, lang).run() : new Interop(model, answers, lang).run();
  }

  // ------------------------------------------------------------------ shared

  private abstract static class Base {
    final AssessmentModel model;
    final Map<String, Answer> answers;
    final Lang lang;
    final Messages m;
    final Map<String, Integer> rank = new HashMap<>();
    final Map<String, Level> levelById = new HashMap<>();

    Base(AssessmentModel model, Map<String, Answer> answers, Lang lang) {
      this.model = model;
      this.answers = answers;
      this.lang = lang;
      this.m = AssessText.messages(lang);
      for (Level l : model.levels()) {
        rank.put(l.id(), l.rank());
        levelById.put(l.id(), l);
      }
    }

    String levelName(String id) {
      Level l = levelById.get(id);
      return l == null ? null : AssessText.levelName(l, lang);
    }

    String source(Item item) {
      String id = item.levelSource() != null ? item.source() + "+" + item.levelSource() : item.source();
      String status = model.source(item.source()).map(s -> s.status().name().toLowerCase(java.util.Locale.ROOT)).orElse("");
      return id + " (" + status + ")";
    }

    boolean provisional() {
      return model.sources().stream().anyMatch(s -> s.status() == SourceStatus.UNCONFIRMED
          && (s.id().equals(model.levelRule()) || usedByLevels(s.id())));
    }

    private boolean usedByLevels(String sourceId) {
      if (model.levels().stream().anyMatch(l -> l.source().equals(sourceId))) {
        return true;
      }
      return model.items().stream().anyMatch(i -> sourceId.equals(i.levelSource()) || sourceId.equals(i.source()))
          || (model.kind() == Kind.EMR && sourceId.startsWith("UNCONFIRMED-CLASSIFICATION")
              && model.items().stream().anyMatch(i -> i.emr().basicAt() == null));
    }

    List<DomainResult> domains(List<ItemResult> results) {
      Map<String, List<ItemResult>> byDomain = new HashMap<>();
      for (ItemResult r : results) {
        byDomain.computeIfAbsent(r.domain(), k -> new ArrayList<>()).add(r);
      }
      Map<String, List<String>> children = new HashMap<>();
      for (Domain d : model.domains()) {
        if (d.parent() != null) {
          children.computeIfAbsent(d.parent(), k -> new ArrayList<>()).add(d.id());
        }
      }
      List<DomainResult> out = new ArrayList<>();
      for (Domain d : model.domains()) {
        List<ItemResult> in = new ArrayList<>();
        collect(d.id(), byDomain, children, in);
        Double score = null;
        Double max = null;
        int answered = 0;
        for (ItemResult r : in) {
          if (r.max() != null) {
            max = (max == null ? 0 : max) + r.max();
            score = (score == null ? 0 : score) + (r.score() == null ? 0 : r.score());
          }
          if (r.answer() != null) {
            answered++;
          }
        }
        String derivation = score == null
            ? m.get("der.domainUnscored", in.size())
            : m.get("der.domain", in.size(), AssessText.num(score), AssessText.num(max));
        if (d.points() != null && max != null && Math.abs(d.points() - max) > 1e-6) {
          derivation += m.get("der.domainPrinted", AssessText.num(d.points()), AssessText.num(max));
        }
        out.add(new DomainResult(d.id(), d.parent(), AssessText.domainName(d, lang),
            score == null ? null : AssessText.round(score), max == null ? null : AssessText.round(max), d.points(),
            in.size(), answered, derivation));
      }
      return out;
    }

    private static void collect(String id, Map<String, List<ItemResult>> byDomain, Map<String, List<String>> children,
        List<ItemResult> into) {
      into.addAll(byDomain.getOrDefault(id, List.of()));
      for (String c : children.getOrDefault(id, List.of())) {
        collect(c, byDomain, children, into);
      }
    }

    Total total(List<ItemResult> results) {
      Double score = null;
      Double max = null;
      for (ItemResult r : results) {
        if (r.max() != null) {
          max = (max == null ? 0 : max) + r.max();
          score = (score == null ? 0 : score) + (r.score() == null ? 0 : r.score());
        }
      }
      Double printed = null;
      for (Domain d : model.topDomains()) {
        if (d.points() != null) {
          printed = (printed == null ? 0 : printed) + d.points();
        }
      }
      int scored = (int) results.stream().filter(r -> r.max() != null).count();
      String derivation = score == null ? m.get("der.totalUnscored")
          : m.get("der.total", scored, AssessText.num(score), AssessText.num(max));
      if (printed != null && max != null && Math.abs(printed - max) > 1e-6) {
        derivation += m.get("der.domainPrinted", AssessText.num(printed), AssessText.num(max));
      }
      return new Total(score == null ? null : AssessText.round(score), max == null ? null : AssessText.round(max),
          printed, derivation);
    }

    String effortLabel(int effort) {
      return m.get("effort." + Math.min(effort, 4)) + (effort > 4 ? m.get("effort.more", effort - 3) : "");
    }

    static void sortGaps(List<Gap> gaps) {
      gaps.sort(Comparator.comparingInt(Gap::effort)
          .thenComparing(g -> -(g.gain() == null ? 0 : g.gain()))
          .thenComparing(Gap::item, Assessor::compareIds));
    }
  }

  private static final java.util.regex.Pattern DOT = java.util.regex.Pattern.compile("\\.");

  /** Compares item numbers part by part ({@code 2.2.10.1} after {@code 2.2.9.1}). */
  static int compareIds(String a, String b) {
    String[] x = DOT.split(a, -1);
    String[] y = DOT.split(b, -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c;
      try {
        c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
      } catch (NumberFormatException e) {
        c = x[i].compareTo(y[i]);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  // ------------------------------------------------------------------ 互联互通

  private static final class Interop extends Base {
    /** Per item: the rank its answer reaches (0 for none), and whether it counts as met outright (无此业务). */
    final Map<String, Integer> reached = new HashMap<>();
    final Set<String> notApplicable = new HashSet<>();
    final Map<String, ItemResult> results = new HashMap<>();

    Interop(AssessmentModel model, Map<String, Answer> answers, Lang lang) {
      super(model, answers, lang);
    }

    Assessment run() {
      List<ItemResult> results = new ArrayList<>();
      for (Item item : model.items()) {
        ItemResult r = item(item);
        results.add(r);
        this.results.put(item.id(), r);
      }
      Total total = total(results);
      List<LevelResult> levels = new ArrayList<>();
      String achieved = null;
      boolean chain = true;
      for (Level l : model.levels()) {
        List<String> unmet = new ArrayList<>();
        int required = 0;
        for (Item item : model.items()) {
          Integer need = requiredRank(item, l.rank());
          if (need == null) {
            continue;
          }
          required++;
          if (!notApplicable.contains(item.id()) && reached.getOrDefault(item.id(), 0) < need) {
            unmet.add(item.id());
          }
        }
        List<String> checks = new ArrayList<>();
        checks.add(m.get("lvl.items", required, required - unmet.size()));
        boolean ok = unmet.isEmpty();
        if (l.minScore() != null) {
          double t = total.score() == null ? 0 : total.score();
          checks.add(m.get("lvl.minScore", AssessText.num(t), AssessText.num(l.minScore())));
          ok &= t >= l.minScore();
        }
        chain &= ok;
        if (chain) {
          achieved = l.id();
        }
        levels.add(new LevelResult(l.id(), AssessText.levelName(l, lang), l.rank(), ok ? "reached" : "not-reached",
            checks, unmet));
      }
      Level next = null;
      for (Level l : model.levels()) {
        if (achieved == null || l.rank() > rank.get(achieved)) {
          next = l;
          break;
        }
      }
      List<Gap> gaps = new ArrayList<>();
      if (next != null) {
        for (Item item : model.items()) {
          Integer need = requiredRank(item, next.rank());
          if (need != null && !notApplicable.contains(item.id()) && reached.getOrDefault(item.id(), 0) < need) {
            gaps.add(gap(item, next, need));
          }
        }
        sortGaps(gaps);
      }
      boolean provisional = provisional();
      String explanation = achieved == null
          ? m.get("lvl.noneInterop", next == null ? "" : AssessText.levelName(next, lang))
          : m.get("lvl.reachedInterop", levelName(achieved));
      if (provisional) {
        explanation += m.get("lvl.provisional");
      }
      LevelReached reachedLevel = new LevelReached(achieved, levelName(achieved), achieved, levelName(achieved),
          next == null ? null : next.id(), next == null ? null : AssessText.levelName(next, lang), provisional,
          explanation);
      return new Assessment(model.id(), results, domains(results), total, levels, reachedLevel, gaps);
    }

    /** The lowest and highest ranks an item has steps at; {@code null} if it has none. */
    int[] span(Item item) {
      int lo = Integer.MAX_VALUE;
      int hi = Integer.MIN_VALUE;
      for (Tier t : item.tiers()) {
        int r = rank.get(t.level());
        lo = Math.min(lo, r);
        hi = Math.max(hi, r);
      }
      for (Option o : item.options()) {
        if (o.level() != null) {
          int r = rank.get(o.level());
          lo = Math.min(lo, r);
          hi = Math.max(hi, r);
        }
      }
      return lo == Integer.MAX_VALUE ? null : new int[] {lo, hi};
    }

    /** The rank the item must reach for a level of rank {@code target}, or {@code null} if not required. */
    Integer requiredRank(Item item, int target) {
      int[] s = span(item);
      if (s == null || target < s[0]) {
        return null;
      }
      return Math.min(target, s[1]);
    }

    private String rankName(int r) {
      for (Level l : model.levels()) {
        if (l.rank() == r) {
          return AssessText.levelName(l, lang);
        }
      }
      return Integer.toString(r);
    }

    ItemResult item(Item item) {
      Answer a = answers.get(item.id());
      Double max = item.maxPointsOrNull();
      int[] span = span(item);
      String requiredFrom = null;
      if (span != null) {
        for (Level l : model.levels()) {
          if (l.rank() == span[0]) {
            requiredFrom = l.id();
          }
        }
      }
      String status;
      Double score = null;
      String level = null;
      String derivation;
      String shown = a == null ? null : display(item, a);
      if (a == null) {
        status = span == null && max == null ? "info" : "unanswered";
        score = max == null ? null : 0.0;
        derivation = m.get("der.unanswered");
      } else {
        switch (item.answer()) {
          case CONFORMITY, YESNO -> {
            Tier t = item.tiers().get(0);
            boolean met = item.answer() == AnswerType.YESNO ? Boolean.TRUE.equals(a.yes())
                : a.conformity() == Conformity.FULL || a.conformity() == Conformity.NOT_APPLICABLE;
            if (a.conformity() == Conformity.NOT_APPLICABLE) {
              notApplicable.add(item.id());
              status = "not-applicable";
            } else {
              status = met ? "met" : a.conformity() == Conformity.PARTIAL ? "partial" : "unmet";
            }
            if (met) {
              reached.put(item.id(), rank.get(t.level()));
              level = t.level();
            }
            score = t.points() == null ? null : met ? t.points() : 0.0;
            derivation = t.points() == null ? m.get("der.unscoredStep", shown, levelName(t.level()))
                : m.get("der.step", shown, AssessText.num(score), met ? levelName(t.level()) : "—");
          }
          case CHOICE -> {
            Option chosen = item.options().stream().filter(o -> o.label().equals(a.option())).findFirst().orElseThrow();
            score = max == null ? null : chosen.points();
            if (chosen.level() != null) {
              reached.put(item.id(), rank.get(chosen.level()));
              level = chosen.level();
            }
            status = span == null ? "info" : chosen.level() != null ? "met" : "unmet";
            derivation = m.get("der.step", shown, score == null ? "—" : AssessText.num(score),
                chosen.level() == null ? "—" : levelName(chosen.level()));
          }
          case COUNT -> {
            long n = a.count();
            Tier best = null;
            for (Tier t : item.tiers()) {
              if (n >= t.min() && (best == null || rank.get(t.level()) > rank.get(best.level()))) {
                best = t;
              }
            }
            if (best != null) {
              reached.put(item.id(), rank.get(best.level()));
              level = best.level();
            }
            if (item.pointsPerUnit() != null) {
              score = Math.min(n * item.pointsPerUnit(), item.maxPoints());
              derivation = m.get("der.perUnit", n, AssessText.num(item.pointsPerUnit()), AssessText.num(item.maxPoints()),
                  AssessText.num(score), best == null ? "—" : levelName(best.level()));
            } else {
              score = max == null ? null : best == null || best.points() == null ? 0.0 : best.points();
              derivation = best == null
                  ? m.get("der.countNone", n, item.tiers().isEmpty() ? "—" : AssessText.num(item.tiers().get(0).min()))
                  : m.get("der.count", n, AssessText.num(best.min()), levelName(best.level()),
                      score == null ? "—" : AssessText.num(score));
            }
            status = span == null ? "info" : best != null ? "met" : "unmet";
          }
          default -> throw new IllegalStateException(item.answer().name());
        }
      }
      return new ItemResult(item.id(), item.domain(), item.title(), status, shown, null, null, null,
          score == null ? null : AssessText.round(score), max, level, requiredFrom, a == null ? null : a.origin(),
          a == null ? null : a.comment(), a == null ? null : a.attachment(), derivation, source(item));
    }

    String display(Item item, Answer a) {
      return switch (item.answer()) {
        case CONFORMITY -> AnswerParsing.label(a.conformity(), lang == Lang.EN);
        case YESNO -> Boolean.TRUE.equals(a.yes()) ? m.get("ans.yes") : m.get("ans.no");
        case CHOICE -> a.option();
        case COUNT -> Long.toString(a.count());
        default -> a.raw();
      };
    }

    Gap gap(Item item, Level next, int need) {
      Answer a = answers.get(item.id());
      int have = reached.getOrDefault(item.id(), 0);
      String required = switch (item.answer()) {
        case CONFORMITY -> m.get("gap.conformity", rankName(need));
        case YESNO -> m.get("gap.yes", rankName(need));
        case CHOICE -> m.get("gap.choice", rankName(need), String.join(" / ", item.options().stream()
            .filter(o -> o.level() != null && rank.get(o.level()) >= need).map(Option::label).toList()));
        case COUNT -> {
          Tier t = item.tiers().stream().filter(x -> rank.get(x.level()) >= need)
              .min(Comparator.comparingInt(x -> rank.get(x.level()))).orElseThrow();
          yield m.get("gap.count", rankName(need), AssessText.num(t.min()));
        }
        default -> throw new IllegalStateException(item.answer().name());
      };
      int effort;
      if (a == null) {
        effort = 1;
      } else if (item.answer() == AnswerType.CONFORMITY && a.conformity() == Conformity.PARTIAL) {
        effort = 2;
      } else if (have == 0) {
        effort = 4;
      } else {
        effort = 2 + stepsBetween(item, have, need);
      }
      String evidence = a == null ? m.get("gap.noEvidence") : m.get("gap.evidence", display(item, a),
          have == 0 ? m.get("gap.noLevel") : rankName(have), a.origin());
      Double max = item.maxPointsOrNull();
      ItemResult now = results.get(item.id());
      Double gain = max == null ? null : AssessText.round(max - (now.score() == null ? 0 : now.score()));
      return new Gap(next.id(), item.id(), item.title(), required, evidence, effort, effortLabel(effort), gain);
    }

    /** How many of the item's steps lie above {@code have} up to {@code need}. */
    private int stepsBetween(Item item, int have, int need) {
      Set<Integer> steps = new HashSet<>();
      item.tiers().forEach(t -> steps.add(rank.get(t.level())));
      item.options().forEach(o -> {
        if (o.level() != null) {
          steps.add(rank.get(o.level()));
        }
      });
      int n = 0;
      for (int s : steps) {
        if (s > have && s <= need) {
          n++;
        }
      }
      return Math.max(1, n);
    }
  }

  // ------------------------------------------------------------------ 电子病历

  private static final class Emr extends Base {
    final EmrRules rules;
    final Map<String, double[]> factors = new LinkedHashMap<>();

    Emr(AssessmentModel model, Map<String, Answer> answers, Lang lang) {
      super(model, answers, lang);
      this.rules = model.rules();
    }

    Assessment run() {
      List<ItemResult> results = new ArrayList<>();
      for (Item item : model.items()) {
        results.add(item(item));
      }
      Total total = total(results);
      double t = total.score() == null ? 0 : total.score();
      List<LevelResult> levels = new ArrayList<>();
      String certain = null;
      String possible = null;
      boolean chainCertain = true;
      boolean chainPossible = true;
      for (Level l : model.levels()) {
        if (l.rank() == 0) {
          levels.add(new LevelResult(l.id(), AssessText.levelName(l, lang), 0, "reached", List.of(m.get("lvl.zero")), List.of()));
          certain = chainCertain ? l.id() : certain;
          possible = chainPossible ? l.id() : possible;
          continue;
        }
        Check c = check(l, t);
        chainCertain &= c.certain;
        chainPossible &= c.possible;
        if (chainCertain) {
          certain = l.id();
        }
        if (chainPossible) {
          possible = l.id();
        }
        String state = c.certain ? "reached" : c.possible ? "possible" : "not-reached";
        levels.add(new LevelResult(l.id(), AssessText.levelName(l, lang), l.rank(), state, c.lines, c.unmet));
      }
      Level next = null;
      for (Level l : model.levels()) {
        if (certain == null || l.rank() > rank.get(certain)) {
          next = l;
          break;
        }
      }
      List<Gap> gaps = next == null ? List.of() : gaps(next, t);
      boolean classified = model.items().stream().allMatch(i -> i.emr().basicAt() != null);
      boolean provisional = !classified || provisional();
      String explanation = certain == null ? m.get("lvl.noneEmr")
          : classified ? m.get("lvl.reachedEmr", levelName(certain))
          : m.get("lvl.boundsEmr", levelName(certain), levelName(possible));
      LevelReached level = new LevelReached(certain, levelName(certain), possible, levelName(possible),
          next == null ? null : next.id(), next == null ? null : AssessText.levelName(next, lang), provisional,
          explanation);
      return new Assessment(model.id(), results, domains(results), total, levels, level, gaps);
    }

    ItemResult item(Item item) {
      Answer a = answers.get(item.id());
      var scope = item.emr();
      if (a == null || a.function() == null) {
        factors.put(item.id(), null);
        return new ItemResult(item.id(), item.domain(), item.title(), "unanswered", null, null, null,
            a == null ? null : a.dataQuality(), 0.0, 8.0, null, null, a == null ? null : a.origin(), null, null,
            m.get("der.unanswered"), source(item));
      }
      int f = a.function();
      Double app = scope.applicationByFunction() ? Double.valueOf(1.0) : a.application();
      Double dq = scope.dataQualityNone() ? Double.valueOf(1.0) : a.dataQuality();
      String status;
      double score;
      String derivation;
      if (app == null || dq == null) {
        status = "incomplete";
        score = 0;
        factors.put(item.id(), new double[] {f, app == null ? 0 : app, dq == null ? 0 : dq});
        derivation = m.get("der.emrIncomplete", f, app == null ? "—" : AssessText.num(app),
            dq == null ? "—" : AssessText.num(dq));
      } else {
        score = f * app * dq;
        factors.put(item.id(), new double[] {f, app, dq});
        status = "met";
        derivation = m.get("der.emr", f, AssessText.num(app), AssessText.num(dq), AssessText.num(AssessText.round(score)))
            + (scope.applicationByFunction() ? m.get("der.emrByFunction") : "")
            + (scope.dataQualityNone() ? m.get("der.emrNoDq") : "");
      }
      String shown = f + " × " + (app == null ? "—" : AssessText.num(app)) + " × " + (dq == null ? "—" : AssessText.num(dq));
      return new ItemResult(item.id(), item.domain(), item.title(), status, shown, f, app, dq, AssessText.round(score),
          8.0, null, null, a.origin(), a.comment(), a.attachment(), derivation, source(item));
    }

    boolean passes(String id, int level, double app, double dq) {
      double[] x = factors.get(id);
      return x != null && x[0] >= level && x[1] >= app - 1e-9 && x[2] >= dq - 1e-9;
    }

    boolean basicOk(String id, int level) {
      return passes(id, level, rules.basicApplication(), rules.basicDataQuality());
    }

    boolean optionalOk(String id, int level) {
      return passes(id, level, rules.optionalApplication(), rules.optionalDataQuality());
    }

    private static final class Check {
      boolean certain;
      boolean possible;
      final List<String> lines = new ArrayList<>();
      final List<String> unmet = new ArrayList<>();
    }

    Check check(Level l, double total) {
      int L = l.rank();
      List<Item> known = new ArrayList<>();
      List<Item> optional = new ArrayList<>();
      List<Item> unknown = new ArrayList<>();
      for (Item i : model.items()) {
        if (i.emr().absentLevels().contains(L)) {
          continue;
        }
        if (i.emr().basicAt() == null) {
          unknown.add(i);
        } else if (i.emr().basicAt().contains(L)) {
          known.add(i);
        } else {
          optional.add(i);
        }
      }
      int b = l.basicItems();
      int o = l.optionalRequired();
      int bRest = Math.max(0, b - known.size());
      int knownOk = 0;
      Check c = new Check();
      for (Item i : known) {
        if (basicOk(i.id(), L)) {
          knownOk++;
        } else {
          c.unmet.add(i.id());
        }
      }
      int unknownBasicOk = 0;
      int unknownOptOk = 0;
      for (Item i : unknown) {
        if (basicOk(i.id(), L)) {
          unknownBasicOk++;
        }
        if (optionalOk(i.id(), L)) {
          unknownOptOk++;
        }
      }
      int optOk = 0;
      for (Item i : optional) {
        if (optionalOk(i.id(), L)) {
          optOk++;
        }
      }
      boolean knownAll = knownOk == known.size();
      boolean scoreOk = total >= l.minScore() - 1e-9;
      int optionalCountWorst = optOk + unknownOptOk - bRest;
      c.certain = knownAll && (bRest == 0 || unknownBasicOk == unknown.size()) && optionalCountWorst >= o && scoreOk;
      c.possible = knownAll && unknownBasicOk >= bRest && optionalCountWorst >= o && scoreOk;
      if (!unknown.isEmpty()) {
        for (Item i : unknown) {
          if (!basicOk(i.id(), L)) {
            c.unmet.add(i.id());
          }
        }
        c.lines.add(m.get("lvl.emrUnclassified", b, unknown.size(), unknownBasicOk, unknownOptOk));
        if (!known.isEmpty()) {
          c.lines.add(m.get("lvl.emrBasic", b, known.size(), knownOk));
        }
      } else {
        c.lines.add(m.get("lvl.emrBasic", b, known.size(), knownOk));
      }
      c.lines.add(m.get("lvl.emrOptional", Math.max(0, optionalCountWorst), o, l.optionalTotal()));
      c.lines.add(m.get("lvl.minScore", AssessText.num(total), AssessText.num(l.minScore())));
      return c;
    }

    List<Gap> gaps(Level next, double total) {
      int L = next.rank();
      List<Gap> gaps = new ArrayList<>();
      for (Item i : model.items()) {
        if (i.emr().absentLevels().contains(L)) {
          continue;
        }
        List<Integer> basicAt = i.emr().basicAt();
        boolean basic = basicAt == null || basicAt.contains(L);
        boolean ok = basic ? basicOk(i.id(), L) : optionalOk(i.id(), L);
        if (ok) {
          continue;
        }
        double app = basic ? rules.basicApplication() : rules.optionalApplication();
        double dq = basic ? rules.basicDataQuality() : rules.optionalDataQuality();
        String kind = basicAt == null ? m.get("gap.emrIfBasic") : basic ? m.get("gap.emrBasic") : m.get("gap.emrOptional");
        String required = m.get("gap.emr", kind, L, AssessText.pct(app), AssessText.num(dq));
        double[] x = factors.get(i.id());
        Answer a = answers.get(i.id());
        String evidence;
        int effort;
        boolean dqMissing = a != null && a.dataQuality() == null && !i.emr().dataQualityNone();
        if (x == null) {
          evidence = m.get("gap.noEvidence");
          effort = 1;
        } else {
          evidence = m.get("gap.emrEvidence", (int) x[0], AssessText.pct(x[1]),
              dqMissing ? m.get("gap.emrNoDq") : AssessText.num(x[2]), a == null ? "" : a.origin());
          int short_ = L - (int) x[0];
          effort = short_ > 0 ? 2 + short_ : dqMissing ? 1 : 2;
        }
        double gain = x == null ? L * app * dq
            : Math.max(0, L * Math.max(app, x[1]) * Math.max(dq, x[2]) - x[0] * x[1] * x[2]);
        gaps.add(new Gap(next.id(), i.id(), i.title(), required, evidence, effort, effortLabel(effort),
            AssessText.round(gain)));
      }
      if (total < next.minScore() - 1e-9) {
        gaps.add(new Gap(next.id(), "total", m.get("gap.totalTitle"), m.get("gap.total", AssessText.num(next.minScore())),
            m.get("gap.totalEvidence", AssessText.num(total)), 2, effortLabel(2),
            AssessText.round(next.minScore() - total)));
      }
      sortGaps(gaps);
      return gaps;
    }
  }
}
