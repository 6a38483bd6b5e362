package org.shutong.conformance;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.report.Finding;

/**
 * How an extract's columns map to data elements, and optionally the data set the extract must
 * satisfy. Read from YAML or from CSV with the header {@code column,element} (optional
 * {@code required} column) by {@link #read(Path, DataElementCatalogue, Lang)}; problems in the
 * mapping itself (an unknown element, a column named twice) are kept as {@link #problems()} and
 * reported with the run.
 *
 * @param name the mapping's name (its file as the user named it, or a given name)
 * @param bindings the column bindings that name known elements, in file order
 * @param dataset the data set, if the mapping declares one
 * @param catalogue the catalogue the bindings were checked against (with the mapping's own
 *     {@code catalogue:} file added, if any)
 * @param problems findings about the mapping file itself
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Mapping(
    String name,
    List<ColumnBinding> bindings,
    Optional<Dataset> dataset,
    DataElementCatalogue catalogue,
    List<Finding> problems) {

  /** Copies the lists. */
  public Mapping {
    Objects.requireNonNull(name, "name");
    bindings = List.copyOf(bindings);
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(catalogue, "catalogue");
    problems = List.copyOf(problems);
  }

  /**
   * Reads a mapping file: YAML ({@code .yaml}/{@code .yml}) or CSV (anything else), and checks its
   * elements against {@code catalogue}.
   *
   * @throws org.shutong.io.InputException if the file cannot be read or does not parse
   */
  public static Mapping read(Path file, DataElementCatalogue catalogue, Lang lang) {
    return MappingFiles.read(file, catalogue, lang);
  }

  /** A mapping made in code, checked against {@code catalogue} (unknown elements become problems). */
  public static Mapping of(String name, List<ColumnBinding> bindings, Dataset dataset,
      DataElementCatalogue catalogue, Lang lang) {
    return MappingFiles.build(name, bindings, dataset, catalogue, lang);
  }
}
