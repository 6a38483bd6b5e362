package org.shutong.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Checks, before any command runs, the output rules of CONVENTIONS.md ("Inputs are never
 * modified") that no single command can see whole: an output file that is also one of the
 * command's inputs is refused (with {@code --force} it would otherwise be replaced by the output),
 * and {@code -} as an output means standard output only where the command can write there (the
 * report options); anywhere else it is refused instead of creating a file named "-".
 *
 * <p>Outputs are recognised by the names CONVENTIONS.md and the commands use for them (one table
 * here, {@link #OUTPUT_OPTIONS}), and by positional parameters labelled {@code OUT} (the second of
 * {@code IN OUT}). Every other argument naming an existing file is an input.
 */
final class OutputGuard {
  /** Options that name a file the command writes. */
  static final Set<String> OUTPUT_OPTIONS =
      Set.of("--output", "--write-mapping", "--propose", "--answers");

  private OutputGuard() {}

  /**
   * Refuses the run of the last parsed subcommand if an output is one of its inputs.
   *
   * @throws CommandLine.ExecutionException wrapping a {@link UsageException} (exit 2)
   */
  static void check(CommandLine.ParseResult root, Lang lang) {
    CommandLine.ParseResult pr = root;
    while (pr.hasSubcommand()) {
      if (pr.isUsageHelpRequested() || pr.isVersionHelpRequested()) {
        return;
      }
      pr = pr.subcommand();
    }
    if (pr.isUsageHelpRequested() || pr.isVersionHelpRequested()) {
      return;
    }
    CommandSpec spec = pr.commandSpec();
    Messages m = Messages.of("org.shutong.cli.messages", lang);
    List<Path> outputs = new ArrayList<>();
    List<Path> inputs = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      if (!pr.hasMatchedOption(o)) {
        continue;
      }
      Object v = o.getValue();
      if (!OUTPUT_OPTIONS.contains(o.longestName())) {
        paths(v, inputs);
      } else if (v != null && isDash(v)) {
        if (!reportOutput(spec, o)) {
          throw refuse(spec, m.get("output.dashUnsupported", o.longestName()));
        }
      } else {
        paths(v, outputs);
      }
    }
    for (PositionalParamSpec p : spec.positionalParameters()) {
      List<Path> values = new ArrayList<>();
      paths(p.getValue(), values);
      String label = p.paramLabel();
      List<Path> written = List.of();
      if ("OUT".equals(label)) {
        written = values;
      } else if ("IN OUT".equals(label) && values.size() == 2) {
        inputs.add(values.get(0));
        written = values.subList(1, 2);
      } else {
        inputs.addAll(values);
      }
      for (Path out : written) {
        if (isDash(out)) {
          throw refuse(spec, m.get("output.dashUnsupported", "OUT"));
        }
        outputs.add(out);
      }
    }
    for (Path out : outputs) {
      for (Path in : inputs) {
        if (same(in, out)) {
          throw refuse(spec, m.get("output.isInput", out));
        }
      }
    }
  }

  /** Whether {@code o} is the {@code -o} of the {@link ReportOptions} mixin (which writes {@code -} to stdout). */
  private static boolean reportOutput(CommandSpec spec, OptionSpec o) {
    for (CommandSpec mixin : spec.mixins().values()) {
      if (mixin.userObject() instanceof ReportOptions && mixin.findOption(o.longestName()) != null) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDash(Object v) {
    return "-".equals(v.toString());
  }

  private static CommandLine.ExecutionException refuse(CommandSpec spec, String message) {
    return new CommandLine.ExecutionException(spec.commandLine(), message, new UsageException(message));
  }

  /** Adds the paths a value names: a Path, a String, or a collection or array of them. */
  private static void paths(Object v, List<Path> into) {
    if (v instanceof Path p) {
      into.add(p);
    } else if (v instanceof String s && !s.isEmpty()) {
      try {
        into.add(Path.of(s));
      } catch (InvalidPathException e) {
        // not a path (e.g. a code or a SQL query): cannot be an output
      }
    } else if (v instanceof Collection<?> c) {
      for (Object o : c) {
        paths(o, into);
      }
    } else if (v instanceof Object[] a) {
      for (Object o : a) {
        paths(o, into);
      }
    }
  }

  /** Whether two paths name the same existing file (links and relative paths resolved). */
  static boolean same(Path in, Path out) {
    if (!Files.isRegularFile(in) || !Files.exists(out)) {
      return false;
    }
    try {
      return Files.isSameFile(in, out);
    } catch (IOException | SecurityException e) {
      return false;
    }
  }
}
