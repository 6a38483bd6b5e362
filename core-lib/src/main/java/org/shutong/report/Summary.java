package org.shutong.report;

import org.apiguardian.api.API;

/**
 * The counts of a run, as the report's {@code summary} object shows them.
 *
 * @param records data records read over all inputs
 * @param recordsWithErrors records with at least one {@code error} finding
 * @param error number of error findings
 * @param warning number of warning findings
 * @param info number of info findings
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Summary(long records, long recordsWithErrors, long error, long warning, long info) {

  /** Number of findings at or above {@code threshold}. */
  public long atLeast(Severity threshold) {
    return switch (threshold) {
      case ERROR -> error;
      case WARNING -> error + warning;
      case INFO -> error + warning + info;
    };
  }
}
