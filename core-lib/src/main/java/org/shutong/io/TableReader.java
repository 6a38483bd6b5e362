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

  /** Data records returned so far. */
  long recordsRead();

  /** Closes the underlying file. Never throws a checked exception. */
  @Override
  void close();
}
