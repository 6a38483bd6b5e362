package org.shutong.conformance;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.shutong.identifier.IdentifierType;

/**
 * One data element (数据元) of the WS 363 卫生信息数据元目录 as the WS 445 电子病历基本数据集 uses it:
 * its identifier ({@code DE02.01.039.00}), name, definition, data type (WS 363.1 clause 5.2: S1, S2,
 * S3, L, N, D, DT, T, BY), representation format and, for coded elements, the name of its value
 * domain (a WS 364 {@code CVxx.xx.xxx} table or a GB/T code list).
 *
 * @param id the identifier, e.g. {@code DE02.01.040.00}
 * @param name the Chinese name
 * @param definition the definition, or the empty string
 * @param dataType the WS 363 data type code ({@code S1}, {@code S3}, {@code L}, {@code D} …)
 * @param format the representation format
 * @param valueDomain the value domain's name ({@code GB/T 2261.1}, {@code CV02.01.101}), or {@code null}
 * @param identifier the Chinese identifier the values are ({@code RESIDENT_ID} …), or {@code null}
 * @param source where the row comes from (the catalogue file and, for extension rows, its source)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record DataElement(
    String id,
    String name,
    String definition,
    String dataType,
    RepresentationFormat format,
    String valueDomain,
    IdentifierType identifier,
    String source) {

  /** Checks the components. */
  public DataElement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(dataType, "dataType");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(source, "source");
    if (valueDomain != null && valueDomain.isBlank()) {
      valueDomain = null;
    }
  }

  /** The value domain's name, if the element is coded. */
  public Optional<String> domain() {
    return Optional.ofNullable(valueDomain);
  }

  /** The identifier kind the values are, if any. */
  public Optional<IdentifierType> identifierType() {
    return Optional.ofNullable(identifier);
  }

  /** The same element, with values checked as {@code type} identifiers. */
  public DataElement withIdentifier(IdentifierType type) {
    return new DataElement(id, name, definition, dataType, format, valueDomain, type, source);
  }
}
