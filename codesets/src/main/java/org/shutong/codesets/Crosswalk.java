package org.shutong.codesets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A published mapping between two code tables, e.g. 国家临床版2.0 → 医保版2.0 (NHSA's 对照表). Rows
 * are kept as published (codes and names trimmed); a row whose target is empty stays, with
 * {@link Mapping#hasTarget()} false, so that "the source says: no target" differs from "not in the
 * source". Both directions are indexed; the reverse direction is the inverse of the published rows,
 * nothing more.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Crosswalk {
  /**
   * One published row.
   *
   * @param from the code in the source table ({@link TableInfo#mapsFrom()})
   * @param fromName its name as given in the crosswalk, or {@code ""} if the source has no names
   * @param to the code in the target table ({@link TableInfo#mapsTo()}), or {@code ""} if the row
   *     has no target
   * @param toName its name as given in the crosswalk, or {@code ""}
   * @param line the physical line of the row in the bundled or user file
   */
  public record Mapping(String from, String fromName, String to, String toName, int line) {
    /** Checks the components. */
    public Mapping {
      Objects.requireNonNull(from, "from");
      fromName = fromName == null ? "" : fromName;
      to = to == null ? "" : to;
      toName = toName == null ? "" : toName;
    }

    /** Whether the row names a target code. */
    public boolean hasTarget() {
      return !to.isEmpty();
    }
  }

  private final TableInfo info;
  private final List<Mapping> rows;
  private final Map<String, List<Mapping>> byFrom;
  private final Map<String, List<Mapping>> byTo;

  private Crosswalk(TableInfo info, List<Mapping> rows) {
    this.info = info;
    this.rows = List.copyOf(rows);
    Map<String, List<Mapping>> f = new HashMap<>();
    Map<String, List<Mapping>> t = new HashMap<>();
    for (Mapping m : rows) {
      f.computeIfAbsent(m.from(), k -> new ArrayList<>(1)).add(m);
      if (m.hasTarget()) {
        t.computeIfAbsent(m.to(), k -> new ArrayList<>(1)).add(m);
      }
    }
    f.replaceAll((k, v) -> List.copyOf(v));
    t.replaceAll((k, v) -> List.copyOf(v));
    this.byFrom = f;
    this.byTo = t;
  }

  /** The crosswalk's manifest; {@link TableInfo#mapsFrom()} and {@link TableInfo#mapsTo()} name the tables. */
  public TableInfo info() {
    return info;
  }

  /** The crosswalk's id. */
  public String id() {
    return info.id();
  }

  /** All rows in published order. */
  public List<Mapping> mappings() {
    return rows;
  }

  /** The rows whose source code is {@code code} (empty if the source does not list it). */
  public List<Mapping> from(String code) {
    return byFrom.getOrDefault(code, Collections.emptyList());
  }

  /** The rows whose target code is {@code code} (the reverse direction; may be several). */
  public List<Mapping> to(String code) {
    return byTo.getOrDefault(code, Collections.emptyList());
  }

  /** Whether the source lists {@code code} on its source side. */
  public boolean hasSource(String code) {
    return byFrom.containsKey(code);
  }

  /** Number of distinct source codes. */
  public int sourceCount() {
    return byFrom.size();
  }

  /** Number of distinct target codes. */
  public int targetCount() {
    return byTo.size();
  }

  @Override
  public String toString() {
    return "Crosswalk[" + info.id() + ", " + rows.size() + " rows]";
  }

  /** Builds a crosswalk from rows (for user-supplied crosswalks and the loaders). */
  public static Crosswalk of(TableInfo info, List<Mapping> rows) {
    return new Crosswalk(Objects.requireNonNull(info, "info"), rows);
  }
}
