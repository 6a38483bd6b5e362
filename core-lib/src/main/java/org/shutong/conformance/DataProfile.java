package org.shutong.conformance;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The data-quality profile of one file ({@code shutong conform profile}): per column statistics, the
 * five dimensions (完整性、唯一性、有效性、一致性、及时性), duplicates, rule results and timeliness.
 * {@code profile} in the JSON report carries it (schema {@value #SCHEMA}, see {@code docs/conform.md}).
 *
 * @param schema always {@value #SCHEMA}
 * @param file the file as the user named it
 * @param encoding the encoding it was read in, or {@code null}
 * @param records records read
 * @param columnCount columns in the file
 * @param columns one profile per column
 * @param dimensions the five dimensions' scores
 * @param duplicates the duplicates found
 * @param rules the declared rules' results
 * @param timeliness the dates checked for 及时性
 * @param conformance the mapping's conformance, when a mapping was given, else {@code null}
 * @param limits the memory bounds the profile ran under
 */
@API(status = API.Status.STABLE, since = "0.1")
public record DataProfile(
    String schema,
    String file,
    String encoding,
    long records,
    int columnCount,
    List<ColumnProfile> columns,
    List<DimensionScore> dimensions,
    DuplicateSummary duplicates,
    List<RuleResult> rules,
    TimelinessSummary timeliness,
    ConformanceResult conformance,
    ProfileLimits limits) {
  /** Version of the {@code profile} JSON shape. */
  public static final String SCHEMA = "shutong.profile/1";

  /** Copies the lists. */
  public DataProfile {
    columns = List.copyOf(columns);
    dimensions = List.copyOf(dimensions);
    rules = List.copyOf(rules);
  }

  /** The score of {@code d}. */
  public DimensionScore dimension(QualityDimension d) {
    return dimensions.stream().filter(s -> s.dimension().equals(d.name())).findFirst().orElseThrow();
  }

  /** The profile of the column headed {@code header}, if any. */
  public Optional<ColumnProfile> column(String header) {
    return columns.stream().filter(c -> c.header().equals(header)).findFirst();
  }
}
