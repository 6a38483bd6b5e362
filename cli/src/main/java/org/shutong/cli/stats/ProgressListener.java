package org.shutong.cli.stats;

import org.shutong.cli.Progress;
import org.shutong.io.TableReader;
import org.shutong.stats.ReadListener;
import picocli.CommandLine.Model.CommandSpec;

/** Draws the CLI's progress bar for each input a statistics run reads. */
final class ProgressListener implements ReadListener {
  private final CommandSpec spec;
  private Progress progress;

  ProgressListener(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public void opened(TableReader reader) {
    progress = Progress.of(spec, reader);
  }

  @Override
  public void record() {
    if (progress != null) {
      progress.tick();
    }
  }

  @Override
  public void closed(TableReader reader) {
    if (progress != null) {
      progress.close();
      progress = null;
    }
  }
}
