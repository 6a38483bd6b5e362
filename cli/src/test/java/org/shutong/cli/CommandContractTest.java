package org.shutong.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shutong.i18n.Lang;
import org.xml.sax.InputSource;
import picocli.CommandLine;

/**
 * Every command against the CONVENTIONS.md contract, table-driven and black-box through the
 * command line (in-process): the JSON report shape, every report format, exit codes under each
 * {@code --fail-on}, {@code -o} (new, existing, {@code --force}, {@code -}, missing directory,
 * under a file), {@code --quiet}, unreadable inputs (missing, directory, empty, binary) and an
 * output that is also the input. A new command joins by adding a line to {@link #reports()}.
 */
class CommandContractTest {
  @TempDir static Path dir;
  static Path firstPage;
  static Path codes;
  static Path cda;
  static Path mapping;
  static Path evidence;
  static Path published;

  /** A command that writes a report: its name in the JSON {@code command} key, its arguments, and its input file if any. */
  record Cmd(String name, List<String> args, Path input) {
    String[] with(String... more) {
      List<String> a = new ArrayList<>(args);
      a.addAll(Arrays.asList(more));
      return a.toArray(new String[0]);
    }

    /** The arguments with the input replaced by {@code other}. */
    String[] withInput(Path other, String... more) {
      List<String> a = new ArrayList<>();
      for (String s : args) {
        a.add(s.equals(input.toString()) ? other.toString() : s);
      }
      a.addAll(Arrays.asList(more));
      return a.toArray(new String[0]);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  static void fixtures() throws IOException {
    firstPage = dir.resolve("firstpage.csv");
    Cli.Result g = Cli.run("generate", "firstpage", "--count", "40", "--seed", "11", "--error-rate", "0.3", "-q",
        "-o", firstPage.toString());
    assertEquals(0, g.exit(), g.err());
    codes = dir.resolve("codes.txt");
    Files.writeString(codes, "I21.900\nE11.900\ni21 .900\nXYZ\nK35.800\n", StandardCharsets.UTF_8);
    Path cdaDir = dir.resolve("cda");
    assertEquals(0, Cli.run("interop", "generate", "--doc-type", "C0004", "--seed", "1", "--out-dir", cdaDir.toString()).exit());
    cda = cdaDir.resolve("C0004-0001.xml");
    assertTrue(Files.isRegularFile(cda));
    // the first page's sex (A12C, GB/T 2261.1) and birth date (A13) as the WS 363 data elements
    mapping = dir.resolve("mapping.yaml");
    Files.writeString(mapping, "columns:\n  A12C: DE02.01.040.00\n  A13: DE02.01.005.01\n", StandardCharsets.UTF_8);
    evidence = dir.resolve("evidence.xlsx");
    assertEquals(0, Cli.run("assess", "template", "--model", "interop-hospital-2020", "-o", evidence.toString()).exit());
    published = dir.resolve("published.csv");
    try (InputStream in = CommandContractTest.class.getResourceAsStream("stats/notifiable-2022-11-published.csv")) {
      Files.copy(in, published);
    }
  }

  private static Cmd cmd(String name, Path input, String... args) {
    return new Cmd(name, List.of(args), input);
  }

  /** Every command that writes a report (ReportOptions), with realistic arguments. */
  static Stream<Cmd> reports() {
    return Stream.concat(readers(), Stream.of(
        cmd("firstpage fields", null, "firstpage", "fields", "A48", "B15"),
        cmd("firstpage rules", null, "firstpage", "rules"),
        cmd("code lookup", null, "code", "lookup", "I21.900", "i21 .900"),
        cmd("code tree", null, "code", "tree", "I21.9"),
        cmd("code search", null, "code", "search", "急性心肌梗死", "--limit", "5"),
        cmd("code info", null, "code", "info", "icd10-nhsa-2.0"),
        cmd("assess models", null, "assess", "models"),
        cmd("interop test", null, "interop", "test", "--list-services"),
        cmd("interop test", null, "interop", "test", "--dry-run", "--level", "三级")));
  }

  /** The report commands that read an input file. */
  static Stream<Cmd> readers() {
    String fp = firstPage.toString();
    return Stream.of(
        cmd("firstpage check", firstPage, "firstpage", "check", fp),
        cmd("code validate", codes, "code", "validate", "--system", "icd10-nhsa-2.0", codes.toString()),
        cmd("code map", codes, "code", "map", "--from", "icd10-gb-clinical-2.0", "--to", "icd10-nhsa-2.0", codes.toString()),
        cmd("code edits", firstPage, "code", "edits", fp),
        cmd("conform check", firstPage, "conform", "check", "--mapping", mapping.toString(), fp),
        cmd("conform profile", firstPage, "conform", "profile", fp),
        cmd("conform suggest", firstPage, "conform", "suggest", fp),
        cmd("deid scan", firstPage, "deid", "scan", fp),
        cmd("deid risk", firstPage, "deid", "risk", "--qi", "A12C,A13", fp),
        cmd("interop validate", cda, "interop", "validate", cda.toString()),
        cmd("assess interop", evidence, "assess", "interop", "--evidence", evidence.toString()),
        cmd("stats firstpage", firstPage, "stats", "firstpage", "--month", "2024-05", fp),
        cmd("stats notifiable", published, "stats", "notifiable", "--verify", published.toString()),
        cmd("drg group", firstPage, "drg", "group", fp),
        cmd("drg explain", firstPage, "drg", "explain", "--record", "1", fp),
        cmd("drg what-if", firstPage, "drg", "what-if", "--record", "1", fp),
        cmd("inspect", firstPage, "inspect", fp));
  }

  /**
   * The readers for which an empty or binary file cannot be read at all. Not interop validate: it
   * validates many documents, and one that is not XML is a finding about that document.
   */
  static Stream<Cmd> tableReaders() {
    return readers().filter(c -> !c.name().equals("interop validate"));
  }

  private static void assertNoTrace(Cli.Result r) {
    assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
  }

  private static void assertOneErrorLine(Cli.Result r, String prefix, Path names) {
    assertEquals(ExitCodes.USAGE, r.exit(), r.err());
    assertNoTrace(r);
    assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    assertTrue(r.err().startsWith(prefix), r.err());
    assertTrue(r.err().contains(names.toString()), "names " + names + ": " + r.err());
    assertEquals("", r.out());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void jsonReportHasTheConventionShapeAndTheExitCodeFollowsFailOn(Cmd c) {
    Cli.Result r = Cli.run(c.with("-f", "json"));
    assertTrue(r.exit() == ExitCodes.OK || r.exit() == ExitCodes.FINDINGS, c + ": " + r.err());
    JsonNode summary = ReportShape.check(r.out(), c.name()).get("summary");
    long errors = summary.get("error").asLong();
    long warnings = summary.get("warning").asLong();
    assertEquals(errors > 0 ? ExitCodes.FINDINGS : ExitCodes.OK, r.exit(), c + " --fail-on error: " + summary);
    Cli.Result w = Cli.run(c.with("-f", "json", "--fail-on", "warning"));
    assertEquals(errors + warnings > 0 ? ExitCodes.FINDINGS : ExitCodes.OK, w.exit(), c + " --fail-on warning: " + summary);
    assertEquals(ExitCodes.OK, Cli.run(c.with("-f", "json", "--fail-on", "never")).exit(), c + " --fail-on never");
  }

  @Test
  void theFixturesExerciseBothExitCodes() {
    // the table above would prove little if every command came out clean
    assertEquals(ExitCodes.FINDINGS, Cli.run("firstpage", "check", firstPage.toString()).exit());
    assertEquals(ExitCodes.FINDINGS, Cli.run("code", "validate", "--system", "icd10-nhsa-2.0", codes.toString()).exit());
    assertEquals(ExitCodes.OK, Cli.run("inspect", firstPage.toString()).exit());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void everyFormatRenders(Cmd c) throws Exception {
    Cli.Result text = Cli.run(c.with("-f", "text"));
    assertTrue(text.exit() <= 1 && !text.out().isBlank() && !text.out().contains("\u001b"), c + " text: " + text.err());
    Cli.Result csv = Cli.run(c.with("-f", "csv"));
    assertTrue(csv.exit() <= 1 && !csv.out().isBlank(), c + " csv: " + csv.err());
    Cli.Result junit = Cli.run(c.with("-f", "junit"));
    assertTrue(junit.exit() <= 1, c + " junit: " + junit.err());
    String root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(junit.out()))).getDocumentElement().getTagName();
    assertTrue(root.equals("testsuites") || root.equals("testsuite"), c + " junit root: " + root);
    Cli.Result html = Cli.run(c.with("-f", "html"));
    assertTrue(html.exit() <= 1 && html.out().contains("<html") && html.out().strip().endsWith("</html>"), c + " html");
    Path xlsx = dir.resolve(c.name().replace(' ', '-') + "-" + System.nanoTime() + ".xlsx");
    Cli.Result x = Cli.run(c.with("-o", xlsx.toString()));
    assertTrue(x.exit() <= 1, c + " xlsx: " + x.err());
    try (ZipFile z = new ZipFile(xlsx.toFile())) {
      assertTrue(z.getEntry("xl/workbook.xml") != null, c + ": not a workbook");
    }
    Cli.Result noFile = Cli.run(c.with("--lang", "en", "-f", "xlsx"));
    assertEquals(ExitCodes.USAGE, noFile.exit(), c + " xlsx to stdout");
    assertTrue(noFile.err().startsWith("error: ") && noFile.err().contains("-o"), noFile.err());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void outputFilesAreWrittenAtomicallyAndNeverOverwrittenWithoutForce(Cmd c) throws IOException {
    Path sub = Files.createDirectories(dir.resolve("out-" + Integer.toHexString(c.args().hashCode())));
    Path out = sub.resolve("report.json");
    Cli.Result fresh = Cli.run(c.with("--quiet", "-f", "json", "-o", out.toString()));
    assertTrue(fresh.exit() <= 1, c + ": " + fresh.err());
    assertEquals("", fresh.out(), c + ": the report went to the file");
    assertEquals("", fresh.err(), c + ": --quiet leaves stderr to errors");
    ReportShape.check(Files.readString(out), c.name());
    Files.writeString(out, "keep me", StandardCharsets.UTF_8);
    Cli.Result again = Cli.run(c.with("--lang", "en", "-f", "json", "-o", out.toString()));
    assertOneErrorLine(again, "error: " + out + " exists; add --force", out);
    assertEquals("keep me", Files.readString(out));
    Cli.Result forced = Cli.run(c.with("-f", "json", "--force", "-o", out.toString()));
    assertTrue(forced.exit() <= 1, c + ": " + forced.err());
    ReportShape.check(Files.readString(out), c.name());
    try (Stream<Path> left = Files.list(sub)) {
      assertEquals(List.of(out), left.toList(), c + ": no temporary file left");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void dashIsStandardOutput(Cmd c) {
    Path dash = Path.of("-");
    assertFalse(Files.exists(dash), "a file named '-' in " + Path.of("").toAbsolutePath());
    Cli.Result r = Cli.run(c.with("-f", "json", "-o", "-"));
    assertTrue(r.exit() <= 1, c + ": " + r.err());
    ReportShape.check(r.out(), c.name());
    assertFalse(Files.exists(dash), c + ": -o - wrote a file named '-'");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void unwritableOutputIsExit2NamingIt(Cmd c) throws IOException {
    Path missing = dir.resolve("no-such-dir").resolve("r.json");
    assertOneErrorLine(Cli.run(c.with("--lang", "en", "-o", missing.toString())), "error: cannot write " + missing, missing);
    Path file = dir.resolve("a-file.txt");
    Files.writeString(file, "x", StandardCharsets.UTF_8);
    Path under = file.resolve("r.json");
    Cli.Result r = Cli.run(c.with("--lang", "en", "-o", under.toString()));
    assertOneErrorLine(r, "error: cannot write " + under, under);
    assertTrue(r.err().contains(file + " is a file, not a directory"), r.err());
    Cli.Result zh = Cli.run(c.with("-o", under.toString()));
    assertTrue(zh.err().startsWith("错误：无法写入 ") && zh.err().contains("是文件，不是目录"), zh.err());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void aMissingInputIsExit2WithOneLineNamingIt(Cmd c) {
    Path missing = dir.resolve("missing-input." + extension(c.input()));
    Cli.Result en = Cli.run(withLang("en", c.withInput(missing)));
    assertOneErrorLine(en, "error: " + missing, missing);
    assertTrue(en.err().contains("not found"), en.err());
    Cli.Result zh = Cli.run(c.withInput(missing));
    assertOneErrorLine(zh, "错误：" + missing, missing);
    assertTrue(zh.err().contains("不存在"), zh.err());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tableReaders")
  void aDirectoryAnEmptyFileOrBinaryContentIsExit2NamingTheFile(Cmd c) throws IOException {
    Path d = Files.createDirectories(dir.resolve("a-directory." + extension(c.input())));
    Cli.Result r = Cli.run(withLang("en", c.withInput(d)));
    assertOneErrorLine(r, "error: " + d, d);
    assertTrue(r.err().contains("is a directory"), r.err());
    Path empty = dir.resolve("empty." + extension(c.input()));
    Files.write(empty, new byte[0]);
    Cli.Result e = Cli.run(withLang("en", c.withInput(empty)));
    assertOneErrorLine(e, "error: " + empty, empty);
    assertTrue(e.err().contains("empty"), e.err());
    byte[] garbage = new byte[4096];
    new SplittableRandom(3).nextBytes(garbage);
    garbage[100] = 0;
    Path binary = dir.resolve("binary." + extension(c.input()));
    Files.write(binary, garbage);
    Cli.Result b = Cli.run(withLang("en", c.withInput(binary)));
    assertOneErrorLine(b, "error: " + binary, binary);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void anOutputThatIsAlsoTheInputIsRefusedAndTheInputKept(Cmd c) throws IOException {
    byte[] before = Files.readAllBytes(c.input());
    Cli.Result r = Cli.run(c.with("--lang", "en", "--force", "-f", "json", "-o", c.input().toString()));
    assertOneErrorLine(r, "error: " + c.input() + " is also an input of this command", c.input());
    assertArrayEquals(before, Files.readAllBytes(c.input()), c + ": the input was modified");
    // the same file by another name
    Path other = c.input().getParent().resolve(".").resolve(c.input().getFileName());
    Cli.Result r2 = Cli.run(c.with("--force", "-o", other.toString()));
    assertEquals(ExitCodes.USAGE, r2.exit(), r2.err());
    assertTrue(r2.err().startsWith("错误：") && r2.err().contains("同时是本命令的输入"), r2.err());
    assertArrayEquals(before, Files.readAllBytes(c.input()), c + ": the input was modified");
  }

  /** Every leaf command of the tree, e.g. ["deid", "run"]. */
  static Stream<List<String>> leaves() {
    List<List<String>> out = new ArrayList<>();
    collect(Shutong.commandLine(Lang.EN), new ArrayList<>(), out);
    return out.stream();
  }

  private static void collect(CommandLine cl, List<String> path, List<List<String>> out) {
    if (cl.getSubcommands().isEmpty()) {
      out.add(List.copyOf(path));
      return;
    }
    for (var e : cl.getSubcommands().entrySet()) {
      if (!e.getValue().getCommandName().equals(e.getKey())) {
        continue; // an alias of a command listed under its own name
      }
      path.add(e.getKey());
      collect(e.getValue(), path, out);
      path.remove(path.size() - 1);
    }
  }

  @Test
  void theTreeHasTheCommandsOfTheContract() {
    List<String> names = leaves().map(l -> String.join(" ", l)).toList();
    assertTrue(names.size() >= 30, names.toString());
    for (Cmd c : reports().toList()) {
      assertTrue(names.contains(c.name()), c + " missing from " + names);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("leaves")
  void helpIsEnglishWithLangEnAndUnknownOptionsAreUsageErrors(List<String> command) {
    String name = String.join(" ", command);
    List<String> help = new ArrayList<>(List.of("--lang", "en"));
    help.addAll(command);
    help.add("--help");
    Cli.Result[] runs = new Cli.Result[2];
    // picocli reports a description it cannot format on System.err, not on the command's stream
    String stray = systemErrDuring(() -> {
      runs[0] = Cli.run(help.toArray(new String[0]));
      runs[1] = Cli.run(help.subList(2, help.size()).toArray(new String[0]));
    });
    assertEquals("", stray, name + ": help wrote to System.err (an unescaped % in a description?)");
    Cli.Result h = runs[0];
    assertEquals(ExitCodes.OK, h.exit(), name + ": " + h.err());
    assertTrue(h.out().startsWith("Usage: shutong " + name), h.out());
    assertFalse(h.out().contains("用法") || h.out().contains("选项：") || h.out().contains("参数："), h.out());
    assertEquals("", h.err(), name);
    Cli.Result zh = runs[1];
    assertTrue(zh.out().startsWith("用法：shutong " + name), zh.out());
    assertEquals("", zh.err(), name);
    List<String> bogus = new ArrayList<>(List.of("--lang", "en"));
    bogus.addAll(command);
    bogus.add("--no-such-option");
    Cli.Result u = Cli.run(bogus.toArray(new String[0]));
    assertEquals(ExitCodes.USAGE, u.exit(), name + ": " + u.err());
    assertTrue(u.err().startsWith("error: unknown option: --no-such-option\n"), name + ": " + u.err());
    assertNoTrace(u);
    assertEquals("", u.out());
  }

  private static synchronized String systemErrDuring(Runnable run) {
    java.io.PrintStream saved = System.err;
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      run.run();
    } finally {
      System.setErr(saved);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  private static String[] withLang(String lang, String[] args) {
    String[] a = new String[args.length + 2];
    a[0] = "--lang";
    a[1] = lang;
    System.arraycopy(args, 0, a, 2, args.length);
    return a;
  }

  private static String extension(Path p) {
    String n = p.getFileName().toString();
    return n.substring(n.lastIndexOf('.') + 1);
  }

  @Test
  void aCodeListThatCannotBeDecodedNamesTheLineAndByte() throws IOException {
    Path f = dir.resolve("codes-broken.txt");
    byte[] head = "I21.900\nE11.900\n".getBytes(StandardCharsets.UTF_8);
    byte[] b = Arrays.copyOf(head, head.length + 3);
    b[head.length] = (byte) 0xFF;
    b[head.length + 1] = (byte) 0xFF;
    b[head.length + 2] = '\n';
    Files.write(f, b);
    Cli.Result r = Cli.run("--lang", "en", "code", "validate", "--system", "icd10-nhsa-2.0", f.toString());
    assertOneErrorLine(r, "error: " + f, f);
    assertTrue(r.err().contains("neither valid UTF-8 nor valid GB18030/GBK (line 3, byte 17)"), r.err());
    Cli.Result gbk = Cli.run("--lang", "en", "code", "validate", "--system", "icd10-nhsa-2.0", "--encoding", "GBK",
        f.toString());
    assertTrue(gbk.err().contains("not valid GBK (line 3, byte 17)"), gbk.err());
  }

  @Test
  void aCodeListWithOnlyABomIsEmpty() throws IOException {
    Path f = dir.resolve("bom-only.txt");
    Files.write(f, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    Cli.Result r = Cli.run("--lang", "en", "code", "validate", "--system", "icd10-nhsa-2.0", f.toString());
    assertOneErrorLine(r, "error: " + f + ": file is empty (no codes)", f);
  }

  @Test
  void serveRefusesNumbersOutOfRangeAndAPortInUseAsUsageErrors() throws IOException {
    Cli.Result port = Cli.run("--lang", "en", "interop", "serve", "--port", "99999");
    assertEquals(ExitCodes.USAGE, port.exit(), port.err());
    assertEquals("error: --port 99999: out of range (0–65535)\n", port.err());
    Cli.Result threads = Cli.run("--lang", "en", "interop", "serve", "--threads", "0");
    assertEquals("error: --threads 0: out of range (≥ 1)\n", threads.err());
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Cli.Result busy = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
          () -> Cli.run("--lang", "en", "interop", "serve", "--port", String.valueOf(taken.getLocalPort())));
      assertEquals(ExitCodes.USAGE, busy.exit(), busy.err());
      assertTrue(busy.err().startsWith("error: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": "), busy.err());
    }
  }

  @Test
  void aRunawayLineInACodeListIsReportedWithoutBeingCopiedWhole() throws IOException {
    Path f = dir.resolve("codes-runaway.txt");
    Files.writeString(f, "I21.900\n" + "X".repeat(200_000) + "\nE11.900\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("code", "map", "--from", "icd10-gb-clinical-2.0", "--to", "icd10-nhsa-2.0", "-f", "json",
        f.toString());
    assertEquals(ExitCodes.FINDINGS, r.exit(), r.err());
    JsonNode report = ReportShape.check(r.out(), "code map");
    assertEquals(3, report.get("inputs").get(0).get("records").asInt());
    assertTrue(r.out().length() < 50_000, "output of " + r.out().length() + " characters");
  }
}
