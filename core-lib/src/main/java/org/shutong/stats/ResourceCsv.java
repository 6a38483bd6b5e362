package org.shutong.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The small CSV data files bundled with this package as rows keyed by header name, parsed by
 * {@link org.shutong.codesets.BundledCsv}; every user file goes through
 * {@link org.shutong.io.TableReaders}.
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
    return lines(org.shutong.codesets.BundledCsv.read(ResourceCsv.class, resource));
  }

  private static List<Line> lines(List<String[]> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<String> header = List.of(rows.get(0));
    List<Line> out = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> cells = List.of(rows.get(r));
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
