package org.shutong.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and captures its output, for tests. */
public final class Cli {
  /** What a run produced. */
  public record Result(int exit, String out, String err) {}

  private Cli() {}

  /** Runs {@code shutong args...}. */
  public static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Shutong.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  /** Runs {@code shutong args...} as if stdout and stderr were terminals. */
  public static Result runOnTerminal(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Shutong.run(args, new PrintWriter(out, true), new PrintWriter(err, true), true, true);
    return new Result(code, out.toString(), err.toString());
  }
}
