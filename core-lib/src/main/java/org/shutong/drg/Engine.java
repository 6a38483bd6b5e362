package org.shutong.drg;

import java.util.ArrayList;
import java.util.List;
import org.shutong.coding.Family;
import org.shutong.report.Severity;

/**
 * The CHS-DRG grouping steps of ALGORITHM.md applied to one record: step 0 code mapping (optional)
 * and validation, step 1 MDC selection in the set's order with fall-through, step 2 ADRG selection,
 * step 3 the DRG split with MCC/CC and exclusion tables.
 *
 * <p>Allocation: the fast path ({@code trace == null}) resolves the record's codes into a
 * thread-local scratch context (arrays reused across records), evaluates rules with bit tests and
 * hash lookups, and allocates only the {@link DrgResult} (plus issues for records that have them).
 * With a {@link Trace}, the same code path also records each decision; the trace is built only when
 * asked for ({@link Grouper#explain}), so grouping a file pays nothing for it.
 */
final class Engine {
  static final String BUNDLE = "org.shutong.drg.messages";

  private static final ThreadLocal<Ctx> CTX = ThreadLocal.withInitial(Ctx::new);

  private final DrgTables t;
  private final boolean mapCodes;

  Engine(DrgTables t, boolean mapCodes) {
    this.t = t;
    this.mapCodes = mapCodes;
  }

  /** Scratch state of one grouping; reused per thread. */
  static final class Ctx {
    Dx[] dx = new Dx[32];
    int nDx;
    Proc[] pr = new Proc[16];
    int nPr;
    int sex;
    int age;
    int ageDays;
    double weight;
    Trace trace;
    boolean busy;
  }

  DrgResult group(DrgRecord r, Trace trace) {
    Ctx x = CTX.get();
    if (x.busy) {
      x = new Ctx();
    }
    x.busy = true;
    x.trace = trace;
    try {
      return run(r, x);
    } finally {
      x.busy = false;
      x.trace = null;
      java.util.Arrays.fill(x.dx, 0, x.nDx, null);
      java.util.Arrays.fill(x.pr, 0, x.nPr, null);
    }
  }

  private DrgResult run(DrgRecord r, Ctx x) {
    Trace tr = x.trace;
    List<DrgIssue> issues = null;
    boolean invalid = false;

    // step 0a: resolve codes (and map them when asked)
    List<String> dxs = r.diagnoses();
    int n = dxs.size();
    if (x.dx.length < n) {
      x.dx = new Dx[Math.max(n, x.dx.length * 2)];
    }
    x.nDx = n;
    for (int i = 0; i < n; i++) {
      String c = dxs.get(i);
      Dx d;
      if (mapCodes) {
        d = t.dxMap.get(c);
        if (d == null) {
          issues = add(issues, "DRG-DX-UNMAPPED", Severity.ERROR, DrgField.DIAGNOSIS, i, c);
          invalid = true;
          d = Dx.UNKNOWN;
        }
      } else {
        d = t.dx.get(c);
        if (d == null) {
          // a code written in another form (j44900, Ｊ４４．９００): grouped as the library's code, with a warning
          String f = Family.ICD10.cleanForm(c);
          d = f == null || f.equals(c) ? null : t.dx.get(f);
          if (d != null) {
            issues = add(issues, "DRG-DX-FORM", Severity.WARNING, DrgField.DIAGNOSIS, i, c, f);
          } else {
            issues = add(issues, "DRG-DX-UNKNOWN", Severity.WARNING, DrgField.DIAGNOSIS, i, c, t.id());
            d = Dx.UNKNOWN;
          }
        }
      }
      x.dx[i] = d;
    }
    List<String> prs = r.procedures();
    int np = prs.size();
    if (x.pr.length < np) {
      x.pr = new Proc[Math.max(np, x.pr.length * 2)];
    }
    x.nPr = np;
    for (int i = 0; i < np; i++) {
      String c = prs.get(i);
      Proc p;
      if (mapCodes) {
        p = t.procMap.get(c);
        if (p == null) {
          issues = add(issues, "DRG-PROC-UNMAPPED", Severity.ERROR, DrgField.PROCEDURE, i, c);
          invalid = true;
          p = Proc.UNKNOWN;
        }
      } else {
        p = t.proc.get(c);
        if (p == null) {
          String f = Family.ICD9CM3.cleanForm(c);
          p = f == null || f.equals(c) ? null : t.proc.get(f);
          if (p != null) {
            issues = add(issues, "DRG-PROC-FORM", Severity.WARNING, DrgField.PROCEDURE, i, c, f);
          } else {
            issues = add(issues, "DRG-PROC-UNKNOWN", Severity.WARNING, DrgField.PROCEDURE, i, c, t.id());
            p = Proc.UNKNOWN;
          }
        }
      }
      x.pr[i] = p;
    }

    // step 0b: validation (信息校验), numbers compared as numbers
    x.sex = 0;
    x.age = -1;
    x.ageDays = -1;
    x.weight = Double.NaN;
    String sex = r.sex();
    if (sex.isBlank()) {
      issues = add(issues, "DRG-SEX-MISSING", Severity.ERROR, DrgField.SEX, 0, null);
      invalid = true;
    } else {
      x.sex = Numbers.sex(sex);
      if (x.sex <= 0) {
        issues = add(issues, "DRG-SEX-INVALID", Severity.ERROR, DrgField.SEX, 0, sex);
        invalid = true;
      }
    }
    String age = r.ageYears();
    if (age.isBlank()) {
      issues = add(issues, "DRG-AGE-MISSING", Severity.ERROR, DrgField.AGE_YEARS, 0, null);
      invalid = true;
    } else {
      x.age = Numbers.count(age);
      if (x.age < 0) {
        issues = add(issues, "DRG-AGE-INVALID", Severity.ERROR, DrgField.AGE_YEARS, 0, age);
        invalid = true;
      }
    }
    String days = r.ageDays();
    if (!days.isBlank()) {
      x.ageDays = Numbers.count(days);
    }
    String weight = r.weight();
    if (!weight.isBlank()) {
      double w = Numbers.number(weight);
      x.weight = w >= 0 ? w : Double.NaN;
    }
    if (x.age == 0) {
      if (days.isBlank()) {
        issues = add(issues, "DRG-AGEDAYS-MISSING", Severity.ERROR, DrgField.AGE_DAYS, 0, null);
        invalid = true;
      } else if (x.ageDays < 0) {
        issues = add(issues, "DRG-AGEDAYS-INVALID", Severity.ERROR, DrgField.AGE_DAYS, 0, days);
        invalid = true;
      } else if (x.ageDays <= 28) {
        if (weight.isBlank()) {
          issues = add(issues, "DRG-WEIGHT-MISSING", Severity.ERROR, DrgField.WEIGHT, 0, null);
          invalid = true;
        } else if (Double.isNaN(x.weight)) {
          issues = add(issues, "DRG-WEIGHT-INVALID", Severity.ERROR, DrgField.WEIGHT, 0, weight);
          invalid = true;
        }
      }
    }
    if (n == 0) {
      issues = add(issues, "DRG-PDX-MISSING", Severity.ERROR, DrgField.DIAGNOSIS, 0, null);
      invalid = true;
    }
    if (tr != null) {
      tr.input(r, x, t, mapCodes);
      if (issues != null) {
        for (DrgIssue i : issues) {
          tr.issue(i);
        }
      }
    }
    if (invalid) {
      if (tr != null) {
        tr.add("RESULT", null, Boolean.FALSE, "trace.result.INVALID");
      }
      return new DrgResult(DrgStatus.INVALID, null, null, null, null, null, null, null, issues,
          tr == null ? null : tr.steps());
    }

    // step 1 and 2: MDCs in order, ADRGs in order, fall-through
    Dx pdx = x.dx[0];
    int noAdrgMdc = -1;
    int failMdc = -1;
    int failCond = -1;
    for (Mdc m : t.mdcs) {
      if (tr == null && m.needsPdx && !pdx.inMdc(m.index)) {
        continue; // the entry rule fails on its PDX_IN_MDC_LIST token; only a trace wants to say so
      }
      int mark = tr == null ? 0 : tr.mark();
      int fail = firstFailing(m.entry, x, m.index, null);
      if (tr != null) {
        tr.insert(mark, "MDC", m.code, fail < 0, fail < 0 ? "trace.mdc.in" : "trace.mdc.out", m.code,
            m.name, m.entry.text);
      }
      if (fail >= 0) {
        if (failMdc < 0 && pdx.inMdc(m.index)) {
          failMdc = m.index;
          failCond = fail;
        }
        continue;
      }
      for (int ai : m.adrgs) {
        Adrg a = t.adrgs[ai];
        int amark = tr == null ? 0 : tr.mark();
        int afail = firstFailing(a.rule, x, m.index, a);
        if (tr != null) {
          tr.insert(amark, "ADRG", a.code, afail < 0, afail < 0 ? "trace.adrg.in" : "trace.adrg.out",
              a.code, a.name, a.rule.text);
        }
        if (afail >= 0) {
          continue;
        }
        // step 3: DRG split
        if (tr != null) {
          tr.severity(x, t);
        }
        for (int di : a.drgs) {
          Drg d = t.drgs[di];
          int dmark = tr == null ? 0 : tr.mark();
          int dfail = firstFailing(d.split, x, m.index, a);
          if (tr != null) {
            tr.insert(dmark, "DRG", d.code, dfail < 0, dfail < 0 ? "trace.drg.in" : "trace.drg.out",
                d.code, d.name, d.split.text);
          }
          if (dfail < 0) {
            if (tr != null) {
              tr.add("RESULT", d.code, Boolean.TRUE, "trace.result.GROUPED", m.code, a.code, d.code,
                  d.name);
            }
            return new DrgResult(DrgStatus.GROUPED, m.code, m.name, a.code, a.name, d.code, d.name,
                null, issues, tr == null ? null : tr.steps());
          }
        }
        UngroupableCause cause = new UngroupableCause(
            UngroupableCause.Reason.NO_DRG_MATCHED, m.code, a.code, r.diagnoses().get(0));
        return ungroupable(cause, issues, tr);
      }
      if (tr != null) {
        tr.add("MDC", m.code, Boolean.FALSE, "trace.mdc.noAdrg", m.code);
      }
      if (noAdrgMdc < 0 && pdx.inMdc(m.index)) {
        noAdrgMdc = m.index;
      }
    }
    UngroupableCause cause;
    String principal = r.diagnoses().get(0);
    if (noAdrgMdc >= 0) {
      cause = new UngroupableCause(UngroupableCause.Reason.NO_ADRG_MATCHED, t.mdcs[noAdrgMdc].code,
          null, principal);
    } else if (failMdc >= 0) {
      Cond c = t.mdcs[failMdc].entry.conds[failCond];
      UngroupableCause.Reason why = UngroupableCause.Reason.ENTRY_CONDITION_NOT_MET;
      if (c.kind == Cond.Kind.COMPARE) {
        why = c.field == Cond.Field.GENDER
            ? UngroupableCause.Reason.SEX_CONFLICT
            : UngroupableCause.Reason.AGE_CONFLICT;
      }
      cause = new UngroupableCause(why, t.mdcs[failMdc].code, c.token, principal);
    } else {
      cause = new UngroupableCause(UngroupableCause.Reason.PDX_NOT_IN_ANY_MDC, null, null, principal);
    }
    return ungroupable(cause, issues, tr);
  }

  private static DrgResult ungroupable(UngroupableCause cause, List<DrgIssue> issues, Trace tr) {
    if (tr != null) {
      tr.cause(cause);
    }
    return new DrgResult(DrgStatus.UNGROUPABLE, null, null, null, null, null, null, cause, issues,
        tr == null ? null : tr.steps());
  }

  /** Index of the first token of {@code rule} that does not hold, or -1 if all hold. */
  private int firstFailing(Rule rule, Ctx x, int mdc, Adrg adrg) {
    Cond[] cs = rule.conds;
    for (int i = 0; i < cs.length; i++) {
      boolean ok = test(cs[i], x, mdc, adrg);
      if (x.trace != null) {
        x.trace.condition(cs[i], ok, x, t, mdc, adrg);
      }
      if (!ok) {
        return i;
      }
    }
    return -1;
  }

  static boolean test(Cond c, Ctx x, int mdc, Adrg adrg) {
    switch (c.kind) {
      case ALWAYS:
        return true;
      case PDX_IN_MDC_LIST:
        return x.dx[0].inMdc(mdc);
      case PDX_IN_LIST:
        return x.dx[0].inList(c.list, adrg.index);
      case ANY_DX_IN_LIST:
        return firstDxInList(x, c.list, adrg.index) >= 0;
      case MAIN_PROC_IN_LIST:
        return x.nPr > 0 && x.pr[0].inList(c.list, adrg.index);
      case ANY_PROC_IN_LIST:
        return firstProcInList(x, c.list, adrg.index) >= 0;
      case MAIN_PROC_IN_OR:
        return x.nPr > 0 && x.pr[0].or;
      case ANY_PROC_IN_OR:
        return firstOrProc(x) >= 0;
      case NO_PROC_IN_OR:
        return firstOrProc(x) < 0;
      case MIN_REGIONS:
        return Long.bitCount(regions(x, c.regionMdc)) >= c.minRegions;
      case COMPARE:
        return compare(c, x);
      case PROC_LABELS:
        return c.labels.test(labels(x, adrg));
      case HAS_MCC:
        return hasSeverity(x, Dx.MCC);
      case HAS_CC:
        return hasSeverity(x, Dx.CC);
      case HAS_MCC_OR_CC:
        return hasSeverity(x, Dx.MCC) || hasSeverity(x, Dx.CC);
    }
    throw new IllegalStateException(c.kind.name());
  }

  static int firstDxInList(Ctx x, int list, int adrg) {
    for (int i = 0; i < x.nDx; i++) {
      if (x.dx[i].inList(list, adrg)) {
        return i;
      }
    }
    return -1;
  }

  static int firstProcInList(Ctx x, int list, int adrg) {
    for (int i = 0; i < x.nPr; i++) {
      if (x.pr[i].inList(list, adrg)) {
        return i;
      }
    }
    return -1;
  }

  static int firstOrProc(Ctx x) {
    for (int i = 0; i < x.nPr; i++) {
      if (x.pr[i].or) {
        return i;
      }
    }
    return -1;
  }

  /** Bit set of the region ids covered by the diagnoses found in the list of MDC {@code mdc}. */
  static long regions(Ctx x, int mdc) {
    long set = 0;
    for (int i = 0; i < x.nDx; i++) {
      Dx d = x.dx[i];
      if (d.region != 0 && d.inMdc(mdc)) {
        set |= 1L << d.region;
      }
    }
    return set;
  }

  /** Bit set of the labels of the record's procedures in the ADRG's procedure list. */
  static int labels(Ctx x, Adrg a) {
    int mask = 0;
    for (int i = 0; i < x.nPr; i++) {
      Proc p = x.pr[i];
      if (p.known()) {
        Integer b = a.labelBits.get(p.code);
        if (b != null) {
          mask |= b;
        }
      }
    }
    return mask;
  }

  static boolean compare(Cond c, Ctx x) {
    double v;
    switch (c.field) {
      case GENDER:
        v = x.sex;
        break;
      case AGE_YEARS:
        v = x.age;
        break;
      case AGE_DAYS:
        if (x.ageDays < 0) {
          return false;
        }
        v = x.ageDays;
        break;
      case WEIGHT:
        // the reference tests "weight and weight < 1500": a missing or zero weight never matches
        if (Double.isNaN(x.weight) || x.weight == 0) {
          return false;
        }
        v = x.weight;
        break;
      default:
        throw new IllegalStateException(c.field.name());
    }
    return c.op.test(v, c.value);
  }

  /**
   * Whether a secondary diagnosis has severity {@code level} and is not excluded by the principal's
   * exclusion table (same table number); needs at least two diagnoses. Secondaries are scanned in
   * order; an excluded MCC does not count as a CC.
   */
  static boolean hasSeverity(Ctx x, int level) {
    if (x.nDx < 2) {
      return false;
    }
    int table = x.dx[0].pdxTable;
    for (int i = 1; i < x.nDx; i++) {
      Dx d = x.dx[i];
      if (d.level == level && (table == 0 || table != d.ccTable)) {
        return true;
      }
    }
    return false;
  }

  private static List<DrgIssue> add(List<DrgIssue> issues, String rule, Severity s, DrgField f,
      int index, String value, String... args) {
    List<DrgIssue> out = issues == null ? new ArrayList<>(2) : issues;
    List<String> all = new ArrayList<>(args.length + 1);
    all.add(value == null ? "" : value);
    all.addAll(List.of(args));
    out.add(new DrgIssue(rule, s, f, index, value, all));
    return out;
  }
}
