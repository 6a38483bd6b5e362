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
    // a hospital's own table: an integer primary key, no place columns
    pg.sql("CREATE TABLE keyed AS SELECT shutong_record + 100 AS id, * FROM extract",
        "ALTER TABLE keyed DROP COLUMN shutong_record, DROP COLUMN shutong_line, ADD PRIMARY KEY (id)");
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
      Cli.Result fromQuery = Cli.run(args(cmd, "--db-query", "SELECT * FROM extract ORDER BY shutong_record"));
      assertEquals(0, fromFile.exit(), fromFile.err());
      assertEquals(0, fromTable.exit(), fromTable.err());
      assertEquals(0, fromQuery.exit(), fromQuery.err());
      // the table keeps each record's number and line in the file: findings are identical, lines included
      List<String> expected = DatabaseRuns.findings(fromFile.out(), true);
      assertEquals(expected, DatabaseRuns.findings(fromTable.out(), true), String.join(" ", cmd));
      assertEquals(expected, DatabaseRuns.findings(fromQuery.out(), true), String.join(" ", cmd));
      assertEquals(DatabaseRuns.summary(fromFile.out()), DatabaseRuns.summary(fromTable.out()));
      assertFalse(fromTable.out().contains(pg.password()));
      if (!cmd.get(0).equals("inspect")) {
        assertTrue(expected.size() > 100, cmd + ": " + expected.size());
      }
    }
  }

  @Test
  void drgGroupsOfTheTableEqualThoseOfTheFile() {
    // the DRG differential cases (1,144 first pages with the national field codes as headers)
    Path cases = Path.of(System.getProperty("user.dir")).getParent()
        .resolve("core-lib/src/test/resources/org/shutong/drg/cases/chs-drg-1.1-cases.csv");
    Cli.Result load = Cli.run(args(List.of("convert", cases.toString()), "--to-db-table", "drg_cases"));
    assertEquals(0, load.exit(), load.err());
    List<String> cmd = List.of("drg", "group", "-f", "json", "--fail-on", "never");
    List<String> withFile = new ArrayList<>(cmd);
    withFile.add(cases.toString());
    Cli.Result fromFile = Cli.run(withFile.toArray(String[]::new));
    Cli.Result fromTable = Cli.run(args(cmd, "--db-table", "drg_cases"));
    assertEquals(0, fromFile.exit(), fromFile.err());
    assertEquals(0, fromTable.exit(), fromTable.err());
    assertEquals(DatabaseRuns.findings(fromFile.out(), true), DatabaseRuns.findings(fromTable.out(), true));
    assertEquals(DatabaseRuns.summary(fromFile.out()), DatabaseRuns.summary(fromTable.out()));
    assertEquals(DatabaseRuns.key(fromFile.out(), "groups"), DatabaseRuns.key(fromTable.out(), "groups"));
    assertEquals(DatabaseRuns.key(fromFile.out(), "groupSummary"), DatabaseRuns.key(fromTable.out(), "groupSummary"));
    assertTrue(DatabaseRuns.key(fromTable.out(), "groups").length() > 10_000);
  }

  @Test
  void statisticsOfTheTableEqualThoseOfTheFile() {
    Path month = Path.of(System.getProperty("user.dir")).getParent()
        .resolve("core-lib/src/test/resources/org/shutong/stats/firstpage-2024-05.csv");
    Cli.Result load = Cli.run(args(List.of("convert", month.toString()), "--to-db-table", "stats_month"));
    assertEquals(0, load.exit(), load.err());
    List<String> cmd = List.of("stats", "firstpage", "--month", "2024-05", "-f", "json", "--fail-on", "never");
    List<String> withFile = new ArrayList<>(cmd);
    withFile.add(month.toString());
    Cli.Result fromFile = Cli.run(withFile.toArray(String[]::new));
    Cli.Result fromTable = Cli.run(args(cmd, "--db-table", "stats_month"));
    assertEquals(0, fromFile.exit(), fromFile.err());
    assertEquals(0, fromTable.exit(), fromTable.err());
    assertEquals(DatabaseRuns.findings(fromFile.out(), true), DatabaseRuns.findings(fromTable.out(), true));
    assertEquals(DatabaseRuns.summary(fromFile.out()), DatabaseRuns.summary(fromTable.out()));
    String fileJson = fromFile.out().replace(month.toString(), "INPUT");
    String tableJson = fromTable.out().replace(pg.url() + "#stats_month", "INPUT");
    // the whole report is the same but for the input's name and the file's encoding
    assertEquals(fileJson.replaceAll(",\\s*\"encoding\" : \"[^\"]*\"", ""), tableJson);
  }

  @Test
  void deidentifiedTableEqualsTheDeidentifiedFile() throws java.io.IOException {
    Path keyFile = dir.resolve("deid.key");
    Cli.Result kg = Cli.run("deid", "keygen", "-o", keyFile.toString());
    assertEquals(0, kg.exit(), kg.err());
    Path fromFile = dir.resolve("deid-file.csv");
    Path fromTable = dir.resolve("deid-table.csv");
    List<String> cmd = List.of("deid", "run", "--profile", "firstpage", "--key-file", keyFile.toString(), "-q");
    List<String> withFile = new ArrayList<>(cmd);
    withFile.add(file.toString());
    withFile.add(fromFile.toString());
    Cli.Result f = Cli.run(withFile.toArray(String[]::new));
    List<String> dbCmd = new ArrayList<>(cmd);
    dbCmd.add(fromTable.toString());
    Cli.Result t = Cli.run(args(dbCmd, "--db-table", "extract"));
    assertEquals(f.exit(), t.exit(), f.err() + "\n" + t.err());
    // the same keyed pseudonyms, shifted dates and generalisations, record for record
    assertEquals(java.nio.file.Files.readString(fromFile), java.nio.file.Files.readString(fromTable));
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

  @Test
  void firstpageCheckOfTheTableEqualsThatOfTheFile() {
    // generated first pages (811 columns, field codes as headers) with injected errors, cross-record ones included
    Path pages = dir.resolve("firstpages.csv");
    Cli.Result gen = Cli.run("generate", "firstpage", "--count", "3000", "--error-rate", "0.3", "--seed", "12",
        "-o", pages.toString());
    assertEquals(0, gen.exit(), gen.err());
    Cli.Result load = Cli.run(args(List.of("convert", pages.toString()), "--to-db-table", "firstpages"));
    assertEquals(0, load.exit(), load.err());
    pg.sql("CREATE TABLE firstpages_keyed AS SELECT shutong_record + 100 AS id, * FROM firstpages",
        "ALTER TABLE firstpages_keyed DROP COLUMN shutong_record, DROP COLUMN shutong_line, ADD PRIMARY KEY (id)");
    List<String> cmd = List.of("firstpage", "check", "-f", "json", "--fail-on", "never");
    List<String> withFile = new ArrayList<>(cmd);
    withFile.add(pages.toString());
    Cli.Result fromFile = Cli.run(withFile.toArray(String[]::new));
    Cli.Result fromTable = Cli.run(args(cmd, "--db-table", "firstpages"));
    Cli.Result keyed = Cli.run(args(cmd, "--db-table", "firstpages_keyed"));
    assertEquals(0, fromFile.exit(), fromFile.err());
    assertEquals(0, fromTable.exit(), fromTable.err());
    assertEquals(0, keyed.exit(), keyed.err());
    List<String> expected = DatabaseRuns.findings(fromFile.out(), true);
    assertEquals(expected, DatabaseRuns.findings(fromTable.out(), true));
    assertEquals(DatabaseRuns.summary(fromFile.out()), DatabaseRuns.summary(fromTable.out()));
    assertEquals(DatabaseRuns.key(fromFile.out(), "scores"), DatabaseRuns.key(fromTable.out(), "scores"));
    for (String rule : List.of("FP-DUPLICATE-STAY", "FP-OVERLAPPING-STAYS", "FP-ADMISSION-COUNT-ORDER")) {
      assertTrue(expected.stream().anyMatch(f -> f.startsWith(rule + "|")), rule);
    }
    // a hospital's table with its own integer primary key: the key is the line
    List<String> withKey = DatabaseRuns.findings(keyed.out(), true);
    for (String f : withKey) {
      String[] p = f.split("\\|", -1);
      if (!p[2].isEmpty() && !p[2].equals("0")) {
        assertEquals(Long.parseLong(p[2]) + 100, Long.parseLong(p[3]), f);
      }
    }
    // the same record findings; the table's own key column "id" is reported once as an unknown column
    assertEquals(DatabaseRuns.findings(fromFile.out()).stream().filter(f -> !f.startsWith("FP-COLUMN-UNKNOWN|")).toList(),
        DatabaseRuns.findings(keyed.out()).stream().filter(f -> !f.startsWith("FP-COLUMN-UNKNOWN|")).toList());
    assertTrue(DatabaseRuns.findings(keyed.out()).stream().anyMatch(f -> f.startsWith("FP-COLUMN-UNKNOWN|") && f.contains("1:id")));
  }

  @Test
  void conformCheckAndProfileOfTheTableEqualThoseOfTheFile() {
    Path mapping = dir.resolve("mapping.csv");
    try {
      java.nio.file.Files.writeString(mapping, "column,element\n性别,DE02.01.040.00\n入院时间,DE06.00.092.00\n");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    for (List<String> cmd : List.of(
        List.of("conform", "check", "--mapping", mapping.toString(), "-f", "json", "--fail-on", "never"),
        List.of("conform", "profile", "-f", "json", "--fail-on", "never"))) {
      List<String> withFile = new ArrayList<>(cmd);
      withFile.add(file.toString());
      Cli.Result fromFile = Cli.run(withFile.toArray(String[]::new));
      Cli.Result fromTable = Cli.run(args(cmd, "--db-table", "extract"));
      assertEquals(0, fromFile.exit(), fromFile.err());
      assertEquals(0, fromTable.exit(), fromTable.err());
      assertEquals(DatabaseRuns.findings(fromFile.out(), true), DatabaseRuns.findings(fromTable.out(), true), cmd.toString());
      assertEquals(DatabaseRuns.summary(fromFile.out()), DatabaseRuns.summary(fromTable.out()), cmd.toString());
    }
  }
}
