package org.shutong.examples.drg;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.shutong.drg.DrgResult;
import org.shutong.drg.DrgTables;
import org.shutong.drg.FirstPageDrgLayout;
import org.shutong.drg.GroupSummary;
import org.shutong.drg.Grouper;
import org.shutong.drg.TraceStep;
import org.shutong.i18n.Lang;
import org.shutong.io.ReadOptions;
import org.shutong.io.Row;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;

/**
 * Library use of {@code org.shutong.drg}: what {@code shutong drg group} and {@code shutong drg
 * explain} do, in code — grouping a hospital's discharges by CHS-DRG 1.1 before the upload to the
 * 医保统筹区, and explaining the group of one record. Run with the directory of {@code examples/drg}.
 */
public final class GroupDischarges {
  private static final Grouper GROUPER = Grouper.of(DrgTables.builtIn(DrgTables.DEFAULT_VERSION));

  private GroupDischarges() {}

  /**
   * The group of one record of a first-page file.
   *
   * @param record the 1-based data record
   * @param caseId its 病案号 (A48)
   * @param result its group, with the issues of its input
   */
  public record Grouped(long record, String caseId, DrgResult result) {}

  /** Groups every record of a first-page file (columns by code, Chinese name or short name, in any order). */
  public static List<Grouped> group(Path file, GroupSummary summary) {
    List<Grouped> out = new ArrayList<>();
    try (TableReader in = TableReaders.open(file, ReadOptions.defaults())) {
      FirstPageDrgLayout layout = FirstPageDrgLayout.of(in.header());
      if (!layout.missingRequired().isEmpty()) {
        throw new IllegalArgumentException(file + ": no column " + layout.missingRequired());
      }
      while (in.hasNext()) {
        Row row = in.next();
        DrgResult r = GROUPER.group(layout.record(row));
        summary.add(r);
        out.add(new Grouped(row.record(), layout.caseId(row), r));
      }
    }
    return out;
  }

  /** Groups record {@code record} (1-based) of the file with every decision recorded in {@link DrgResult#trace()}. */
  public static DrgResult explain(Path file, long record) {
    try (TableReader in = TableReaders.open(file, ReadOptions.defaults())) {
      FirstPageDrgLayout layout = FirstPageDrgLayout.of(in.header());
      while (in.hasNext()) {
        Row row = in.next();
        if (row.record() == record) {
          return GROUPER.explain(layout.record(row));
        }
      }
    }
    throw new IllegalArgumentException(file + " has no record " + record);
  }

  /** A new summary for the tables the grouper uses. */
  public static GroupSummary newSummary() {
    return new GroupSummary(GROUPER.tables());
  }

  /** Prints the group of every discharge, the case mix by MDC, and how record 1 got its group. */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/drg/出院-2024-05.csv");
    GroupSummary summary = newSummary();
    for (Grouped g : group(file, summary)) {
      DrgResult r = g.result();
      System.out.printf("%3d %-10s %-9s %s %s%n", g.record(), g.caseId(), r.status(),
          r.grouped() ? r.drg() : "", r.grouped() ? r.drgName() : r.cause() != null ? r.cause().message(Lang.ZH) : "");
    }
    System.out.printf("%d records: %d grouped, %d ungroupable, %d invalid%n", summary.records(), summary.grouped(),
        summary.ungroupable(), summary.invalid());
    summary.byMdc().forEach(c -> System.out.printf("  %s %s: %d%n", c.code(), c.name(), c.cases()));
    System.out.println("record 1, the decisions that matched (drg explain shows the rules tried as well):");
    for (TraceStep s : explain(file, 1).trace()) {
      if (!Boolean.FALSE.equals(s.matched())) {
        System.out.printf("  %-9s %s%n", s.step(), s.text(Lang.ZH));
      }
    }
  }
}
