package org.shutong.cli.conform;

import java.util.List;
import org.shutong.cli.Progress;
import org.shutong.io.Row;
import org.shutong.io.TableReader;
import org.shutong.io.TableSource;

/** A reader that ticks a progress bar for every record the library reads from it. */
final class TickingReader implements TableReader {
  private final TableReader in;
  private final Progress progress;

  TickingReader(TableReader in, Progress progress) {
    this.in = in;
    this.progress = progress;
  }

  @Override
  public TableSource source() {
    return in.source();
  }

  @Override
  public List<String> header() {
    return in.header();
  }

  @Override
  public long recordsRead() {
    return in.recordsRead();
  }

  @Override
  public double progress() {
    return in.progress();
  }

  @Override
  public boolean hasNext() {
    return in.hasNext();
  }

  @Override
  public Row next() {
    Row r = in.next();
    progress.tick();
    return r;
  }

  @Override
  public void close() {
    in.close();
  }
}
