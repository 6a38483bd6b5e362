package org.shutong.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;

/**
 * A workbook for people who work in Excel: a summary sheet (run, inputs, counts, findings per
 * rule), a findings sheet (one finding a row, header frozen, autofilter, column widths), one sheet
 * per {@link ReportTable}, and one per command extra that is a list of flat objects. Written with
 * POI's streaming SXSSF, so only a window of rows is in memory; every value is written as a cell
 * value, never as a formula.
 */
final class XlsxReportRenderer implements ReportRenderer {
  /** Rows kept in memory per sheet while writing. */
  private static final int WINDOW = 200;
  /** The most data rows a sheet can take (Excel's limit less the header). */
  static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 2;

  @Override
  public void render(Report r, OutputStream out, Lang lang) throws IOException {
    Messages m = Messages.of("org.shutong.report.messages", lang);
    try (SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW)) {
      wb.setCompressTempFiles(true);
      Styles st = new Styles(wb);
      Set<String> names = new HashSet<>();
      summary(wb, st, r, m, names);
      findings(wb, st, r, m, names);
      for (ReportTable t : r.tables()) {
        table(wb, st, t, names);
      }
      for (Map.Entry<String, Object> e : ReportViews.extrasForPeople(r).entrySet()) {
        JsonNode node = JsonReportRenderer.MAPPER.valueToTree(e.getValue());
        if (ReportViews.shape(node) == ReportViews.Shape.ROWS) {
          extraSheet(wb, st, e.getKey(), node, m, names);
        }
      }
      wb.write(out);
      out.flush();
    }
  }

  /** The styles of the workbook (a workbook holds a limited number; create each once). */
  private static final class Styles {
    final CellStyle header;
    final CellStyle title;
    final CellStyle[] severity = new CellStyle[3];

    Styles(SXSSFWorkbook wb) {
      Font bold = wb.createFont();
      bold.setBold(true);
      header = wb.createCellStyle();
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      Font big = wb.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      title = wb.createCellStyle();
      title.setFont(big);
      short[] colours = {IndexedColors.RED.getIndex(), IndexedColors.ORANGE.getIndex(), IndexedColors.BLUE.getIndex()};
      for (int i = 0; i < 3; i++) {
        Font f = wb.createFont();
        f.setColor(colours[i]);
        f.setBold(i == 0);
        severity[i] = wb.createCellStyle();
        severity[i].setFont(f);
      }
    }
  }

  private static void summary(SXSSFWorkbook wb, Styles st, Report r, Messages m, Set<String> names) {
    SXSSFSheet sh = wb.createSheet(sheetName(m.get("xlsx.summary"), "summary", names));
    int row = 0;
    cell(sh.createRow(row++), 0, m.get("html.title"), st.title);
    kv(sh, row++, m.get("xlsx.command"), r.command());
    kv(sh, row++, m.get("xlsx.tool"), r.tool() + " " + r.version());
    row++;
    if (!r.inputs().isEmpty()) {
      headerRow(sh.createRow(row++), st, m.get("col.file"), m.get("html.records"), m.get("html.encoding"));
      for (InputSummary in : r.inputs()) {
        SXSSFRow x = sh.createRow(row++);
        cell(x, 0, in.path(), null);
        cell(x, 1, in.records(), null);
        cell(x, 2, in.encoding() == null ? "" : in.encoding(), null);
      }
      row++;
    }
    Summary s = r.summary();
    kv(sh, row++, m.get("html.records"), s.records());
    kv(sh, row++, m.get("html.recordsWithErrors"), s.recordsWithErrors());
    kv(sh, row++, ReportViews.severityName(Severity.ERROR, m), s.error());
    kv(sh, row++, ReportViews.severityName(Severity.WARNING, m), s.warning());
    kv(sh, row++, ReportViews.severityName(Severity.INFO, m), s.info());
    if (r.findingsOmitted() > 0) {
      cell(sh.createRow(row++), 0, m.get("text.omitted", r.findingsOmitted()), null);
    }
    if (r.findings().size() > MAX_ROWS) {
      cell(sh.createRow(row++), 0, m.get("xlsx.findingsCut", MAX_ROWS, r.findings().size()), null);
    }
    List<ReportViews.Tally> rules = ReportViews.ruleTallies(r);
    if (!rules.isEmpty()) {
      row++;
      cell(sh.createRow(row++), 0, m.get("html.rules"), st.title);
      headerRow(sh.createRow(row++), st, m.get("col.ruleId"), ReportViews.severityName(Severity.ERROR, m),
          ReportViews.severityName(Severity.WARNING, m), ReportViews.severityName(Severity.INFO, m),
          m.get("html.status"), m.get("html.ruleTitle"));
      for (ReportViews.Tally t : rules) {
        SXSSFRow x = sh.createRow(row++);
        cell(x, 0, t.key(), null);
        cell(x, 1, t.error(), null);
        cell(x, 2, t.warning(), null);
        cell(x, 3, t.info(), null);
        cell(x, 4, m.get(t.error() > 0 ? "html.statusError" : t.warning() > 0 ? "html.statusWarning" : "html.statusPass"), null);
        cell(x, 5, t.title() == null ? "" : t.title(), null);
      }
    }
    // scalar and flat extras on the summary sheet; lists of rows get their own sheets
    for (Map.Entry<String, Object> e : ReportViews.extrasForPeople(r).entrySet()) {
      JsonNode node = JsonReportRenderer.MAPPER.valueToTree(e.getValue());
      ReportViews.Shape shape = ReportViews.shape(node);
      if (shape == ReportViews.Shape.ROWS) {
        continue;
      }
      row++;
      String title = ReportViews.extraTitle(e.getKey(), m);
      if (shape == ReportViews.Shape.FIELDS) {
        cell(sh.createRow(row++), 0, title, st.header);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> f = it.next();
          SXSSFRow x = sh.createRow(row++);
          cell(x, 0, f.getKey(), null);
          json(x, 1, f.getValue());
        }
      } else {
        SXSSFRow x = sh.createRow(row++);
        cell(x, 0, title, st.header);
        if (shape == ReportViews.Shape.SCALAR) {
          json(x, 1, node);
        } else {
          cell(x, 1, node.toString(), null);
        }
      }
    }
    sh.setColumnWidth(0, 30 * 256);
    sh.setColumnWidth(1, 14 * 256);
    sh.setColumnWidth(2, 14 * 256);
    sh.setColumnWidth(5, 40 * 256);
  }

  private static void findings(SXSSFWorkbook wb, Styles st, Report r, Messages m, Set<String> names) {
    SXSSFSheet sh = wb.createSheet(sheetName(m.get("xlsx.findings"), "findings", names));
    String[] cols = {
      m.get("col.severity"), m.get("col.ruleId"), m.get("col.file"), m.get("col.record"),
      m.get("col.line"), m.get("col.field"), m.get("col.value"), m.get("col.message")
    };
    int[] widths = {8, 22, 24, 9, 9, 16, 32, 60};
    headerRow(sh.createRow(0), st, cols);
    for (int i = 0; i < widths.length; i++) {
      sh.setColumnWidth(i, widths[i] * 256);
    }
    int row = 1;
    for (Finding f : r.findings()) {
      if (row > MAX_ROWS) {
        break;
      }
      SXSSFRow x = sh.createRow(row++);
      int sev = ReportViews.index(f.severity());
      cell(x, 0, ReportViews.severityName(f.severity(), m), st.severity[sev]);
      cell(x, 1, f.ruleId(), null);
      cell(x, 2, f.file() == null ? "" : f.file(), null);
      if (f.record() > 0) {
        cell(x, 3, f.record(), null);
      }
      if (f.line() > 0) {
        cell(x, 4, f.line(), null);
      }
      cell(x, 5, f.field() == null ? "" : f.field(), null);
      if (f.value() != null) {
        cell(x, 6, f.value(), null);
      }
      cell(x, 7, f.message(), null);
    }
    sh.createFreezePane(0, 1);
    sh.setAutoFilter(new CellRangeAddress(0, Math.max(1, row - 1), 0, cols.length - 1));
  }

  private static void table(SXSSFWorkbook wb, Styles st, ReportTable t, Set<String> names) {
    SXSSFSheet sh = wb.createSheet(sheetName(t.title(), t.id(), names));
    cell(sh.createRow(0), 0, t.title(), st.title);
    headerRow(sh.createRow(1), st, t.columns().toArray(new String[0]));
    int row = 2;
    int[] widths = new int[t.columns().size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = width(t.columns().get(i));
    }
    for (List<Object> values : t.rows()) {
      if (row - 1 > MAX_ROWS) {
        break;
      }
      SXSSFRow x = sh.createRow(row++);
      for (int i = 0; i < values.size(); i++) {
        Object v = values.get(i);
        if (v instanceof Number n) {
          cell(x, i, n, null);
        } else if (v instanceof Boolean b) {
          x.createCell(i).setCellValue(b);
        } else if (v != null) {
          cell(x, i, v.toString(), null);
        }
        if (i < widths.length && row < 1000) {
          widths[i] = Math.max(widths[i], width(ReportViews.cell(v)));
        }
      }
    }
    if (t.note() != null) {
      cell(sh.createRow(row + 1), 0, t.note(), null);
    }
    finishTable(sh, widths, row);
  }

  private static void extraSheet(SXSSFWorkbook wb, Styles st, String key, JsonNode rows, Messages m, Set<String> names) {
    String title = ReportViews.extraTitle(key, m);
    SXSSFSheet sh = wb.createSheet(sheetName(title, key, names));
    cell(sh.createRow(0), 0, title, st.title);
    List<String> cols = ReportViews.columns(rows);
    headerRow(sh.createRow(1), st, cols.toArray(new String[0]));
    int[] widths = new int[cols.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = width(cols.get(i));
    }
    int row = 2;
    for (JsonNode o : rows) {
      if (row - 1 > MAX_ROWS) {
        break;
      }
      SXSSFRow x = sh.createRow(row++);
      for (int i = 0; i < cols.size(); i++) {
        JsonNode v = o.get(cols.get(i));
        json(x, i, v);
        if (row < 1000) {
          widths[i] = Math.max(widths[i], width(ReportViews.scalarText(v)));
        }
      }
    }
    finishTable(sh, widths, row);
  }

  private static void finishTable(SXSSFSheet sh, int[] widths, int rows) {
    for (int i = 0; i < widths.length; i++) {
      sh.setColumnWidth(i, Math.min(60, Math.max(8, widths[i] + 2)) * 256);
    }
    sh.createFreezePane(0, 2);
    if (widths.length > 0) {
      sh.setAutoFilter(new CellRangeAddress(1, Math.max(2, rows - 1), 0, widths.length - 1));
    }
  }

  /** Display width of a text in Excel's character units (CJK characters count two). */
  private static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length() && w < 80; i++) {
      w += s.charAt(i) >= 0x2E80 ? 2 : 1;
    }
    return w;
  }

  /**
   * A valid, unique sheet name: {@code preferred} if Excel accepts it as it is, else
   * {@code fallback} made safe, numbered if taken.
   */
  static String sheetName(String preferred, String fallback, Set<String> taken) {
    preferred = preferred == null ? null : ReportViews.printable(preferred);
    fallback = fallback == null ? null : ReportViews.printable(fallback);
    String base = preferred != null && !preferred.isBlank() && preferred.length() <= 31
        && WorkbookUtil.createSafeSheetName(preferred).equals(preferred) ? preferred
        : WorkbookUtil.createSafeSheetName(fallback == null || fallback.isBlank() ? "sheet" : fallback);
    String name = base;
    for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
    }
    return name;
  }

  private static void headerRow(SXSSFRow x, Styles st, String... titles) {
    for (int i = 0; i < titles.length; i++) {
      cell(x, i, titles[i], st.header);
    }
  }

  private static void kv(SXSSFSheet sh, int row, String key, Object value) {
    SXSSFRow x = sh.createRow(row);
    cell(x, 0, key, null);
    if (value instanceof Number n) {
      cell(x, 1, n, null);
    } else {
      cell(x, 1, String.valueOf(value), null);
    }
  }

  private static void json(SXSSFRow x, int col, JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return;
    }
    if (v.isNumber()) {
      x.createCell(col).setCellValue(v.doubleValue());
    } else if (v.isBoolean()) {
      x.createCell(col).setCellValue(v.booleanValue());
    } else {
      cell(x, col, v.isValueNode() ? v.asText() : v.toString(), null);
    }
  }

  private static void cell(SXSSFRow x, int col, String value, CellStyle style) {
    SXSSFCell c = x.createCell(col);
    // Excel's limit for a cell's text; findings are far shorter, table cells may not be
    c.setCellValue(value.length() > 32_767 ? value.substring(0, 32_766) + "…" : ReportViews.xmlSafe(value));
    if (style != null) {
      c.setCellStyle(style);
    }
  }

  private static void cell(SXSSFRow x, int col, Number value, CellStyle style) {
    SXSSFCell c = x.createCell(col);
    c.setCellValue(value.doubleValue());
    if (style != null) {
      c.setCellStyle(style);
    }
  }
}
