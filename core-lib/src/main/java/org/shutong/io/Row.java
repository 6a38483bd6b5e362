package org.shutong.io;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One data record of a tabular input with where it came from. Values are in header order; a missing
 * value is the empty string, never {@code null}. Immutable.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Row {
  private final String source;
  private final long record;
  private final long line;
  private final String[] values;

  /**
   * Creates a row. The array is not copied: readers hand over a fresh array per row.
   *
   * @param source the input as the user named it (shared by all rows of a file)
   * @param record 1-based data record number (header not counted)
   * @param line physical line (or spreadsheet row) where the record starts
   * @param values the values, in header order
   */
  public Row(String source, long record, long line, String[] values) {
    this.source = source;
    this.record = record;
    this.line = line;
    this.values = values;
  }

  /** The input this row was read from, as the user named it. */
  public String source() {
    return source;
  }

  /** The 1-based data record number (header not counted). */
  public long record() {
    return record;
  }

  /** The physical line (for XLSX the sheet row) where the record starts. */
  public long line() {
    return line;
  }

  /** Number of values. */
  public int size() {
    return values.length;
  }

  /** The value at {@code column}, or {@code ""} if the row has no such column. */
  public String get(int column) {
    return column >= 0 && column < values.length ? values[column] : "";
  }

  /** The values as an unmodifiable list. */
  public List<String> values() {
    return Collections.unmodifiableList(Arrays.asList(values));
  }

  @Override
  public String toString() {
    return source + "#" + record + "@" + line + Arrays.toString(values);
  }
}
