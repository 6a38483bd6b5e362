package org.shutong.conformance;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A data set (数据集) as a named list of required and optional data elements, e.g. a WS 445 sub-set
 * or a platform's own exchange set. Required elements must have a column and a value in every
 * record ({@code CF-REQUIRED-MISSING}, {@code CF-REQUIRED-EMPTY}).
 *
 * @param name the data set's name
 * @param required identifiers of the required elements
 * @param optional identifiers of the optional elements
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Dataset(String name, List<String> required, List<String> optional) {
  /** Copies the lists. */
  public Dataset {
    Objects.requireNonNull(name, "name");
    required = List.copyOf(required);
    optional = List.copyOf(optional);
  }

  /** Whether {@code element} is required. */
  public boolean requires(String element) {
    return required.contains(element);
  }
}
