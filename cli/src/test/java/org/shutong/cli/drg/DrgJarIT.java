package org.shutong.cli.drg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.io.ReadOptions;
import org.shutong.io.Row;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;

/**
 * The built jar groups the whole differential case file as the library does: the table set is read
 * from inside the jar, and every GROUPED case lands in its expected DRG.
 */
class DrgJarIT {
  private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().getParent();
  private static final Path JAR = ROOT.resolve("cli/target/shutong.jar");
  private static final Path CASES =
      ROOT.resolve("core-lib/src/test/resources/org/shutong/drg/cases/chs-drg-1.1-cases.csv");

  @TempDir Path dir;

  private int run(Path out, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile())
        .redirectError(dir.resolve("err.txt").toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "timed out");
    return p.exitValue();
  }

  @Test
  void theJarGroupsTheCaseFileAsExpected() throws Exception {
    Path groups = dir.resolve("groups.csv");
    int exit = run(dir.resolve("out.txt"), "drg", "group", CASES.toString(), "-o", groups.toString());
    assertEquals(1, exit, Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    List<String[]> expected = new ArrayList<>();
    try (TableReader r = TableReaders.open(CASES, ReadOptions.defaults())) {
      int status = r.header().indexOf("expect_status");
      int drg = r.header().indexOf("expect_drg");
      while (r.hasNext()) {
        Row row = r.next();
        expected.add(new String[] {row.get(status), row.get(drg)});
      }
    }
    int n = 0;
    try (TableReader r = TableReaders.open(groups, ReadOptions.defaults())) {
      int status = r.header().indexOf("status");
      int drg = r.header().indexOf("drg");
      while (r.hasNext()) {
        Row row = r.next();
        String[] e = expected.get((int) row.record() - 1);
        assertEquals(e[0], row.get(status), "record " + row.record());
        assertEquals(e[1], row.get(drg), "record " + row.record());
        n++;
      }
    }
    assertEquals(expected.size(), n);
    Path trace = dir.resolve("trace.txt");
    assertEquals(0, run(trace, "--lang", "en", "drg", "explain", CASES.toString(), "--record", "1"));
    assertTrue(Files.readString(trace, StandardCharsets.UTF_8).contains("Result: grouped"));
  }
}
