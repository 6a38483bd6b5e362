package org.shutong.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Database sources and table output in the commands, on an embedded H2 database (PostgreSQL: PostgresCommandsE2ETest). */
class DatabaseCommandsTest {
  static final String PASSWORD = "h2-Secret-42";

  @TempDir Path dir;
  String url;
  Path pwfile;
  Function<String, String> env;

  @BeforeEach
  void setUp() throws IOException {
    url = "jdbc:h2:" + dir.resolve("his").toAbsolutePath();
    pwfile = dir.resolve("pw.txt");
    Files.writeString(pwfile, PASSWORD + "\n", StandardCharsets.UTF_8);
    env = InputOptions.environment;
    InputOptions.environment = Map.of("HIS_PW", PASSWORD)::get;
  }

  @AfterEach
  void restore() {
    InputOptions.environment = env;
  }

  String[] db(String... more) {
    String[] base = {"--jdbc", url, "--db-user", "sa", "--db-password-file", pwfile.toString()};
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  static String[] cat(String[] a, String... b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void fileGoesIntoATableAndComesBackUnchanged() throws IOException {
    Path in = dir.resolve("首页.csv");
    Files.writeString(in, ConvertCommandTest.CSV, StandardCharsets.UTF_8);
    Cli.Result load = Cli.run(cat(new String[] {"convert", in.toString()}, db("--to-db-table", "首页")));
    assertEquals(0, load.exit(), load.err());
    assertTrue(load.err().contains(url + "#首页") && load.err().contains("4 条记录"), load.err());
    Path back = dir.resolve("back.csv");
    Cli.Result r = Cli.run(cat(new String[] {"convert"}, db("--db-table", "首页", back.toString())));
    assertEquals(0, r.exit(), r.err());
    assertEquals(ConvertCommandTest.CSV, Files.readString(back, StandardCharsets.UTF_8));
    // the table exists now: replacing it needs --force
    Cli.Result again = Cli.run(cat(new String[] {"convert", in.toString()}, db("--to-db-table", "首页")));
    assertEquals(2, again.exit());
    assertTrue(again.err().contains("--force"), again.err());
    assertEquals(0, Cli.run(cat(new String[] {"convert", "--force", in.toString()}, db("--to-db-table", "首页"))).exit());
  }

  @Test
  void codeChecksFromTheDatabaseEqualThoseFromTheFile() {
    Path file = DatabaseRuns.extract(dir, "extract.csv", 400, 7);
    assertEquals(0, Cli.run(cat(new String[] {"convert", file.toString()}, db("--to-db-table", "extract"))).exit());
    for (String[] cmd : List.of(
        new String[] {"code", "validate", "--system", "icd10-nhsa-2.0", "--column", "出院主要诊断编码", "-f", "json", "--fail-on", "never"},
        new String[] {"code", "edits", "-f", "json", "--fail-on", "never"})) {
      Cli.Result fromFile = Cli.run(cat(cmd, file.toString()));
      Cli.Result fromDb = Cli.run(cat(cmd, db("--db-password-env", "HIS_PW", "--db-table", "extract")));
      // two ways of giving the password: the file one and the environment one are both given here, which is refused
      assertEquals(2, fromDb.exit(), fromDb.err());
      fromDb = Cli.run(cat(cat(cmd, "--jdbc", url, "--db-user", "sa", "--db-password-env", "HIS_PW"), "--db-table", "extract"));
      assertEquals(0, fromFile.exit(), fromFile.err());
      assertEquals(0, fromDb.exit(), fromDb.err());
      // a table written by convert keeps each record's number and line: findings are identical, lines included
      List<String> expected = DatabaseRuns.findings(fromFile.out(), true);
      assertFalse(expected.isEmpty());
      assertEquals(expected, DatabaseRuns.findings(fromDb.out(), true), String.join(" ", cmd));
      assertEquals(DatabaseRuns.summary(fromFile.out()), DatabaseRuns.summary(fromDb.out()));
      assertTrue(fromDb.out().contains("\"path\" : \"" + url + "#extract\"") || fromDb.out().contains("\"path\":\"" + url + "#extract\""),
          fromDb.out().substring(0, 400));
      assertFalse(fromDb.out().contains(PASSWORD));
    }
  }

  @Test
  void inspectShowsATableWithoutCredentials() {
    Path file = DatabaseRuns.extract(dir, "extract.csv", 20, 1);
    assertEquals(0, Cli.run(cat(new String[] {"convert", file.toString()}, db("--to-db-table", "t1"))).exit());
    Cli.Result r = Cli.run(cat(new String[] {"inspect", "-f", "json"}, db("--db-table", "T1")));
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\"format\" : \"database\"") || r.out().contains("\"format\":\"database\""), r.out());
    assertTrue(r.out().contains("\"records\" : 20") || r.out().contains("\"records\":20"), r.out());
    assertFalse(r.out().contains(PASSWORD));
  }

  @Test
  void badDatabaseInputIsExitTwoWithNothingWritten() throws IOException {
    Path out = dir.resolve("out.csv");
    Path file = DatabaseRuns.extract(dir, "extract.csv", 5, 1);
    // the password belongs in a file or the environment
    Cli.Result inUrl = Cli.run("convert", "--jdbc", url + ";PASSWORD=" + PASSWORD, "--db-table", "x", out.toString());
    assertEquals(2, inUrl.exit());
    assertFalse(inUrl.err().contains(PASSWORD), inUrl.err());
    // a missing table, a broken query, wrong credentials, an unknown driver: exit 2, the source named, no file
    for (String[] args : List.of(db("--db-table", "nosuch", out.toString()), db("--db-query", "SELEKT 1", out.toString()),
        new String[] {"--jdbc", url, "--db-user", "sa", "--db-password-env", "NOPE", "--db-table", "t", out.toString()},
        new String[] {"--jdbc", "jdbc:nosuch://h/db", "--db-table", "t", out.toString()})) {
      Cli.Result r = Cli.run(cat(new String[] {"convert"}, args));
      assertEquals(2, r.exit(), r.err());
      assertFalse(r.err().contains("\tat "), r.err());
      assertFalse(Files.exists(out));
    }
    Cli.Result wrongPw = Cli.run(cat(new String[] {"convert", file.toString()}, db("--to-db-table", "t")));
    assertEquals(0, wrongPw.exit(), wrongPw.err());
    Files.writeString(pwfile, "wrong-one\n", StandardCharsets.UTF_8);
    Cli.Result auth = Cli.run(cat(new String[] {"convert"}, db("--db-table", "t", out.toString())));
    assertEquals(2, auth.exit());
    assertTrue(auth.err().contains(url + "#t"), auth.err());
    assertFalse(auth.err().contains("wrong-one"), auth.err());
    assertFalse(Files.exists(out));
    // files and a database at once, a table without --jdbc, neither: usage errors
    assertEquals(2, Cli.run(cat(new String[] {"inspect", file.toString()}, db("--db-table", "t"))).exit());
    assertEquals(2, Cli.run("inspect", "--db-table", "t").exit());
    assertEquals(2, Cli.run("code", "edits").exit());
    assertEquals(2, Cli.run(cat(new String[] {"inspect"}, db())).exit());
    assertEquals(2, Cli.run(cat(new String[] {"convert", file.toString()}, "--to-db-table", "t")).exit());
  }

  @Test
  void connectionCanComeFromAPropertiesFile() throws IOException {
    Path file = DatabaseRuns.extract(dir, "extract.csv", 3, 1);
    Path props = dir.resolve("his.properties");
    Files.writeString(props, "url=" + url.replace("\\", "\\\\") + "\nuser=sa\npassword=" + PASSWORD + "\n", StandardCharsets.UTF_8);
    assertEquals(0, Cli.run("convert", "--db-properties", props.toString(), "--to-db-table", "p", file.toString()).exit());
    Cli.Result r = Cli.run("inspect", "--db-properties", props.toString(), "--db-table", "p", "-f", "json");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.out().contains(PASSWORD));
  }

  @Test
  void firstpageAndConformReadTheDatabase() {
    Path file = DatabaseRuns.extract(dir, "extract.csv", 300, 3);
    assertEquals(0, Cli.run(cat(new String[] {"convert", file.toString()}, db("--to-db-table", "fp"))).exit());
    for (String[] cmd : List.of(
        new String[] {"firstpage", "check", "-f", "json", "--fail-on", "never"},
        new String[] {"conform", "profile", "-f", "json", "--fail-on", "never"})) {
      Cli.Result fromFile = Cli.run(cat(cmd, new String[] {file.toString()}));
      Cli.Result fromTable = Cli.run(cat(cmd, db("--db-table", "fp")));
      assertEquals(0, fromFile.exit(), fromFile.err());
      assertEquals(0, fromTable.exit(), fromTable.err());
      List<String> expected = DatabaseRuns.findings(fromFile.out(), true);
      if (cmd[0].equals("firstpage")) {
        assertFalse(expected.isEmpty());
      }
      assertEquals(DatabaseRuns.summary(fromFile.out()), DatabaseRuns.summary(fromTable.out()), cmd[0]);
      assertEquals(expected, DatabaseRuns.findings(fromTable.out(), true), cmd[0]);
    }
    // neither a file nor a database: a usage error naming both ways
    Cli.Result none = Cli.run("firstpage", "check");
    assertEquals(2, none.exit());
    Cli.Result both = Cli.run(cat(new String[] {"conform", "profile", file.toString()}, db("--db-table", "fp")));
    assertEquals(2, both.exit(), both.err());
  }
}
