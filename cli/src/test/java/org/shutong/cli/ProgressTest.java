package org.shutong.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.shutong.i18n.Lang;
import picocli.CommandLine;

/** The progress bar, driven by a fake clock. */
class ProgressTest {
  private final StringWriter err = new StringWriter();
  private long now;

  private Progress bar(long total) {
    return new Progress(new PrintWriter(err), true, "/data/2024/病案首页.csv", null, null, total, () -> now, Lang.ZH);
  }

  private static void tick(Progress p, int n) {
    for (int i = 0; i < n; i++) {
      p.tick();
    }
  }

  @Test
  void showsShareRecordsRateAndTimeLeftAfterHalfASecond() {
    Progress p = bar(1000);
    tick(p, 384);
    assertEquals("", err.toString(), "nothing before the delay");
    now = 1_000_000_000L; // 1 s
    tick(p, 16); // 400 of 1000 done after 1 s: 400/s, 1.5 s left
    assertEquals("\r病案首页.csv  [########------------] 40%  400 条  400 条/秒  剩余 0:02\u001b[K", err.toString());
    p.close();
    assertTrue(err.toString().endsWith("\r\u001b[K"), "cleared at the end");
  }

  @Test
  void redrawsAtMostFiveTimesASecond() {
    Progress p = bar(-1);
    now = 1_000_000_000L;
    for (int step = 0; step < 100; step++) {
      now += 20_000_000L; // 20 ms a step, 2 s in all
      tick(p, 16);
    }
    long draws = err.toString().chars().filter(c -> c == '\r').count();
    assertTrue(draws >= 9 && draws <= 11, "about 10 draws in 2 s, not 100: " + draws);
    assertFalse(err.toString().contains("%"), "no share when the total is unknown");
    assertFalse(err.toString().contains("剩余"), "no time left when the total is unknown");
  }

  @Test
  void aQuickRunLeavesNothing() {
    Progress p = bar(10);
    tick(p, 10);
    p.close();
    assertEquals("", err.toString());
  }

  @Test
  void disabledBarsNeverDraw() {
    Progress p = new Progress(new PrintWriter(err), false, "x", null, null, 10, () -> now, Lang.EN);
    now = 10_000_000_000L;
    tick(p, 1000);
    p.close();
    assertEquals("", err.toString());
  }

  @Test
  void onlyOnATerminalAndNeverWithQuietOrNoProgress() {
    assertTrue(enabled(true));
    assertFalse(enabled(false), "stderr not a terminal: a file or a pipe");
    assertFalse(enabled(true, "--quiet"));
    assertFalse(enabled(true, "--no-progress"));
  }

  private static boolean enabled(boolean terminal, String... options) {
    CommandLine cl = Shutong.commandLine(Lang.ZH);
    String[] args = new String[options.length + 2];
    System.arraycopy(options, 0, args, 0, options.length);
    args[options.length] = "inspect";
    args[options.length + 1] = "x.csv";
    var parsed = cl.parseArgs(args).asCommandLineList();
    GlobalOptions.of(cl).stderrTerminal = terminal;
    try (Progress p = Progress.of(parsed.get(parsed.size() - 1).getCommandSpec(), "x.csv", 10)) {
      return p.enabled();
    }
  }

  @Test
  void durations() {
    assertEquals("0:05", Progress.duration(5));
    assertEquals("12:05", Progress.duration(725));
    assertEquals("1:02:03", Progress.duration(3723));
  }

  @Test
  void terminalDevices() {
    assertTrue(Terminal.isTerminalDevice("/dev/pts/3"));
    assertTrue(Terminal.isTerminalDevice("/dev/tty1"));
    assertFalse(Terminal.isTerminalDevice("pipe:[12345]"));
    assertFalse(Terminal.isTerminalDevice("/tmp/out.log"));
    assertFalse(Terminal.isTerminalDevice("/dev/null"));
  }
}
