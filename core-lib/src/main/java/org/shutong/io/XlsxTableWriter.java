package org.shutong.io;

import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.shutong.i18n.Messages;

/**
 * Writes one worksheet with Apache POI's streaming SXSSF (a window of rows in memory, the rest in a
 * compressed temporary file). Every value is a text cell in a text-formatted ({@code @}) style, so
 * that {@code 007} stays {@code 007} and nothing becomes a number or a date; characters XML cannot
 * carry are written with SpreadsheetML's {@code _xHHHH_} escape. The header row is bold and frozen.
 */
final class XlsxTableWriter extends BaseTableWriter {
  private static final int WINDOW = 200;
  private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
  private static final int MAX_COLUMNS = SpreadsheetVersion.EXCEL2007.getMaxColumns();
  private static final int MAX_CELL = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

  private final SXSSFWorkbook wb;
  private final SXSSFSheet sheet;
  private final CellStyle text;
  private final CellStyle bold;
  private int next;

  XlsxTableWriter(AtomicOutput out, Messages m) {
    super(out, m, "UTF-8");
    this.wb = new SXSSFWorkbook(WINDOW);
    wb.setCompressTempFiles(true);
    this.sheet = wb.createSheet("Sheet1");
    short textFormat = wb.createDataFormat().getFormat("@");
    this.text = wb.createCellStyle();
    text.setDataFormat(textFormat);
    Font f = wb.createFont();
    f.setBold(true);
    this.bold = wb.createCellStyle();
    bold.setDataFormat(textFormat);
    bold.setFont(f);
  }

  @Override
  public void writeHeader(List<String> header) {
    this.header = List.copyOf(header);
    if (header.size() > MAX_COLUMNS) {
      throw new OutputException(target(), m.get("out.xlsxTooManyColumns", target(), header.size()), null);
    }
    write(header, 0, bold);
    sheet.createFreezePane(0, 1);
  }

  @Override
  public void writeRow(List<String> values) {
    if (values.size() > MAX_COLUMNS) {
      throw new OutputException(target(), m.get("out.xlsxTooManyColumns", target(), values.size()), null);
    }
    write(values, ++row, text);
  }

  private void write(List<String> values, long line, CellStyle style) {
    if (next >= MAX_ROWS) {
      throw new OutputException(target(), m.get("out.xlsxTooManyRows", target()), null);
    }
    org.apache.poi.ss.usermodel.Row r = sheet.createRow(next++);
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      if (v == null || v.isEmpty()) {
        continue;
      }
      checkText(v, line, i);
      String enc = XlsxText.encode(v);
      if (enc.length() > MAX_CELL) {
        throw new OutputException(target(),
            m.get("out.xlsxCellTooLong", target(), line, i + 1, columnName(i), v.length()), null);
      }
      Cell c = r.createCell(i);
      c.setCellStyle(style);
      c.setCellValue(enc);
    }
  }

  @Override
  public void commit() {
    try {
      wb.write(out.stream());
    } catch (IOException e) {
      throw failed(e);
    } finally {
      closeWorkbook();
    }
    out.commit();
  }

  /** Closes the workbook, which also deletes its temporary files. */
  private void closeWorkbook() {
    try {
      wb.close();
    } catch (IOException ignored) {
      // only the temporary sheet files could not be deleted; the output is unaffected
    }
  }

  @Override
  public void close() {
    closeWorkbook();
    super.close();
  }
}
