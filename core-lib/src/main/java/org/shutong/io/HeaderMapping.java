package org.shutong.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.report.Finding;
import org.shutong.report.Severity;

/**
 * How an input's columns map to a standard's codes: the result of {@link ColumnDictionary#map}.
 * Lookups by code are O(1); a code present twice maps to its first column, and the others are listed
 * in {@link #duplicates()} so they can be reported, not silently dropped.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class HeaderMapping {
  private final List<String> header;
  private final String[] codes;
  private final Map<String, Integer> columnOf;
  private final List<Integer> unknown;
  private final Map<String, List<Integer>> duplicates;

  HeaderMapping(List<String> header, String[] codes, Map<String, Integer> columnOf,
      List<Integer> unknown, Map<String, List<Integer>> duplicates) {
    this.header = List.copyOf(header);
    this.codes = codes;
    this.columnOf = Map.copyOf(columnOf);
    this.unknown = List.copyOf(unknown);
    this.duplicates = Collections.unmodifiableMap(duplicates);
  }

  /** The header as found. */
  public List<String> header() {
    return header;
  }

  /** The column holding {@code code}, or -1 if the input lacks it. */
  public int column(String code) {
    Integer i = columnOf.get(code);
    return i == null ? -1 : i;
  }

  /** Whether the input has a column for {@code code}. */
  public boolean has(String code) {
    return columnOf.containsKey(code);
  }

  /** The code of column {@code i}, or {@code null} if unknown or a duplicate. */
  public String code(int i) {
    return i >= 0 && i < codes.length ? codes[i] : null;
  }

  /** Columns (0-based) whose header names no known code. */
  public List<Integer> unknownColumns() {
    return unknown;
  }

  /** Codes named by more than one column, with all their columns (0-based, first one used). */
  public Map<String, List<Integer>> duplicates() {
    return duplicates;
  }

  /**
   * The columns this mapping cannot use, as findings, so that they are reported and not silently
   * dropped: {@code IO-UNKNOWN-COLUMN} for a header that names no known field (severity chosen by
   * the caller: {@code info} where extra columns are normal, {@code warning} where they suggest a
   * misspelt header), and {@code IO-DUPLICATE-COLUMN} ({@code warning}) for every column after the
   * first that names the same field. {@code field} is the header text as found.
   *
   * @param file the input as the user named it
   * @param line the header's physical line ({@link TableReader#headerLine()})
   * @param unknownSeverity severity of unknown columns
   * @param lang language of the messages
   */
  public List<Finding> findings(String file, long line, Severity unknownSeverity, Lang lang) {
    Messages m = Messages.of("org.shutong.io.messages", lang);
    List<Finding> out = new ArrayList<>();
    for (int i : unknown) {
      String h = header.get(i);
      out.add(new Finding("IO-UNKNOWN-COLUMN", unknownSeverity, file, 0, line, h, null,
          m.get("header.unknown", h)));
    }
    for (Map.Entry<String, List<Integer>> e : duplicates.entrySet()) {
      List<Integer> cols = e.getValue();
      int first = cols.get(0);
      for (int k = 1; k < cols.size(); k++) {
        String h = header.get(cols.get(k));
        out.add(new Finding("IO-DUPLICATE-COLUMN", Severity.WARNING, file, 0, line, h, null,
            m.get("header.duplicate", h, first + 1, header.get(first), e.getKey())));
      }
    }
    return out;
  }
}
