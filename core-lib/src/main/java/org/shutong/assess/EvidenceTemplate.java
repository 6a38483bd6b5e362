package org.shutong.assess;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apiguardian.api.API;
import org.shutong.assess.AssessmentModel.AnswerType;
import org.shutong.assess.AssessmentModel.Item;
import org.shutong.assess.AssessmentModel.Kind;
import org.shutong.assess.AssessmentModel.Level;
import org.shutong.assess.AssessmentModel.Option;
import org.shutong.assess.AssessmentModel.Tier;
import org.shutong.assess.WorkbookLayout.Column;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;

/**
 * Writes the evidence workbook of a model (XLSX): an instructions sheet with the version cells
 * (template format, model id), and one row per item with what the scheme requires, the answer
 * column(s) with Excel data validation (lists for 符合性/是否/选择 answers, whole numbers for counts
 * and the EMR function level, ranges for percentages and the data quality index), and columns for
 * the evaluator's comment and the names of attachments. {@link EvidenceWorkbook} reads it back.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class EvidenceTemplate {
  private EvidenceTemplate() {}

  /**
   * Writes the template of {@code model} to {@code out} (not closed).
   *
   * @param toolVersion the Shutong version written into the instructions
   * @param date the date written into the instructions
   */
  public static void write(AssessmentModel model, OutputStream out, Lang lang, String toolVersion, LocalDate date)
      throws IOException {
    Messages m = AssessText.messages(lang);
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles st = new Styles(wb);
      Sheet meta = wb.createSheet(lang == Lang.EN ? WorkbookLayout.META_EN : WorkbookLayout.META_ZH);
      Sheet items = wb.createSheet(lang == Lang.EN ? WorkbookLayout.ITEMS_EN : WorkbookLayout.ITEMS_ZH);
      Sheet lists = wb.createSheet(WorkbookLayout.LISTS);
      wb.setSheetHidden(wb.getSheetIndex(lists), true);
      meta(meta, st, model, m, lang, toolVersion, date);
      items(items, lists, st, model, m, lang);
      wb.setActiveSheet(1);
      wb.write(out);
    }
    out.flush();
  }

  private static final class Styles {
    final CellStyle header;
    final CellStyle wrap;
    final CellStyle answer;
    final CellStyle locked;

    Styles(XSSFWorkbook wb) {
      Font bold = wb.createFont();
      bold.setBold(true);
      header = wb.createCellStyle();
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setWrapText(true);
      header.setVerticalAlignment(VerticalAlignment.TOP);
      wrap = wb.createCellStyle();
      wrap.setWrapText(true);
      wrap.setVerticalAlignment(VerticalAlignment.TOP);
      answer = wb.createCellStyle();
      answer.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
      answer.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      answer.setBorderBottom(BorderStyle.THIN);
      answer.setBorderTop(BorderStyle.THIN);
      answer.setBorderLeft(BorderStyle.THIN);
      answer.setBorderRight(BorderStyle.THIN);
      answer.setVerticalAlignment(VerticalAlignment.TOP);
      answer.setWrapText(true);
      locked = wb.createCellStyle();
      locked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      locked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
  }

  private static void meta(Sheet sh, Styles st, AssessmentModel model, Messages m, Lang lang, String toolVersion,
      LocalDate date) {
    int r = 0;
    row(sh, r++, st.header, m.get("tpl.key"), m.get("tpl.value"), m.get("tpl.note"));
    row(sh, r++, null, "template", WorkbookLayout.TEMPLATE, m.get("tpl.template"));
    row(sh, r++, null, "model", model.id(), m.get("tpl.model"));
    row(sh, r++, null, "title", lang == Lang.EN && model.titleEn() != null ? model.titleEn() : model.title(), "");
    row(sh, r++, null, "version", model.version(), m.get("tpl.version"));
    row(sh, r++, null, "generated", date.toString(), "");
    row(sh, r++, null, "tool", "shutong " + toolVersion, "");
    r++;
    List<String> lines = new ArrayList<>();
    lines.add(m.get(model.kind() == Kind.EMR ? "tpl.howEmr" : "tpl.howInterop",
        lang == Lang.EN ? WorkbookLayout.ITEMS_EN : WorkbookLayout.ITEMS_ZH));
    if (model.kind() == Kind.INTEROP) {
      lines.add(m.get("tpl.type.conformity"));
      lines.add(m.get("tpl.type.yesno"));
      lines.add(m.get("tpl.type.choice"));
      lines.add(m.get("tpl.type.count"));
    } else {
      lines.add(m.get("tpl.emr.function"));
      lines.add(m.get("tpl.emr.application"));
      lines.add(m.get("tpl.emr.dataQuality"));
    }
    lines.add(m.get("tpl.comment"));
    lines.add(m.get("tpl.machine"));
    lines.add(m.get("tpl.keep"));
    for (AssessmentModel.Source s : model.sources()) {
      lines.add(m.get("tpl.source", s.id(), m.get("status." + s.status().name()), s.citation()));
    }
    for (String n : model.notes()) {
      lines.add(n);
    }
    if (model.hasUnconfirmed()) {
      lines.add(m.get("tpl.unconfirmed"));
    }
    for (String line : lines) {
      Row x = sh.createRow(r++);
      Cell c = x.createCell(2);
      c.setCellValue(line);
      c.setCellStyle(st.wrap);
    }
    sh.setColumnWidth(0, 14 * 256);
    sh.setColumnWidth(1, 36 * 256);
    sh.setColumnWidth(2, 100 * 256);
    sh.createFreezePane(0, 1);
  }

  private static void items(Sheet sh, Sheet lists, Styles st, AssessmentModel model, Messages m, Lang lang) {
    List<Column> cols = WorkbookLayout.columns(model.kind());
    Row head = sh.createRow(0);
    for (int i = 0; i < cols.size(); i++) {
      Cell c = head.createCell(i);
      c.setCellValue(cols.get(i).header(lang));
      c.setCellStyle(st.header);
    }
    DataValidationHelper dv = sh.getDataValidationHelper();
    int listColumn = 0;
    int r = 1;
    for (Item item : model.items()) {
      Row x = sh.createRow(r);
      for (int i = 0; i < cols.size(); i++) {
        Column col = cols.get(i);
        Cell c = x.createCell(i);
        String v = cellText(col, item, model, m, lang);
        if (col == Column.POINTS) {
          Double p = item.maxPointsOrNull();
          if (p != null) {
            c.setCellValue(p);
          }
        } else if (v != null) {
          c.setCellValue(v);
        }
        boolean isAnswer = col == Column.ANSWER || col == Column.FUNCTION
            || (col == Column.APPLICATION && !item.emr().applicationByFunction())
            || (col == Column.DATA_QUALITY && !item.emr().dataQualityNone());
        if (isAnswer || col == Column.COMMENT || col == Column.ATTACHMENT) {
          c.setCellStyle(st.answer);
        } else if (col == Column.APPLICATION || col == Column.DATA_QUALITY) {
          c.setCellStyle(st.locked);
        } else {
          c.setCellStyle(st.wrap);
        }
        if (isAnswer) {
          DataValidation val = validation(dv, lists, item, col, r, i, m, listColumn);
          if (val != null) {
            if (item.answer() == AnswerType.CHOICE) {
              listColumn++;
            }
            sh.addValidationData(val);
          }
        }
      }
      r++;
    }
    int[] widths = model.kind() == Kind.EMR
        ? new int[] {8, 12, 16, 30, 40, 12, 14, 14, 30, 24, 24}
        : new int[] {10, 18, 30, 40, 44, 12, 8, 10, 30, 26, 30, 24, 24};
    for (int i = 0; i < widths.length; i++) {
      sh.setColumnWidth(i, widths[i] * 256);
    }
    sh.createFreezePane(1, 1);
    sh.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, cols.size() - 1));
  }

  private static String cellText(Column col, Item item, AssessmentModel model, Messages m, Lang lang) {
    return switch (col) {
      case ID -> item.id();
      case DOMAIN, ROLE -> model.domains().stream().filter(d -> d.id().equals(item.domain())).findFirst()
          .map(d -> d.id() + " " + AssessText.domainName(d, lang)).orElse(item.domain());
      case GROUP -> item.group();
      case TITLE, EMR_ITEM -> item.title();
      case REQUIREMENT -> item.requirement() == null ? "" : item.requirement()
          + (item.note() == null ? "" : "\n" + m.get("tpl.itemNote", item.note()));
      case LEVEL -> levels(item, model, lang);
      case TYPE -> m.get("type." + item.answer().name());
      case OPTIONS -> String.join(" / ", allowed(item, lang));
      case APP_BASIS -> item.emr().applicationBasis();
      case DQ_BASIS -> item.emr().dataQualityBasis();
      case APPLICATION -> item.emr().applicationByFunction() ? m.get("tpl.byFunction") : null;
      case DATA_QUALITY -> item.emr().dataQualityNone() ? m.get("tpl.noDataQuality") : null;
      case MACHINE -> machine(item, model);
      default -> null;
    };
  }

  /** The levels an item has steps at, lowest first (e.g. {@code 三级 / 四级乙等}). */
  static String levels(Item item, AssessmentModel model, Lang lang) {
    Set<String> ids = new LinkedHashSet<>();
    for (Tier t : item.tiers()) {
      ids.add(t.level());
    }
    for (Option o : item.options()) {
      if (o.level() != null) {
        ids.add(o.level());
      }
    }
    List<String> names = new ArrayList<>();
    for (Level l : model.levels()) {
      if (ids.contains(l.id())) {
        names.add(AssessText.levelName(l, lang));
      }
    }
    return names.isEmpty() ? "—" : String.join(" / ", names);
  }

  /** The answers an item accepts, as the template lists them. */
  static List<String> allowed(Item item, Lang lang) {
    boolean en = lang == Lang.EN;
    List<String> out = new ArrayList<>();
    switch (item.answer()) {
      case CONFORMITY -> {
        out.add(AnswerParsing.label(Answer.Conformity.NONE, en));
        out.add(AnswerParsing.label(Answer.Conformity.FULL, en));
        out.add(AnswerParsing.label(Answer.Conformity.PARTIAL, en));
        if (item.notApplicableAllowed()) {
          out.add(AnswerParsing.label(Answer.Conformity.NOT_APPLICABLE, en));
        }
      }
      case YESNO -> {
        out.add(en ? "yes" : "是");
        out.add(en ? "no" : "否");
      }
      case CHOICE -> item.options().forEach(o -> out.add(o.label()));
      case COUNT -> out.add(en ? "a whole number >= 0" : "整数（≥0）");
      case EMR -> out.add("");
    }
    return out;
  }

  private static String machine(Item item, AssessmentModel model) {
    List<String> out = new ArrayList<>();
    for (AssessmentModel.EvidenceRule r : model.machineEvidence()) {
      if (r.itemKey() != null && item.evidenceKeys().containsKey(r.itemKey())) {
        out.add(r.command() + ": " + String.join(", ", item.evidenceKeys().get(r.itemKey())));
      } else if (r.items().contains(item.id())) {
        out.add(r.command() + ": " + r.target());
      }
    }
    return String.join("\n", out);
  }

  private static DataValidation validation(DataValidationHelper dv, Sheet lists, Item item, Column col, int row, int c,
      Messages m, int listColumn) {
    CellRangeAddressList where = new CellRangeAddressList(row, row, c, c);
    DataValidationConstraint con;
    String prompt;
    if (col == Column.FUNCTION) {
      con = dv.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "8");
      prompt = m.get("tpl.prompt.function");
    } else if (col == Column.APPLICATION) {
      con = dv.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "100");
      prompt = m.get("tpl.prompt.application");
    } else if (col == Column.DATA_QUALITY) {
      con = dv.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "1");
      prompt = m.get("tpl.prompt.dataQuality");
    } else {
      switch (item.answer()) {
        case CONFORMITY, YESNO -> {
          Lang lang = m.lang();
          con = dv.createExplicitListConstraint(allowed(item, lang).toArray(new String[0]));
          prompt = m.get("tpl.prompt.list");
        }
        case CHOICE -> {
          List<String> opts = allowed(item, m.lang());
          for (int k = 0; k < opts.size(); k++) {
            Row x = lists.getRow(k) != null ? lists.getRow(k) : lists.createRow(k);
            x.createCell(listColumn).setCellValue(opts.get(k));
          }
          String colName = CellReference.convertNumToColString(listColumn);
          con = dv.createFormulaListConstraint("'" + WorkbookLayout.LISTS + "'!$" + colName + "$1:$" + colName + "$"
              + opts.size());
          prompt = m.get("tpl.prompt.list");
        }
        case COUNT -> {
          con = dv.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
          prompt = m.get("tpl.prompt.count");
        }
        default -> {
          return null;
        }
      }
    }
    DataValidation v = dv.createValidation(con, where);
    v.setShowErrorBox(true);
    v.setErrorStyle(DataValidation.ErrorStyle.STOP);
    v.createErrorBox(m.get("tpl.error.title"), prompt);
    v.setShowPromptBox(true);
    v.createPromptBox(item.id(), prompt);
    return v;
  }

  private static void row(Sheet sh, int r, CellStyle style, String... values) {
    Row x = sh.createRow(r);
    for (int i = 0; i < values.length; i++) {
      Cell c = x.createCell(i);
      c.setCellValue(values[i]);
      if (style != null) {
        c.setCellStyle(style);
      }
    }
  }
}
