package org.shutong.drg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.report.Severity;

/**
 * Counts of a grouping run: cases per MDC, ADRG and DRG, 无法入组 cases per cause, invalid cases per
 * validation rule. Feed it every {@link DrgResult}; adding a grouped result allocates nothing.
 * Not thread-safe: one per run.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class GroupSummary {
  private final DrgTables tables;
  /** Cases per DRG of the table set, by DRG index (ADRG and MDC counts are derived). */
  private final long[] drgCases;
  /** Cases of groups the table set does not have (results of another set). */
  private final Map<String, long[]> otherMdc = new HashMap<>();
  private final Map<String, long[]> otherAdrg = new HashMap<>();
  private final Map<String, long[]> otherDrg = new HashMap<>();
  private final Map<CauseKey, long[]> causes = new LinkedHashMap<>();
  private final Map<String, long[]> invalidRules = new TreeMap<>();
  private long grouped;
  private long ungroupable;
  private long invalid;

  /** Cases of one MDC, ADRG or DRG. */
  public record Count(String code, String name, long cases) {}

  /**
   * 无法入组 cases of one cause (principal diagnoses aside).
   *
   * @param reason the kind of cause
   * @param mdc the MDC it is about, or {@code null}
   * @param rule the failing rule token or ADRG, or {@code null}
   * @param cases number of records
   */
  public record CauseCount(UngroupableCause.Reason reason, String mdc, String rule, long cases) {
    /** The cause in words (without a principal diagnosis). */
    public String message(Lang lang) {
      return org.shutong.i18n.Messages.of(Engine.BUNDLE, lang).get("causeSummary." + reason.name(),
          mdc == null ? "" : mdc, rule == null ? "" : rule);
    }
  }

  private record CauseKey(UngroupableCause.Reason reason, String mdc, String rule) {}

  /** An empty summary for results of {@code tables}. */
  public GroupSummary(DrgTables tables) {
    this.tables = tables;
    this.drgCases = new long[tables.drgs.length];
  }

  /** Counts one result. */
  public void add(DrgResult r) {
    switch (r.status()) {
      case GROUPED -> {
        grouped++;
        Drg d = tables.drgByCode.get(r.drg());
        if (d != null && d.code.equals(r.drg()) && tables.adrgs[d.adrg].code.equals(r.adrg())) {
          drgCases[d.index]++;
        } else {
          otherMdc.computeIfAbsent(r.mdc(), k -> new long[1])[0]++;
          otherAdrg.computeIfAbsent(r.adrg(), k -> new long[1])[0]++;
          otherDrg.computeIfAbsent(r.drg(), k -> new long[1])[0]++;
        }
      }
      case UNGROUPABLE -> {
        ungroupable++;
        UngroupableCause c = r.cause();
        CauseKey k = c == null ? new CauseKey(UngroupableCause.Reason.PDX_NOT_IN_ANY_MDC, null, null)
            : new CauseKey(c.reason(), c.mdc(), c.rule());
        causes.computeIfAbsent(k, x -> new long[1])[0]++;
      }
      case INVALID -> {
        invalid++;
        for (DrgIssue i : r.issues()) {
          if (i.severity() == Severity.ERROR) {
            invalidRules.computeIfAbsent(i.ruleId(), x -> new long[1])[0]++;
          }
        }
      }
    }
  }

  /**
   * This summary's counts as a serialisable value for another process (a Spark executor's part of a
   * run). Adding the parts of consecutive slices of the input to one summary in input order, with
   * {@link #add(Counts)}, gives exactly the summary of the whole input, ties in {@link #causes()}
   * included.
   */
  public Counts counts() {
    Map<List<String>, Long> c = new LinkedHashMap<>();
    causes.forEach((k, v) -> c.put(java.util.Arrays.asList(k.reason().name(), k.mdc(), k.rule()), v[0]));
    return new Counts(grouped, ungroupable, invalid, drgCases.clone(), flat(otherMdc), flat(otherAdrg), flat(otherDrg),
        c, flat(invalidRules));
  }

  /** Adds the counts of another summary of results of the same table set (see {@link #counts()}). */
  public void add(Counts c) {
    if (c.drgCases.length != drgCases.length) {
      throw new IllegalArgumentException("counts of another table set");
    }
    grouped += c.grouped;
    ungroupable += c.ungroupable;
    invalid += c.invalid;
    for (int i = 0; i < drgCases.length; i++) {
      drgCases[i] += c.drgCases[i];
    }
    c.otherMdc.forEach((k, v) -> otherMdc.computeIfAbsent(k, x -> new long[1])[0] += v);
    c.otherAdrg.forEach((k, v) -> otherAdrg.computeIfAbsent(k, x -> new long[1])[0] += v);
    c.otherDrg.forEach((k, v) -> otherDrg.computeIfAbsent(k, x -> new long[1])[0] += v);
    c.causes.forEach((k, v) -> causes.computeIfAbsent(
        new CauseKey(UngroupableCause.Reason.valueOf(k.get(0)), k.get(1), k.get(2)), x -> new long[1])[0] += v);
    c.invalidRules.forEach((k, v) -> invalidRules.computeIfAbsent(k, x -> new long[1])[0] += v);
  }

  private static Map<String, Long> flat(Map<String, long[]> m) {
    Map<String, Long> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, v[0]));
    return out;
  }

  /** The counts of a {@link GroupSummary}, serialisable (see {@link GroupSummary#counts()}). */
  public static final class Counts implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final long grouped;
    private final long ungroupable;
    private final long invalid;
    private final long[] drgCases;
    private final LinkedHashMap<String, Long> otherMdc;
    private final LinkedHashMap<String, Long> otherAdrg;
    private final LinkedHashMap<String, Long> otherDrg;
    private final LinkedHashMap<List<String>, Long> causes;
    private final LinkedHashMap<String, Long> invalidRules;

    Counts(long grouped, long ungroupable, long invalid, long[] drgCases, Map<String, Long> otherMdc,
        Map<String, Long> otherAdrg, Map<String, Long> otherDrg, Map<List<String>, Long> causes,
        Map<String, Long> invalidRules) {
      this.grouped = grouped;
      this.ungroupable = ungroupable;
      this.invalid = invalid;
      this.drgCases = drgCases;
      this.otherMdc = new LinkedHashMap<>(otherMdc);
      this.otherAdrg = new LinkedHashMap<>(otherAdrg);
      this.otherDrg = new LinkedHashMap<>(otherDrg);
      this.causes = new LinkedHashMap<>();
      causes.forEach((k, v) -> this.causes.put(new ArrayList<>(k), v));
      this.invalidRules = new LinkedHashMap<>(invalidRules);
    }

    /** Results counted. */
    public long records() {
      return grouped + ungroupable + invalid;
    }
  }

  /** Results counted. */
  public long records() {
    return grouped + ungroupable + invalid;
  }

  /** Grouped results. */
  public long grouped() {
    return grouped;
  }

  /** 无法入组 results. */
  public long ungroupable() {
    return ungroupable;
  }

  /** Invalid results. */
  public long invalid() {
    return invalid;
  }

  /** Cases per MDC with at least one case, in code order. */
  public List<Count> byMdc() {
    Map<String, long[]> m = copy(otherMdc);
    for (Drg d : tables.drgs) {
      String code = tables.mdcs[tables.adrgs[d.adrg].mdc].code;
      m.computeIfAbsent(code, k -> new long[1])[0] += drgCases[d.index];
    }
    return counts(m);
  }

  /** Cases per ADRG with at least one case, in code order. */
  public List<Count> byAdrg() {
    Map<String, long[]> m = copy(otherAdrg);
    for (Drg d : tables.drgs) {
      m.computeIfAbsent(tables.adrgs[d.adrg].code, k -> new long[1])[0] += drgCases[d.index];
    }
    return counts(m);
  }

  /** Cases per DRG with at least one case, in code order. */
  public List<Count> byDrg() {
    Map<String, long[]> m = copy(otherDrg);
    for (Drg d : tables.drgs) {
      m.computeIfAbsent(d.code, k -> new long[1])[0] += drgCases[d.index];
    }
    return counts(m);
  }

  /** 无法入组 cases per cause, most cases first. */
  public List<CauseCount> causes() {
    List<CauseCount> out = new ArrayList<>();
    causes.forEach((k, v) -> out.add(new CauseCount(k.reason(), k.mdc(), k.rule(), v[0])));
    out.sort((a, b) -> Long.compare(b.cases(), a.cases()));
    return List.copyOf(out);
  }

  /** Invalid cases per validation rule id (a record may count under several rules). */
  public Map<String, Long> invalidRules() {
    Map<String, Long> out = new LinkedHashMap<>();
    invalidRules.forEach((k, v) -> out.put(k, v[0]));
    return java.util.Collections.unmodifiableMap(out);
  }

  private static Map<String, long[]> copy(Map<String, long[]> m) {
    Map<String, long[]> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, new long[] {v[0]}));
    return out;
  }

  private List<Count> counts(Map<String, long[]> m) {
    List<Count> out = new ArrayList<>();
    new TreeMap<>(m).forEach((k, v) -> {
      if (v[0] > 0) {
        out.add(new Count(k, tables.groupName(k).orElse(null), v[0]));
      }
    });
    return List.copyOf(out);
  }

  /**
   * The {@code groupSummary} object of {@code drg group}'s JSON report, the same for the command
   * line and the Spark runner: table set, counts, cases by MDC/ADRG/DRG, ungroupable reasons with
   * their messages in {@code lang}, invalid-input rules.
   */
  public Map<String, Object> toJson(DrgTables tables, Lang lang) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("tables", tables.id());
    o.put("records", records());
    o.put("grouped", grouped());
    o.put("ungroupable", ungroupable());
    o.put("invalid", invalid());
    o.put("byMdc", byMdc());
    o.put("byAdrg", byAdrg());
    o.put("byDrg", byDrg());
    List<Map<String, Object>> causes = new ArrayList<>();
    for (CauseCount c : causes()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("reason", c.reason().name());
      x.put("mdc", c.mdc());
      x.put("rule", c.rule());
      x.put("message", c.message(lang));
      x.put("cases", c.cases());
      causes.add(x);
    }
    o.put("ungroupableReasons", causes);
    o.put("invalidRules", invalidRules());
    return o;
  }
}
