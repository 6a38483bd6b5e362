package org.shutong.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output guard on the commands that write files of their own (tables, keys, mappings,
 * templates) rather than a report: an output that is one of the inputs is refused before anything
 * is read or written, and {@code -} is refused where the command cannot write to standard output.
 * The report commands are covered by {@link CommandContractTest}.
 */
class OutputGuardTest {
  @TempDir static Path dir;
  static Path data;
  static Path key;

  @BeforeAll
  static void fixtures() {
    data = dir.resolve("firstpage.csv");
    assertEquals(0, Cli.run("generate", "firstpage", "--count", "10", "--seed", "2", "-q", "-o", data.toString()).exit());
    key = dir.resolve("project.key");
    assertEquals(0, Cli.run("deid", "keygen", "-o", key.toString()).exit());
  }

  /** Runs in English and asserts that the run was refused because {@code victim} is an input, which is unchanged. */
  private static void refusedAsInput(Path victim, String... args) throws IOException {
    byte[] before = Files.readAllBytes(victim);
    String[] a = new String[args.length + 2];
    a[0] = "--lang";
    a[1] = "en";
    System.arraycopy(args, 0, a, 2, args.length);
    Cli.Result r = Cli.run(a);
    assertEquals(ExitCodes.USAGE, r.exit(), String.join(" ", args) + "\n" + r.err());
    assertEquals("error: " + victim + " is also an input of this command; it would be replaced by the output."
        + " Write the output to another file\n", r.err());
    assertEquals("", r.out());
    assertArrayEquals(before, Files.readAllBytes(victim), "the input was modified");
  }

  private static void dashRefused(String option, String... args) {
    Path dash = Path.of("-");
    String[] a = new String[args.length + 2];
    a[0] = "--lang";
    a[1] = "en";
    System.arraycopy(args, 0, a, 2, args.length);
    Cli.Result r = Cli.run(a);
    assertEquals(ExitCodes.USAGE, r.exit(), r.err());
    assertEquals("error: " + option + " -: this command cannot write to standard output; give a file name\n", r.err());
    assertFalse(Files.exists(dash), "a file named '-' was written");
  }

  @Test
  void convertAndDeidRunRefuseToWriteOverTheirInput() throws IOException {
    refusedAsInput(data, "convert", "--force", data.toString(), data.toString());
    refusedAsInput(data, "deid", "run", "--profile", "firstpage", "--key-file", key.toString(), "--force",
        data.toString(), data.toString());
    refusedAsInput(data, "deid", "decrypt", "--key-file", key.toString(), "--force", data.toString(), data.toString());
  }

  @Test
  void theSameFileByAnotherNameIsRefusedToo() throws IOException {
    Path same = dir.resolve(".").resolve("firstpage.csv");
    byte[] before = Files.readAllBytes(data);
    Cli.Result r = Cli.run("convert", "--force", data.toString(), same.toString());
    assertEquals(ExitCodes.USAGE, r.exit(), r.err());
    assertTrue(r.err().startsWith("错误：" + same + " 同时是本命令的输入"), r.err());
    assertArrayEquals(before, Files.readAllBytes(data));
  }

  @Test
  void aFileWrittenBesideTheReportMayNotBeAnInput() throws IOException {
    refusedAsInput(data, "conform", "suggest", "--force", "--write-mapping", data.toString(), data.toString());
    refusedAsInput(data, "deid", "scan", "--force", "--propose", data.toString(), data.toString());
  }

  @Test
  void aRuleOrKeyFileGivenAsAnOptionIsAnInputToo() throws IOException {
    Path rules = dir.resolve("rules.yaml");
    assertEquals(0, Cli.run("firstpage", "rules", "--export", "-o", rules.toString()).exit());
    refusedAsInput(rules, "firstpage", "check", "--rules", rules.toString(), "--force", "-o", rules.toString(),
        data.toString());
    refusedAsInput(key, "deid", "risk", "--qi", "A12C", "--profile", "firstpage", "--key-file", key.toString(),
        "--force", "-o", key.toString(), data.toString());
  }

  @Test
  void anOutputBesideTheInputIsWritten() throws IOException {
    Path out = dir.resolve("copy.csv");
    Cli.Result r = Cli.run("convert", data.toString(), out.toString());
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    assertTrue(Files.size(out) > 0);
  }

  @Test
  void dashIsRefusedWhereOnlyAFileCanBeWritten() {
    dashRefused("--output", "generate", "firstpage", "--count", "3", "-o", "-");
    dashRefused("--output", "deid", "keygen", "-o", "-");
    dashRefused("--output", "assess", "template", "--model", "emr-2018", "-o", "-");
    dashRefused("OUT", "convert", data.toString(), "-");
    dashRefused("--write-mapping", "conform", "suggest", "--write-mapping", "-", data.toString());
  }

  @Test
  void dashIsStandardOutputForRowsAndExports() throws IOException {
    Cli.Result rows = Cli.run("drg", "group", "-f", "csv", "-o", "-", data.toString());
    assertTrue(rows.exit() <= 1, rows.err());
    assertTrue(rows.out().lines().count() == 11, rows.out());
    Cli.Result export = Cli.run("firstpage", "rules", "--export", "-o", "-");
    assertEquals(ExitCodes.OK, export.exit(), export.err());
    assertTrue(export.out().contains("rules:"), export.out());
    assertFalse(Files.exists(Path.of("-")));
  }

  @Test
  void helpIsNotGuarded() {
    Cli.Result r = Cli.run("convert", "--help", data.toString(), data.toString());
    assertEquals(ExitCodes.OK, r.exit(), r.err());
  }

  @Test
  void quietLeavesNothingButErrorsOnStderrForCommandsThatWriteFiles() {
    String[][] runs = {
        {"--quiet", "convert", data.toString(), dir.resolve("q.xlsx").toString()},
        {"--quiet", "deid", "run", "--profile", "firstpage", "--key-file", key.toString(), "-f", "json",
            data.toString(), dir.resolve("q-deid.csv").toString()},
        {"--quiet", "generate", "firstpage", "--count", "3", "-o", dir.resolve("q-gen.csv").toString()},
        {"--quiet", "interop", "generate", "--doc-type", "C0004", "--out-dir", dir.resolve("q-cda").toString()},
        {"--quiet", "assess", "template", "--model", "emr-2018", "-o", dir.resolve("q.xlsx.tmpl.xlsx").toString()},
        {"--quiet", "deid", "keygen", "-o", dir.resolve("q.key").toString()},
        {"--quiet", "drg", "group", data.toString(), "-o", dir.resolve("q-rows.csv").toString()},
        {"--quiet", "stats", "firstpage", "--month", "2024-05", data.toString(), "-f", "csv"},
    };
    for (String[] a : runs) {
      Cli.Result r = Cli.run(a);
      assertTrue(r.exit() <= 1, String.join(" ", a) + ": " + r.err());
      assertEquals("", r.err(), String.join(" ", a));
    }
    Cli.Result keygen = Cli.run("--quiet", "deid", "keygen", "-o", dir.resolve("q2.key").toString());
    assertEquals("", keygen.out());
    Cli.Result told = Cli.run("convert", data.toString(), dir.resolve("told.jsonl").toString());
    assertFalse(told.err().isEmpty(), "without --quiet the run says what it wrote");
  }
}
