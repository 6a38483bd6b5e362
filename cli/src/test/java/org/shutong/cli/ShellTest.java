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

class ShellTest {
  @TempDir Path dir;

  @Test
  void runningOutOfMemoryIsOneLineWithAHintAndExitCode3() {
    java.io.StringWriter zh = new java.io.StringWriter();
    assertEquals(3, Shutong.outOfMemory(new java.io.PrintWriter(zh), org.shutong.i18n.Lang.ZH));
    assertTrue(zh.toString().startsWith("错误：内存不足：Java 堆（上限 "), zh.toString());
    assertTrue(zh.toString().contains("SHUTONG_JAVA_OPTS=-Xmx8g"), zh.toString());
    assertEquals(1, zh.toString().lines().count());
    java.io.StringWriter en = new java.io.StringWriter();
    Shutong.outOfMemory(new java.io.PrintWriter(en), org.shutong.i18n.Lang.EN);
    assertTrue(en.toString().startsWith("error: out of memory: the Java heap (at most "), en.toString());
    assertTrue(en.toString().contains("every record's score"), en.toString());
  }

  @Test
  void versionNamesTheTool() {
    Cli.Result r = Cli.run("--version");
    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("shutong "), r.out());
  }

  @Test
  void helpIsChineseByDefaultAndEnglishOnRequest() {
    String zh = Cli.run("--help").out();
    assertTrue(zh.startsWith("用法：shutong"), zh);
    assertTrue(zh.contains("显示帮助并退出") && zh.contains("命令：") && zh.contains("选项："), zh);
    String en = Cli.run("--lang", "en", "--help").out();
    assertTrue(en.startsWith("Usage: shutong"), en);
    assertTrue(en.contains("Show this help message and exit.") && en.contains("Commands:"), en);
    assertFalse(en.contains("显示"), en);
  }

  @Test
  void subcommandHelpIsLocalisedToo() {
    String zh = Cli.run("inspect", "--help").out();
    assertTrue(zh.startsWith("用法：shutong inspect") && zh.contains("参数：") && zh.contains("要查看的文件"), zh);
    String en = Cli.run("--lang", "en", "inspect", "--help").out();
    assertTrue(en.contains("Parameters:") && en.contains("The file to look at"), en);
    for (String line : en.lines().toList()) {
      assertTrue(line.chars().noneMatch(c -> c >= 0x4e00 && c <= 0x9fff), "Chinese left in English help: " + line);
    }
  }

  @Test
  void versionListsCodeTablesOnlyOnceThereAreAny() {
    Cli.Result r = Cli.run("--version");
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("Java ")), r.out());
    assertEquals(VersionProvider.codeTables().isEmpty(), !r.out().contains("代码表"), r.out());
  }

  @Test
  void textReportIsColouredOnlyOnATerminal() throws IOException {
    Path f = dir.resolve("r.csv");
    Files.writeString(f, "a,b\n1,2\n3\n", StandardCharsets.UTF_8);
    assertTrue(Cli.runOnTerminal("inspect", f.toString()).out().contains("\u001b["));
    assertFalse(Cli.run("inspect", f.toString()).out().contains("\u001b"));
    assertFalse(Cli.runOnTerminal("inspect", "-f", "csv", f.toString()).out().contains("\u001b"));
  }

  @Test
  void unknownOptionIsUsageErrorWithoutStackTrace() {
    Cli.Result r = Cli.run("inspect", "--bogus", "x.csv");
    assertEquals(ExitCodes.USAGE, r.exit());
    assertTrue(r.err().contains("--bogus"), r.err());
    assertFalse(r.err().contains("at org."), r.err());
  }

  @Test
  void missingFileIsExit2NamingTheFile() {
    Path missing = dir.resolve("nope.csv");
    Cli.Result r = Cli.run("--lang", "en", "inspect", missing.toString());
    assertEquals(ExitCodes.USAGE, r.exit());
    assertTrue(r.err().contains(missing.toString()) && r.err().contains("not found"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void inspectReportsFillRatesAndEncoding() throws IOException {
    Path f = dir.resolve("gb.csv");
    Files.write(f, "姓名,年龄\n张三,30\n李四,\n".getBytes(java.nio.charset.Charset.forName("GB18030")));
    Cli.Result r = Cli.run("inspect", "-f", "json", f.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\"encoding\" : \"GB18030\""), r.out());
    assertTrue(r.out().contains("\"header\" : \"年龄\""), r.out());
    assertTrue(r.out().contains("\"fillRate\" : 0.5"), r.out());
  }

  @Test
  void raggedRowIsAFindingAndTheRunGoesOn() throws IOException {
    Path f = dir.resolve("r.csv");
    Files.writeString(f, "a,b\n1,2\n3\n5,6\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("inspect", "-f", "json", f.toString());
    assertEquals(ExitCodes.FINDINGS, r.exit());
    assertTrue(r.out().contains("\"ruleId\" : \"IO-RAGGED-ROW\""), r.out());
    assertTrue(r.out().contains("\"record\" : 2") && r.out().contains("\"line\" : 3"), r.out());
    assertTrue(r.out().contains("\"records\" : 3"), r.out());
  }
}
