package org.shutong.cli;

import org.shutong.i18n.Lang;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Options every command accepts, defined once on the root command and inherited by all
 * subcommands: {@code --lang}, {@code --quiet}, {@code --no-progress}, {@code --debug}.
 */
public final class GlobalOptions {
  @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "zh|en",
      converter = LangConverter.class, description = "消息语言：zh（默认）或 en")
  Lang lang = Lang.ZH;

  @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "不显示进度条和提示信息")
  boolean quiet;

  @Option(names = "--no-progress", scope = ScopeType.INHERIT, description = "不显示进度条")
  boolean noProgress;

  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "出错时打印完整的堆栈信息")
  boolean debug;

  /** Set by {@link Shutong}: whether stdout and stderr are terminals (false when embedded or tested). */
  boolean stdoutTerminal;

  boolean stderrTerminal;

  /** The language chosen. */
  public Lang lang() {
    return lang;
  }

  /** Whether informational output on stderr is suppressed. */
  public boolean quiet() {
    return quiet;
  }

  /** Whether a progress bar may be shown (it still needs stderr to be a terminal). */
  public boolean progressAllowed() {
    return !quiet && !noProgress;
  }

  /** Whether {@code --debug} was given: errors print their stack trace. */
  public boolean debug() {
    return debug;
  }

  /** Whether the command's standard output is a terminal (colour, layout for people). */
  public boolean stdoutIsTerminal() {
    return stdoutTerminal;
  }

  /** Whether the command's standard error is a terminal (progress bar). */
  public boolean stderrIsTerminal() {
    return stderrTerminal;
  }

  /** The global options of the root command that {@code cl} belongs to. */
  public static GlobalOptions of(CommandLine cl) {
    CommandLine c = cl;
    while (c.getParent() != null) {
      c = c.getParent();
    }
    return ((ShutongCommand) c.getCommand()).global;
  }

  /** Converts {@code zh}/{@code en}. */
  static final class LangConverter implements CommandLine.ITypeConverter<Lang> {
    @Override
    public Lang convert(String value) {
      return Lang.parse(value);
    }
  }
}
