package org.shutong.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exit codes of CONVENTIONS.md, through the command line. */
class ExitCodeTest {
  @TempDir Path dir;

  private Path clean() throws IOException {
    Path f = dir.resolve("clean.csv");
    Files.writeString(f, "a,b\n1,2\n3,4\n", StandardCharsets.UTF_8);
    return f;
  }

  private Path ragged() throws IOException {
    Path f = dir.resolve("ragged.csv");
    Files.writeString(f, "a,b\n1,2\n3\n", StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void zeroWhenNothingAtOrAboveFailOn() throws IOException {
    assertEquals(ExitCodes.OK, Cli.run("inspect", clean().toString()).exit());
    assertEquals(ExitCodes.OK, Cli.run("inspect", "--fail-on", "never", ragged().toString()).exit());
  }

  @Test
  void oneWhenFindingsAtOrAboveFailOn() throws IOException {
    assertEquals(ExitCodes.FINDINGS, Cli.run("inspect", ragged().toString()).exit());
    assertEquals(ExitCodes.FINDINGS, Cli.run("inspect", "--fail-on", "warning", ragged().toString()).exit());
  }

  @Test
  void twoForUsageErrorsAndUnreadableInputsWithoutStackTrace() throws IOException {
    for (String[] args : new String[][] {
        {"inspect"},
        {"inspect", "a.csv", "b.csv"},
        {"inspect", "--fail-on", "sometimes", "a.csv"},
        {"inspect", "--bogus", "a.csv"},
        {"nosuchcommand"},
        {"inspect", dir.resolve("missing.csv").toString()},
        {"inspect", dir.toString()},
        {"inspect", "-f", "xlsx", clean().toString()},
        {"inspect", "-o", dir.resolve("no/such/dir/r.json").toString(), clean().toString()},
    }) {
      Cli.Result r = Cli.run(args);
      assertEquals(ExitCodes.USAGE, r.exit(), String.join(" ", args) + "\n" + r.err());
      assertFalse(r.err().contains("\tat "), r.err());
      assertTrue(r.err().startsWith("错误："), r.err());
    }
  }

  @Test
  void existingOutputIsKeptWithoutForce() throws IOException {
    Path out = dir.resolve("r.json");
    Files.writeString(out, "keep me", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("--lang", "en", "inspect", "-o", out.toString(), clean().toString());
    assertEquals(ExitCodes.USAGE, r.exit());
    assertTrue(r.err().contains(out.toString()), r.err());
    assertEquals("keep me", Files.readString(out));
    assertEquals(ExitCodes.OK, Cli.run("inspect", "--force", "-o", out.toString(), clean().toString()).exit());
    assertTrue(Files.readString(out).startsWith("{"));
  }

  @Test
  void debugPrintsTheStackTraceOfAUserError() {
    Cli.Result r = Cli.run("--debug", "inspect", dir.resolve("missing.csv").toString());
    assertEquals(ExitCodes.USAGE, r.exit());
    assertTrue(r.err().contains("\tat org.shutong."), r.err());
  }
}
