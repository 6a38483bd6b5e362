package org.shutong.io;

import java.util.Iterator;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A streaming reader of one tabular input. Iterate it for {@link Row}s; close it when done.
 * Malformed records (ragged rows, an unterminated quote) are reported to the
 * {@link ReadOptions#problems() problem sink} and skipped; the iteration goes on. An input that
 * cannot be read at all raises {@link InputException}.
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface TableReader extends Iterator<Row>, AutoCloseable {
  /** What is being read, with the encoding actually used. */
  TableSource source();

  /** The column headers as found in the input (trimmed, BOM removed), in column order. */
  List<String> header();

  /**
   * The physical line (for XLSX the sheet row) of the header, for findings about columns. 1 unless
   * blank lines or empty rows come before it.
   */
  default long headerLine() {
    return 1;
  }

  /** For a workbook, the names of all its sheets in workbook order; empty for other formats. */
  default List<String> sheetNames() {
    return List.of();
  }

  /**
   * Data records met so far, including malformed records that were reported and skipped (they keep
   * their record numbers, so that the numbers match the file).
   */
  long recordsRead();

  /**
   * The share of the input consumed so far, from 0 to 1 (bytes for text formats, rows for XLSX), or
   * -1 if unknown. For progress bars; cheap to call.
   */
  default double progress() {
    return -1;
  }

  /** Closes the underlying file. Never throws a checked exception. */
  @Override
  void close();
}
