package org.shutong.report;

import org.apiguardian.api.API;

/** Receives findings as a validator produces them, so that nothing has to hold a whole file. */
@API(status = API.Status.STABLE, since = "0.1")
@FunctionalInterface
public interface FindingSink {
  /** Accepts one finding. */
  void accept(Finding finding);

  /** A sink that drops everything. */
  static FindingSink discard() {
    return f -> {};
  }
}
