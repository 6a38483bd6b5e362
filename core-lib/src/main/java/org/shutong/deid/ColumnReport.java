package org.shutong.deid;

import java.util.Map;
import org.apiguardian.api.API;

/**
 * What {@link ColumnScanner} found in one column. Carries counts only — never a value of the input.
 *
 * @param index 0-based column
 * @param header the header as found
 * @param field the standard's field code the header names ({@code A20}), or {@code null}
 * @param kind what the column holds
 * @param columnClass the class of attribute
 * @param basis {@code header}, {@code content} or {@code header+content}
 * @param nonEmpty non-empty values seen
 * @param matches per kind of identifier recognised in the values: how many values matched
 * @param textHits for free text: identifiers found inside the values, per tag
 * @param distinctRatio distinct values over non-empty values in the sample (0 to 1)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ColumnReport(
    int index,
    String header,
    String field,
    ColumnKind kind,
    ColumnClass columnClass,
    String basis,
    long nonEmpty,
    Map<String, Long> matches,
    Map<String, Long> textHits,
    double distinctRatio) {

  /** Copies the maps. */
  public ColumnReport {
    matches = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(matches));
    textHits = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(textHits));
  }
}
