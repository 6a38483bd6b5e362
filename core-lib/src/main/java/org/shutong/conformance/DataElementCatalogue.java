package org.shutong.conformance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.identifier.IdentifierType;
import org.shutong.io.InputException;

/**
 * The data-element catalogue: WS 363 卫生信息数据元目录 elements as WS 445 uses them, loaded from
 * data files. The bundled catalogue is {@code data-elements.csv} (the shared, partial WS 363/445
 * slice with its PROVENANCE) plus any extension files listed beside it; users add or override
 * elements with their own file of the same columns ({@code id,name,definition,type,format,value_domain},
 * optional {@code source}). Adding an element is a data change. Immutable.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class DataElementCatalogue {
  private static volatile DataElementCatalogue builtIn;

  private final Map<String, DataElement> byId;
  private final List<String> files;
  private final List<String> overridden;
  private final Map<String, IdentifierCondition> conditions;

  /** When an element's values are identifiers only for some records (身份证件类别代码 = 01). */
  record IdentifierCondition(String element, List<String> values) {
    IdentifierCondition {
      values = List.copyOf(values);
    }
  }

  private DataElementCatalogue(Map<String, DataElement> byId, List<String> files, List<String> overridden,
      Map<String, IdentifierCondition> conditions) {
    this.byId = Collections.unmodifiableMap(byId);
    this.files = List.copyOf(files);
    this.overridden = List.copyOf(overridden);
    this.conditions = Map.copyOf(conditions);
  }

  /** The bundled catalogue (loaded once). */
  public static DataElementCatalogue builtIn() {
    DataElementCatalogue c = builtIn;
    if (c == null) {
      synchronized (DataElementCatalogue.class) {
        c = builtIn;
        if (c == null) {
          c = CatalogueFiles.loadBuiltIn();
          builtIn = c;
        }
      }
    }
    return c;
  }

  static DataElementCatalogue of(Map<String, DataElement> byId, List<String> files, List<String> overridden,
      Map<String, IdentifierCondition> conditions) {
    return new DataElementCatalogue(new LinkedHashMap<>(byId), files, overridden, conditions);
  }

  /**
   * This catalogue with the elements of a user's file added; an element already present is replaced
   * and listed in {@link #overridden()}.
   *
   * @throws InputException if the file cannot be read, lacks a required column, or has a row with
   *     an empty identifier or a format that does not parse (the message names file, line and column)
   */
  public DataElementCatalogue withFile(Path file, Lang lang) {
    Map<String, DataElement> m = new LinkedHashMap<>(byId);
    List<String> over = new ArrayList<>(overridden);
    for (DataElement e : CatalogueFiles.readUserFile(file, lang)) {
      if (m.put(e.id(), e) != null) {
        over.add(e.id());
      }
    }
    List<String> fs = new ArrayList<>(files);
    fs.add(file.toString());
    return new DataElementCatalogue(m, fs, over, conditions);
  }

  /** The element with identifier {@code id} (exact, then ignoring case and surrounding spaces). */
  public Optional<DataElement> find(String id) {
    DataElement e = byId.get(id);
    if (e == null) {
      e = byId.get(id.strip().toUpperCase(Locale.ROOT));
    }
    return Optional.ofNullable(e);
  }

  /** All elements in file order. */
  public List<DataElement> elements() {
    return List.copyOf(byId.values());
  }

  /** Number of elements. */
  public int size() {
    return byId.size();
  }

  /** The files the catalogue was loaded from, bundled ones first. */
  public List<String> files() {
    return files;
  }

  /** Identifiers of bundled elements a user's file replaced. */
  public List<String> overridden() {
    return overridden;
  }

  /**
   * The element whose value decides whether {@code element}'s values are identifiers, and the
   * values for which they are ({@code DE02.01.031.00} = {@code 01} for 身份证件号码), if any.
   */
  Optional<IdentifierCondition> identifierCondition(String element) {
    return Optional.ofNullable(conditions.get(element));
  }

  /** The identifier type bound to {@code element} by the bundled bindings, if any. */
  Optional<IdentifierType> identifierOf(String element) {
    return find(element).flatMap(DataElement::identifierType);
  }
}
