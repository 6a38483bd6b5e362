package org.shutong.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Database inputs and table output against a real PostgreSQL server (a throwaway cluster, see
 * {@link PostgresServer}): PostgreSQL's own types, credentials, failures, and streaming a table
 * larger than the reading JVM's heap.
 */
@Tag("e2e")
class PostgresSourceE2ETest {
  static PostgresServer pg;

  @BeforeAll
  static void start() {
    pg = PostgresServer.start();
    pg.sql("""
        CREATE TABLE fp (
          id bigserial PRIMARY KEY, bah varchar(20), xb char(4), nl integer, zfy numeric(12,2), tz double precision,
          sg real, csrq date, ryrq timestamp, cysj timestamptz, sj time, sw boolean, bz text, u uuid, j jsonb,
          "出院科别" varchar(10))""",
        "INSERT INTO fp (id, bah, xb, nl, zfy, tz, sg, csrq, ryrq, cysj, sj, sw, bz, u, j, \"出院科别\") VALUES"
            + " (7, 'ZY001', '1', 65, 12345.67, 36.5, 1.5, '1956-03-07', '2024-01-05 08:30:15.75', '2024-01-06 02:00:00+00',"
            + " '23:59:58', true, E'复查\\n随诊', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"a\": 1}', '内科'),"
            + " (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)",
        "CREATE TABLE odd (id int, b bytea, i interval)",
        "CREATE TABLE wide AS SELECT g AS id, repeat('病案首页', 60) AS t FROM generate_series(1, 300000) g");
  }

  @AfterAll
  static void stop() {
    if (pg != null) {
      pg.close();
    }
  }

  @Test
  void postgresTypesBecomeFirstPageText() {
    Tables.Read r = DatabaseInputTest.read(DatabaseInput.table(pg.database(), "FP"));
    assertEquals(List.of("id", "bah", "xb", "nl", "zfy", "tz", "sg", "csrq", "ryrq", "cysj", "sj", "sw", "bz", "u", "j", "出院科别"),
        r.header());
    assertEquals(List.of(
        List.of("3", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""),
        List.of("7", "ZY001", "1", "65", "12345.67", "36.5", "1.5", "1956-03-07", "2024-01-05 08:30:15", "2024-01-06 10:00:00",
            "23:59:58", "true", "复查\n随诊", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "{\"a\": 1}", "内科")), r.values());
    assertEquals(List.of(3L, 7L), r.rows().stream().map(Row::line).toList());
  }

  @Test
  void unknownTypesWrongCredentialsAndFailingQueriesNameTheSource() {
    InputException bytea = assertThrows(InputException.class, () -> DatabaseInputTest.read(DatabaseInput.table(pg.database(), "odd")));
    assertTrue(bytea.getMessage().contains("\"b\"") || bytea.getMessage().contains("“b”"), bytea.getMessage());
    assertTrue(bytea.getMessage().contains("bytea"), bytea.getMessage());
    InputException interval = assertThrows(InputException.class,
        () -> DatabaseInputTest.read(DatabaseInput.query(pg.database(), "SELECT id, i FROM odd")));
    assertTrue(interval.getMessage().contains("interval"), interval.getMessage());
    InputException auth = assertThrows(InputException.class,
        () -> DatabaseInputTest.read(DatabaseInput.table(pg.database().withCredentials(PostgresServer.USER, "wrong-pw"), "fp")));
    assertTrue(auth.getMessage().startsWith(pg.url() + "#fp"), auth.getMessage());
    assertTrue(auth.getMessage().contains("用户名或密码"), auth.getMessage());
    assertFalse(auth.getMessage().contains("wrong-pw"), auth.getMessage());
    InputException down = assertThrows(InputException.class, () -> DatabaseInputTest.read(
        DatabaseInput.table(Database.of("jdbc:postgresql://127.0.0.1:1/postgres").withCredentials("x", "y"), "fp")));
    assertTrue(down.getMessage().contains("无法连接"), down.getMessage());
    InputException query = assertThrows(InputException.class,
        () -> DatabaseInputTest.read(DatabaseInput.query(pg.database(), "SELECT nosuch FROM fp")));
    assertTrue(query.getMessage().contains("查询执行失败") && query.getMessage().contains("nosuch"), query.getMessage());
    InputException division = assertThrows(InputException.class,
        () -> DatabaseInputTest.read(DatabaseInput.query(pg.database(), "SELECT 1 / (id - 3) FROM fp ORDER BY id")));
    assertTrue(division.getMessage().contains("#query"), division.getMessage());
  }

  @Test
  void writtenTableIsOneTransaction() {
    try (TableWriter w = TableWriters.open(pg.database(), "loaded", WriteOptions.defaults())) {
      w.writeHeader(List.of("B15", "出院时间"));
      for (int i = 0; i < 2500; i++) {
        w.writeRow(List.of("A" + i, "2024-01-0" + (1 + i % 9) + " 08:00:00"));
      }
      w.commit();
    }
    Tables.Read r = DatabaseInputTest.read(DatabaseInput.query(pg.database(), "SELECT b15, \"出院时间\" FROM loaded ORDER BY b15 LIMIT 1"));
    assertEquals(List.of(List.of("A0", "2024-01-01 08:00:00")), r.values());
    try (TableWriter w = TableWriters.open(pg.database(), "loaded", WriteOptions.defaults().withForce(true))) {
      w.writeHeader(List.of("x"));
      w.writeRow(List.of("1"));
      assertThrows(OutputException.class, () -> w.writeRow(List.of("1", "2")));
    }
    assertEquals(List.of(List.of("2500", "0")), DatabaseInputTest.read(DatabaseInput.query(pg.database(),
        "SELECT (SELECT count(*) FROM loaded), (SELECT count(*) FROM pg_tables WHERE tablename LIKE 'shutong_tmp%')")).values());
  }

  @Test
  void tableLargerThanTheHeapIsStreamed() throws Exception {
    // 300,000 rows of 240 characters: about 200 MB as Java strings; the child JVM has 48 MB
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx48m", "-cp", System.getProperty("java.class.path"),
        StreamCount.class.getName(), pg.url(), "wide").redirectErrorStream(true);
    pb.environment().put("SHUTONG_TEST_PGPASSWORD", pg.password());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertTrue(p.waitFor(10, TimeUnit.MINUTES));
    assertEquals(0, p.exitValue(), out);
    assertEquals("300000 300000", out);
  }

  /** Child-JVM entry point: counts the rows of a table and prints the count and the last line. */
  public static final class StreamCount {
    private StreamCount() {}

    public static void main(String[] args) {
      Database db = Database.of(args[0]).withCredentials(PostgresServer.USER, System.getenv("SHUTONG_TEST_PGPASSWORD"));
      long n = 0;
      long last = 0;
      try (TableReader r = TableReaders.open(DatabaseInput.table(db, args[1]).withFetchSize(500), ReadOptions.defaults())) {
        while (r.hasNext()) {
          last = r.next().line();
          n++;
        }
      }
      System.out.println(n + " " + last);
    }
  }
}
