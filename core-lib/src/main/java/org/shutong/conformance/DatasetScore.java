package org.shutong.conformance;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Conformance of the extract to a data set, as {@code conformance.dataset} of the JSON report shows it.
 *
 * <ul>
 *   <li>{@code coverage}: required elements that have a column, over required elements;
 *   <li>{@code completeness}: filled required cells over {@code records × required elements}
 *       (a missing column counts as empty in every record);
 *   <li>{@code conformance}: conforming values over non-empty values, all mapped elements together;
 *   <li>{@code score}: conforming values over (non-empty values + empty required cells): one number
 *       that falls with wrong values and with missing required ones.
 * </ul>
 *
 * @param name the data set's name
 * @param requiredElements number of required elements
 * @param requiredPresent required elements with a column
 * @param missingRequired identifiers of required elements without a column
 * @param coverage {@code requiredPresent / requiredElements}, or {@code null} when none is required
 * @param completeness filled share of required cells, or {@code null} when none is required or no record
 * @param nonEmpty non-empty values of mapped elements
 * @param conforming conforming values of mapped elements
 * @param conformance {@code conforming / nonEmpty}, or {@code null}
 * @param score see above, or {@code null} when there is nothing to score
 */
@API(status = API.Status.STABLE, since = "0.1")
public record DatasetScore(
    String name,
    int requiredElements,
    int requiredPresent,
    List<String> missingRequired,
    Double coverage,
    Double completeness,
    long nonEmpty,
    long conforming,
    Double conformance,
    Double score) {
  /** Copies the list. */
  public DatasetScore {
    missingRequired = List.copyOf(missingRequired);
  }
}
