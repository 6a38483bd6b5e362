package org.shutong.cli;

import java.io.PrintWriter;
import java.text.NumberFormat;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.TableReader;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A one-line progress bar on standard error for long runs: share done, records, records per second
 * and the time left. It shows only when standard error is a terminal and neither {@code --quiet}
 * nor {@code --no-progress} was given; never in files or pipes. It appears after half a second (so
 * quick runs stay clean), redraws at most five times a second, and clears its line when closed.
 *
 * <pre>{@code
 * try (TableReader r = TableReaders.open(file, options);
 *     Progress p = Progress.of(spec, r)) {
 *   while (r.hasNext()) {
 *     Row row = r.next();
 *     ...
 *     p.tick();
 *   }
 * }
 * }</pre>
 *
 * <p>Not thread-safe: tick it from the loop's thread.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Progress implements AutoCloseable {
  /** Nothing is drawn before this much time has passed. */
  static final long DELAY_NANOS = 500_000_000L;
  /** At most one redraw per this interval (five a second). */
  static final long INTERVAL_NANOS = 200_000_000L;
  private static final int BAR = 20;

  private final PrintWriter err;
  private final boolean enabled;
  private final String label;
  private final LongSupplier done;
  private final DoubleSupplier fraction;
  private final long total;
  private final LongSupplier clock;
  private final Messages messages;
  private final NumberFormat numbers;
  private final long start;
  private long ticks;
  private long nextDraw;
  private boolean drawn;

  /**
   * @param done what counts as done so far, or {@code null} for the number of ticks
   * @param fraction the share done (0 to 1, -1 if unknown), or {@code null} for ticks / total
   * @param total the number of steps when {@code fraction} is null, or -1 if unknown
   */
  Progress(PrintWriter err, boolean enabled, String label, LongSupplier done, DoubleSupplier fraction,
      long total, LongSupplier clock, Lang lang) {
    this.err = err;
    this.enabled = enabled;
    this.label = shorten(label);
    this.done = done;
    this.fraction = fraction;
    this.total = total;
    this.clock = clock;
    this.messages = Messages.of("org.shutong.cli.messages", lang);
    this.numbers = NumberFormat.getIntegerInstance(lang.locale());
    this.start = enabled ? clock.getAsLong() : 0;
    this.nextDraw = start + DELAY_NANOS;
  }

  /** A progress bar over a table reader: records read, and the share of the file consumed. */
  public static Progress of(CommandSpec spec, TableReader reader) {
    return create(spec, reader.source().name(), reader::recordsRead, reader::progress, -1);
  }

  /**
   * A progress bar over any loop of {@code total} steps ({@code -1} if unknown); call
   * {@link #tick()} once per step.
   */
  public static Progress of(CommandSpec spec, String label, long total) {
    return create(spec, label, null, null, total);
  }

  private static Progress create(
      CommandSpec spec, String label, LongSupplier done, DoubleSupplier fraction, long total) {
    GlobalOptions g = GlobalOptions.of(spec.commandLine());
    return new Progress(spec.commandLine().getErr(), g.progressAllowed() && g.stderrIsTerminal(),
        label, done, fraction, total, System::nanoTime, g.lang());
  }

  /** Whether this bar draws at all (stderr a terminal, progress allowed). */
  public boolean enabled() {
    return enabled;
  }

  /** One step done (a record read, a file checked). Cheap: looks at the clock every 16 steps. */
  public void tick() {
    ticks++;
    if (enabled && (ticks & 15) == 0) {
      long now = clock.getAsLong();
      if (now >= nextDraw) {
        draw(now);
        nextDraw = now + INTERVAL_NANOS;
      }
    }
  }

  private void draw(long now) {
    long n = done != null ? done.getAsLong() : ticks;
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    double f = fraction != null ? fraction.getAsDouble() : total > 0 ? (double) ticks / total : -1;
    StringBuilder sb = new StringBuilder(100).append('\r').append(label).append("  ");
    if (f >= 0) {
      f = Math.min(1, f);
      int full = (int) Math.round(f * BAR);
      sb.append('[').append("#".repeat(full)).append("-".repeat(BAR - full)).append("] ")
          .append(Math.round(f * 100)).append("%  ");
    }
    sb.append(messages.get("progress.records", numbers.format(n))).append("  ")
        .append(messages.get("progress.rate", numbers.format(Math.round(n / seconds))));
    if (f > 0.001 && f < 1) {
      long left = (long) Math.ceil(seconds * (1 - f) / f - 1e-9);
      sb.append("  ").append(messages.get("progress.eta", duration(left)));
    }
    sb.append("\u001b[K");
    err.print(sb);
    err.flush();
    drawn = true;
  }

  /** {@code 0:42}, {@code 12:05}, {@code 1:02:03}. */
  static String duration(long seconds) {
    long h = seconds / 3600;
    long m = seconds / 60 % 60;
    long s = seconds % 60;
    return h > 0 ? String.format(java.util.Locale.ROOT, "%d:%02d:%02d", h, m, s)
        : String.format(java.util.Locale.ROOT, "%d:%02d", m, s);
  }

  private static String shorten(String label) {
    if (label == null) {
      return "";
    }
    String name = label.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    return name.length() > 24 ? name.substring(0, 23) + "…" : name;
  }

  /** Clears the bar's line if it was drawn. */
  @Override
  public void close() {
    if (drawn) {
      err.print("\r\u001b[K");
      err.flush();
      drawn = false;
    }
  }
}
