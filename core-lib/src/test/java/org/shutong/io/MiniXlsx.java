package org.shutong.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a minimal SpreadsheetML package part by part, as Excel itself lays it out (shared strings
 * with phonetic runs, built-in number format ids without a numFmt element, rows and cells with or
 * without references), so that tests can exercise what POI's own writer never produces.
 */
final class MiniXlsx {
  private final Map<String, String> sheets = new LinkedHashMap<>();
  private final List<String> shared = new ArrayList<>();
  private String styles = "<numFmts count=\"0\"/><cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs>";
  private boolean date1904;

  /** Adds a sheet whose {@code sheetData} content (and optional dimension) is given as XML. */
  MiniXlsx sheet(String name, String dimension, String sheetData) {
    String dim = dimension == null ? "" : "<dimension ref=\"" + dimension + "\"/>";
    sheets.put(name, dim + "<sheetData>" + sheetData + "</sheetData>");
    return this;
  }

  /** Adds a shared string item ({@code <si>} content as XML). */
  MiniXlsx shared(String siContent) {
    shared.add(siContent);
    return this;
  }

  /** Replaces the styles' numFmts and cellXfs (XML). */
  MiniXlsx styles(String numFmtsAndCellXfs) {
    this.styles = numFmtsAndCellXfs;
    return this;
  }

  MiniXlsx date1904() {
    this.date1904 = true;
    return this;
  }

  void write(Path file) throws IOException {
    try (OutputStream os = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(os)) {
      StringBuilder ct = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
          + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
      for (int i = 1; i <= sheets.size(); i++) {
        ct.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
            .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
      }
      ct.append("</Types>");
      put(z, "[Content_Types].xml", ct.toString());
      put(z, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
          + "</Relationships>");
      StringBuilder wb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          + (date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>") + "<sheets>");
      StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
      int i = 1;
      for (String name : sheets.keySet()) {
        wb.append("<sheet name=\"").append(name).append("\" sheetId=\"").append(i).append("\" r:id=\"rId").append(i)
            .append("\"/>");
        rels.append("<Relationship Id=\"rId").append(i)
            .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
            .append(i).append(".xml\"/>");
        i++;
      }
      rels.append("<Relationship Id=\"rId").append(i++)
          .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
      rels.append("<Relationship Id=\"rId").append(i)
          .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
      wb.append("</sheets></workbook>");
      rels.append("</Relationships>");
      put(z, "xl/workbook.xml", wb.toString());
      put(z, "xl/_rels/workbook.xml.rels", rels.toString());
      put(z, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + styles
          + "</styleSheet>");
      StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + shared.size()
          + "\" uniqueCount=\"" + shared.size() + "\">");
      for (String si : shared) {
        sst.append("<si>").append(si).append("</si>");
      }
      sst.append("</sst>");
      put(z, "xl/sharedStrings.xml", sst.toString());
      i = 1;
      for (String body : sheets.values()) {
        put(z, "xl/worksheets/sheet" + i++ + ".xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + body + "</worksheet>");
      }
    }
  }

  private static void put(ZipOutputStream z, String name, String content) throws IOException {
    z.putNextEntry(new ZipEntry(name));
    z.write(content.getBytes(StandardCharsets.UTF_8));
    z.closeEntry();
  }
}
