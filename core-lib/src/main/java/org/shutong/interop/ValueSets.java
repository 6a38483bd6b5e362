package org.shutong.interop;

import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The national code tables the value-set layer checks coded values against. The layer maps a
 * {@code codeSystem} OID (2.16.156.10011.2.3.x) to a table name ({@code GB/T 2261.1}, {@code
 * GB/T 2261.2}, {@code GB/T 3304}, {@code GB/T 2659}, {@code ICD-10}, {@code ICD-9-CM-3}; see
 * {@code rules/codesystems.tsv}) and asks this interface. {@link #standard()} answers from the
 * national tables bundled in {@code org.shutong.codesets}. A table an implementation does not know
 * is reported as not checked, never as an error.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface ValueSets {
  /** What a lookup found. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  enum Status {
    /** The table has the code. */
    FOUND,
    /** The table is known and does not have the code. */
    NOT_FOUND,
    /** The table is not available: nothing can be said. */
    UNKNOWN_TABLE
  }

  /**
   * The result of a lookup.
   *
   * @param status what was found
   * @param name the table's name for the code when found (for the displayName check), else null
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record Lookup(Status status, String name) {
    /** Checks the status. */
    public Lookup {
      Objects.requireNonNull(status, "status");
    }

    /** Not checked: the table is not available. */
    public static final Lookup UNKNOWN = new Lookup(Status.UNKNOWN_TABLE, null);
  }

  /**
   * Looks {@code code} up in the table named {@code table}.
   *
   * @param table the table name as {@code rules/codesystems.tsv} gives it, e.g. {@code ICD-10}
   * @param code the code as written in the document
   */
  Lookup lookup(String table, String code);

  /**
   * The bundled national tables ({@code org.shutong.codesets}): GB/T 2261.1, GB/T 2261.2, GB/T
   * 3304 and GB/T 2659 value domains; ICD-10 国家临床版2.0 and 医保版2.0 (all levels); ICD-9-CM-3
   * 国家临床版3.0 and 医保版2.0. Loaded on first use.
   */
  static ValueSets standard() {
    return CodesetValueSets.bundled();
  }

  /** No tables: the value-set layer checks code-system bindings only. */
  static ValueSets none() {
    return (table, code) -> Lookup.UNKNOWN;
  }

  /**
   * Tables given as maps from table name to (code → name), e.g. loaded by a library user from the
   * code-table module. Tables not in the map are unknown.
   */
  static ValueSets of(Map<String, Map<String, String>> tables) {
    Map<String, Map<String, String>> copy = Map.copyOf(tables);
    return (table, code) -> {
      Map<String, String> t = copy.get(table);
      if (t == null) {
        return Lookup.UNKNOWN;
      }
      String name = t.get(code);
      return name == null ? new Lookup(Status.NOT_FOUND, null) : new Lookup(Status.FOUND, name);
    };
  }
}
