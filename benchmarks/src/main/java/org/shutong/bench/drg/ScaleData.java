package org.shutong.bench.drg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes the scale benchmark's input (issue 12): {@code N} first pages in the national interface
 * layout, generated as for the DRG end-to-end harness ({@link DrgData}). Usage: {@code ScaleData FILE N}.
 */
public final class ScaleData {
  private ScaleData() {}

  /** Writes the file unless it exists. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    if (Files.exists(file)) {
      return;
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    long t = System.nanoTime();
    new DrgData().writeFirstPage(file, n, 20261123L);
    System.out.printf(Locale.ROOT, "generated %s: %d records, %.0f MB, %.1f s%n", file, n, Files.size(file) / 1e6,
        (System.nanoTime() - t) / 1e9);
  }
}
