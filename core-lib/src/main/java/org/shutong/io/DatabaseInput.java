package org.shutong.io;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A database table or query as a {@link TableInput}, read as a stream: the rows come from the
 * server in batches of {@code fetchSize} (for PostgreSQL in a read-only transaction with
 * autocommit off, which is what makes its driver use a cursor), so a result of any size is read in
 * bounded memory.
 *
 * <p>Records are numbered from 1 in the order the rows arrive; a {@link #table() table} is read in
 * the order of its primary key, so the numbers are stable. The {@link Row#line() line} of a row is
 * the value of its key when the key is one integer column (the table's primary key, or
 * {@link #keyColumn()}), else its record number. A table without a key has no defined order: the
 * database returns its rows as they lie on disk, which is not the order they were inserted in. The two
 * integer columns {@code shutong_record} and {@code shutong_line} that
 * {@link TableWriters#open(Database, String, WriteOptions)} creates (each row's record and line in
 * the file it came from; the record is the primary key) give the rows' records and lines and are
 * left out of the values, so a file and its table give the same rows, records and lines. Values are converted to the text a
 * first-page file would hold (see {@link TableReaders#open(TableInput, ReadOptions)}).
 *
 * @param database the database
 * @param table a table name ({@code name} or {@code schema.name}; matched as written, then in lower
 *     and upper case), or {@code null} when {@code query} is given
 * @param query a SQL {@code SELECT}, or {@code null} when {@code table} is given
 * @param keyColumn an integer column whose value becomes each row's line, or {@code null} for the
 *     table's primary key (a query has none)
 * @param fetchSize rows fetched from the server at a time
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DatabaseInput(Database database, String table, String query, String keyColumn, int fetchSize)
    implements TableInput {
  /** Rows fetched at a time unless chosen: a few megabytes of first pages. */
  public static final int DEFAULT_FETCH_SIZE = 1000;

  /** Checks that exactly one of table and query is given and the fetch size is positive. */
  public DatabaseInput {
    Objects.requireNonNull(database, "database");
    if ((table == null) == (query == null)) {
      throw new IllegalArgumentException("exactly one of table and query must be given");
    }
    if (fetchSize < 1) {
      throw new IllegalArgumentException("fetchSize must be positive: " + fetchSize);
    }
  }

  /** All rows of {@code table}, by primary key. */
  public static DatabaseInput table(Database database, String table) {
    return new DatabaseInput(database, table, null, null, DEFAULT_FETCH_SIZE);
  }

  /** The rows of a query, in its order. */
  public static DatabaseInput query(Database database, String sql) {
    return new DatabaseInput(database, null, sql, null, DEFAULT_FETCH_SIZE);
  }

  /** With an integer key column for the rows' lines. */
  public DatabaseInput withKeyColumn(String column) {
    return new DatabaseInput(database, table, query, column, fetchSize);
  }

  /** With a fetch size. */
  public DatabaseInput withFetchSize(int rows) {
    return new DatabaseInput(database, table, query, keyColumn, rows);
  }

  /**
   * {@code jdbc:postgresql://host:5432/his#fp} for a table, {@code …/his#query} for a query: the URL
   * without credentials or settings.
   */
  @Override
  public String name() {
    return database.displayName() + "#" + (table != null ? table : "query");
  }

  @Override
  public TableReader open(ReadOptions options) {
    return JdbcTableReader.open(this, options);
  }

  /** Shows no password (see {@link Database#toString()}). */
  @Override
  public String toString() {
    return "DatabaseInput[" + name() + "]";
  }
}
