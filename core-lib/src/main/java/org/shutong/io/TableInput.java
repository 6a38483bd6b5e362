package org.shutong.io;

import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * Where records come from: a file ({@link FileInput}) or a database table or query
 * ({@link DatabaseInput}). Commands and batch APIs take a {@code TableInput} so that every one of
 * them reads both; {@link #open(ReadOptions)} gives the same streaming {@link TableReader}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface TableInput permits FileInput, DatabaseInput {
  /** How the input is named in findings and reports (a database never with its credentials). */
  String name();

  /**
   * Opens the input for streaming.
   *
   * @throws InputException if it cannot be read at all
   */
  TableReader open(ReadOptions options);

  /** A file input. */
  static TableInput file(Path path) {
    return new FileInput(path);
  }
}
