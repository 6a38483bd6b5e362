package org.shutong.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Renders the numbers of an XLSX sheet as Excel with zh-CN regional settings shows them: dates and
 * times through {@link XlsxDates}, other numbers through Apache POI's {@link DataFormatter}, with
 * the built-in ids whose meaning depends on the UI language resolved from {@code
 * xlsx-numfmt-zh-cn.csv} (ECMA-376 Part 1 §18.8.30; see PROVENANCE.md beside it).
 */
final class XlsxFormats {
  /** One cell style's number format: the id and the code the workbook declares (or null). */
  record Style(int id, String code) {}

  private static final Map<Integer, String> ZH_CN = load();

  private final Style[] styles;
  private final String[] codes;
  private final XlsxDates.Compiled[] dates;
  private final boolean date1904;
  private final DataFormatter formatter = new DataFormatter(Locale.SIMPLIFIED_CHINESE);

  XlsxFormats(Style[] styles, boolean date1904) {
    this.styles = styles;
    this.date1904 = date1904;
    this.codes = new String[styles.length];
    this.dates = new XlsxDates.Compiled[styles.length];
    for (int i = 0; i < styles.length; i++) {
      Style st = styles[i];
      codes[i] = st == null ? "General" : code(st.id(), st.code());
      dates[i] = XlsxDates.compile(codes[i]);
    }
  }

  /** The format code used for a number format id and the code the workbook gives (may be null). */
  static String code(int id, String declared) {
    String zh = ZH_CN.get(id);
    if (zh != null && (declared == null || declared.startsWith("reserved") || isBuiltinDefault(id, declared))) {
      return zh;
    }
    if (declared == null || declared.isEmpty()) {
      String builtin = BuiltinFormats.getBuiltinFormat(id);
      return builtin == null || builtin.startsWith("reserved") ? "General" : builtin;
    }
    return declared;
  }

  /** POI reports built-ins 14 and 22 with their US codes; those are the ids, not a user's choice. */
  private static boolean isBuiltinDefault(int id, String declared) {
    return (id == 14 && declared.equals("m/d/yy")) || (id == 22 && declared.equals("m/d/yy h:mm"));
  }

  /** The displayed text of the raw cell value {@code v} (a number as written in the sheet). */
  String format(String v, String styleAttr) {
    double d;
    try {
      d = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      return v;
    }
    int s = 0;
    if (styleAttr != null) {
      try {
        s = Integer.parseInt(styleAttr);
      } catch (NumberFormatException e) {
        s = 0;
      }
    }
    if (s < 0 || s >= styles.length || styles[s] == null) {
      return formatter.formatRawCellContents(d, 0, "General", date1904);
    }
    if (dates[s] != null) {
      LocalDateTime t = DateUtil.isValidExcelDate(d) ? DateUtil.getLocalDateTime(d, date1904, !dates[s].fractions()) : null;
      // Excel shows ##### for a date out of range; the number itself says more
      return t != null ? t.format(dates[s].formatter()) : formatter.formatRawCellContents(d, 0, "General", date1904);
    }
    try {
      return formatter.formatRawCellContents(d, styles[s].id(), codes[s], date1904);
    } catch (RuntimeException e) {
      // a format code POI cannot apply (e.g. [DBNum1] numbers): show the number as General does
      return formatter.formatRawCellContents(d, 0, "General", date1904);
    }
  }

  private static Map<Integer, String> load() {
    Map<Integer, String> m = new HashMap<>();
    try (InputStream in = XlsxFormats.class.getResourceAsStream("xlsx-numfmt-zh-cn.csv")) {
      if (in == null) {
        throw new IllegalStateException("resource xlsx-numfmt-zh-cn.csv missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      r.readLine();
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        int comma = line.indexOf(',');
        int id = Integer.parseInt(line.substring(0, comma));
        m.put(id, firstCsvField(line.substring(comma + 1)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(m);
  }

  /** The first field of a CSV fragment (RFC 4180 quoting). */
  private static String firstCsvField(String s) {
    if (!s.startsWith("\"")) {
      int c = s.indexOf(',');
      return c < 0 ? s : s.substring(0, c);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
          sb.append('"');
          i++;
        } else {
          break;
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
