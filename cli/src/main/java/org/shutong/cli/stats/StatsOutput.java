package org.shutong.cli.stats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.shutong.cli.ReportOptions;
import org.shutong.cli.UsageException;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.AtomicOutput;
import org.shutong.io.OutputException;
import org.shutong.report.Report;
import org.shutong.report.ReportFormat;
import org.shutong.stats.StatsDocument;
import org.shutong.stats.StatsWriters;

/**
 * Writes a statistics command's result in the chosen format: the submission itself for
 * {@code xlsx}, {@code html} and {@code csv} (the main table), the report for {@code json} and
 * {@code text}. Files are written atomically.
 */
final class StatsOutput {
  private StatsOutput() {}

  /** Writes and returns the exit code under {@code --fail-on}. */
  static int emit(ReportOptions ro, Report report, StatsDocument doc, PrintWriter out, PrintWriter err, Lang lang,
      boolean quiet) {
    ReportFormat f = ro.format();
    if (f == ReportFormat.JSON || f == ReportFormat.TEXT || f == ReportFormat.JUNIT) {
      return ro.emit(report, out, lang);
    }
    Messages m = Messages.of("org.shutong.cli.stats.messages", lang);
    try {
      if (ro.output() == null) {
        if (f == ReportFormat.XLSX) {
          throw new UsageException(m.get("xlsxNeedsOutput"));
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        write(f, doc, report, buf, lang);
        String s = buf.toString(StandardCharsets.UTF_8);
        out.print(s.startsWith("\uFEFF") ? s.substring(1) : s);
        out.flush();
      } else {
        try (AtomicOutput ao = AtomicOutput.create(ro.output(), ro.force(), lang)) {
          write(f, doc, report, ao.stream(), lang);
          ao.commit();
        }
      }
    } catch (IOException e) {
      if (ro.output() != null) {
        throw new OutputException(ro.output().toString(), Messages.of("org.shutong.cli.messages", lang)
            .get("report.writeFailed", ro.output(), e.getMessage()), e);
      }
      throw new UncheckedIOException(e);
    }
    if (!quiet) {
      err.println(m.get("summary", report.summary().error(), report.summary().warning(), report.summary().info()));
    }
    return ro.failOn().exitCode(report.summary());
  }

  private static void write(ReportFormat f, StatsDocument doc, Report report, java.io.OutputStream os, Lang lang)
      throws IOException {
    switch (f) {
      case XLSX -> StatsWriters.xlsx(doc, report, os, lang);
      case HTML -> StatsWriters.html(doc, report, os, lang);
      case CSV -> StatsWriters.csv(doc.tables().get(0), os);
      default -> throw new IllegalStateException(f.toString());
    }
  }
}
