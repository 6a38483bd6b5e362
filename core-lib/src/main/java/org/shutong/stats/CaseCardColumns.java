package org.shutong.stats;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shutong.io.ColumnDictionary;

/**
 * The columns of a 传染病报告卡 extract as the national notifiable-disease reporting system exports
 * them. The export header is the field code used in findings; the aliases are the report card's own
 * wording (卡片编号, 诊断日期, 2019 版传染病报告卡) and the table footnote's (终审日期, seed 002).
 */
final class CaseCardColumns {
  static final String CARD_ID = "卡片ID";
  static final String DISEASE = "疾病名称";
  static final String CASE_CLASS = "病例分类";
  static final String ONSET = "发病日期";
  static final String DIAGNOSIS = "诊断时间";
  static final String FINAL_REVIEW = "终审时间";
  static final String DEATH = "死亡日期";
  static final String REGION = "现住地址国标";
  static final String DELETED = "删除时间";

  /** All fields in export order. */
  static final List<String> FIELDS =
      List.of(CARD_ID, DISEASE, CASE_CLASS, ONSET, DIAGNOSIS, FINAL_REVIEW, DEATH, REGION, DELETED);

  /** ASCII names accepted on the left of {@code --columns}. */
  static final Map<String, String> ASCII = Map.of(
      "card_id", CARD_ID, "disease", DISEASE, "case_class", CASE_CLASS, "onset", ONSET,
      "diagnosis", DIAGNOSIS, "final_review", FINAL_REVIEW, "death", DEATH, "region", REGION,
      "deleted", DELETED);

  private CaseCardColumns() {}

  /**
   * The dictionary, with the user's {@code field=header} overrides added as aliases.
   *
   * @throws IllegalArgumentException for an unknown field or a header that already names another
   *     field
   */
  static ColumnDictionary dictionary(Map<String, String> overrides) {
    ColumnDictionary.Builder b = ColumnDictionary.builder()
        .add(CARD_ID, CARD_ID, List.of("卡片编号", "报告卡编号", "card_id"))
        .add(DISEASE, DISEASE, List.of("病名", "病种", "disease"))
        .add(CASE_CLASS, CASE_CLASS, List.of("case_class"))
        .add(ONSET, ONSET, List.of("onset"))
        .add(DIAGNOSIS, DIAGNOSIS, List.of("诊断日期", "diagnosis"))
        .add(FINAL_REVIEW, FINAL_REVIEW, List.of("终审日期", "final_review"))
        .add(DEATH, DEATH, List.of("死亡时间", "death"))
        .add(REGION, REGION, List.of("现住址国标", "region"))
        .add(DELETED, DELETED, List.of("删除日期", "deleted"));
    for (Map.Entry<String, String> e : overrides.entrySet()) {
      b.alias(e.getValue(), field(e.getKey()));
    }
    return b.build();
  }

  /** The field a {@code --columns} key names (export header or ASCII name). */
  static String field(String key) {
    String k = key.strip();
    if (FIELDS.contains(k)) {
      return k;
    }
    String f = ASCII.get(k.toLowerCase(Locale.ROOT));
    if (f == null) {
      throw new IllegalArgumentException("unknown case-card field '" + key + "' (one of " + FIELDS
          + " or " + ASCII.keySet() + ")");
    }
    return f;
  }

  /**
   * Whether a 删除时间 value marks the card as deleted: any value except the "not deleted" spellings
   * some exports use for a flag column (否, 0, N, false).
   */
  static boolean deleted(String v) {
    int n = v.length();
    int i = 0;
    while (i < n && v.charAt(i) <= ' ') {
      i++;
    }
    if (i == n) {
      return false;
    }
    String t = v.strip();
    return !(t.equals("否") || t.equals("0") || t.equalsIgnoreCase("N") || t.equalsIgnoreCase("false")
        || t.equals("未删除"));
  }
}
