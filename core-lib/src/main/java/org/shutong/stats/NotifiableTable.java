package org.shutong.stats;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One month's 法定传染病报告发病、死亡统计表 in the published layout (seed 002): 甲乙丙类总计, 甲乙类传染病合计,
 * the 甲 and 乙 diseases in row order with 病毒性肝炎 followed by its six types, 丙类传染病合计, the 丙
 * diseases; footnote markers on the rows they explain.
 *
 * @param month the month
 * @param rows the rows in published order
 * @param deathsMarker the footnote marker of the 死亡数 heading (e.g. {@code ***}), or empty
 * @param footnotes the footnotes in force, the general note first
 * @param excluded labels of diseases left out of the table on request
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record NotifiableTable(
    YearMonth month, List<Row> rows, String deathsMarker, List<NotifiableCatalogue.Footnote> footnotes,
    List<String> excluded) {

  /** The kind of a row, as the JSON {@code kind} key writes it. */
  public enum Kind {
    /** A disease (or a sub-type). */
    DISEASE,
    /** A sum of other rows: 甲乙类传染病合计, 丙类传染病合计, 病毒性肝炎. */
    SUBTOTAL,
    /** 甲乙丙类总计. */
    TOTAL;

    /** {@code disease}, {@code subtotal} or {@code total}. */
    public String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One row.
   *
   * @param id the disease id, or {@code total}, {@code subtotal-ab}, {@code subtotal-c}
   * @param label the Chinese label as printed (without marker)
   * @param labelEn the English label
   * @param diseaseClass 甲, 乙, 丙, or 甲乙 / 丙 / 甲乙丙 for the sums
   * @param kind disease, subtotal or total
   * @param level 0 for top-level rows, 1 for sub-types (the hepatitis types)
   * @param marker footnote marker printed after the label, or empty
   * @param cases 发病数
   * @param deaths 死亡数
   */
  public record Row(String id, String label, String labelEn, String diseaseClass, Kind kind, int level,
      String marker, long cases, long deaths) {
    /** Checks the components. */
    public Row {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(kind, "kind");
      marker = marker == null ? "" : marker;
    }

    /** The label in {@code en} or Chinese. */
    public String label(boolean english) {
      return english ? labelEn : label;
    }
  }

  /** Copies the lists. */
  public NotifiableTable {
    rows = List.copyOf(rows);
    footnotes = List.copyOf(footnotes);
    excluded = List.copyOf(excluded);
    deathsMarker = deathsMarker == null ? "" : deathsMarker;
  }

  /** The footnote lines as printed: marker, a full-width colon, the text. */
  public List<String> footnoteLines(boolean english) {
    List<String> out = new ArrayList<>();
    for (NotifiableCatalogue.Footnote f : footnotes) {
      String t = english ? f.textEn() : f.text();
      out.add(f.marker().isEmpty() ? t : f.marker() + (english ? ": " : "：") + t);
    }
    return out;
  }

  /** The row with {@code id}, or {@code null}. */
  public Row row(String id) {
    for (Row r : rows) {
      if (r.id().equals(id)) {
        return r;
      }
    }
    return null;
  }

  /**
   * The rows as the JSON {@code table} array: {@code disease} (Chinese label), {@code class},
   * {@code kind}, {@code cases}, {@code deaths}, in published order.
   */
  public List<Map<String, Object>> json() {
    List<Map<String, Object>> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("disease", r.label());
      m.put("class", r.diseaseClass());
      m.put("kind", r.kind().json());
      m.put("cases", r.cases());
      m.put("deaths", r.deaths());
      out.add(m);
    }
    return out;
  }
}
