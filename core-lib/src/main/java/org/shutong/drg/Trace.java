package org.shutong.drg;

import java.util.ArrayList;
import java.util.List;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;

/**
 * Collects the {@link TraceStep}s of one {@link Grouper#explain} run, each rendered in Chinese and
 * English at once. Only built when a trace is asked for; the grouping fast path never touches it.
 */
final class Trace {
  private final Messages zh = Messages.of(Engine.BUNDLE, Lang.ZH);
  private final Messages en = Messages.of(Engine.BUNDLE, Lang.EN);
  private final List<TraceStep> steps = new ArrayList<>();
  private DrgRecord record;

  /** A message argument that is itself a message key, rendered in each language. */
  private static final class Loc {
    final String key;
    final Object[] args;

    Loc(String key, Object... args) {
      this.key = key;
      this.args = args;
    }
  }

  List<TraceStep> steps() {
    return steps;
  }

  int mark() {
    return steps.size();
  }

  void add(String step, String subject, Boolean matched, String key, Object... args) {
    steps.add(step(step, subject, matched, key, args));
  }

  void insert(int at, String step, String subject, Boolean matched, String key, Object... args) {
    steps.add(at, step(step, subject, matched, key, args));
  }

  private TraceStep step(String step, String subject, Boolean matched, String key, Object[] args) {
    return new TraceStep(step, subject, matched, render(zh, key, args), render(en, key, args));
  }

  private static String render(Messages m, String key, Object[] args) {
    Object[] a = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      a[i] = args[i] instanceof Loc l ? render(m, l.key, l.args) : args[i];
    }
    return m.get(key, a);
  }

  private static Object name(String name) {
    return name == null ? new Loc("name.unknown") : name;
  }

  private static Object value(String v) {
    return v == null || v.isBlank() ? new Loc("value.empty") : v.strip();
  }

  /** The record as read: sex, ages, weight, diagnoses, procedures, code mapping. */
  void input(DrgRecord r, Engine.Ctx x, DrgTables t, boolean mapped) {
    record = r;
    add("INPUT", null, null, "trace.input.patient", value(r.sex()), value(r.ageYears()),
        value(r.ageDays()), value(r.weight()));
    add("INPUT", t.id(), null, "trace.input.tables", t.id(), new Loc(mapped ? "map.on" : "map.off"));
    for (int i = 0; i < x.nDx; i++) {
      String raw = r.diagnoses().get(i);
      Dx d = x.dx[i];
      add("INPUT", raw, null, i == 0 ? "trace.input.pdx" : "trace.input.dx", raw,
          name(d.known() ? d.name : null), i);
      if (mapped && d.known() && !d.code.equals(raw)) {
        add("MAP", raw, null, "trace.map.dx", raw, d.code, name(d.name));
      }
    }
    for (int i = 0; i < x.nPr; i++) {
      String raw = r.procedures().get(i);
      Proc p = x.pr[i];
      add("INPUT", raw, null, i == 0 ? "trace.input.mainProc" : "trace.input.proc", raw,
          name(p.known() ? p.name : null), i, new Loc(p.or ? "proc.or" : "proc.notOr"));
      if (mapped && p.known() && !p.code.equals(raw)) {
        add("MAP", raw, null, "trace.map.proc", raw, p.code, name(p.name));
      }
    }
    if (x.nPr == 0) {
      add("INPUT", null, null, "trace.input.noProc");
    }
  }

  void issue(DrgIssue i) {
    steps.add(new TraceStep("VALIDATE", i.ruleId(), Boolean.FALSE, i.message(Lang.ZH),
        i.message(Lang.EN)));
  }

  void cause(UngroupableCause c) {
    steps.add(new TraceStep("RESULT", c.mdc(), Boolean.FALSE,
        zh.get("trace.result.UNGROUPABLE", c.message(Lang.ZH)),
        en.get("trace.result.UNGROUPABLE", c.message(Lang.EN))));
  }

  /** One rule token tested: what it looked at and whether it held. */
  void condition(Cond c, boolean ok, Engine.Ctx x, DrgTables t, int mdc, Adrg a) {
    String subject = a != null ? a.code : t.mdcs[mdc].code;
    String yes = ok ? ".true" : ".false";
    switch (c.kind) {
      case ALWAYS -> add("CONDITION", subject, ok, "cond.ALWAYS");
      case PDX_IN_MDC_LIST -> add("CONDITION", subject, ok, "cond.PDX_IN_MDC_LIST" + yes,
          code(x.dx[0], 0), t.mdcs[mdc].code);
      case PDX_IN_LIST -> add("CONDITION", subject, ok, "cond.PDX_IN_LIST" + yes,
          code(x.dx[0], 0), a.code, c.listName.toLowerCase(java.util.Locale.ROOT));
      case ANY_DX_IN_LIST -> {
        int i = Engine.firstDxInList(x, c.list, a.index);
        if (ok) {
          add("CONDITION", subject, true, "cond.ANY_DX_IN_LIST.true", code(x.dx[i], i), a.code,
              c.listName.toLowerCase(java.util.Locale.ROOT));
        } else {
          add("CONDITION", subject, false, "cond.ANY_DX_IN_LIST.false", a.code,
              c.listName.toLowerCase(java.util.Locale.ROOT));
        }
      }
      case MAIN_PROC_IN_LIST -> {
        if (x.nPr == 0) {
          add("CONDITION", subject, false, "cond.noProc", c.token);
        } else {
          add("CONDITION", subject, ok, "cond.MAIN_PROC_IN_LIST" + yes, proc(x.pr[0], 0), a.code,
              c.listName.toLowerCase(java.util.Locale.ROOT));
        }
      }
      case ANY_PROC_IN_LIST -> {
        int i = Engine.firstProcInList(x, c.list, a.index);
        if (ok) {
          add("CONDITION", subject, true, "cond.ANY_PROC_IN_LIST.true", proc(x.pr[i], i), a.code,
              c.listName.toLowerCase(java.util.Locale.ROOT));
        } else {
          add("CONDITION", subject, false, "cond.ANY_PROC_IN_LIST.false", a.code,
              c.listName.toLowerCase(java.util.Locale.ROOT));
        }
      }
      case MAIN_PROC_IN_OR -> {
        if (x.nPr == 0) {
          add("CONDITION", subject, false, "cond.noProc", c.token);
        } else {
          add("CONDITION", subject, ok, "cond.MAIN_PROC_IN_OR" + yes, proc(x.pr[0], 0));
        }
      }
      case ANY_PROC_IN_OR, NO_PROC_IN_OR -> {
        int i = Engine.firstOrProc(x);
        if (i >= 0) {
          add("CONDITION", subject, ok, "cond.orFound", proc(x.pr[i], i), c.token);
        } else {
          add("CONDITION", subject, ok, "cond.orNone", c.token);
        }
      }
      case MIN_REGIONS -> {
        long set = Engine.regions(x, c.regionMdc);
        StringBuilder names = new StringBuilder();
        for (int r = 1; r < t.regionNames.length; r++) {
          if ((set & (1L << r)) != 0) {
            names.append(names.length() == 0 ? "" : "、").append(t.regionNames[r]);
          }
        }
        add("CONDITION", subject, ok, "cond.MIN_REGIONS", t.mdcs[c.regionMdc].code,
            Long.bitCount(set), names.length() == 0 ? new Loc("value.none") : names.toString(),
            c.minRegions);
      }
      case COMPARE -> add("CONDITION", subject, ok, "cond.COMPARE" + yes,
          new Loc("field." + c.field.name()), compared(c, x), c.token);
      case PROC_LABELS -> {
        int mask = Engine.labels(x, a);
        StringBuilder found = new StringBuilder();
        for (int i = 0; i < x.nPr; i++) {
          Proc p = x.pr[i];
          Integer b = p.known() ? a.labelBits.get(p.code) : null;
          if (b != null && b != 0) {
            found.append(found.length() == 0 ? "" : "，").append(p.code).append('→')
                .append(a.labelNames[Integer.numberOfTrailingZeros(b)]);
          }
        }
        add("CONDITION", subject, ok, "cond.PROC_LABELS" + yes, a.code,
            mask == 0 ? new Loc("value.none") : found.toString(), c.token);
      }
      case HAS_MCC, HAS_CC, HAS_MCC_OR_CC -> add("CONDITION", subject, ok,
          "cond." + c.kind.name() + yes);
    }
  }

  /** The MCC/CC status of every secondary diagnosis with the exclusion table that applied. */
  void severity(Engine.Ctx x, DrgTables t) {
    Dx p = x.dx[0];
    if (p.pdxTable != 0) {
      add("SEVERITY", record.diagnoses().get(0), null, "sev.pdxTable", code(p, 0),
          t.tableNames[p.pdxTable]);
    } else {
      add("SEVERITY", record.diagnoses().get(0), null, "sev.pdxNoTable", code(p, 0));
    }
    if (x.nDx < 2) {
      add("SEVERITY", null, null, "sev.noSecondary");
      return;
    }
    for (int i = 1; i < x.nDx; i++) {
      Dx d = x.dx[i];
      String level = d.level == Dx.MCC ? "MCC" : d.level == Dx.CC ? "CC" : null;
      if (level == null) {
        add("SEVERITY", record.diagnoses().get(i), null, "sev.none", code(d, i));
      } else if (p.pdxTable != 0 && p.pdxTable == d.ccTable) {
        add("SEVERITY", record.diagnoses().get(i), false, "sev.excluded", code(d, i), level,
            t.tableNames[d.ccTable]);
      } else {
        add("SEVERITY", record.diagnoses().get(i), true, "sev.counts", code(d, i), level,
            d.ccTable == 0 ? new Loc("value.none") : t.tableNames[d.ccTable]);
      }
    }
  }

  private static Object compared(Cond c, Engine.Ctx x) {
    return switch (c.field) {
      case GENDER -> x.sex > 0 ? Integer.toString(x.sex) : new Loc("value.empty");
      case AGE_YEARS -> x.age >= 0 ? Integer.toString(x.age) : new Loc("value.empty");
      case AGE_DAYS -> x.ageDays >= 0 ? Integer.toString(x.ageDays) : new Loc("value.empty");
      case WEIGHT -> Double.isNaN(x.weight) ? new Loc("value.empty") : plain(x.weight);
    };
  }

  private static String plain(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  /** A diagnosis as tested: its grouper code (the input code when unknown) and name. */
  private Object code(Dx d, int i) {
    return new Loc("code", d.known() ? d.code : record.diagnoses().get(i),
        name(d.known() ? d.name : null));
  }

  /** A procedure as tested: its grouper code (the input code when unknown) and name. */
  private Object proc(Proc p, int i) {
    return new Loc("code", p.known() ? p.code : record.procedures().get(i),
        name(p.known() ? p.name : null));
  }
}
