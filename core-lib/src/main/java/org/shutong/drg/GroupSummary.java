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
  private final Map<String, long[]> mdc = new HashMap<>();
  private final Map<String, long[]> adrg = new HashMap<>();
  private final Map<String, long[]> drg = new HashMap<>();
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
    for (Mdc m : tables.mdcs) {
      mdc.put(m.code, new long[1]);
    }
    for (Adrg a : tables.adrgs) {
      adrg.put(a.code, new long[1]);
    }
    for (Drg d : tables.drgs) {
      drg.put(d.code, new long[1]);
    }
  }

  /** Counts one result. */
  public void add(DrgResult r) {
    switch (r.status()) {
      case GROUPED -> {
        grouped++;
        mdc.computeIfAbsent(r.mdc(), k -> new long[1])[0]++;
        adrg.computeIfAbsent(r.adrg(), k -> new long[1])[0]++;
        drg.computeIfAbsent(r.drg(), k -> new long[1])[0]++;
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
    return counts(mdc);
  }

  /** Cases per ADRG with at least one case, in code order. */
  public List<Count> byAdrg() {
    return counts(adrg);
  }

  /** Cases per DRG with at least one case, in code order. */
  public List<Count> byDrg() {
    return counts(drg);
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

  private List<Count> counts(Map<String, long[]> m) {
    List<Count> out = new ArrayList<>();
    new TreeMap<>(m).forEach((k, v) -> {
      if (v[0] > 0) {
        out.add(new Count(k, tables.groupName(k).orElse(null), v[0]));
      }
    });
    return List.copyOf(out);
  }
}
