package org.shutong.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.shutong.i18n.Messages;
import org.shutong.report.FindingSink;

/**
 * Streams one worksheet of an XLSX workbook (ECMA-376 SpreadsheetML) row by row: Apache POI's
 * {@link XSSFReader} locates the parts and the styles; the sheet and the shared strings are pulled
 * with StAX, so neither the sheet nor a DOM of it is ever held in memory. Values are what a person
 * sees in Excel with zh-CN settings: text verbatim (leading zeros kept), numbers and dates through
 * POI's {@link DataFormatter} with the cell's number format.
 */
final class XlsxTableReader extends StreamingTableReader {
  private final OPCPackage pkg;
  private final XMLStreamReader xml;
  private final InputStream sheetStream;
  private final List<String> sheetNames;
  private final String[] sharedStrings;
  private final XlsxFormats formats;
  private final long lastRow;

  private final List<String> header;
  private final long headerLine;
  private final int width;
  private String[] cells = new String[64];
  private int ncells;
  private long rowNumber;

  private XlsxTableReader(OPCPackage pkg, InputStream sheetStream, XMLStreamReader xml, TableSource source,
      List<String> sheetNames, String[] sharedStrings, XlsxFormats formats, FindingSink problems,
      Messages messages) {
    super(source, problems, messages);
    this.pkg = pkg;
    this.sheetStream = sheetStream;
    this.xml = xml;
    this.sheetNames = sheetNames;
    this.sharedStrings = sharedStrings;
    this.formats = formats;
    this.lastRow = readDimension();
    if (!readRow()) {
      throw new InputException(name, messages.get("in.sheetEmpty", name, source.sheet()));
    }
    int w = ncells;
    while (w > 0 && cells[w - 1].isEmpty()) {
      w--;
    }
    String[] h = Arrays.copyOf(cells, w);
    for (int i = 0; i < h.length; i++) {
      h[i] = h[i].strip();
    }
    this.header = Collections.unmodifiableList(Arrays.asList(h));
    this.headerLine = rowNumber;
    this.width = w;
  }

  /**
   * Opens {@code path} and positions it at the header of the chosen sheet.
   *
   * @throws InputException if the file is not a workbook, the sheet is missing or the XML is damaged
   */
  static XlsxTableReader open(Path path, String name, String sheet, FindingSink problems, Messages m) {
    OPCPackage pkg = null;
    InputStream sheetStream = null;
    try {
      pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
      XSSFReader reader = new XSSFReader(pkg);
      List<String> names = new ArrayList<>();
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
      int wantedIndex = sheetIndex(sheet);
      // a sheet named like the value wins over the sheet at that position ("2024" is a common name)
      String byName = null;
      InputStream byNameStream = null;
      String byIndex = null;
      InputStream byIndexStream = null;
      try {
        while (it.hasNext()) {
          InputStream s = it.next();
          String n = it.getSheetName();
          names.add(n);
          if (byName == null && sheet != null && (n.equals(sheet) || n.strip().equalsIgnoreCase(sheet.strip()))) {
            byName = n;
            byNameStream = s;
          } else if (byIndex == null && (sheet == null ? names.size() == 1 : names.size() == wantedIndex)) {
            byIndex = n;
            byIndexStream = s;
          } else {
            s.close();
          }
        }
      } catch (IOException | RuntimeException e) {
        closeQuietly(byNameStream);
        closeQuietly(byIndexStream);
        throw e;
      }
      String chosen = byName != null ? byName : byIndex;
      sheetStream = byName != null ? byNameStream : byIndexStream;
      closeQuietly(byName != null ? byIndexStream : byNameStream);
      if (chosen == null) {
        throw new InputException(name, names.isEmpty() ? m.get("in.noSheets", name)
            : m.get("in.sheetMissing", name, sheet, String.join("、", names), names.size()));
      }
      String[] sst = readSharedStrings(reader, name, m);
      XlsxFormats formats = new XlsxFormats(styleFormats(reader), date1904(reader));
      XMLStreamReader xml = SecureXml.inputFactory().createXMLStreamReader(sheetStream);
      TableSource src = new TableSource(path, name, TableFormat.XLSX, null, chosen);
      XlsxTableReader r = new XlsxTableReader(pkg, sheetStream, xml, src, List.copyOf(names), sst, formats, problems, m);
      pkg = null;
      sheetStream = null;
      return r;
    } catch (InvalidFormatException | OpenXML4JRuntimeException | POIXMLException | IllegalArgumentException e) {
      // POI's way of saying "not a workbook" (NotOfficeXmlFileException is an IllegalArgumentException)
      throw new InputException(name, 0, 0, m.get("in.notWorkbook", name, String.valueOf(e.getMessage())), e);
    } catch (XMLStreamException e) {
      throw damaged(name, e, m);
    } catch (OpenXML4JException | IOException e) {
      throw new InputException(name, 0, 0, m.get("in.notWorkbook", name, String.valueOf(e.getMessage())), e);
    } finally {
      if (sheetStream != null) {
        try {
          sheetStream.close();
        } catch (IOException ignored) {
          // opening failed; the exception already thrown says why
        }
      }
      if (pkg != null) {
        pkg.revert();
      }
    }
  }

  private static void closeQuietly(InputStream s) {
    if (s != null) {
      try {
        s.close();
      } catch (IOException ignored) {
        // a sheet we do not read
      }
    }
  }

  /** A 1-based sheet index if {@code sheet} is all digits, else 0. */
  private static int sheetIndex(String sheet) {
    if (sheet == null || sheet.isBlank()) {
      return 0;
    }
    String s = sheet.strip();
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return 0;
      }
    }
    return s.length() > 6 ? 0 : Integer.parseInt(s);
  }

  private static InputException damaged(String name, XMLStreamException e, Messages m) {
    long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
    long col = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNumber());
    return new InputException(name, line, col, m.get("in.xlsxDamaged", name, firstLine(e.getMessage())), e);
  }

  static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }

  /** The shared strings (ECMA-376 §18.4.9 {@code sst}), phonetic runs left out, {@code _xHHHH_} decoded. */
  private static String[] readSharedStrings(XSSFReader reader, String name, Messages m)
      throws IOException, InvalidFormatException {
    InputStream in = reader.getSharedStringsData();
    if (in == null) {
      return new String[0];
    }
    try (in) {
      XMLStreamReader x = SecureXml.inputFactory().createXMLStreamReader(in);
      List<String> out = new ArrayList<>();
      StringBuilder sb = new StringBuilder();
      int phonetic = 0;
      boolean inT = false;
      while (x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String ln = x.getLocalName();
          switch (ln) {
            case "sst" -> {
              String u = x.getAttributeValue(null, "uniqueCount");
              if (u != null && u.length() < 9) {
                out = new ArrayList<>(Integer.parseInt(u));
              }
            }
            case "si" -> sb.setLength(0);
            case "rPh" -> phonetic++;
            case "t" -> inT = phonetic == 0;
            default -> {}
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          String ln = x.getLocalName();
          switch (ln) {
            case "si" -> out.add(XlsxText.decode(sb.toString()));
            case "rPh" -> phonetic--;
            case "t" -> inT = false;
            default -> {}
          }
        } else if (inT && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
            || ev == XMLStreamConstants.SPACE)) {
          sb.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
        }
      }
      return out.toArray(new String[0]);
    } catch (XMLStreamException e) {
      throw damaged(name, e, m);
    } catch (NumberFormatException e) {
      throw new InputException(name, 0, 0, m.get("in.xlsxDamaged", name, e.getMessage()), e);
    }
  }

  /** Number format (id, code) of every cell style, by style index. */
  private static XlsxFormats.Style[] styleFormats(XSSFReader reader) throws IOException, InvalidFormatException {
    StylesTable styles;
    try {
      styles = reader.getStylesTable();
    } catch (POIXMLException | IllegalArgumentException e) {
      return new XlsxFormats.Style[0];
    }
    if (styles == null) {
      return new XlsxFormats.Style[0];
    }
    int n = styles.getNumCellStyles();
    XlsxFormats.Style[] out = new XlsxFormats.Style[n];
    for (int i = 0; i < n; i++) {
      XSSFCellStyle st = styles.getStyleAt(i);
      if (st == null) {
        continue;
      }
      short id = st.getDataFormat();
      out[i] = new XlsxFormats.Style(id, styles.getNumberFormatAt(id));
    }
    return out;
  }

  /** Whether the workbook counts dates from 1904 ({@code workbookPr/@date1904}, ECMA-376 §18.2.28). */
  private static boolean date1904(XSSFReader reader) throws IOException, InvalidFormatException, XMLStreamException {
    try (InputStream in = reader.getWorkbookData()) {
      XMLStreamReader x = SecureXml.inputFactory().createXMLStreamReader(in);
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT) {
          String ln = x.getLocalName();
          if (ln.equals("workbookPr")) {
            String v = x.getAttributeValue(null, "date1904");
            return "1".equals(v) || "true".equalsIgnoreCase(v);
          }
          if (ln.equals("sheets")) {
            return false;
          }
        }
      }
      return false;
    }
  }

  /** The last row of {@code <dimension ref="A1:CV200001"/>}, read before {@code sheetData}; -1 if absent. */
  private long readDimension() {
    try {
      while (xml.hasNext()) {
        int ev = xml.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String ln = xml.getLocalName();
          if (ln.equals("dimension")) {
            String ref = xml.getAttributeValue(null, "ref");
            if (ref == null) {
              return -1;
            }
            int colon = ref.indexOf(':');
            return rowOf(colon < 0 ? ref : ref.substring(colon + 1));
          }
          if (ln.equals("sheetData")) {
            return -1;
          }
        }
      }
      return -1;
    } catch (XMLStreamException e) {
      close();
      throw damaged(name, e, messages);
    }
  }

  private static long rowOf(String ref) {
    long r = 0;
    for (int i = 0; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (c >= '0' && c <= '9') {
        r = r * 10 + (c - '0');
      }
    }
    return r == 0 ? -1 : r;
  }

  /** 0-based column of a cell reference such as {@code AB12}, or -1. */
  static int columnOf(String ref) {
    int col = 0;
    int i = 0;
    for (; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        col = col * 26 + (c - 'A' + 1);
      } else if (c >= 'a' && c <= 'z') {
        col = col * 26 + (c - 'a' + 1);
      } else {
        break;
      }
      if (col > 16384) {
        return -1;
      }
    }
    return i == 0 ? -1 : col - 1;
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public long headerLine() {
    return headerLine;
  }

  @Override
  public List<String> sheetNames() {
    return sheetNames;
  }

  @Override
  public double progress() {
    return lastRow <= 0 ? -1 : Math.min(1.0, (double) rowNumber / lastRow);
  }

  @Override
  Row advance() {
    while (readRow()) {
      records++;
      boolean raggedRow = false;
      for (int i = width; i < ncells; i++) {
        if (!cells[i].isEmpty()) {
          raggedRow = true;
          break;
        }
      }
      if (raggedRow) {
        int filled = 0;
        for (int i = 0; i < ncells; i++) {
          if (!cells[i].isEmpty()) {
            filled = i + 1;
          }
        }
        ragged(rowNumber, "in.raggedXlsx", filled, width);
        continue;
      }
      String[] v = new String[width];
      int n = Math.min(width, ncells);
      System.arraycopy(cells, 0, v, 0, n);
      Arrays.fill(v, n, width, "");
      return new Row(name, records, rowNumber, v);
    }
    return null;
  }

  /**
   * Reads the next row that has at least one non-empty cell into {@link #cells} (0..ncells) and
   * {@link #rowNumber}; false at the end of {@code sheetData}.
   */
  private boolean readRow() {
    try {
      while (xml.hasNext()) {
        int ev = xml.next();
        if (ev == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
          String r = xml.getAttributeValue(null, "r");
          rowNumber = r != null ? parseLong(r, rowNumber + 1) : rowNumber + 1;
          if (parseCells()) {
            return true;
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
          return false;
        }
      }
      return false;
    } catch (XMLStreamException e) {
      close();
      throw damaged(name, e, messages);
    }
  }

  private static long parseLong(String s, long otherwise) {
    try {
      return Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  /** Parses the cells of the current {@code <row>}; true if any is non-empty. */
  private boolean parseCells() throws XMLStreamException {
    ncells = 0;
    boolean any = false;
    int nextCol = 0;
    while (true) {
      int ev = xml.next();
      if (ev == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
        return any;
      }
      if (ev != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("c")) {
        continue;
      }
      String ref = xml.getAttributeValue(null, "r");
      String type = xml.getAttributeValue(null, "t");
      String style = xml.getAttributeValue(null, "s");
      int col = ref == null ? nextCol : columnOf(ref);
      if (col < 0) {
        col = nextCol;
      }
      String value = cellValue(type, style);
      nextCol = col + 1;
      if (value.isEmpty()) {
        continue;
      }
      while (ncells <= col) {
        if (ncells == cells.length) {
          cells = Arrays.copyOf(cells, Math.max(cells.length * 2, col + 1));
        }
        cells[ncells++] = "";
      }
      cells[col] = value;
      any = true;
    }
  }

  /** Reads the current {@code <c>} to its end and returns its value as displayed. */
  private String cellValue(String type, String style) throws XMLStreamException {
    String v = null;
    StringBuilder inline = null;
    int depth = 1;
    boolean inV = false;
    boolean inT = false;
    int phonetic = 0;
    while (depth > 0) {
      int ev = xml.next();
      switch (ev) {
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          String ln = xml.getLocalName();
          if (ln.equals("v")) {
            inV = true;
          } else if (ln.equals("t")) {
            inT = phonetic == 0;
            if (inline == null) {
              inline = new StringBuilder();
            }
          } else if (ln.equals("rPh")) {
            phonetic++;
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          String ln = xml.getLocalName();
          if (ln.equals("v")) {
            inV = false;
          } else if (ln.equals("t")) {
            inT = false;
          } else if (ln.equals("rPh")) {
            phonetic--;
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (inV) {
            String t = xml.getText();
            v = v == null ? t : v + t;
          } else if (inT) {
            inline.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
          }
        }
        default -> {}
      }
    }
    if (type == null || type.equals("n")) {
      return v == null || v.isBlank() ? "" : formats.format(v.strip(), style);
    }
    return switch (type) {
      case "s" -> sharedString(v);
      case "inlineStr" -> inline == null ? "" : XlsxText.decode(inline.toString());
      case "str" -> v == null ? "" : XlsxText.decode(v);
      case "b" -> v == null ? "" : (v.strip().equals("1") || v.strip().equalsIgnoreCase("true") ? "TRUE" : "FALSE");
      case "e", "d" -> v == null ? "" : v;
      default -> v == null ? "" : v;
    };
  }

  private String sharedString(String v) {
    if (v == null) {
      return "";
    }
    try {
      int i = Integer.parseInt(v.strip());
      if (i >= 0 && i < sharedStrings.length) {
        return sharedStrings[i];
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InputException(name, rowNumber, 0, messages.get("in.xlsxDamaged", name,
        String.format(Locale.ROOT, "row %d: shared string index '%s' out of range", rowNumber, v)), null);
  }

  @Override
  public void close() {
    try {
      xml.close();
    } catch (XMLStreamException ignored) {
      // read-only: nothing to lose
    }
    try {
      sheetStream.close();
    } catch (IOException ignored) {
      // read-only: nothing to lose
    }
    // revert, not close: close() would try to save a package opened read-only
    pkg.revert();
  }
}
