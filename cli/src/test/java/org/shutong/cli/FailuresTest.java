package org.shutong.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shutong.i18n.Lang;
import org.shutong.io.InputException;
import picocli.CommandLine;

/** The exception handler: exit 3 for unexpected errors, 2 for user errors, stack traces with --debug. */
class FailuresTest {
  private static final class Run {
    final StringWriter err = new StringWriter();
    final CommandLine cl;
    final CommandLine inspect;

    Run(Lang lang, String... args) {
      cl = Shutong.commandLine(lang);
      cl.setErr(new PrintWriter(err, true));
      List<CommandLine> parsed = cl.parseArgs(args).asCommandLineList();
      inspect = parsed.get(parsed.size() - 1);
    }

    int fail(Exception e) {
      return new Failures(Lang.ZH).handleExecutionException(e, inspect, null);
    }
  }

  @Test
  void anUnexpectedErrorIsExit3WithOneLineAndAHintButNoStackTrace() {
    Run r = new Run(Lang.ZH, "inspect", "x.csv");
    assertEquals(ExitCodes.INTERNAL, r.fail(new IllegalStateException("boom")));
    List<String> lines = r.err.toString().lines().toList();
    assertEquals(List.of("内部错误（IllegalStateException）：boom",
        "这是 Shutong 的缺陷，请加 --debug 重新运行并把输出报告给开发者。"), lines);
  }

  @Test
  void withDebugTheStackTraceIsPrinted() {
    Run r = new Run(Lang.ZH, "--debug", "inspect", "x.csv");
    assertEquals(ExitCodes.INTERNAL, r.fail(new IllegalStateException("boom")));
    assertTrue(r.err.toString().contains("\tat org.shutong.cli.FailuresTest"), r.err.toString());
  }

  @Test
  void anUnreadableInputIsExit2() {
    Run r = new Run(Lang.ZH, "inspect", "x.csv");
    assertEquals(ExitCodes.USAGE, r.fail(new InputException("x.csv", "x.csv：文件不存在")));
    assertEquals("错误：x.csv：文件不存在\n", r.err.toString());
  }

  @Test
  void parseErrorsAreSaidInTheRunsLanguage() {
    Cli.Result zh = Cli.run("inspect", "--fail-on", "sometimes", "a.csv");
    assertEquals("错误：选项 --fail-on 的值“sometimes”无效，可选值：error|warning|never\n"
        + "用“shutong inspect --help”查看用法。\n", zh.err());
    // FILE is optional since a database can be the input (--jdbc): its absence is a usage error of the command
    Cli.Result en = Cli.run("--lang", "en", "inspect");
    assertEquals("error: no input: give input files, or read from a database with --jdbc and --db-table/--db-query\n",
        en.err());
    Cli.Result missing = Cli.run("--lang", "en", "deid", "keygen");
    assertTrue(missing.err().startsWith("error: missing required parameter: --output\n"), missing.err());
    Cli.Result typo = Cli.run("--lang", "en", "inspect", "--debgu", "a.csv");
    assertTrue(typo.err().startsWith("error: unknown option: --debgu\nDid you mean: "), typo.err());
    assertTrue(typo.err().contains("--debug"), typo.err());
    Cli.Result twice = Cli.run("inspect", "-f", "json", "-f", "csv", "a.csv");
    assertTrue(twice.err().startsWith("错误：选项 --format 只能指定一次\n"), twice.err());
    assertFalse(Cli.run("inspect", "a", "b").err().contains("Unmatched"));
  }

  @Test
  void anOptionWithoutItsValueSaysSo() {
    Cli.Result en = Cli.run("--lang", "en", "inspect", "a.csv", "-o");
    assertTrue(en.err().startsWith("error: option --output needs a value (FILE)\n"), en.err());
    Cli.Result zh = Cli.run("inspect", "a.csv", "-o");
    assertTrue(zh.err().startsWith("错误：选项 --output 缺少取值（FILE）\n"), zh.err());
  }

  @Test
  void anUnknownOptionIsNamedBeforeAMissingRequiredOne() {
    Cli.Result r = Cli.run("--lang", "en", "code", "validate", "--sytem", "icd10-nhsa-2.0", "codes.txt");
    assertEquals(ExitCodes.USAGE, r.exit());
    assertTrue(r.err().startsWith("error: unknown option: --sytem"), r.err());
    Cli.Result missing = Cli.run("--lang", "en", "code", "validate", "codes.txt");
    assertTrue(missing.err().startsWith("error: missing required parameter: --system\n"), missing.err());
  }

  @Test
  void choicesAreListedAsTheyAreTyped() {
    Cli.Result r = Cli.run("--lang", "en", "convert", "--to-encoding", "latin1", "a.csv", "b.csv");
    assertTrue(r.err().startsWith("error: invalid value 'latin1' for option --to-encoding; expected one of "
        + "utf-8|utf-8-bom|gb18030\n"), r.err());
    assertEquals(ExitCodes.OK, Cli.run("convert", "--help", "--to-encoding", "utf-8-bom").exit());
  }
}
