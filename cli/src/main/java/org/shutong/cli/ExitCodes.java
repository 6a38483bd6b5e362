package org.shutong.cli;

/** The exit codes of CONVENTIONS.md. */
public final class ExitCodes {
  /** Nothing at or above {@code --fail-on}. */
  public static final int OK = 0;
  /** Findings at or above {@code --fail-on}. */
  public static final int FINDINGS = 1;
  /** Usage error, or an input that cannot be read at all. */
  public static final int USAGE = 2;
  /** An unexpected internal error. */
  public static final int INTERNAL = 3;

  private ExitCodes() {}
}
