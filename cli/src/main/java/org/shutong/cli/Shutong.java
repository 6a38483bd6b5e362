package org.shutong.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.shutong.i18n.Lang;
import picocli.CommandLine;

/** Entry point of the {@code shutong} command. */
public final class Shutong {
  private Shutong() {}

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8), Terminal.stdout(), Terminal.stderr()));
  }

  /**
   * Runs the command line with the given streams and returns the exit code (for tests and
   * embedding). Never calls {@code System.exit}.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, false, false);
  }

  /**
   * As {@link #run(String[], PrintWriter, PrintWriter)}, saying whether {@code out} and {@code err}
   * are terminals (then text reports may be coloured and a progress bar shown).
   */
  static int run(String[] args, PrintWriter out, PrintWriter err, boolean outTerminal, boolean errTerminal) {
    Lang lang = preScanLang(args);
    Locale previous = Locale.getDefault();
    Locale.setDefault(lang.locale());
    try {
      CommandLine cl = commandLine(lang);
      GlobalOptions g = ((ShutongCommand) cl.getCommand()).global;
      g.stdoutTerminal = outTerminal;
      g.stderrTerminal = errTerminal;
      cl.setOut(out);
      cl.setErr(err);
      try {
        return cl.execute(args);
      } catch (OutOfMemoryError e) {
        // the run's large structures are unreachable once the stack has unwound; outputs were not committed
        return outOfMemory(err, lang);
      }
    } finally {
      Locale.setDefault(previous);
      out.flush();
      err.flush();
    }
  }

  /** Says that the heap ran out and how to give the run more; exit code 3, no stack trace. */
  static int outOfMemory(PrintWriter err, Lang lang) {
    org.shutong.i18n.Messages m = org.shutong.i18n.Messages.of("org.shutong.cli.messages", lang);
    err.println(m.get("error.prefix") + m.get("error.memory", Runtime.getRuntime().maxMemory() / (1024 * 1024)));
    err.flush();
    return ExitCodes.INTERNAL;
  }

  /** Builds the configured command line (exception handlers, case-insensitive enums, the output guard). */
  static CommandLine commandLine(Lang lang) {
    CommandLine cl = new CommandLine(new ShutongCommand());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(new Failures(lang));
    cl.setParameterExceptionHandler(new Failures(lang));
    cl.setExecutionStrategy(parseResult -> {
      OutputGuard.check(parseResult, lang);
      return new CommandLine.RunLast().execute(parseResult);
    });
    return cl;
  }

  /** The {@code --lang} value, read before picocli so that help and parse errors are localised. */
  static Lang preScanLang(String[] args) {
    Lang lang = Lang.ZH;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String v = null;
      if (a.equals("--lang") && i + 1 < args.length) {
        v = args[i + 1];
      } else if (a.startsWith("--lang=")) {
        v = a.substring("--lang=".length());
      }
      if (v != null) {
        try {
          lang = Lang.parse(v);
        } catch (IllegalArgumentException e) {
          // picocli reports the bad value with usage
        }
      }
    }
    return lang;
  }
}
