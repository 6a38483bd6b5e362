package org.shutong.stats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.shutong.i18n.Messages;
import org.shutong.io.ReadOptions;
import org.shutong.io.Row;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;
import org.shutong.report.Finding;
import org.shutong.report.FindingSink;
import org.shutong.report.InputSummary;
import org.shutong.report.Severity;

/**
 * Checks the arithmetic of a finished 法定传染病报告发病、死亡统计表 (columns 病名, 发病数, 死亡数 as
 * published; footnote markers such as {@code *} and {@code #} allowed in names and headings): 病毒性肝炎
 * against the sum of its six types (seed 002, footnote **), 甲乙类传染病合计 against the 甲 and 乙 rows,
 * 丙类传染病合计 against the 丙 rows, and 甲乙丙类总计 against the two class totals. Each mismatch is an
 * error finding on the sum's row and column, with the expected value.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TableVerifier {
  static final String TOTAL = "total";
  static final String SUB_AB = "subtotal-ab";
  static final String SUB_C = "subtotal-c";

  /** Labels of the sum rows as published over the years, and in Shutong's English output. */
  private static final Map<String, String> SUM_LABELS = sumLabels();

  private static Map<String, String> sumLabels() {
    Map<String, String> m = new HashMap<>();
    for (String t : List.of("甲乙丙类总计", "甲乙丙类传染病合计", "甲乙丙类传染病总计", "总计", "合计",
        "Total, classes A, B and C")) {
      m.put(NotifiableCatalogue.labelKey(t), TOTAL);
    }
    for (String t : List.of("甲乙类传染病合计", "甲乙类传染病小计", "甲乙类合计", "甲乙类小计", "Classes A and B, subtotal")) {
      m.put(NotifiableCatalogue.labelKey(t), SUB_AB);
    }
    for (String t : List.of("丙类传染病合计", "丙类传染病小计", "丙类合计", "丙类小计", "Class C, subtotal")) {
      m.put(NotifiableCatalogue.labelKey(t), SUB_C);
    }
    return Map.copyOf(m);
  }

  private TableVerifier() {}

  /**
   * One row of the verified table.
   *
   * @param record the data record
   * @param line the physical line
   * @param label the label as found (markers kept)
   * @param id the catalogue id, {@code total}, {@code subtotal-ab}, {@code subtotal-c}, or {@code null}
   *     when not recognised
   * @param diseaseClass 甲/乙/丙 (甲乙, 丙, 甲乙丙 for the sums), or empty
   * @param kind the row's kind, or {@code null} when not recognised
   * @param cases 发病数, or {@code null} when not a number
   * @param deaths 死亡数, or {@code null} when not a number or absent
   */
  public record VerifiedRow(long record, long line, String label, String id, String diseaseClass,
      NotifiableTable.Kind kind, Long cases, Long deaths) {}

  /**
   * The outcome.
   *
   * @param input the file read
   * @param rows the rows in file order
   * @param checks the sums checked (one per figure and column)
   * @param mismatches the sums that did not add up
   */
  public record Result(InputSummary input, List<VerifiedRow> rows, int checks, int mismatches) {
    /** Copies. */
    public Result {
      rows = List.copyOf(rows);
    }

    /** The rows as the JSON {@code table} array (keys as {@link NotifiableTable#json()}). */
    public List<Map<String, Object>> json() {
      List<Map<String, Object>> out = new ArrayList<>();
      for (VerifiedRow r : rows) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("disease", r.label());
        m.put("class", r.diseaseClass());
        m.put("kind", r.kind() == null ? null : r.kind().json());
        m.put("cases", r.cases());
        m.put("deaths", r.deaths());
        out.add(m);
      }
      return out;
    }
  }

  /**
   * Verifies {@code table}. Findings go to the options' problem sink.
   *
   * @param names the name mapping, used to recognise row labels the catalogue's labels do not cover
   *     (e.g. 斑疹伤寒, 肝炎未分型)
   * @throws org.shutong.io.InputException if the file cannot be read at all
   */
  public static Result verify(Path table, DiseaseNames names, ReadOptions options) {
    Objects.requireNonNull(names, "names");
    NotifiableCatalogue cat = names.catalogue();
    FindingSink sink = options.problems();
    Messages m = Messages.of("org.shutong.stats.messages", options.lang());
    Map<String, String> labels = cat.labelIndex();
    for (DiseaseNames.Mapping mp : names.mappings()) {
      if (mp.diseaseId() != null) {
        labels.putIfAbsent(NotifiableCatalogue.labelKey(mp.name()), mp.diseaseId());
      }
    }
    Map<String, NotifiableDisease> byId = new HashMap<>();
    for (NotifiableDisease d : cat.entries()) {
      byId.putIfAbsent(d.id(), d);
    }
    List<VerifiedRow> rows = new ArrayList<>();
    int[] counters = new int[2];
    try (TableReader r = TableReaders.open(table, options.withName(table.toString()))) {
      String file = r.source().name();
      int cName = -1;
      int cCases = -1;
      int cDeaths = -1;
      List<String> header = r.header();
      for (int i = 0; i < header.size(); i++) {
        String k = NotifiableCatalogue.labelKey(header.get(i));
        if (cName < 0 && (k.equals("病名") || k.equals("疾病名称") || k.equals("病种") || k.equals("disease"))) {
          cName = i;
        } else if (cCases < 0 && (k.startsWith("发病数") || k.equals("cases"))) {
          cCases = i;
        } else if (cDeaths < 0 && (k.startsWith("死亡数") || k.equals("deaths"))) {
          cDeaths = i;
        }
      }
      if (cName < 0 || cCases < 0) {
        sink.accept(new Finding("STATS-VERIFY-COLUMNS", Severity.ERROR, file, 0, 1, cName < 0 ? "病名" : "发病数",
            String.join(",", header), m.get("v.columns")));
        while (r.hasNext()) {
          r.next();
        }
        return new Result(new InputSummary(file, r.recordsRead(), r.source().encodingName()), rows, 0, 0);
      }
      if (cDeaths < 0) {
        sink.accept(new Finding("STATS-VERIFY-COLUMNS", Severity.WARNING, file, 0, 1, "死亡数",
            String.join(",", header), m.get("v.noDeaths")));
      }
      Map<String, VerifiedRow> seen = new HashMap<>();
      while (r.hasNext()) {
        Row row = r.next();
        String label = row.get(cName).strip();
        if (label.isEmpty() && row.get(cCases).isBlank()) {
          continue;
        }
        String key = NotifiableCatalogue.labelKey(label);
        String id = SUM_LABELS.get(key);
        String cls = "";
        NotifiableTable.Kind kind = null;
        if (id != null) {
          kind = id.equals(TOTAL) ? NotifiableTable.Kind.TOTAL : NotifiableTable.Kind.SUBTOTAL;
          cls = id.equals(TOTAL) ? "甲乙丙" : id.equals(SUB_AB) ? "甲乙" : "丙";
        } else {
          id = labels.get(key);
          if (id != null) {
            NotifiableDisease d = byId.get(id);
            cls = d.diseaseClass().chinese();
            kind = d.rule() == NotifiableDisease.CountingRule.GROUP ? NotifiableTable.Kind.SUBTOTAL
                : NotifiableTable.Kind.DISEASE;
          }
        }
        Long cases = number(row, cCases, "发病数", file, sink, m);
        Long deaths = cDeaths < 0 ? null : number(row, cDeaths, "死亡数", file, sink, m);
        VerifiedRow vr = new VerifiedRow(row.record(), row.line(), label, id, cls, kind, cases, deaths);
        rows.add(vr);
        if (id == null) {
          sink.accept(new Finding("STATS-VERIFY-ROW", Severity.ERROR, file, row.record(), row.line(), "病名", label,
              m.get("v.unknownRow")));
          continue;
        }
        VerifiedRow prev = seen.putIfAbsent(id, vr);
        if (prev != null) {
          sink.accept(new Finding("STATS-VERIFY-ROW", Severity.ERROR, file, row.record(), row.line(), "病名", label,
              m.get("v.duplicateRow", prev.record())));
        }
      }
      Map<String, VerifiedRow> byRowId = new LinkedHashMap<>();
      for (VerifiedRow vr : rows) {
        if (vr.id() != null) {
          byRowId.putIfAbsent(vr.id(), vr);
        }
      }
      for (int col = 0; col < 2; col++) {
        if (col == 1 && cDeaths < 0) {
          continue;
        }
        String field = col == 0 ? "发病数" : "死亡数";
        // groups (病毒性肝炎 = its six types)
        for (VerifiedRow g : byRowId.values()) {
          NotifiableDisease gd = byId.get(g.id());
          if (gd == null || gd.rule() != NotifiableDisease.CountingRule.GROUP) {
            continue;
          }
          long sum = 0;
          int parts = 0;
          boolean complete = true;
          for (VerifiedRow c : byRowId.values()) {
            NotifiableDisease cd = byId.get(c.id());
            if (cd != null && g.id().equals(cd.parent())) {
              Long v = value(c, col);
              if (v == null) {
                complete = false;
              } else {
                sum += v;
              }
              parts++;
            }
          }
          if (parts > 0 && complete) {
            check(g, col, sum, field, "STATS-VERIFY-GROUP", m.get("v.groupParts", g.label()), file, sink, m, counters);
          }
        }
        long ab = 0;
        long c = 0;
        boolean abOk = true;
        boolean cOk = true;
        int abParts = 0;
        int cParts = 0;
        for (VerifiedRow vr : byRowId.values()) {
          NotifiableDisease d = byId.get(vr.id());
          if (d == null || d.parent() != null) {
            continue;
          }
          Long v = value(vr, col);
          if (d.diseaseClass() == DiseaseClass.C) {
            cParts++;
            if (v == null) {
              cOk = false;
            } else {
              c += v;
            }
          } else {
            abParts++;
            if (v == null) {
              abOk = false;
            } else {
              ab += v;
            }
          }
        }
        VerifiedRow rab = byRowId.get(SUB_AB);
        VerifiedRow rc = byRowId.get(SUB_C);
        VerifiedRow rt = byRowId.get(TOTAL);
        if (rab != null && abParts > 0 && abOk) {
          check(rab, col, ab, field, "STATS-VERIFY-SUBTOTAL", m.get("v.abParts"), file, sink, m, counters);
        }
        if (rc != null && cParts > 0 && cOk) {
          check(rc, col, c, field, "STATS-VERIFY-SUBTOTAL", m.get("v.cParts"), file, sink, m, counters);
        }
        if (rt != null) {
          if (rab != null && rc != null && value(rab, col) != null && value(rc, col) != null) {
            check(rt, col, value(rab, col) + value(rc, col), field, "STATS-VERIFY-TOTAL", m.get("v.totalParts"),
                file, sink, m, counters);
          } else if (abOk && cOk && abParts + cParts > 0) {
            check(rt, col, ab + c, field, "STATS-VERIFY-TOTAL", m.get("v.totalRows"), file, sink, m, counters);
          }
        }
      }
      if (byRowId.get(TOTAL) == null && byRowId.get(SUB_AB) == null && byRowId.get(SUB_C) == null) {
        sink.accept(new Finding("STATS-VERIFY-ROW", Severity.WARNING, file, 0, 0, "病名", null, m.get("v.noSums")));
      }
      return new Result(new InputSummary(file, r.recordsRead(), r.source().encodingName()), rows, counters[0],
          counters[1]);
    }
  }

  private static Long value(VerifiedRow r, int col) {
    return col == 0 ? r.cases() : r.deaths();
  }

  private static void check(VerifiedRow sumRow, int col, long expected, String field, String rule, String parts,
      String file, FindingSink sink, Messages m, int[] counters) {
    Long actual = value(sumRow, col);
    if (actual == null) {
      return;
    }
    counters[0]++;
    if (actual != expected) {
      counters[1]++;
      sink.accept(new Finding(rule, Severity.ERROR, file, sumRow.record(), sumRow.line(), field,
          Long.toString(actual), m.get("v.mismatch", sumRow.label(), field, actual, parts, expected,
              (actual - expected > 0 ? "+" : "") + (actual - expected))));
    }
  }

  private static Long number(Row row, int col, String field, String file, FindingSink sink, Messages m) {
    String raw = row.get(col).strip();
    if (raw.isEmpty() || raw.equals("-") || raw.equals("—")) {
      sink.accept(new Finding("STATS-VERIFY-NUMBER", Severity.ERROR, file, row.record(), row.line(), field, raw,
          m.get("v.empty")));
      return null;
    }
    long v = 0;
    int digits = 0;
    for (int i = 0; i < raw.length(); i++) {
      char ch = raw.charAt(i);
      if (ch >= '0' && ch <= '9') {
        if (digits++ > 15) {
          break;
        }
        v = v * 10 + (ch - '0');
      } else if (ch != ',' && ch != ' ' && ch != '\u00a0') {
        digits = -1;
        break;
      }
    }
    if (digits <= 0 || digits > 16) {
      sink.accept(new Finding("STATS-VERIFY-NUMBER", Severity.ERROR, file, row.record(), row.line(), field, raw,
          m.get("v.notNumber")));
      return null;
    }
    return v;
  }
}
