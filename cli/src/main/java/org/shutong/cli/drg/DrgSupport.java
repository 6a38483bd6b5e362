package org.shutong.cli.drg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shutong.cli.InputOptions;
import org.shutong.cli.UsageException;
import org.shutong.drg.DrgIssue;
import org.shutong.drg.DrgResult;
import org.shutong.drg.DrgTables;
import org.shutong.drg.FirstPageDrgLayout;
import org.shutong.drg.GroupSummary;
import org.shutong.firstpage.FirstPageFields;
import org.shutong.firstpage.FirstPageLayout;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.InputException;
import org.shutong.io.ReadOptions;
import org.shutong.io.Row;
import org.shutong.io.TableInput;
import org.shutong.io.TableReader;
import org.shutong.report.FindingSink;
import org.shutong.report.Report;
import org.shutong.report.ReportTable;

/** What the {@code drg} subcommands share: opening the input, findings, JSON shapes, tables. */
final class DrgSupport {
  static final String BUNDLE = "org.shutong.cli.drg.messages";

  private DrgSupport() {}

  /** A first-page input opened for grouping. */
  static final class Input implements AutoCloseable {
    final TableReader reader;
    final FirstPageDrgLayout layout;
    final String name;

    Input(TableReader reader, FirstPageDrgLayout layout, String name) {
      this.reader = reader;
      this.layout = layout;
      this.name = name;
    }

    @Override
    public void close() {
      reader.close();
    }
  }

  /**
   * Opens {@code file} and maps its header like the {@code firstpage} commands (national field
   * dictionary plus the user's aliases).
   *
   * @throws InputException if the file cannot be read or lacks a column every record needs
   */
  static Input open(TableInput file, InputOptions in, DrgOptions o, Lang lang, FindingSink problems) {
    Messages m = Messages.of(BUNDLE, lang);
    FirstPageFields fields = FirstPageFields.standard();
    if (o.aliases != null) {
      fields = fields.withAliases(o.aliases, ReadOptions.defaults().withLang(lang));
    }
    String name = file.name();
    TableReader r = file.open(in.readOptions(lang, problems));
    try {
      FirstPageDrgLayout layout =
          FirstPageDrgLayout.of(FirstPageLayout.of(fields.dictionary().map(r.header())));
      List<String> missing = new ArrayList<>();
      for (String code : layout.missingRequired()) {
        missing.add(code + " " + FirstPageDrgLayout.name(code));
      }
      if (!missing.isEmpty()) {
        throw new InputException(name, 1, 0, m.get("input.missingColumns", name, String.join("、", missing)), null);
      }
      return new Input(r, layout, name);
    } catch (RuntimeException e) {
      r.close();
      throw e;
    }
  }

  /** Declares the rules a DRG run checks, so that clean ones show as passed. */
  static void rules(Report.Builder b, Lang lang) {
    for (String id : DrgIssue.RULE_IDS) {
      b.rule(id, DrgIssue.title(id, lang));
    }
  }

  /** Reads up to data record {@code n} (1-based) and returns it. */
  static Row record(Input in, long n, Lang lang) {
    Messages m = Messages.of(BUNDLE, lang);
    if (n < 1) {
      throw new UsageException(m.get("input.badRecord", n));
    }
    while (in.reader.hasNext()) {
      Row row = in.reader.next();
      if (row.record() == n) {
        return row;
      }
      if (row.record() > n) {
        break;
      }
    }
    throw new UsageException(m.get("input.noRecord", in.name, n, in.reader.recordsRead()));
  }

  /** Reports the layout's and the grouper's issues of one record, and why it is ungroupable. */
  static void findings(FindingSink sink, Input in, Row row, DrgResult r, Lang lang) {
    in.layout.findings(in.name, row, r, lang, sink);
  }

  /** One record's group as the JSON {@code groups} array and the CSV output show it. */
  record GroupRow(long record, long line, String caseId, String status, String mdc, String mdcName,
      String adrg, String adrgName, String drg, String drgName, String note) {
    static final List<String> COLUMNS = List.of("record", "line", "caseId", "status", "mdc",
        "mdcName", "adrg", "adrgName", "drg", "drgName", "note");

    List<String> cells() {
      List<String> c = new ArrayList<>(COLUMNS.size());
      c.add(Long.toString(record));
      c.add(Long.toString(line));
      c.add(caseId);
      c.add(status);
      c.add(nz(mdc));
      c.add(nz(mdcName));
      c.add(nz(adrg));
      c.add(nz(adrgName));
      c.add(nz(drg));
      c.add(nz(drgName));
      c.add(nz(note));
      return c;
    }

    private static String nz(String s) {
      return s == null ? "" : s;
    }
  }

  static GroupRow row(Input in, Row row, DrgResult r, Lang lang) {
    return new GroupRow(row.record(), row.line(), in.layout.caseId(row), r.status().name(), r.mdc(),
        r.mdcName(), r.adrg(), r.adrgName(), r.drg(), r.drgName(), r.note(lang));
  }

  /** The result of one record as JSON (for explain and what-if). */
  static Map<String, Object> resultJson(DrgResult r, Lang lang) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("status", r.status().name());
    o.put("mdc", r.mdc());
    o.put("mdcName", r.mdcName());
    o.put("adrg", r.adrg());
    o.put("adrgName", r.adrgName());
    o.put("drg", r.drg());
    o.put("drgName", r.drgName());
    if (r.cause() != null) {
      o.put("reason", r.cause().reason().name());
    }
    o.put("note", r.note(lang));
    return o;
  }

  /** The summary as tables for people. */
  static List<ReportTable> summaryTables(GroupSummary s, DrgTables t, Lang lang) {
    Messages m = Messages.of(BUNDLE, lang);
    List<ReportTable> out = new ArrayList<>();
    out.add(new ReportTable("groupSummary", m.get("summary.title", t.id()),
        List.of(m.get("col.status"), m.get("col.cases")),
        List.of(List.of(m.get("status.GROUPED"), s.grouped()),
            List.of(m.get("status.UNGROUPABLE"), s.ungroupable()),
            List.of(m.get("status.INVALID"), s.invalid()),
            List.of(m.get("summary.total"), s.records())), null));
    out.add(counts("drg-mdc", m.get("summary.byMdc"), "MDC", s.byMdc(), m));
    out.add(counts("drg-adrg", m.get("summary.byAdrg"), "ADRG", s.byAdrg(), m));
    out.add(counts("drg-drg", m.get("summary.byDrg"), "DRG", s.byDrg(), m));
    if (!s.causes().isEmpty()) {
      List<List<Object>> rows = new ArrayList<>();
      for (GroupSummary.CauseCount c : s.causes()) {
        rows.add(List.of(c.message(lang), c.cases()));
      }
      out.add(new ReportTable("drg-ungroupable", m.get("summary.causes"),
          List.of(m.get("col.reason"), m.get("col.cases")), rows, null));
    }
    if (!s.invalidRules().isEmpty()) {
      List<List<Object>> rows = new ArrayList<>();
      s.invalidRules().forEach((k, v) -> rows.add(List.of(k, v)));
      out.add(new ReportTable("drg-invalid", m.get("summary.invalid"),
          List.of(m.get("col.rule"), m.get("col.cases")), rows, m.get("summary.invalidNote")));
    }
    return out;
  }

  private static ReportTable counts(String id, String title, String what, List<GroupSummary.Count> counts,
      Messages m) {
    List<List<Object>> rows = new ArrayList<>();
    for (GroupSummary.Count c : counts) {
      rows.add(List.of(c.code(), c.name() == null ? "" : c.name(), c.cases()));
    }
    return new ReportTable(id, title, List.of(what, m.get("col.name"), m.get("col.cases")), rows, null);
  }
}
