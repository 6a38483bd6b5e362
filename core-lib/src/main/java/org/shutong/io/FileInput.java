package org.shutong.io;

import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A tabular file (CSV/TSV, XLSX, JSON Lines, JSON, XML) as a {@link TableInput}.
 *
 * @param path the file
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FileInput(Path path) implements TableInput {
  /** Checks the path. */
  public FileInput {
    Objects.requireNonNull(path, "path");
  }

  @Override
  public String name() {
    return path.toString();
  }

  @Override
  public TableReader open(ReadOptions options) {
    return TableReaders.open(path, options);
  }
}
