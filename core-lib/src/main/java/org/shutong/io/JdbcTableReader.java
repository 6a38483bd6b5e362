package org.shutong.io;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.shutong.i18n.Messages;

/**
 * Streams the rows of a {@link DatabaseInput}: one forward-only, read-only result set fetched
 * {@code fetchSize} rows at a time inside a read-only transaction (autocommit off, as PostgreSQL's
 * driver needs to use a cursor instead of loading the whole result), values converted by
 * {@link JdbcValues}. The transaction is rolled back and the connection closed on {@link #close()}.
 */
final class JdbcTableReader extends StreamingTableReader {
  private final Connection connection;
  private final Statement statement;
  private final ResultSet rs;
  private final List<String> header;
  private final JdbcValues.Column[] columns;
  /** 1-based column of the integer key that becomes the line, or 0 to use the record number. */
  private final int keyColumn;
  /**
   * 1-based column of a written table's {@code shutong_record} (the record number in the source), or 0;
   * when set, it and {@link #keyColumn} ({@code shutong_line}) are left out of the values.
   */
  private final int recordColumn;

  private JdbcTableReader(TableSource source, ReadOptions o, Messages m, Connection connection,
      Statement statement, ResultSet rs, List<String> header, JdbcValues.Column[] columns, int keyColumn, int recordColumn) {
    super(source, o.problems(), m);
    this.connection = connection;
    this.statement = statement;
    this.rs = rs;
    this.header = header;
    this.columns = columns;
    this.keyColumn = keyColumn;
    this.recordColumn = recordColumn;
  }

  static JdbcTableReader open(DatabaseInput in, ReadOptions o) {
    Messages m = Database.messages(o.lang());
    String name = o.name() != null ? o.name() : in.name();
    Connection c = in.database().connect(name, o.lang());
    Statement st = null;
    ResultSet rs = null;
    try {
      String sql;
      String key = in.keyColumn();
      try {
        c.setAutoCommit(false);
        c.setReadOnly(true);
        if (in.table() != null) {
          TableRef t = TableRef.resolve(c, in.table(), name, m);
          sql = "SELECT * FROM " + t.quoted(c.getMetaData());
          List<String> pk = t.primaryKey(c.getMetaData());
          if (!pk.isEmpty()) {
            sql += " ORDER BY " + String.join(", ", TableRef.quote(c.getMetaData(), pk));
            if (key == null && pk.size() == 1) {
              key = pk.get(0);
            }
          }
        } else {
          sql = in.query();
        }
        st = c.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        st.setFetchSize(in.fetchSize());
      } catch (SQLException e) {
        throw Database.failure(name, e, m, "db.readFailed");
      }
      try {
        rs = st.executeQuery(sql);
      } catch (SQLException e) {
        throw Database.failure(name, e, m, "db.queryFailed");
      }
      ResultSetMetaData md;
      List<String> header = new ArrayList<>();
      JdbcValues.Column[] cols;
      int keyIndex = 0;
      try {
        md = rs.getMetaData();
        int n = md.getColumnCount();
        cols = new JdbcValues.Column[n];
        for (int i = 1; i <= n; i++) {
          String label = md.getColumnLabel(i);
          header.add(label == null ? "" : label.strip());
          cols[i - 1] = JdbcValues.of(md, i, in.database().zone());
          if (cols[i - 1] == null) {
            throw new InputException(name, m.get("db.unknownType", name, label, md.getColumnTypeName(i)));
          }
        }
        if (key != null) {
          keyIndex = findColumn(header, key);
          if (keyIndex == 0) {
            throw new InputException(name, m.get("db.keyMissing", name, key, String.join(", ", header)));
          }
          if (!JdbcValues.isInteger(md, keyIndex)) {
            if (in.keyColumn() != null) {
              throw new InputException(name, m.get("db.keyNotInteger", name, key, md.getColumnTypeName(keyIndex)));
            }
            keyIndex = 0; // a text primary key: lines are record numbers
          }
        }
      } catch (SQLException e) {
        throw Database.failure(name, e, m, "db.readFailed");
      }
      // the place columns of a table written by TableWriters.open(Database, ...): left out of the values
      int recordAt = 0;
      int lineAt = 0;
      try {
        for (int i = 1; i <= header.size(); i++) {
          if (header.get(i - 1).equalsIgnoreCase(DatabaseTableWriter.RECORD_COLUMN) && JdbcValues.isInteger(md, i)) {
            recordAt = i;
          } else if (header.get(i - 1).equalsIgnoreCase(DatabaseTableWriter.LINE_COLUMN) && JdbcValues.isInteger(md, i)) {
            lineAt = i;
          }
        }
      } catch (SQLException e) {
        throw Database.failure(name, e, m, "db.readFailed");
      }
      List<String> visible = header;
      if (recordAt > 0 && lineAt > 0) {
        visible = new ArrayList<>();
        for (int i = 1; i <= header.size(); i++) {
          if (i != recordAt && i != lineAt) {
            visible.add(header.get(i - 1));
          }
        }
        keyIndex = lineAt;
      } else {
        recordAt = 0;
        lineAt = 0;
      }
      TableSource src = new TableSource(null, name, TableFormat.DATABASE, null, null);
      JdbcTableReader r = new JdbcTableReader(src, o, m, c, st, rs, List.copyOf(visible), cols, keyIndex, recordAt);
      c = null;
      return r;
    } finally {
      if (c != null) {
        closeQuietly(rs, st, c);
      }
    }
  }

  /** 1-based index of {@code key} among the labels (exact, else ignoring case), or 0. */
  private static int findColumn(List<String> header, String key) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equals(key)) {
        return i + 1;
      }
    }
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equalsIgnoreCase(key)) {
        return i + 1;
      }
    }
    return 0;
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  Row advance() {
    try {
      if (!rs.next()) {
        return null;
      }
      records++;
      String[] values = new String[header.size()];
      for (int i = 0, v = 0; i < columns.length; i++) {
        if (recordColumn == 0 || (i + 1 != recordColumn && i + 1 != keyColumn)) {
          values[v++] = columns[i].read(rs, i + 1);
        }
      }
      long record = records;
      if (recordColumn > 0) {
        record = rs.getLong(recordColumn);
      }
      long line = record;
      if (keyColumn > 0) {
        long k = rs.getLong(keyColumn);
        line = rs.wasNull() ? 0 : k;
      }
      return new Row(name, record, line, values);
    } catch (SQLException e) {
      throw new InputException(name, 0, 0,
          messages.get("db.rowFailed", name, records + 1, Database.oneLine(e.getMessage())), e);
    }
  }

  @Override
  public void close() {
    closeQuietly(rs, statement, connection);
  }

  private static void closeQuietly(ResultSet rs, Statement st, Connection c) {
    try {
      if (rs != null) {
        rs.close();
      }
      if (st != null) {
        st.close();
      }
      if (c != null && !c.getAutoCommit()) {
        c.rollback();
      }
    } catch (SQLException ignored) {
      // nothing was written in this read-only transaction; a failure to close changes no result
    } finally {
      try {
        if (c != null) {
          c.close();
        }
      } catch (SQLException ignored) {
        // as above
      }
    }
  }

  /** A table found through the database's metadata, with its exact catalog, schema and name. */
  record TableRef(String catalog, String schema, String name) {
    static TableRef resolve(Connection c, String given, String source, Messages m) throws SQLException {
      DatabaseMetaData md = c.getMetaData();
      String schema = null;
      String table = given.strip();
      int dot = table.lastIndexOf('.');
      if (dot > 0) {
        schema = unquote(table.substring(0, dot));
        table = table.substring(dot + 1);
      }
      table = unquote(table);
      TreeMap<String, TableRef> found = new TreeMap<>();
      for (String t : new String[] {table, table.toLowerCase(Locale.ROOT), table.toUpperCase(Locale.ROOT)}) {
        for (String s : schema == null ? new String[] {null}
            : new String[] {schema, schema.toLowerCase(Locale.ROOT), schema.toUpperCase(Locale.ROOT)}) {
          try (ResultSet rs = md.getTables(null, s == null ? null : escape(md, s), escape(md, t),
              new String[] {"TABLE", "VIEW", "BASE TABLE", "MATERIALIZED VIEW", "PARTITIONED TABLE"})) {
            while (rs.next()) {
              TableRef r = new TableRef(rs.getString("TABLE_CAT"), rs.getString("TABLE_SCHEM"), rs.getString("TABLE_NAME"));
              found.put(String.valueOf(r.schema()) + "." + r.name(), r);
            }
          }
        }
        if (!found.isEmpty()) {
          break;
        }
      }
      if (found.isEmpty()) {
        throw new InputException(source, m.get("db.tableMissing", source, given));
      }
      if (found.size() > 1) {
        // the same name in several schemas: take the one on the search path (the current schema)
        String current = c.getSchema();
        for (TableRef r : found.values()) {
          if (r.schema() != null && r.schema().equals(current)) {
            return r;
          }
        }
        throw new InputException(source, m.get("db.tableAmbiguous", source, given, String.join(", ", found.keySet())));
      }
      return found.firstEntry().getValue();
    }

    private static String unquote(String s) {
      String t = s.strip();
      if (t.length() >= 2 && t.charAt(0) == '"' && t.charAt(t.length() - 1) == '"') {
        return t.substring(1, t.length() - 1).replace("\"\"", "\"");
      }
      return t;
    }

    private static String escape(DatabaseMetaData md, String pattern) throws SQLException {
      String esc = md.getSearchStringEscape();
      if (esc == null || esc.isEmpty()) {
        return pattern;
      }
      return pattern.replace(esc, esc + esc).replace("_", esc + "_").replace("%", esc + "%");
    }

    List<String> primaryKey(DatabaseMetaData md) throws SQLException {
      TreeMap<Integer, String> cols = new TreeMap<>();
      try (ResultSet rs = md.getPrimaryKeys(catalog, schema, name)) {
        while (rs.next()) {
          cols.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
        }
      }
      return List.copyOf(cols.values());
    }

    String quoted(DatabaseMetaData md) throws SQLException {
      return schema == null ? quote(md, name) : quote(md, schema) + "." + quote(md, name);
    }

    static String quote(DatabaseMetaData md, String identifier) throws SQLException {
      String q = md.getIdentifierQuoteString();
      if (q == null || q.isBlank()) {
        return identifier;
      }
      return q + identifier.replace(q, q + q) + q;
    }

    static List<String> quote(DatabaseMetaData md, List<String> identifiers) throws SQLException {
      List<String> out = new ArrayList<>();
      for (String s : identifiers) {
        out.add(quote(md, s));
      }
      return out;
    }
  }
}
