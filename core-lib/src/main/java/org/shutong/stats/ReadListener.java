package org.shutong.stats;

import org.apiguardian.api.API;
import org.shutong.io.TableReader;

/**
 * Follows a statistics run through its inputs, e.g. to draw a progress bar: told when each file is
 * opened, after each record, and when the file is done. Called on the run's thread; must be cheap.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ReadListener {
  /** A file was opened. */
  void opened(TableReader reader);

  /** One record was processed. */
  void record();

  /** The file is done (also after a failure). */
  void closed(TableReader reader);

  /** A listener that does nothing. */
  static ReadListener none() {
    return new ReadListener() {
      @Override
      public void opened(TableReader reader) {}

      @Override
      public void record() {}

      @Override
      public void closed(TableReader reader) {}
    };
  }
}
