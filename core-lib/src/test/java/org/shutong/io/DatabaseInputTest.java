package org.shutong.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.i18n.Lang;
import org.shutong.report.FindingCollector;

/** Database inputs and table output on an embedded H2 database (the same code runs on PostgreSQL: see PostgresSourceE2ETest). */
class DatabaseInputTest {
  @TempDir Path dir;
  Database db;

  @BeforeEach
  void create() throws SQLException {
    db = Database.of("jdbc:h2:" + dir.resolve("his").toAbsolutePath()).withCredentials("sa", "s3cret-pw");
    sql("""
        CREATE TABLE fp (
          id BIGINT PRIMARY KEY, bah VARCHAR(20), xb CHAR(4), nl INTEGER, zfy NUMERIC(12,2), tz DOUBLE PRECISION,
          sg REAL, csrq DATE, ryrq TIMESTAMP, cysj TIMESTAMP WITH TIME ZONE, sj TIME, sw BOOLEAN, bz CHARACTER LARGE OBJECT)""",
        "INSERT INTO fp VALUES (20, 'ZY002', '2', 7, 100.00, 36.5, 1.5, DATE '2017-02-28', TIMESTAMP '2024-01-05 08:30:15.75',"
            + " TIMESTAMP WITH TIME ZONE '2024-01-06 02:00:00+00:00', TIME '23:59:58', FALSE, '复查\n随诊')",
        "INSERT INTO fp VALUES (10, 'ZY001', '1', 65, 12345.67, 1E21, 0.1, DATE '1956-03-07', TIMESTAMP '2024-01-01 00:00:00',"
            + " NULL, NULL, TRUE, NULL)",
        "INSERT INTO fp (id) VALUES (30)");
  }

  void sql(String... statements) throws SQLException {
    try (Connection c = DriverManager.getConnection(db.url(), "sa", "s3cret-pw"); Statement st = c.createStatement()) {
      for (String s : statements) {
        st.execute(s);
      }
    }
  }

  static Tables.Read read(TableInput in) {
    FindingCollector problems = new FindingCollector();
    try (TableReader r = TableReaders.open(in, ReadOptions.defaults().withProblems(problems))) {
      List<Row> rows = new ArrayList<>();
      while (r.hasNext()) {
        rows.add(r.next());
      }
      return new Tables.Read(r.source(), r.header(), rows, problems, r.recordsRead());
    }
  }

  @Test
  void tableIsReadInKeyOrderWithValuesAsAFirstPageFileHoldsThem() {
    Tables.Read r = read(DatabaseInput.table(db, "fp"));
    assertEquals(List.of("ID", "BAH", "XB", "NL", "ZFY", "TZ", "SG", "CSRQ", "RYRQ", "CYSJ", "SJ", "SW", "BZ"), r.header());
    assertEquals(TableFormat.DATABASE, r.source().format());
    assertEquals(List.of(
        List.of("10", "ZY001", "1", "65", "12345.67", "1000000000000000000000", "0.1", "1956-03-07", "2024-01-01 00:00:00",
            "", "", "true", ""),
        List.of("20", "ZY002", "2", "7", "100.00", "36.5", "1.5", "2017-02-28", "2024-01-05 08:30:15",
            "2024-01-06 10:00:00", "23:59:58", "false", "复查\n随诊"),
        List.of("30", "", "", "", "", "", "", "", "", "", "", "", "")), r.values());
    // the integer primary key is each row's line; records count from 1 in key order
    assertEquals(List.of(10L, 20L, 30L), r.rows().stream().map(Row::line).toList());
    assertEquals(List.of(1L, 2L, 3L), r.rows().stream().map(Row::record).toList());
    assertEquals(3, r.recordsRead());
    assertTrue(r.problems().findings().isEmpty());
  }

  @Test
  void nameShowsNeitherCredentialsNorSettings() {
    Database d = Database.of("jdbc:postgresql://his:secret@db.example:5432/his?ssl=true&user=qc").withCredentials("qc", "pw-123");
    assertEquals("jdbc:postgresql://db.example:5432/his", d.displayName());
    assertEquals("jdbc:postgresql://db.example:5432/his#首页", DatabaseInput.table(d, "首页").name());
    assertEquals("jdbc:h2:./his#query", DatabaseInput.query(Database.of("jdbc:h2:./his;MODE=PostgreSQL"), "SELECT 1").name());
    assertFalse(d.toString().contains("pw-123"));
    assertFalse(DatabaseInput.table(d, "fp").toString().contains("pw-123"));
  }

  @Test
  void zonedTimestampsFollowTheChosenZone() {
    Tables.Read r = read(DatabaseInput.query(db.withZone(ZoneId.of("UTC")), "SELECT cysj FROM fp WHERE id = 20"));
    assertEquals(List.of(List.of("2024-01-06 02:00:00")), r.values());
  }

  @Test
  void queryRowsAreNumberedAndAKeyColumnGivesTheLine() {
    Tables.Read plain = read(DatabaseInput.query(db, "SELECT bah, nl FROM fp WHERE nl IS NOT NULL ORDER BY nl"));
    assertEquals(List.of(List.of("ZY002", "7"), List.of("ZY001", "65")), plain.values());
    assertEquals(List.of(1L, 2L), plain.rows().stream().map(Row::line).toList());
    Tables.Read keyed = read(DatabaseInput.query(db, "SELECT id, bah FROM fp ORDER BY id DESC").withKeyColumn("id"));
    assertEquals(List.of(30L, 20L, 10L), keyed.rows().stream().map(Row::line).toList());
  }

  @Test
  void textPrimaryKeyOrdersButLinesAreRecordNumbers() throws SQLException {
    sql("CREATE TABLE t (bah VARCHAR(10) PRIMARY KEY, v VARCHAR(10))", "INSERT INTO t VALUES ('b', '2'), ('a', '1'), ('c', '3')");
    Tables.Read r = read(DatabaseInput.table(db, "t"));
    assertEquals(List.of(List.of("a", "1"), List.of("b", "2"), List.of("c", "3")), r.values());
    assertEquals(List.of(1L, 2L, 3L), r.rows().stream().map(Row::line).toList());
  }

  @Test
  void tableNamesMatchInAnyCaseAndChineseNamesAsWritten() throws SQLException {
    sql("CREATE TABLE \"首页\" (\"病案号\" VARCHAR(10))", "INSERT INTO \"首页\" VALUES ('ZY1')");
    assertEquals(List.of(List.of("ZY1")), read(DatabaseInput.table(db, "首页")).values());
    assertEquals(List.of("病案号"), read(DatabaseInput.table(db, "首页")).header());
    assertEquals(3, read(DatabaseInput.table(db, "Fp")).rows().size());
    assertEquals(3, read(DatabaseInput.table(db, "public.fp")).rows().size());
  }

  @Test
  void emptyResultIsReportedLikeAHeaderOnlyFile() {
    Tables.Read r = read(DatabaseInput.query(db, "SELECT * FROM fp WHERE 1 = 0"));
    assertEquals(13, r.header().size());
    assertEquals(List.of("IO-NO-RECORDS"), r.ruleIds());
  }

  @Test
  void badInputNamesTheSource() throws SQLException {
    sql("CREATE TABLE b (id INT, img VARBINARY(10), arr INTEGER ARRAY)");
    InputException bin = assertThrows(InputException.class, () -> read(DatabaseInput.table(db, "b")));
    assertTrue(bin.getMessage().contains("IMG") && bin.getMessage().contains("#b"), bin.getMessage());
    InputException missing = assertThrows(InputException.class, () -> read(DatabaseInput.table(db, "nosuch")));
    assertTrue(missing.getMessage().contains("nosuch"), missing.getMessage());
    InputException syntax = assertThrows(InputException.class, () -> read(DatabaseInput.query(db, "SELEKT 1")));
    assertTrue(syntax.getMessage().startsWith(db.displayName() + "#query"), syntax.getMessage());
    InputException key = assertThrows(InputException.class,
        () -> read(DatabaseInput.query(db, "SELECT bah FROM fp").withKeyColumn("bah")));
    assertTrue(key.getMessage().contains("bah"), key.getMessage());
    InputException nokey = assertThrows(InputException.class,
        () -> read(DatabaseInput.query(db, "SELECT bah FROM fp").withKeyColumn("id")));
    assertTrue(nokey.getMessage().contains("BAH"), nokey.getMessage());
    InputException driver = assertThrows(InputException.class, () -> read(DatabaseInput.table(Database.of("jdbc:nosuch:x"), "t")));
    assertTrue(driver.getMessage().startsWith("jdbc:nosuch:x"), driver.getMessage());
    InputException secret = assertThrows(InputException.class,
        () -> read(DatabaseInput.table(Database.of(db.url() + ";PASSWORD=s3cret-pw"), "fp")));
    assertFalse(secret.getMessage().contains("s3cret-pw"), secret.getMessage());
    InputException auth = assertThrows(InputException.class,
        () -> read(DatabaseInput.table(db.withCredentials("sa", "wrong"), "fp")));
    assertFalse(auth.getMessage().contains("wrong"), auth.getMessage());
    InputException english = assertThrows(InputException.class, () -> {
      try (TableReader r = TableReaders.open(DatabaseInput.table(db, "nosuch"), ReadOptions.defaults().withLang(Lang.EN))) {
        r.hasNext();
      }
    });
    assertTrue(english.getMessage().contains("no table or view"), english.getMessage());
  }

  @Test
  void fileIsWrittenIntoANewTableAndReadBackUnchanged() {
    List<String> header = List.of("B15", "出院时间", "bz");
    List<List<String>> rows = List.of(List.of("A01", "2024-01-05 08:30:00", "复查\n\"随诊\""), List.of("", " 前后空格 ", "007"));
    try (TableWriter w = TableWriters.open(db, "out_1", WriteOptions.defaults())) {
      w.writeHeader(header);
      rows.forEach(w::writeRow);
      w.commit();
    }
    Tables.Read r = read(DatabaseInput.query(db, "SELECT * FROM out_1 ORDER BY shutong_record"));
    // plain ASCII names are stored as H2 stores unquoted names (upper case); matching ignores case
    assertEquals(List.of("B15", "出院时间", "BZ"), r.header());
    assertEquals(rows, r.values());
    // the place columns come before the header's and are not values; a query that selects one of them only sees a value
    assertEquals(List.of(List.of("A01"), List.of("")),
        read(DatabaseInput.query(db, "SELECT shutong_record, shutong_line, b15 FROM out_1 ORDER BY 1")).values());
    assertEquals(List.of(List.of("1", "A01"), List.of("2", "")),
        read(DatabaseInput.query(db, "SELECT shutong_line, b15 FROM out_1 ORDER BY 1")).values());
  }

  @Test
  void rowsKeepTheirRecordAndLineThroughATable() {
    Path csv = Tables.write(dir, "in.csv", "a,b\n1,\"x\ny\"\n2,3,4\n5,6\n");
    FindingCollector problems = new FindingCollector();
    try (TableReader r = TableReaders.open(csv, ReadOptions.defaults().withProblems(problems));
        TableWriter w = TableWriters.open(db, "placed", WriteOptions.defaults())) {
      w.writeHeader(r.header());
      while (r.hasNext()) {
        w.writeRow(r.next());
      }
      w.commit();
    }
    // record 2 (line 4) was ragged and skipped; record 3 starts on line 5 after a field over two lines
    Tables.Read back = read(DatabaseInput.table(db, "placed"));
    assertEquals(List.of("A", "B"), back.header());
    assertEquals(List.of(List.of("1", "x\ny"), List.of("5", "6")), back.values());
    assertEquals(List.of(1L, 3L), back.rows().stream().map(Row::record).toList());
    assertEquals(List.of(2L, 5L), back.rows().stream().map(Row::line).toList());
  }

  @Test
  void existingTableIsReplacedOnlyWithForceAndAFailedWriteChangesNothing() {
    OutputException exists = assertThrows(OutputException.class, () -> TableWriters.open(db, "fp", WriteOptions.defaults()));
    assertTrue(exists.getMessage().contains("--force"), exists.getMessage());
    // a failure half-way leaves the old table as it was and no temporary table behind
    try (TableWriter w = TableWriters.open(db, "fp", WriteOptions.defaults().withForce(true))) {
      w.writeHeader(List.of("a"));
      for (int i = 0; i < 2500; i++) {
        w.writeRow(List.of("v" + i));
      }
      assertThrows(OutputException.class, () -> w.writeRow(List.of("bad\u0000")));
    }
    assertEquals(3, read(DatabaseInput.table(db, "fp")).rows().size());
    assertEquals(List.of(List.of("0")),
        read(DatabaseInput.query(db, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME LIKE 'SHUTONG_TMP%'")).values());
    try (TableWriter w = TableWriters.open(db, "fp", WriteOptions.defaults().withForce(true))) {
      w.writeHeader(List.of("a"));
      w.writeRow(List.of("x"));
      w.commit();
    }
    assertEquals(List.of(List.of("x")), read(DatabaseInput.table(db, "fp")).values());
  }

  @Test
  void headersThatCannotBeColumnsAreRefused() {
    for (List<String> h : List.of(List.of("a", "A"), List.of("a", " "))) {
      try (TableWriter w = TableWriters.open(db, "h", WriteOptions.defaults())) {
        assertThrows(OutputException.class, () -> w.writeHeader(h));
      }
    }
    assertThrows(OutputException.class, () -> TableWriters.open(Database.of(db.url() + ";PASSWORD=x"), "h", WriteOptions.defaults()));
    Map<String, String> props = Map.of("password", "x");
    assertThrows(InputException.class, () -> read(DatabaseInput.table(db.withProperties(props), "fp")));
  }
}
