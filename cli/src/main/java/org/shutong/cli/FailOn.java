package org.shutong.cli;

import org.shutong.report.Severity;
import org.shutong.report.Summary;

/** The {@code --fail-on} threshold: which findings make the exit code 1. */
public enum FailOn {
  /** Errors fail the run (default). */
  ERROR,
  /** Warnings and errors fail the run. */
  WARNING,
  /** Findings never fail the run. */
  NEVER;

  /** The exit code for a run with this summary. */
  public int exitCode(Summary s) {
    return switch (this) {
      case ERROR -> s.atLeast(Severity.ERROR) > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
      case WARNING -> s.atLeast(Severity.WARNING) > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
      case NEVER -> ExitCodes.OK;
    };
  }
}
