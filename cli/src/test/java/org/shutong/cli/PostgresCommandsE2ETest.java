package org.shutong.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.io.PostgresServer;

/**
 * File and database runs of the same data give the same findings, against a real PostgreSQL
 * server (a throwaway cluster started by the test): a generated extract is loaded with
 * {@code convert --to-db-table}, then every record-reading command runs on the file and on the table.
 */
@Tag("e2e")
class PostgresCommandsE2ETest {
  static final int RECORDS = 5000;
  static PostgresServer pg;
  static Function<String, String> env;
  @TempDir static Path dir;
  static Path file;

  @BeforeAll
  static void start() {
    pg = PostgresServer.start();
    env = InputOptions.environment;
    InputOptions.environment = Map.of("PGPW", pg.password())::get;
    file = DatabaseRuns.extract(dir, "extract.csv", RECORDS, 2024);
    Cli.Result load = Cli.run(args(List.of("convert", file.toString()), "--to-db-table", "extract"));
    assertEquals(0, load.exit(), load.err());
    pg.sql("CREATE TABLE keyed AS SELECT (row_number() OVER ()) + 100 AS id, * FROM extract",
        "ALTER TABLE keyed ADD PRIMARY KEY (id)");
  }

  @AfterAll
  static void stop() {
    if (env != null) {
      InputOptions.environment = env;
    }
    if (pg != null) {
      pg.close();
    }
  }

  static String[] args(List<String> command, String... source) {
    List<String> a = new ArrayList<>(command);
    a.addAll(List.of("--jdbc", pg.url(), "--db-user", PostgresServer.USER, "--db-password-env", "PGPW"));
    a.addAll(List.of(source));
    return a.toArray(String[]::new);
  }

  static final List<List<String>> COMMANDS = List.of(
      List.of("code", "validate", "--system", "icd10-nhsa-2.0", "--column", "出院主要诊断编码", "-f", "json", "--fail-on", "never"),
      List.of("code", "validate", "--system", "icd9cm3-nhsa-2.0", "--column", "主要手术操作编码", "-f", "json", "--fail-on", "never"),
      List.of("code", "edits", "-f", "json", "--fail-on", "never"),
      List.of("inspect", "-f", "json"));

  @Test
  void fileAndTableGiveIdenticalFindings() {
    for (List<String> cmd : COMMANDS) {
      List<String> withFile = new ArrayList<>(cmd);
      withFile.add(file.toString());
      Cli.Result fromFile = Cli.run(withFile.toArray(String[]::new));
      Cli.Result fromTable = Cli.run(args(cmd, "--db-table", "extract"));
      Cli.Result fromQuery = Cli.run(args(cmd, "--db-query", "SELECT * FROM extract"));
      assertEquals(0, fromFile.exit(), fromFile.err());
      assertEquals(0, fromTable.exit(), fromTable.err());
      assertEquals(0, fromQuery.exit(), fromQuery.err());
      List<String> expected = DatabaseRuns.findings(fromFile.out());
      assertEquals(expected, DatabaseRuns.findings(fromTable.out()), String.join(" ", cmd));
      assertEquals(expected, DatabaseRuns.findings(fromQuery.out()), String.join(" ", cmd));
      assertEquals(DatabaseRuns.summary(fromFile.out()), DatabaseRuns.summary(fromTable.out()));
      assertFalse(fromTable.out().contains(pg.password()));
      if (!cmd.get(0).equals("inspect")) {
        assertTrue(expected.size() > 100, cmd + ": " + expected.size());
      }
    }
  }

  @Test
  void integerPrimaryKeyIsTheLine() {
    List<String> cmd = COMMANDS.get(0);
    List<String> withFile = new ArrayList<>(cmd);
    withFile.add(file.toString());
    Cli.Result fromFile = Cli.run(withFile.toArray(String[]::new));
    Cli.Result keyed = Cli.run(args(cmd, "--db-table", "keyed"));
    assertEquals(0, keyed.exit(), keyed.err());
    List<String> withLines = DatabaseRuns.findings(keyed.out(), true);
    assertFalse(withLines.isEmpty());
    for (String f : withLines) {
      String[] p = f.split("\\|", -1);
      assertEquals(Long.parseLong(p[2]) + 100, Long.parseLong(p[3]), f);
    }
    assertEquals(DatabaseRuns.findings(fromFile.out()), DatabaseRuns.findings(keyed.out()));
    // a query names its key itself
    Cli.Result query = Cli.run(args(cmd, "--db-query", "SELECT id, 出院主要诊断编码 FROM keyed ORDER BY id", "--db-key", "id"));
    assertEquals(withLines, DatabaseRuns.findings(query.out(), true));
  }
}
