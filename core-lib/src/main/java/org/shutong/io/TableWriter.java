package org.shutong.io;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Writes a table to an {@link AtomicOutput}: the header, then rows, then {@link #commit()}. Closing
 * without committing discards the output, so a failed run leaves no file.
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface TableWriter extends AutoCloseable {
  /** Writes the header; call once, first. */
  void writeHeader(List<String> header);

  /** Writes one row of values in header order ({@code null} is written as empty). */
  void writeRow(List<String> values);

  /**
   * Writes a row that was read from an input. Files write its values only; a database table also
   * keeps its record and line (see {@link TableWriters#open(Database, String, WriteOptions)}).
   */
  default void writeRow(Row row) {
    writeRow(row.values());
  }

  /** Finishes the file and renames it over the target. */
  void commit();

  /** Discards the output unless committed. Never throws a checked exception. */
  @Override
  void close();
}
