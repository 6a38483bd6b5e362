package org.shutong.assess;

import java.util.List;
import org.shutong.assess.AssessmentModel.Kind;
import org.shutong.i18n.Lang;

/**
 * The evidence workbook's sheets and columns, shared by the template writer and the reader. Headers
 * are written in the run's language and read in either language, so a workbook generated with
 * {@code --lang en} scores with {@code --lang zh} and back.
 */
final class WorkbookLayout {
  /** The template format this version writes and reads (the version cell). */
  static final String TEMPLATE = "shutong-assess-evidence/1";

  static final String META_ZH = "说明";
  static final String META_EN = "Instructions";
  static final String ITEMS_ZH = "评价项目";
  static final String ITEMS_EN = "Items";
  static final String LISTS = "_lists";

  private WorkbookLayout() {}

  /** A column of the items sheet. */
  enum Column {
    ID("编号", "ID"),
    DOMAIN("领域", "Domain"),
    GROUP("评审内容", "Group"),
    TITLE("评审指标", "Item"),
    REQUIREMENT("要求", "Requirement"),
    LEVEL("等级要求", "Level required"),
    POINTS("分值", "Points"),
    TYPE("回答类型", "Answer type"),
    OPTIONS("可选回答", "Allowed answers"),
    ANSWER("回答", "Answer"),
    ROLE("角色", "Role"),
    EMR_ITEM("评价项目", "Item"),
    APP_BASIS("有效应用评价指标", "Application measured as"),
    DQ_BASIS("数据质量评价指标", "Data quality measured as"),
    FUNCTION("功能级别（0–8）", "Function level (0-8)"),
    APPLICATION("有效应用（%，0–100）", "Effective application (%, 0-100)"),
    DATA_QUALITY("数据质量指数（0–1）", "Data quality index (0-1)"),
    COMMENT("说明", "Comment"),
    ATTACHMENT("附件", "Attachments"),
    MACHINE("机器证据", "Machine evidence");

    final String zh;
    final String en;

    Column(String zh, String en) {
      this.zh = zh;
      this.en = en;
    }

    String header(Lang lang) {
      return lang == Lang.EN ? en : zh;
    }

    /** Whether a header cell names this column, in either language. */
    boolean matches(String header) {
      String h = AssessText.key(header);
      return h.equals(AssessText.key(zh)) || h.equals(AssessText.key(en)) || h.equals(AssessText.key(stem(zh)))
          || h.equals(AssessText.key(stem(en)));
    }

    /** The header without its parenthesised unit: {@code 功能级别（0–8）} → {@code 功能级别}. */
    private static String stem(String s) {
      int p = s.indexOf('（');
      if (p < 0) {
        p = s.indexOf('(');
      }
      return p < 0 ? s : s.substring(0, p).strip();
    }
  }

  /** The columns of the items sheet of a model kind, in order. */
  static List<Column> columns(Kind kind) {
    return kind == Kind.EMR
        ? List.of(Column.ID, Column.ROLE, Column.EMR_ITEM, Column.APP_BASIS, Column.DQ_BASIS, Column.FUNCTION,
            Column.APPLICATION, Column.DATA_QUALITY, Column.COMMENT, Column.ATTACHMENT, Column.MACHINE)
        : List.of(Column.ID, Column.DOMAIN, Column.GROUP, Column.TITLE, Column.REQUIREMENT, Column.LEVEL, Column.POINTS,
            Column.TYPE, Column.OPTIONS, Column.ANSWER, Column.COMMENT, Column.ATTACHMENT, Column.MACHINE);
  }

  /** The columns the reader needs to score anything. */
  static List<Column> required(Kind kind) {
    return kind == Kind.EMR
        ? List.of(Column.ID, Column.FUNCTION, Column.APPLICATION, Column.DATA_QUALITY)
        : List.of(Column.ID, Column.ANSWER);
  }
}
