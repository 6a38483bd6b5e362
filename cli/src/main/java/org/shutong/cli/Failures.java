package org.shutong.cli;

import java.io.PrintWriter;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.InputException;
import org.shutong.io.OutputException;
import picocli.CommandLine;

/**
 * Turns exceptions into one-line messages and the exit codes of CONVENTIONS.md: bad arguments and
 * unreadable inputs give 2, anything unexpected 3. A stack trace is printed only with {@code --debug}.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
  private final Lang lang;

  Failures(Lang lang) {
    this.lang = lang;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
    PrintWriter err = cl.getErr();
    Messages m = Messages.of("org.shutong.cli.messages", lang);
    boolean debug = GlobalOptions.of(cl).debug;
    if (ex instanceof InputException || ex instanceof OutputException || ex instanceof UsageException) {
      err.println(m.get("error.prefix") + ex.getMessage());
      if (debug) {
        ex.printStackTrace(err);
      }
      return ExitCodes.USAGE;
    }
    err.println(m.get("error.internal", ex.getClass().getSimpleName(), String.valueOf(ex.getMessage())));
    if (debug) {
      ex.printStackTrace(err);
    } else {
      err.println(m.get("error.debugHint"));
    }
    return ExitCodes.INTERNAL;
  }

  @Override
  public int handleParseException(CommandLine.ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    Messages m = Messages.of("org.shutong.cli.messages", lang);
    err.println(m.get("error.prefix") + ex.getMessage());
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
      err.println(m.get("error.usageHint", cl.getCommandSpec().qualifiedName()));
    }
    return ExitCodes.USAGE;
  }
}
