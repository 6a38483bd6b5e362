package org.shutong.interop;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The reference platform's state in an embedded H2 database: registered patients, organisations
 * and providers (with merges), registered documents, the messages of the other services, and the
 * exchange log. In {@code DIR/shutong-interop.mv.db} when a data directory is given (kept across
 * restarts), else in memory. H2 was chosen over plain files for transactions (a crash leaves
 * either the old or the new state), indexed lookups by id, 身份证 and name, and concurrent access
 * from the server's worker threads, with no server process to run.
 */
final class PlatformStore implements AutoCloseable {
  /** A registered person or organisation. */
  @SuppressWarnings("ArrayRecordComponent") // internal row carrier: never compared, hashed or shared
  record Entity(String kind, String id, String idCard, String name, String mergedInto, byte[] record) {}

  /** A registered document. */
  @SuppressWarnings("ArrayRecordComponent") // internal row carrier: never compared, hashed or shared
  record Doc(String id, String docType, String title, String patient, String effectiveTime, byte[] cda) {}

  /** One logged exchange. */
  @SuppressWarnings("ArrayRecordComponent") // internal row carrier: never compared, hashed or shared
  record Exchange(Instant at, String remote, String service, String requestId, String ack, String detail, long millis,
      byte[] request, byte[] response) {}

  private final JdbcConnectionPool pool;

  /**
   * A connection per thread with its prepared statements: preparing a statement (parsing SQL) costs
   * more than running these lookups. Server workers are a fixed set of threads, so these are few.
   */
  private final class Session {
    final Connection c;
    final Map<String, PreparedStatement> statements = new HashMap<>();

    Session() throws SQLException {
      c = pool.getConnection();
    }

    PreparedStatement prepare(String sql) throws SQLException {
      PreparedStatement p = statements.get(sql);
      if (p == null) {
        p = c.prepareStatement(sql);
        statements.put(sql, p);
      }
      p.clearParameters();
      return p;
    }
  }

  @SuppressWarnings("ThreadLocalUsage") // per store, not static: each platform has its own database
  private final ThreadLocal<Session> sessions = new ThreadLocal<>();
  private final java.util.Queue<Session> allSessions = new java.util.concurrent.ConcurrentLinkedQueue<>();

  private Session session() throws SQLException {
    Session s = sessions.get();
    if (s == null || s.c.isClosed()) {
      s = new Session();
      sessions.set(s);
      allSessions.add(s);
    }
    return s;
  }

  PlatformStore(Path dataDir, int connections) throws SQLException {
    String url = dataDir == null
        ? "jdbc:h2:mem:shutong-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=64"
        : "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("shutong-interop") + ";DB_CLOSE_ON_EXIT=FALSE"
            + ";TRACE_LEVEL_FILE=0;QUERY_CACHE_SIZE=64";
    this.pool = JdbcConnectionPool.create(url, "sa", "");
    pool.setMaxConnections(Math.max(2, connections) + 16);
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS entity(kind VARCHAR(16) NOT NULL, id VARCHAR(128) NOT NULL,"
          + " id_card VARCHAR(64), name VARCHAR(256), merged_into VARCHAR(128), record BLOB,"
          + " created TIMESTAMP, updated TIMESTAMP, PRIMARY KEY(kind, id))");
      s.execute("CREATE INDEX IF NOT EXISTS entity_card ON entity(kind, id_card)");
      s.execute("CREATE INDEX IF NOT EXISTS entity_name ON entity(kind, name)");
      s.execute("CREATE TABLE IF NOT EXISTS document(id VARCHAR(128) PRIMARY KEY, doc_type VARCHAR(8),"
          + " title VARCHAR(64), patient VARCHAR(128), effective_time VARCHAR(32), cda BLOB, created TIMESTAMP)");
      s.execute("CREATE INDEX IF NOT EXISTS document_patient ON document(patient)");
      s.execute("CREATE TABLE IF NOT EXISTS message(seq BIGINT AUTO_INCREMENT PRIMARY KEY, service VARCHAR(64),"
          + " request_id VARCHAR(128), body BLOB, created TIMESTAMP)");
      s.execute("CREATE TABLE IF NOT EXISTS exchange(seq BIGINT AUTO_INCREMENT PRIMARY KEY, at TIMESTAMP,"
          + " remote VARCHAR(64), service VARCHAR(64), request_id VARCHAR(128), ack VARCHAR(4),"
          + " detail VARCHAR(2000), millis BIGINT, request BLOB, response BLOB)");
    } catch (SQLException e) {
      pool.dispose();
      throw e;
    }
  }

  /** Registers; {@code false} if the id is already registered. */
  boolean insert(String kind, String id, String idCard, String name, byte[] record) throws SQLException {
    try {
      PreparedStatement p = session().prepare(
          "INSERT INTO entity(kind, id, id_card, name, record, created, updated) VALUES(?,?,?,?,?,?,?)");
      Timestamp now = Timestamp.from(Instant.now());
      p.setString(1, kind);
      p.setString(2, id);
      p.setString(3, idCard);
      p.setString(4, name);
      p.setBytes(5, record);
      p.setTimestamp(6, now);
      p.setTimestamp(7, now);
      p.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (e.getErrorCode() == org.h2.api.ErrorCode.DUPLICATE_KEY_1) {
        return false;
      }
      throw e;
    }
  }

  /** Updates a registered, not merged entity; {@code false} if there is none. */
  boolean update(String kind, String id, String idCard, String name, byte[] record) throws SQLException {
    {
      PreparedStatement p = session().prepare(
          "UPDATE entity SET id_card=?, name=?, record=?, updated=? WHERE kind=? AND id=? AND merged_into IS NULL");
      p.setString(1, idCard);
      p.setString(2, name);
      p.setBytes(3, record);
      p.setTimestamp(4, Timestamp.from(Instant.now()));
      p.setString(5, kind);
      p.setString(6, id);
      return p.executeUpdate() == 1;
    }
  }

  /** Marks {@code merged} as merged into {@code survivor}; both must exist and be distinct. */
  boolean merge(String kind, String survivor, String merged) throws SQLException {
    Session session = session();
    Connection c = session.c;
    {
      c.setAutoCommit(false);
      try {
        Entity s = find(session, kind, "id", survivor);
        Entity m = find(session, kind, "id", merged);
        if (s == null || m == null || survivor.equals(merged) || s.mergedInto() != null) {
          c.rollback();
          return false;
        }
        {
          PreparedStatement p = session.prepare(
              "UPDATE entity SET merged_into=?, updated=? WHERE kind=? AND (id=? OR merged_into=?)");
          p.setString(1, survivor);
          p.setTimestamp(2, Timestamp.from(Instant.now()));
          p.setString(3, kind);
          p.setString(4, merged);
          p.setString(5, merged);
          p.executeUpdate();
        }
        c.commit();
        return true;
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  /**
   * The entity with {@code column} ({@code id}, {@code id_card} or {@code name}) equal to {@code
   * value}; a merged one resolves to the one it was merged into.
   */
  Entity find(String kind, String column, String value) throws SQLException {
    Session s = session();
    Entity e = find(s, kind, column, value);
    if (e != null && e.mergedInto() != null) {
      return find(s, kind, "id", e.mergedInto());
    }
    return e;
  }

  private static Entity find(Session s, String kind, String column, String value) throws SQLException {
    if (!List.of("id", "id_card", "name").contains(column)) {
      throw new IllegalArgumentException(column);
    }
    {
      PreparedStatement p = s.prepare(
          "SELECT id, id_card, name, merged_into, record FROM entity WHERE kind=? AND " + column
              + "=? ORDER BY merged_into NULLS FIRST, id LIMIT 1");
      p.setString(1, kind);
      p.setString(2, value);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          return null;
        }
        return new Entity(kind, r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getBytes(5));
      }
    }
  }

  /** Registers a document; {@code false} if its id is already registered. */
  boolean insertDocument(Doc d) throws SQLException {
    try {
      PreparedStatement p = session().prepare(
          "INSERT INTO document(id, doc_type, title, patient, effective_time, cda, created) VALUES(?,?,?,?,?,?,?)");
      p.setString(1, d.id());
      p.setString(2, d.docType());
      p.setString(3, d.title());
      p.setString(4, d.patient());
      p.setString(5, d.effectiveTime());
      p.setBytes(6, d.cda());
      p.setTimestamp(7, Timestamp.from(Instant.now()));
      p.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (e.getErrorCode() == org.h2.api.ErrorCode.DUPLICATE_KEY_1) {
        return false;
      }
      throw e;
    }
  }

  Doc document(String id) throws SQLException {
    List<Doc> d = documents("id", id, null, 1);
    return d.isEmpty() ? null : d.get(0);
  }

  /** Documents of a patient, optionally of one type, newest first, at most {@code limit}. */
  List<Doc> documentsOf(String patient, String docType, int limit) throws SQLException {
    return documents("patient", patient, docType, limit);
  }

  private List<Doc> documents(String column, String value, String docType, int limit) throws SQLException {
    String sql = "SELECT id, doc_type, title, patient, effective_time, cda FROM document WHERE " + column + "=?"
        + (docType == null || docType.isEmpty() ? "" : " AND doc_type=?") + " ORDER BY effective_time DESC, id LIMIT ?";
    {
      PreparedStatement p = session().prepare(sql);
      int i = 1;
      p.setString(i++, value);
      if (docType != null && !docType.isEmpty()) {
        p.setString(i++, docType);
      }
      p.setInt(i, limit);
      List<Doc> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new Doc(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getBytes(6)));
        }
      }
      return out;
    }
  }

  /** Keeps a message of a service the platform validates but does not model. */
  void storeMessage(String service, String requestId, byte[] body) throws SQLException {
    {
      PreparedStatement p = session().prepare(
          "INSERT INTO message(service, request_id, body, created) VALUES(?,?,?,?)");
      p.setString(1, service);
      p.setString(2, requestId);
      p.setBytes(3, body);
      p.setTimestamp(4, Timestamp.from(Instant.now()));
      p.executeUpdate();
    }
  }

  /** Writes logged exchanges in one transaction. */
  void log(List<Exchange> batch) throws SQLException {
    Session session = session();
    Connection c = session.c;
    {
      c.setAutoCommit(false);
      try {
        PreparedStatement p = session.prepare(
            "INSERT INTO exchange(at, remote, service, request_id, ack, detail, millis, request, response)"
                + " VALUES(?,?,?,?,?,?,?,?,?)");
        for (Exchange e : batch) {
          p.setTimestamp(1, Timestamp.from(e.at()));
          p.setString(2, e.remote());
          p.setString(3, e.service());
          p.setString(4, e.requestId());
          p.setString(5, e.ack());
          p.setString(6, e.detail() == null ? null : e.detail().length() > 2000 ? e.detail().substring(0, 2000) : e.detail());
          p.setLong(7, e.millis());
          p.setBytes(8, e.request());
          p.setBytes(9, e.response());
          p.addBatch();
        }
        p.executeBatch();
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  /** Rows in a table (for status pages and tests). */
  long count(String table) throws SQLException {
    if (!List.of("entity", "document", "message", "exchange").contains(table)) {
      throw new IllegalArgumentException(table);
    }
    try (ResultSet r = session().prepare("SELECT COUNT(*) FROM " + table).executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  @Override
  public void close() {
    for (Session x : allSessions) {
      try {
        x.c.close();
      } catch (SQLException e) {
        // closing anyway
      }
    }
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    } catch (SQLException e) {
      // already closed, or the file is gone: nothing more to release than the pool
    }
    pool.dispose();
  }
}
