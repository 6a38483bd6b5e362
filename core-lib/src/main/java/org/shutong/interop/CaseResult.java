package org.shutong.interop;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The outcome of one case of a test plan run.
 *
 * @param index 1-based position in the run (the findings' record number)
 * @param id the case id
 * @param service the service code
 * @param serviceName the catalogue's Chinese name, or the code if not catalogued
 * @param level the 测评 level requiring the service, or null
 * @param kind T or F
 * @param title what the case checks
 * @param status PASS, FAIL (a check failed) or ERROR (no reply: timeout, reset, refused)
 * @param millis time taken
 * @param failures one line per failed check, localised
 * @param saved files written for the failure (request/response pairs)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CaseResult(
    int index,
    String id,
    String service,
    String serviceName,
    String level,
    String kind,
    String title,
    String status,
    long millis,
    List<String> failures,
    List<String> saved) {
  /** Copies the lists. */
  public CaseResult {
    failures = List.copyOf(failures);
    saved = List.copyOf(saved);
  }

  /** Whether every check held. */
  public boolean passed() {
    return status.equals("PASS");
  }
}
