package org.shutong.stats;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.report.Finding;
import org.shutong.report.Report;

/**
 * Writes a {@link StatsDocument} as a workbook the way statisticians submit tables: one sheet per
 * table with a title row, shaded bold headings, thin borders, bold subtotal and shaded total lines,
 * indented sub-types, whole numbers without separators (as the published tables print them) and
 * notes under the table; then a sheet of findings.
 */
final class XlsxStatsWriter {
  private static final int MAX_SHEET_NAME = 31;

  private XlsxStatsWriter() {}

  static void write(StatsDocument doc, Report report, OutputStream out, Lang lang) throws IOException {
    Messages m = Messages.of("org.shutong.stats.messages", lang);
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles st = new Styles(wb);
      Set<String> names = new HashSet<>();
      boolean first = true;
      for (StatsTable t : doc.tables()) {
        Sheet sh = wb.createSheet(sheetName(t.title(), t.id(), names));
        int r = 0;
        int width = Math.max(1, t.columns().size());
        Row titleRow = sh.createRow(r++);
        titleRow.setHeightInPoints(22);
        Cell tc = titleRow.createCell(0);
        tc.setCellValue(first ? doc.title() : t.title());
        tc.setCellStyle(st.title);
        merge(sh, 0, width);
        if (first && !doc.subtitle().isEmpty()) {
          Row sub = sh.createRow(r++);
          Cell sc = sub.createCell(0);
          sc.setCellValue(doc.subtitle());
          sc.setCellStyle(st.note);
          merge(sh, sub.getRowNum(), width);
        }
        if (first && !doc.title().equals(t.title())) {
          Row sub = sh.createRow(r++);
          Cell sc = sub.createCell(0);
          sc.setCellValue(t.title());
          sc.setCellStyle(st.note);
          merge(sh, sub.getRowNum(), width);
        }
        Row head = sh.createRow(r++);
        head.setHeightInPoints(30);
        for (int c = 0; c < t.columns().size(); c++) {
          Cell hc = head.createCell(c);
          hc.setCellValue(t.columns().get(c).title());
          hc.setCellStyle(st.header);
        }
        int headerRow = head.getRowNum();
        for (StatsTable.Line l : t.lines()) {
          Row row = sh.createRow(r++);
          for (int c = 0; c < l.cells().size(); c++) {
            Cell cell = row.createCell(c);
            Object v = l.cells().get(c);
            StatsTable.Type type = t.columns().get(c).type();
            if (v instanceof Number n) {
              cell.setCellValue(n.doubleValue());
            } else if (v != null) {
              cell.setCellValue(v.toString());
            }
            cell.setCellStyle(st.of(l.style(), v instanceof Number ? HtmlStatsWriter.effective(v, type) : StatsTable.Type.TEXT,
                c == 0 ? l.indent() : 0));
          }
        }
        if (!t.notes().isEmpty()) {
          r++;
          for (String note : t.notes()) {
            Row nr = sh.createRow(r++);
            Cell nc = nr.createCell(0);
            nc.setCellValue(note);
            nc.setCellStyle(st.note);
            merge(sh, nr.getRowNum(), width);
            nr.setHeightInPoints(Math.max(15, 15 * (1 + note.length() / Math.max(20, 12 * width))));
          }
        }
        for (int c = 0; c < t.columns().size(); c++) {
          int chars = t.columns().get(c).title().length() * 2 + 2;
          for (StatsTable.Line l : t.lines()) {
            Object v = l.cells().get(c);
            if (v != null) {
              chars = Math.max(chars, displayWidth(v.toString()) + 2 + 2 * (c == 0 ? l.indent() : 0));
            }
          }
          sh.setColumnWidth(c, Math.min(60, Math.max(8, chars)) * 256);
        }
        sh.createFreezePane(0, headerRow + 1);
        first = false;
      }
      if (report != null) {
        Sheet fs = wb.createSheet(sheetName(m.get("out.findings"), "findings", names));
        Row head = fs.createRow(0);
        List<String> cols = List.of("ruleId", m.get("out.severity"), m.get("out.file"), m.get("out.record"),
            m.get("out.line"), m.get("out.field"), m.get("out.value"), m.get("out.message"));
        for (int c = 0; c < cols.size(); c++) {
          Cell hc = head.createCell(c);
          hc.setCellValue(cols.get(c));
          hc.setCellStyle(st.header);
        }
        int r = 1;
        for (Finding f : report.findings()) {
          Row row = fs.createRow(r++);
          row.createCell(0).setCellValue(f.ruleId());
          row.createCell(1).setCellValue(f.severity().label());
          row.createCell(2).setCellValue(f.file() == null ? "" : f.file());
          if (f.record() > 0) {
            row.createCell(3).setCellValue((double) f.record());
          }
          if (f.line() > 0) {
            row.createCell(4).setCellValue((double) f.line());
          }
          row.createCell(5).setCellValue(f.field() == null ? "" : f.field());
          row.createCell(6).setCellValue(f.value() == null ? "" : f.value());
          row.createCell(7).setCellValue(f.message());
        }
        if (report.findingsOmitted() > 0) {
          fs.createRow(r).createCell(0).setCellValue(m.get("out.omitted", report.findingsOmitted()));
        }
        int[] widths = {24, 8, 24, 8, 8, 14, 24, 80};
        for (int c = 0; c < widths.length; c++) {
          fs.setColumnWidth(c, widths[c] * 256);
        }
        fs.createFreezePane(0, 1);
      }
      wb.write(out);
    }
  }

  private static void merge(Sheet sh, int row, int width) {
    if (width > 1) {
      sh.addMergedRegion(new CellRangeAddress(row, row, 0, width - 1));
    }
  }

  /** Column width in Excel character units: CJK characters count double. */
  static int displayWidth(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += s.charAt(i) > 0x2E80 ? 2 : 1;
    }
    return w;
  }

  /** A valid, unique sheet name (at most 31 characters, none of []:*?/\). */
  static String sheetName(String title, String fallback, Set<String> used) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < title.length(); i++) {
      char c = title.charAt(i);
      sb.append("[]:*?/\\".indexOf(c) >= 0 ? '_' : c);
    }
    String base = sb.toString().strip();
    if (base.isEmpty() || base.startsWith("'")) {
      base = fallback;
    }
    if (base.length() > MAX_SHEET_NAME) {
      base = base.substring(0, MAX_SHEET_NAME);
    }
    String name = base;
    for (int k = 2; used.contains(name.toLowerCase(Locale.ROOT)); k++) {
      String suffix = "(" + k + ")";
      name = base.substring(0, Math.min(base.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
    }
    used.add(name.toLowerCase(Locale.ROOT));
    return name;
  }

  /** The cell styles of one workbook. */
  private static final class Styles {
    final CellStyle title;
    final CellStyle header;
    final CellStyle note;
    private final XSSFWorkbook wb;
    private final java.util.Map<String, CellStyle> cache = new java.util.HashMap<>();
    private final Font bold;
    private final DataFormat format;

    Styles(XSSFWorkbook wb) {
      this.wb = wb;
      this.format = wb.createDataFormat();
      Font big = wb.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      bold = wb.createFont();
      bold.setBold(true);
      title = wb.createCellStyle();
      title.setFont(big);
      title.setAlignment(HorizontalAlignment.CENTER);
      title.setVerticalAlignment(VerticalAlignment.CENTER);
      header = wb.createCellStyle();
      header.setFont(bold);
      header.setAlignment(HorizontalAlignment.CENTER);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      header.setWrapText(true);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      borders(header);
      note = wb.createCellStyle();
      note.setWrapText(true);
      note.setVerticalAlignment(VerticalAlignment.TOP);
    }

    private static void borders(CellStyle s) {
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
    }

    CellStyle of(StatsTable.Style style, StatsTable.Type type, int indent) {
      String key = style + "/" + type + "/" + indent;
      CellStyle s = cache.get(key);
      if (s == null) {
        s = wb.createCellStyle();
        borders(s);
        if (style != StatsTable.Style.NORMAL) {
          s.setFont(bold);
        }
        if (style == StatsTable.Style.TOTAL) {
          s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
          s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        switch (type) {
          case INTEGER -> s.setDataFormat(format.getFormat("0"));
          case DECIMAL -> s.setDataFormat(format.getFormat("0.00"));
          case PERCENT -> s.setDataFormat(format.getFormat("0.00%"));
          case TEXT -> s.setAlignment(HorizontalAlignment.LEFT);
        }
        if (indent > 0) {
          s.setIndention((short) (2 * indent));
        }
        cache.put(key, s);
      }
      return s;
    }
  }
}
