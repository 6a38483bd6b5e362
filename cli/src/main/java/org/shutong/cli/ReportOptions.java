package org.shutong.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.shutong.i18n.Lang;
import org.shutong.io.AtomicOutput;
import org.shutong.report.FindingCollector;
import org.shutong.report.Report;
import org.shutong.report.ReportFormat;
import org.shutong.io.OutputException;
import org.shutong.report.RenderOptions;
import org.shutong.report.ReportRenderer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The report options of CONVENTIONS.md, as a mixin for every command that produces a report:
 * {@code -f/--format}, {@code -o/--output}, {@code --force}, {@code --fail-on},
 * {@code --max-findings}. Also writes the report and computes the exit code.
 */
public final class ReportOptions {
  /** The command this mixin belongs to (picocli injects it), for the global options. */
  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "报告格式：text|json|csv|junit|html|xlsx（默认 text；写入文件时按扩展名）")
  ReportFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "报告写入的文件（默认或 - 为标准输出）")
  Path output;

  @Option(names = "--force", description = "允许覆盖已存在的输出文件")
  boolean force;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
      description = "哪些发现使退出码为 1：error（默认）|warning|never")
  FailOn failOn = FailOn.ERROR;

  @Option(names = "--max-findings", paramLabel = "N", defaultValue = "1000000",
      description = "报告中最多列出的发现条数（汇总计数始终完整）")
  int maxFindings = FindingCollector.DEFAULT_LIMIT;

  /** A collector honouring {@code --max-findings}. */
  public FindingCollector collector() {
    return new FindingCollector(maxFindings);
  }

  /** Whether {@code --force} was given. */
  public boolean force() {
    return force;
  }

  /** The {@code --fail-on} threshold. */
  public FailOn failOn() {
    return failOn;
  }

  /** The output path, or {@code null} for stdout (no {@code -o}, or {@code -o -}). */
  public Path output() {
    return output == null || output.toString().equals("-") ? null : output;
  }

  /**
   * Whether the output is text to standard output (no {@code -f} other than text, no {@code -o}):
   * a command may then print plain lines (for pipes) instead of a report.
   */
  public boolean plainText() {
    return format() == ReportFormat.TEXT && output() == null;
  }

  /** The format: explicit, else from the output's extension, else text. */
  public ReportFormat format() {
    if (format != null) {
      return format;
    }
    Path target = output();
    if (target != null) {
      String n = target.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
      for (ReportFormat f : ReportFormat.values()) {
        if (n.endsWith("." + f.extension()) && f != ReportFormat.JUNIT) {
          return f;
        }
      }
    }
    return ReportFormat.TEXT;
  }

  /**
   * Renders {@code report} to the output file (atomically) or to {@code out}, and returns the exit
   * code its summary gives under {@code --fail-on}.
   */
  public int emit(Report report, PrintWriter out, Lang lang) {
    ReportFormat f = format();
    Path target = output();
    ReportRenderer r = ReportRenderer.of(f, RenderOptions.defaults().withColour(colour(f)));
    try {
      if (target == null) {
        if (f == ReportFormat.XLSX) {
          throw new UsageException(org.shutong.i18n.Messages.of("org.shutong.cli.messages", lang).get("report.xlsxNeedsOutput"));
        }
        out.flush();
        OutputStream bridge = new WriterOutputStream(out);
        r.render(report, bridge, lang);
        bridge.flush();
        out.flush();
      } else {
        try (AtomicOutput ao = AtomicOutput.create(target, force, lang)) {
          r.render(report, ao.stream(), lang);
          ao.commit();
        }
      }
    } catch (IOException e) {
      if (target != null) {
        throw new OutputException(target.toString(), org.shutong.i18n.Messages.of("org.shutong.cli.messages", lang)
            .get("report.writeFailed", target, e.getMessage()), e);
      }
      throw new UncheckedIOException(e);
    }
    return failOn.exitCode(report.summary());
  }

  /**
   * Colour for a text report on a terminal, unless the user set {@code NO_COLOR}
   * (https://no-color.org); never for files, pipes or other formats.
   */
  private boolean colour(ReportFormat f) {
    if (f != ReportFormat.TEXT || output() != null || mixee == null) {
      return false;
    }
    String noColor = System.getenv("NO_COLOR");
    return GlobalOptions.of(mixee.commandLine()).stdoutIsTerminal() && (noColor == null || noColor.isEmpty());
  }
}
