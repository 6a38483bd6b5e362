package org.shutong.conformance;

import java.util.Objects;
import org.apiguardian.api.API;
import org.shutong.identifier.IdentifierType;

/**
 * One line of a mapping: an extract's column bound to a data element.
 *
 * @param column the column header as the extract writes it
 * @param element the data element's identifier, e.g. {@code DE02.01.039.00}
 * @param identifier an identifier check for this column that overrides the element's, or {@code null}
 * @param line the line of the mapping file where the binding is written (0 if built in code)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ColumnBinding(String column, String element, IdentifierType identifier, long line) {
  /** Checks the components. */
  public ColumnBinding {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(element, "element");
  }

  /** A binding without identifier override, made in code. */
  public static ColumnBinding of(String column, String element) {
    return new ColumnBinding(column, element, null, 0);
  }
}
