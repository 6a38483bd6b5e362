package org.shutong.io;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.shutong.i18n.Messages;

/**
 * Writes a table into a database the way {@link AtomicOutput} writes a file: the rows go into a new
 * table with a temporary name ({@code shutong_record BIGINT PRIMARY KEY} and {@code shutong_line BIGINT}
 * with each row's record and line in its source, then {@code VARCHAR} columns named from the header; batched inserts in one transaction), which at {@link #commit()} replaces the target (dropped first with {@code force}) by
 * a rename. Closing without committing rolls back and drops the temporary table, so a failed run
 * leaves the database as it was. On PostgreSQL everything is one transaction; databases whose DDL
 * commits by itself (H2) have the same outcome except for a crash between the drop and the rename.
 *
 * <p>Plain ASCII names ({@code B15}, {@code fp_2024}) are created as the database stores unquoted
 * names (PostgreSQL: lower case, H2: upper case), so that SQL can name them without quotes; other
 * names ({@code 出院时间}) exactly as written. Empty values are stored as {@code NULL}.
 */
final class DatabaseTableWriter implements TableWriter {
  /**
   * The primary key written before the header's columns: each row's record number in its source (or
   * its row number), so that the table keeps the source's order and readers report its records.
   */
  static final String RECORD_COLUMN = "shutong_record";
  /** The column after it: each row's line in its source (or its row number). */
  static final String LINE_COLUMN = "shutong_line";

  /** Rows sent to the server per batch. */
  static final int BATCH = 1000;
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Connection c;
  private final DatabaseMetaData md;
  private final Messages m;
  private final String target;
  private final String schema;
  private final String table;
  private final boolean exists;
  private final String temp;
  private PreparedStatement insert;
  private int width;
  private long row;
  private int pending;
  private boolean created;
  private boolean committed;

  private DatabaseTableWriter(Connection c, Messages m, String target, String schema, String table, boolean exists)
      throws SQLException {
    this.c = c;
    this.md = c.getMetaData();
    this.m = m;
    this.target = target;
    this.schema = schema;
    this.table = table;
    this.exists = exists;
    this.temp = "shutong_tmp_" + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE);
  }

  static DatabaseTableWriter open(Database db, String tableName, WriteOptions options) {
    Messages m = Database.messages(options.lang());
    String target = db.displayName() + "#" + tableName;
    Connection c;
    try {
      c = db.connect(target, options.lang());
    } catch (InputException e) {
      throw new OutputException(target, e.getMessage(), e.getCause());
    }
    try {
      c.setAutoCommit(false);
      DatabaseMetaData md = c.getMetaData();
      String given = tableName.strip();
      String schema = null;
      String table = given;
      int dot = given.lastIndexOf('.');
      if (dot > 0) {
        schema = fold(md, given.substring(0, dot).strip());
        table = given.substring(dot + 1).strip();
      }
      table = fold(md, table);
      if (table.isEmpty()) {
        throw new OutputException(target, m.get("db.badTableName", target, tableName), null);
      }
      boolean exists;
      try (ResultSet rs = md.getTables(null, schema, table, null)) {
        exists = rs.next();
      }
      if (exists && !options.force()) {
        throw new OutputException(target, m.get("db.tableExists", target), null);
      }
      DatabaseTableWriter w = new DatabaseTableWriter(c, m, target, schema, table, exists);
      c = null;
      return w;
    } catch (SQLException e) {
      throw new OutputException(target, m.get("db.writeFailed", target, Database.oneLine(e.getMessage())), e);
    } finally {
      if (c != null) {
        try {
          c.close();
        } catch (SQLException ignored) {
          // nothing was written
        }
      }
    }
  }

  /** A name as the database stores it unquoted if it is plain ASCII, else as written (quotes removed). */
  private static String fold(DatabaseMetaData md, String name) throws SQLException {
    String n = name.strip();
    if (n.length() >= 2 && n.startsWith("\"") && n.endsWith("\"")) {
      return n.substring(1, n.length() - 1).replace("\"\"", "\"");
    }
    if (PLAIN.matcher(n).matches()) {
      if (md.storesLowerCaseIdentifiers()) {
        return n.toLowerCase(Locale.ROOT);
      }
      if (md.storesUpperCaseIdentifiers()) {
        return n.toUpperCase(Locale.ROOT);
      }
    }
    return n;
  }

  private String qualified(String name) throws SQLException {
    String q = JdbcTableReader.TableRef.quote(md, name);
    return schema == null ? q : JdbcTableReader.TableRef.quote(md, schema) + "." + q;
  }

  @Override
  public void writeHeader(List<String> header) {
    try {
      List<String> names = new ArrayList<>();
      Map<String, Integer> seen = new HashMap<>();
      String record = fold(md, RECORD_COLUMN);
      String line = fold(md, LINE_COLUMN);
      seen.put(RECORD_COLUMN, 0);
      seen.put(LINE_COLUMN, 0);
      for (int i = 0; i < header.size(); i++) {
        String h = header.get(i) == null ? "" : header.get(i).strip();
        if (h.isEmpty()) {
          throw new OutputException(target, m.get("db.emptyColumn", target, i + 1), null);
        }
        String f = fold(md, h);
        Integer before = seen.putIfAbsent(f.toLowerCase(Locale.ROOT), i + 1);
        if (before != null && before == 0) {
          throw new OutputException(target, m.get("db.reservedColumn", target, i + 1, h), null);
        }
        if (before != null) {
          throw new OutputException(target, m.get("db.duplicateColumn", target, before, i + 1, h), null);
        }
        checkText(f, 0, i, h);
        names.add(f);
      }
      StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(qualified(temp)).append(" (")
          .append(JdbcTableReader.TableRef.quote(md, record)).append(" BIGINT PRIMARY KEY, ")
          .append(JdbcTableReader.TableRef.quote(md, line)).append(" BIGINT");
      StringBuilder ins = new StringBuilder("INSERT INTO ").append(qualified(temp)).append(" VALUES (?, ?");
      for (int i = 0; i < names.size(); i++) {
        ddl.append(", ").append(JdbcTableReader.TableRef.quote(md, names.get(i))).append(" VARCHAR");
        ins.append(", ?");
      }
      ddl.append(')');
      ins.append(')');
      try (Statement st = c.createStatement()) {
        st.execute(ddl.toString());
        created = true;
      }
      // the database may shorten long names (PostgreSQL: 63 bytes); refuse rather than rename silently
      try (Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT * FROM " + qualified(temp) + " WHERE 1 = 0")) {
        ResultSetMetaData rmd = rs.getMetaData();
        for (int i = 0; i < names.size(); i++) {
          String got = rmd.getColumnLabel(i + 3);
          if (!names.get(i).equalsIgnoreCase(got)) {
            throw new OutputException(target, m.get("db.columnRenamed", target, i + 1, names.get(i), got), null);
          }
        }
      }
      insert = c.prepareStatement(ins.toString());
      width = names.size();
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public void writeRow(List<String> values) {
    write(row + 1, row + 1, values);
  }

  @Override
  public void writeRow(Row r) {
    write(r.record(), r.line(), r.values());
  }

  private void write(long record, long line, List<String> values) {
    if (insert == null) {
      throw new IllegalStateException("writeHeader must come first");
    }
    row++;
    if (values.size() > width) {
      throw new OutputException(target, m.get("db.tooManyValues", target, row, values.size(), width), null);
    }
    try {
      insert.setLong(1, record);
      insert.setLong(2, line);
      for (int i = 0; i < width; i++) {
        String v = i < values.size() ? values.get(i) : null;
        if (v == null || v.isEmpty()) {
          insert.setNull(i + 3, Types.VARCHAR);
        } else {
          checkText(v, row, i, null);
          insert.setString(i + 3, v);
        }
      }
      insert.addBatch();
      if (++pending == BATCH) {
        insert.executeBatch();
        pending = 0;
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** Refuses text no database column can hold: NUL characters and unpaired surrogates. */
  private void checkText(String v, long r, int col, String header) {
    for (int i = 0; i < v.length(); i++) {
      char ch = v.charAt(i);
      boolean bad = ch == 0;
      if (Character.isHighSurrogate(ch) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(ch)) {
        bad = true;
      }
      if (bad) {
        throw new OutputException(target, m.get("db.badChar", target, r, col + 1,
            header != null ? header : String.valueOf(col + 1), String.format(Locale.ROOT, "%04X", (int) ch)), null);
      }
    }
  }

  @Override
  public void commit() {
    if (insert == null) {
      throw new IllegalStateException("writeHeader must come first");
    }
    try {
      if (pending > 0) {
        insert.executeBatch();
        pending = 0;
      }
      insert.close();
      try (Statement st = c.createStatement()) {
        if (exists) {
          st.execute("DROP TABLE " + qualified(table));
        }
        st.execute("ALTER TABLE " + qualified(temp) + " RENAME TO " + JdbcTableReader.TableRef.quote(md, table));
      }
      c.commit();
      committed = true;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private OutputException failed(SQLException e) {
    SQLException cause = e.getNextException() != null ? e.getNextException() : e;
    return new OutputException(target, m.get("db.writeFailed", target, Database.oneLine(cause.getMessage())), e);
  }

  @Override
  public void close() {
    try {
      if (!committed) {
        try {
          if (insert != null) {
            insert.close();
          }
          c.rollback();
          if (created) {
            try (ResultSet rs = md.getTables(null, schema, temp, null)) {
              if (rs.next()) {
                try (Statement st = c.createStatement()) {
                  st.execute("DROP TABLE " + qualified(temp));
                }
                c.commit();
              }
            }
          }
        } catch (SQLException ignored) {
          // the run already failed with its own message; the temporary table is named shutong_tmp_*
        }
      }
    } finally {
      try {
        c.close();
      } catch (SQLException ignored) {
        // nothing more to do
      }
    }
  }
}
