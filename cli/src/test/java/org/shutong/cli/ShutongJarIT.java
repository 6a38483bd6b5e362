package org.shutong.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Black-box tests of the built jar, {@code cli/target/shutong.jar}, and of the launcher script
 * {@code ./shutong}: run as processes, as a user or a CI job runs them.
 */
class ShutongJarIT {
  private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().getParent();
  private static final Path JAR = ROOT.resolve("cli/target/shutong.jar");
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
  /** The keys CONVENTIONS.md documents, in order, then those inspect adds. */
  private static final List<String> INSPECT_KEYS =
      List.of("tool", "version", "command", "inputs", "summary", "findings", "table", "columns");
  private static final Set<String> FINDING_KEYS =
      Set.of("ruleId", "severity", "file", "record", "line", "field", "value", "message");

  @TempDir static Path dir;
  private static Path gb;

  /** What a process did; {@code out} is decoded as UTF-8. */
  record Run(int exit, String out, String err) {
    byte[] outBytes() {
      return out.getBytes(StandardCharsets.UTF_8);
    }
  }

  @BeforeAll
  static void files() throws IOException {
    assertTrue(Files.isRegularFile(JAR), "run after package: " + JAR);
    gb = dir.resolve("首页.csv");
    // GB18030, with a ragged row (a finding) and Chinese headers
    Files.write(gb, "姓名,性别,出院科别\n张三,男,内科\n李四,女\n王五,男,外科\n".getBytes(Charset.forName("GB18030")));
  }

  static Run run(Map<String, String> env, Path cwd, String... command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
    pb.environment().putAll(env);
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Process p = pb.start();
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + String.join(" ", command));
    }
    byte[] o = Files.readAllBytes(out);
    return new Run(p.exitValue(), new String(o, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  static Run shutong(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(JAVA.toString(), "-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    return run(Map.of(), dir, cmd.toArray(new String[0]));
  }

  @Test
  void version() throws Exception {
    Run r = shutong("--version");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("shutong 0.1.0\n"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void helpInChineseAndEnglish() throws Exception {
    Run zh = shutong("--help");
    assertEquals(0, zh.exit());
    assertTrue(zh.out().startsWith("用法：shutong") && zh.out().contains("inspect"), zh.out());
    Run en = shutong("--lang", "en", "--help");
    assertTrue(en.out().startsWith("Usage: shutong") && en.out().contains("Show this help message and exit."), en.out());
  }

  @Test
  void jsonHasExactlyTheDocumentedKeys() throws Exception {
    Run r = shutong("inspect", "-f", "json", gb.toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals("", r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    List<String> keys = new ArrayList<>();
    j.fieldNames().forEachRemaining(keys::add);
    assertEquals(INSPECT_KEYS, keys);
    assertEquals("GB18030", j.at("/inputs/0/encoding").asText());
    assertEquals(3, j.at("/summary/records").asLong());
    assertEquals(Set.of("records", "recordsWithErrors", "error", "warning", "info"), names(j.get("summary")));
    assertEquals(1, j.get("findings").size());
    JsonNode f = j.get("findings").get(0);
    assertTrue(FINDING_KEYS.containsAll(names(f)), names(f).toString());
    assertEquals(2, f.get("record").asLong());
    assertEquals(3, f.get("line").asLong());
    assertEquals("出院科别", j.at("/columns/2/header").asText());
  }

  private static Set<String> names(JsonNode n) {
    Set<String> s = new TreeSet<>();
    n.fieldNames().forEachRemaining(s::add);
    return s;
  }

  @Test
  void textCsvAndJunitToStdout() throws Exception {
    Run text = shutong("inspect", gb.toString());
    assertEquals(1, text.exit(), text.err());
    assertTrue(text.out().contains("出院科别"), text.out());
    assertFalse(text.out().contains("\u001b"), "no colour into a pipe");

    Run csv = shutong("inspect", "-f", "csv", gb.toString());
    assertTrue(csv.out().startsWith("\uFEFFruleId,severity,file,record,line,field,value,message\r\n"), csv.out());
    assertEquals(2, csv.out().lines().count());

    Run junit = shutong("inspect", "-f", "junit", gb.toString());
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(junit.outBytes()));
    assertEquals("testsuites", doc.getDocumentElement().getTagName());
    assertEquals(1, doc.getElementsByTagName("failure").getLength());
  }

  @Test
  void htmlIsOneSelfContainedFile() throws Exception {
    Path out = dir.resolve("reports/r.html");
    Files.createDirectories(out.getParent());
    Run r = shutong("inspect", "-o", out.toString(), gb.toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals("", r.out());
    assertEquals(List.of(out), listFiles(out.getParent()), "one file, no side files");
    Document d = Jsoup.parse(out.toFile(), "UTF-8");
    assertTrue(d.select("link, img, iframe, object, embed, [src]").isEmpty(), "nothing loaded from elsewhere");
    assertEquals(1, d.select("script:not([type])").size());
    assertEquals(List.of("#", "列", "非空", "填充率"), d.select("section.report-table th").eachText());
  }

  @Test
  void xlsxOpensWithPoi() throws Exception {
    Path out = dir.resolve("r.xlsx");
    Run r = shutong("--lang", "en", "inspect", "-o", out.toString(), gb.toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals("", r.err(), "no logging noise");
    try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertEquals("Summary", wb.getSheetName(0));
      assertEquals("Findings", wb.getSheetName(1));
      assertEquals(1, wb.getSheet("Findings").getLastRowNum());
    }
  }

  @Test
  void missingFileIsExit2WithOneLineAndNoStackTrace() throws Exception {
    Path missing = dir.resolve("不存在.csv");
    Run r = shutong("inspect", missing.toString());
    assertEquals(2, r.exit());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains(missing.toString()), r.err());
    assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    assertEquals("", r.out());
  }

  @Test
  void colourOnlyOnARealTerminal() throws Exception {
    Path script = Path.of("/usr/bin/script");
    assumeTrue(Files.isExecutable(script), "util-linux 'script' is needed to run under a terminal");
    String cmd = JAVA + " -jar " + JAR + " inspect " + gb;
    Run r = run(Map.of(), dir, script.toString(), "-qec", cmd, "/dev/null");
    assertEquals(1, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("\u001b["), r.out());
  }

  @Test
  void launcherRunsTheJar() throws Exception {
    Run r = run(Map.of(), ROOT, ROOT.resolve("shutong").toString(), "--version");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("shutong 0.1.0"), r.out());
  }

  @Test
  void launcherBuildsOnlyWhenTheJarIsMissingOrStale() throws Exception {
    Path root = Files.createDirectories(dir.resolve("checkout"));
    Files.copy(ROOT.resolve("shutong"), root.resolve("shutong"));
    root.resolve("shutong").toFile().setExecutable(true);
    Path src = Files.createDirectories(root.resolve("core-lib/src/main/java")).resolve("A.java");
    Files.writeString(src, "class A {}");
    Files.writeString(root.resolve("pom.xml"), "<project/>");
    Path jar = root.resolve("cli/target/shutong.jar");
    Files.createDirectories(jar.getParent());
    // a fake Maven that records its arguments and "builds" the jar by copying the real one
    Path calls = root.resolve("mvn-calls.txt");
    Path mvn = root.resolve("fake-mvn");
    Files.writeString(mvn, "#!/bin/sh\necho \"$@\" >> " + calls + "\ncp " + JAR + " " + jar + "\n");
    mvn.toFile().setExecutable(true);
    Map<String, String> env = Map.of("SHUTONG_MVN", mvn.toString());

    Run missing = run(env, dir, root.resolve("shutong").toString(), "--version");
    assertEquals(0, missing.exit(), missing.err());
    assertTrue(missing.out().startsWith("shutong 0.1.0"), missing.out());
    assertEquals(List.of("-q -B -ntp -DskipTests package -pl cli -am"), Files.readAllLines(calls));

    Files.setLastModifiedTime(src, FileTime.from(Instant.now().minusSeconds(3600)));
    Files.setLastModifiedTime(root.resolve("pom.xml"), FileTime.from(Instant.now().minusSeconds(3600)));
    Run fresh = run(env, dir, root.resolve("shutong").toString(), "--version");
    assertEquals(0, fresh.exit(), fresh.err());
    assertEquals(1, Files.readAllLines(calls).size(), "an up-to-date jar is not rebuilt");

    Files.setLastModifiedTime(src, FileTime.from(Instant.now().plusSeconds(60)));
    run(env, dir, root.resolve("shutong").toString(), "--version");
    assertEquals(2, Files.readAllLines(calls).size(), "a source newer than the jar rebuilds it");

    Run noMaven = run(Map.of("SHUTONG_MVN", "no-such-mvn-here"), dir, root.resolve("shutong").toString(), "--version");
    assertEquals(2, noMaven.exit());
    assertTrue(noMaven.err().contains("Maven (no-such-mvn-here) is not installed"), noMaven.err());
  }

  private static List<Path> listFiles(Path d) throws IOException {
    try (var s = Files.list(d)) {
      return s.toList();
    }
  }
}
