package org.shutong.conformance;

import java.util.Map;
import org.apiguardian.api.API;

/**
 * Conformance of one mapped element (one column), as {@code conformance.elements[]} of the JSON
 * report shows it. Conformance is the share of non-empty values with no error finding.
 *
 * @param element the data element's identifier
 * @param name the element's name
 * @param column the extract's column header
 * @param format the representation format checked
 * @param valueDomain the value domain's name, or {@code null}
 * @param domainChecked whether values were checked against the domain (false when the tables lack it)
 * @param identifier the identifier check applied ({@code RESIDENT_ID} …), or {@code null}
 * @param required whether the data set requires the element
 * @param records records read
 * @param nonEmpty non-empty values
 * @param conforming non-empty values without an error finding
 * @param conformance {@code conforming / nonEmpty}, or {@code null} when no value is filled
 * @param completeness {@code nonEmpty / records}, or {@code null} for an empty file
 * @param defects findings per rule id for this column
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ElementScore(
    String element,
    String name,
    String column,
    String format,
    String valueDomain,
    boolean domainChecked,
    String identifier,
    boolean required,
    long records,
    long nonEmpty,
    long conforming,
    Double conformance,
    Double completeness,
    Map<String, Long> defects) {
  /** Copies the map. */
  public ElementScore {
    defects = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(defects));
  }
}
