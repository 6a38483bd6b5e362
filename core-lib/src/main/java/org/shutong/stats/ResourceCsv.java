package org.shutong.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the small CSV data files bundled with this package (RFC 4180: quoted fields, doubled quotes,
 * UTF-8, LF or CRLF). Only for trusted classpath resources; every user file goes through
 * {@link org.shutong.io.TableReaders}, which reads paths only.
 */
final class ResourceCsv {
  private ResourceCsv() {}

  /** One data row with access by header name. */
  record Line(int record, Map<String, String> values) {
    String get(String column) {
      String v = values.get(column);
      return v == null ? "" : v.strip();
    }
  }

  static List<Line> read(String resource) {
    try (InputStream in = ResourceCsv.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + resource);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Line> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    List<String> header = rows.get(0);
    List<Line> out = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> cells = rows.get(r);
      if (cells.size() == 1 && cells.get(0).isBlank()) {
        continue;
      }
      if (cells.size() != header.size()) {
        throw new IllegalStateException("bundled CSV row " + r + " has " + cells.size()
            + " fields, header has " + header.size());
      }
      Map<String, String> m = new HashMap<>();
      for (int k = 0; k < header.size(); k++) {
        m.put(header.get(k).strip(), cells.get(k));
      }
      out.add(new Line(r, m));
    }
    return out;
  }
}
