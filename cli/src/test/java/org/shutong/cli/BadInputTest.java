package org.shutong.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad-input case of issue 3 through the command line: the documented exit code and one line
 * naming the file and the place, never a stack trace. Both commands that read tables are covered.
 */
class BadInputTest {
  @TempDir Path dir;

  /** Runs inspect in English and checks the common contract of an unreadable input. */
  private Cli.Result unreadable(Path file, String... extra) {
    String[] args = new String[extra.length + 4];
    args[0] = "--lang";
    args[1] = "en";
    args[2] = "inspect";
    System.arraycopy(extra, 0, args, 3, extra.length);
    args[args.length - 1] = file.toString();
    Cli.Result r = Cli.run(args);
    assertEquals(ExitCodes.USAGE, r.exit(), r.err());
    assertNoTrace(r);
    assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    assertTrue(r.err().startsWith("error: " + file), r.err());
    assertEquals("", r.out());
    return r;
  }

  private static void assertNoTrace(Cli.Result r) {
    assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
  }

  private Path write(String name, String content) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void missingFile() {
    assertTrue(unreadable(dir.resolve("nope.csv")).err().contains("file not found"));
  }

  @Test
  void aDirectory() {
    assertTrue(unreadable(dir).err().contains("is a directory"));
  }

  @Test
  void emptyFile() throws IOException {
    assertTrue(unreadable(write("empty.csv", "")).err().contains("empty"));
  }

  @Test
  void headerOnlyIsAWarningThatFailsOnlyWithFailOnWarning() throws IOException {
    Path f = write("header.csv", "病案号,姓名\n");
    Cli.Result r = Cli.run("--lang", "en", "inspect", "-f", "json", f.toString());
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    assertTrue(r.out().contains("\"ruleId\" : \"IO-NO-RECORDS\"") && r.out().contains("\"severity\" : \"warning\""), r.out());
    Cli.Result strict = Cli.run("inspect", "--fail-on", "warning", f.toString());
    assertEquals(ExitCodes.FINDINGS, strict.exit());
    assertTrue(strict.out().contains("只有表头"), strict.out());
    Cli.Result conv = Cli.run("convert", f.toString(), dir.resolve("h.xlsx").toString());
    assertEquals(ExitCodes.OK, conv.exit());
    assertTrue(conv.err().contains(f + ": 警告 [IO-NO-RECORDS]"), conv.err());
  }

  @Test
  void binaryGarbage() throws IOException {
    byte[] b = new byte[8192];
    new SplittableRandom(7).nextBytes(b);
    b[10] = 0;
    Path f = dir.resolve("garbage.csv");
    Files.write(f, b);
    Cli.Result r = unreadable(f);
    assertTrue(r.err().contains("binary content") && r.err().contains("line "), r.err());
  }

  @Test
  void raggedRowsAreReportedWithRecordAndLineAndTheRunGoesOn() throws IOException {
    Path f = write("ragged.csv", "病案号,姓名,性别\n0001,张三,1\n0002,李四\n0003,王五,2\n");
    Cli.Result r = Cli.run("inspect", "-f", "json", f.toString());
    assertEquals(ExitCodes.FINDINGS, r.exit());
    assertTrue(r.out().contains("\"ruleId\" : \"IO-RAGGED-ROW\"")
        && r.out().contains("\"record\" : 2") && r.out().contains("\"line\" : 3"), r.out());
    assertTrue(r.out().contains("\"records\" : 3"), r.out());
    assertNoTrace(r);
  }

  @Test
  void unterminatedQuoteIsReportedAtTheLineWhereItStarted() throws IOException {
    Path f = write("quote.csv", "病案号,姓名\n0001,张三\n0002,\"李四\n0003,王五\n");
    Cli.Result r = Cli.run("inspect", "-f", "json", f.toString());
    assertEquals(ExitCodes.FINDINGS, r.exit());
    assertTrue(r.out().contains("\"ruleId\" : \"IO-UNTERMINATED-QUOTE\"") && r.out().contains("\"line\" : 3"), r.out());
    Cli.Result c = Cli.run("--lang", "en", "convert", f.toString(), dir.resolve("q.jsonl").toString());
    assertEquals(ExitCodes.FINDINGS, c.exit());
    assertTrue(c.err().contains(f + ":3: error [IO-UNTERMINATED-QUOTE]") && c.err().contains("line 3"), c.err());
  }

  @Test
  void invalidUtf8ThatIsAlsoInvalidGb18030() throws IOException {
    Path f = dir.resolve("broken.csv");
    byte[] head = "病案号,姓名\n0001,".getBytes(StandardCharsets.UTF_8);
    byte[] b = new byte[head.length + 3];
    System.arraycopy(head, 0, b, 0, head.length);
    b[head.length] = (byte) 0xFF;
    b[head.length + 1] = (byte) 0xFF;
    b[head.length + 2] = '\n';
    Files.write(f, b);
    Cli.Result r = unreadable(f);
    assertTrue(r.err().contains("neither valid UTF-8 nor valid GB18030") && r.err().contains("line 2"), r.err());
  }

  @Test
  void xlsxThatIsReallyCsv() throws IOException {
    Path f = write("report.xlsx", "病案号,姓名\n0001,张三\n");
    assertTrue(unreadable(f).err().contains("--from csv"));
    Cli.Result ok = Cli.run("inspect", "--from", "csv", f.toString());
    assertEquals(ExitCodes.OK, ok.exit(), ok.err());
  }

  @Test
  void missingSheet() throws IOException {
    Path x = dir.resolve("fp.xlsx");
    assertEquals(0, Cli.run("convert", write("fp.csv", "a\n1\n").toString(), x.toString()).exit());
    Cli.Result r = unreadable(x, "--sheet", "病案首页");
    assertTrue(r.err().contains("\"病案首页\"") && r.err().contains("Sheet1"), r.err());
  }

  @Test
  void outputInAMissingDirectory() throws IOException {
    Path in = write("in.csv", "a\n1\n");
    Path out = dir.resolve("no/such/out.xlsx");
    Cli.Result r = Cli.run("--lang", "en", "convert", in.toString(), out.toString());
    assertEquals(ExitCodes.USAGE, r.exit());
    assertTrue(r.err().startsWith("error: cannot write " + out) && r.err().contains("does not exist"), r.err());
    assertNoTrace(r);
    Cli.Result rep = Cli.run("--lang", "en", "inspect", "-o", out.toString(), in.toString());
    assertEquals(ExitCodes.USAGE, rep.exit());
    assertNoTrace(rep);
  }

  @Test
  void outputExistsWithoutForce() throws IOException {
    Path in = write("in.csv", "a\n1\n");
    Path out = write("out.csv", "keep me");
    Cli.Result r = Cli.run("--lang", "en", "convert", in.toString(), out.toString());
    assertEquals(ExitCodes.USAGE, r.exit());
    assertTrue(r.err().contains(out + " exists; add --force"), r.err());
    assertEquals("keep me", Files.readString(out));
    assertEquals(ExitCodes.OK, Cli.run("convert", "--force", in.toString(), out.toString()).exit());
    assertEquals("a\r\n1\r\n", Files.readString(out));
  }

  @Test
  void messagesAreChineseByDefault() {
    Cli.Result r = Cli.run("inspect", dir.resolve("缺失.csv").toString());
    assertEquals(ExitCodes.USAGE, r.exit());
    assertTrue(r.err().startsWith("错误：") && r.err().contains("文件不存在"), r.err());
  }
}
