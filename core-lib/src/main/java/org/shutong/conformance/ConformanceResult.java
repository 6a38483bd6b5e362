package org.shutong.conformance;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The outcome of {@link ConformanceChecker#check}: the scores that {@code conformance} in the JSON
 * report carries (schema {@value #SCHEMA}, documented in {@code docs/conform.md}), for
 * {@code shutong assess} to use as evidence. Findings went to the sink given to the check.
 *
 * @param schema always {@value #SCHEMA}
 * @param file the extract as the user named it
 * @param encoding the encoding the extract was read in, or {@code null}
 * @param records records read (malformed ones included)
 * @param mapping the mapping's name
 * @param catalogueElements elements in the catalogue used
 * @param columns columns in the extract
 * @param mappedColumns columns checked
 * @param unmappedColumns columns of the extract not bound to an element
 * @param elements one score per checked column
 * @param dataset the data set's score, or {@code null} if the mapping declares no data set
 * @param rules one score per rule applied
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ConformanceResult(
    String schema,
    String file,
    String encoding,
    long records,
    String mapping,
    int catalogueElements,
    int columns,
    int mappedColumns,
    List<String> unmappedColumns,
    List<ElementScore> elements,
    DatasetScore dataset,
    List<RuleScore> rules) {
  /** Version of the {@code conformance} JSON shape. */
  public static final String SCHEMA = "shutong.conformance/1";

  /** Copies the lists. */
  public ConformanceResult {
    unmappedColumns = List.copyOf(unmappedColumns);
    elements = List.copyOf(elements);
    rules = List.copyOf(rules);
  }

  /** The data set's score, if the mapping declares a data set. */
  public Optional<DatasetScore> datasetScore() {
    return Optional.ofNullable(dataset);
  }

  /** The score of one element (by identifier), if it was checked. */
  public Optional<ElementScore> element(String id) {
    return elements.stream().filter(e -> e.element().equals(id)).findFirst();
  }

  /** The score of one rule, if it was applied. */
  public Optional<RuleScore> rule(String ruleId) {
    return rules.stream().filter(r -> r.ruleId().equals(ruleId)).findFirst();
  }
}
