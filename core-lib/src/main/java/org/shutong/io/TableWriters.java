package org.shutong.io;

import java.nio.file.Path;
import org.apiguardian.api.API;
import org.shutong.i18n.Messages;

/** Opens table writers; every writer goes through {@link AtomicOutput}. */
@API(status = API.Status.STABLE, since = "0.1")
public final class TableWriters {
  private TableWriters() {}

  /**
   * Opens a writer for {@code path}; the format comes from the options or the file name (CSV if
   * neither says).
   *
   * @throws OutputException if the output cannot be created (see {@link AtomicOutput#create})
   */
  public static TableWriter open(Path path, WriteOptions options) {
    Messages m = Messages.of("org.shutong.io.messages", options.lang());
    TableFormat f = options.format() != null ? options.format() : TableFormat.fromFileName(path).orElse(TableFormat.CSV);
    AtomicOutput out = AtomicOutput.create(path, options.force(), options.lang());
    return switch (f) {
      case CSV -> new CsvTableWriter(out, options.encoding(), ',', m);
      case TSV -> new CsvTableWriter(out, options.encoding(), '\t', m);
      case XLSX, JSONL, JSON, XML -> {
        out.close();
        throw new OutputException(path.toString(), m.get("in.formatUnsupported", path, f), null);
      }
    };
  }
}
