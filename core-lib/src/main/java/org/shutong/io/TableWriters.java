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
   * neither says). CSV, TSV, XLSX and JSON Lines can be written; JSON Lines only in UTF-8.
   *
   * @throws OutputException if the output cannot be created (see {@link AtomicOutput#create}), or
   *     the format or encoding cannot be written
   */
  public static TableWriter open(Path path, WriteOptions options) {
    Messages m = Messages.of("org.shutong.io.messages", options.lang());
    TableFormat f = options.format() != null ? options.format() : TableFormat.fromFileName(path).orElse(TableFormat.CSV);
    if (f == TableFormat.JSON || f == TableFormat.XML || f == TableFormat.DATABASE) {
      throw new OutputException(path.toString(), m.get("out.formatUnsupported", path, f), null);
    }
    if (f == TableFormat.JSONL && options.encoding() != OutputEncoding.UTF_8) {
      throw new OutputException(path.toString(), m.get("out.jsonlEncoding", path), null);
    }
    AtomicOutput out = AtomicOutput.create(path, options.force(), options.lang());
    try {
      return switch (f) {
        case CSV -> new CsvTableWriter(out, options.encoding(), ',', m);
        case TSV -> new CsvTableWriter(out, options.encoding(), '\t', m);
        case XLSX -> new XlsxTableWriter(out, m);
        case JSONL -> new JsonLinesTableWriter(out, m);
        case JSON, XML, DATABASE -> throw new IllegalStateException("unreachable: " + f);
      };
    } catch (RuntimeException e) {
      out.close();
      throw e;
    }
  }

  /**
   * Opens a table in a database for writing: the header creates it ({@code VARCHAR} columns after
   * {@code shutong_record BIGINT PRIMARY KEY} and {@code shutong_line BIGINT}, each row's record and
   * line in its source, see {@link TableWriter#writeRow(Row)}), rows are inserted in batches in one transaction, and {@link TableWriter#commit()} puts it in place of
   * {@code table} (an existing table is replaced only with {@link WriteOptions#force()}). Closing
   * without committing leaves the database as it was.
   *
   * @throws OutputException if the database cannot be reached or the table exists without force
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static TableWriter open(Database database, String table, WriteOptions options) {
    return DatabaseTableWriter.open(database, table, options);
  }
}
