package org.shutong.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.InputException;
import org.shutong.io.OutputException;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Turns exceptions into one-line messages and the exit codes of CONVENTIONS.md: bad arguments and
 * unreadable inputs give 2, anything unexpected 3. A stack trace is printed only with {@code --debug}.
 * Parse errors are said in the run's language (picocli's own messages are English only).
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
    boolean debug = GlobalOptions.of(cl).debug();
    if (ex instanceof InputException || ex instanceof OutputException || ex instanceof UsageException) {
      err.println(m.get("error.prefix") + ex.getMessage());
      if (debug) {
        ex.printStackTrace(err);
      }
      err.flush();
      return ExitCodes.USAGE;
    }
    err.println(m.get("error.internal", ex.getClass().getSimpleName(), String.valueOf(ex.getMessage())));
    if (debug) {
      ex.printStackTrace(err);
    } else {
      err.println(m.get("error.debugHint"));
    }
    err.flush();
    return ExitCodes.INTERNAL;
  }

  @Override
  public int handleParseException(CommandLine.ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    Messages m = Messages.of("org.shutong.cli.messages", lang);
    err.println(m.get("error.prefix") + message(ex, m));
    if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
      err.println(m.get("error.didYouMean", String.join(", ", u.getSuggestions())));
    } else {
      err.println(m.get("error.usageHint", cl.getCommandSpec().qualifiedName()));
    }
    if (GlobalOptions.of(cl).debug()) {
      ex.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.USAGE;
  }

  /** The parse error in the run's language; picocli's text for kinds not translated here. */
  static String message(CommandLine.ParameterException ex, Messages m) {
    // picocli checks required options before unknown ones; the unknown option (often a typo of a
    // required one) is the error to show first
    List<String> unknown = ex instanceof CommandLine.MissingParameterException && ex.getCommandLine() != null
        ? ex.getCommandLine().getUnmatchedArguments() : List.of();
    if (!unknown.isEmpty() && unknown.get(0).startsWith("-")) {
      return m.get("error.unknownOption", String.join(" ", unknown));
    }
    if (ex instanceof CommandLine.MissingParameterException mp) {
      List<String> names = new ArrayList<>();
      for (ArgSpec a : mp.getMissing()) {
        names.add(name(a));
      }
      // "-o" at the end of the line: the option was given, its value is missing (picocli's wording tells them apart)
      if (mp.getMissing().size() == 1 && mp.getMissing().get(0) instanceof OptionSpec o
          && String.valueOf(ex.getMessage()).startsWith("Missing required parameter for option")) {
        return m.get("error.missingValue", o.longestName(), o.paramLabel());
      }
      return m.get("error.missing", String.join(", ", names));
    }
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      List<String> unmatched = u.getUnmatched();
      String first = unmatched.isEmpty() ? "" : unmatched.get(0);
      return m.get(first.startsWith("-") ? "error.unknownOption" : "error.extraArgument", String.join(" ", unmatched));
    }
    if (ex instanceof CommandLine.OverwrittenOptionException o) {
      return m.get("error.repeated", name(o.getOverwritten()));
    }
    ArgSpec spec = ex.getArgSpec();
    if (ex.getClass() == CommandLine.ParameterException.class && spec != null && ex.getValue() != null) {
      Class<?> type = spec.type();
      if (type.isEnum()) {
        List<String> allowed = new ArrayList<>();
        for (Object c : type.getEnumConstants()) {
          // as the user types them: UTF_8_BOM is given as utf-8-bom (the converters accept both)
          allowed.add(((Enum<?>) c).name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return m.get("error.badChoice", name(spec), ex.getValue(), String.join("|", allowed));
      }
      return m.get("error.badValue", name(spec), ex.getValue());
    }
    return ex.getMessage();
  }

  private static String name(ArgSpec a) {
    return a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
  }
}
