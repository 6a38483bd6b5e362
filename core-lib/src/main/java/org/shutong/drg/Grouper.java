package org.shutong.drg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Groups discharges by a CHS-DRG table set (ALGORITHM.md of the set: validation, MDC selection with
 * fall-through, ADRG rule tokens, DRG split by MCC/CC with exclusion tables). Immutable and
 * thread-safe; create one per table set and reuse it.
 *
 * <pre>{@code
 * Grouper g = Grouper.of(DrgTables.builtIn("chs-drg-1.1"));
 * DrgRecord record = DrgRecord.builder().sex(1).ageYears(88)
 *     .diagnoses("A07.000", "I50.900x009").procedures("42.6403").build();
 * DrgResult r = g.group(record);
 * r.drg();                       // GB11
 * g.explain(record).trace();     // why, step by step, in Chinese and English
 * g.whatIf(record).scenarios();  // how the group changes per secondary diagnosis
 * }</pre>
 *
 * <p>{@link #group} allocates nothing per record beyond its result; {@link #explain} runs the same
 * steps and also records the trace.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Grouper {
  private final DrgTables tables;
  private final Options options;
  private final Engine engine;

  /**
   * How to group.
   *
   * @param mapCodes map input codes through the set's icd10-map/icd9cm3-map before grouping (the
   *     reference grouper's optional TRANS_CODE step); a code without a mapping makes the record
   *     invalid
   */
  public record Options(boolean mapCodes) {
    /** No code mapping (the reference grouper's default). */
    public static Options defaults() {
      return new Options(false);
    }
  }

  private Grouper(DrgTables tables, Options options) {
    this.tables = Objects.requireNonNull(tables, "tables");
    this.options = Objects.requireNonNull(options, "options");
    this.engine = new Engine(tables, options.mapCodes());
  }

  /** A grouper for {@code tables} without code mapping. */
  public static Grouper of(DrgTables tables) {
    return new Grouper(tables, Options.defaults());
  }

  /** A grouper for {@code tables} with {@code options}. */
  public static Grouper of(DrgTables tables, Options options) {
    return new Grouper(tables, options);
  }

  /** The table set. */
  public DrgTables tables() {
    return tables;
  }

  /** The options. */
  public Options options() {
    return options;
  }

  /** Groups one record. Never throws for bad input: such a record is {@link DrgStatus#INVALID}. */
  public DrgResult group(DrgRecord record) {
    return engine.group(record, null);
  }

  /** Groups one record and records every decision in {@link DrgResult#trace()}. */
  public DrgResult explain(DrgRecord record) {
    return engine.group(record, new Trace());
  }

  /**
   * Groups the record, then each variant a coder would consider: every secondary diagnosis dropped,
   * every secondary diagnosis promoted to principal (the old principal takes its place), every
   * procedure dropped, every other procedure promoted to main procedure.
   */
  public WhatIf whatIf(DrgRecord record) {
    DrgResult base = group(record);
    List<WhatIf.Scenario> out = new ArrayList<>();
    List<String> dx = record.diagnoses();
    for (int i = 1; i < dx.size(); i++) {
      out.add(scenario(WhatIf.Change.DROP_DIAGNOSIS, i, dx.get(i), true, base,
          with(record, drop(dx, i), record.procedures())));
      out.add(scenario(WhatIf.Change.PROMOTE_DIAGNOSIS, i, dx.get(i), true, base,
          with(record, swap(dx, i), record.procedures())));
    }
    List<String> pr = record.procedures();
    for (int i = 0; i < pr.size(); i++) {
      out.add(scenario(WhatIf.Change.DROP_PROCEDURE, i, pr.get(i), false, base,
          with(record, dx, drop(pr, i))));
      if (i > 0) {
        out.add(scenario(WhatIf.Change.PROMOTE_PROCEDURE, i, pr.get(i), false, base,
            with(record, dx, swap(pr, i))));
      }
    }
    return new WhatIf(record, base, out);
  }

  private WhatIf.Scenario scenario(WhatIf.Change change, int index, String code, boolean diagnosis,
      DrgResult base, DrgRecord variant) {
    DrgResult r = group(variant);
    String name = (diagnosis ? tables.diagnosisName(code) : tables.procedureName(code)).orElse(null);
    return new WhatIf.Scenario(change, index, code, name, r, !r.sameGroup(base));
  }

  private static DrgRecord with(DrgRecord r, List<String> dx, List<String> pr) {
    return new DrgRecord(r.sex(), r.ageYears(), r.ageDays(), r.weight(), dx, pr);
  }

  private static List<String> drop(List<String> codes, int i) {
    List<String> out = new ArrayList<>(codes);
    out.remove(i);
    return out;
  }

  private static List<String> swap(List<String> codes, int i) {
    List<String> out = new ArrayList<>(codes);
    out.set(i, codes.get(0));
    out.set(0, codes.get(i));
    return out;
  }
}
