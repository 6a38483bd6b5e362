package org.shutong.deid;

import java.util.Map;
import org.apiguardian.api.API;

/**
 * What a run did to one input column: counts only, never a value.
 *
 * @param header the header as found
 * @param field the standard's field code, or {@code null}
 * @param rule the id of the rule applied, or {@code null} for an unlisted column
 * @param action the action
 * @param columnClass the class of attribute
 * @param nonEmpty non-empty input values
 * @param changed values whose output differs from the input
 * @param suppressed values replaced by the suppression marker (including k-anonymity suppression)
 * @param unparsed values the action could not read (a date that is no date, an unknown region code),
 *     suppressed
 * @param tags for scrubbed free text: identifiers replaced, per tag
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ColumnStats(
    String header,
    String field,
    String rule,
    Action action,
    ColumnClass columnClass,
    long nonEmpty,
    long changed,
    long suppressed,
    long unparsed,
    Map<String, Long> tags) {

  /** Copies the map. */
  public ColumnStats {
    tags = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tags));
  }
}
