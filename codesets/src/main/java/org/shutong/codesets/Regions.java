package org.shutong.codesets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The GB/T 2260 administrative regions (province → city → county) with parent lookups. Some counties
 * have no city level: districts of the municipalities 北京、天津、上海、重庆 point straight at the
 * province, so {@link #ancestor(String, RegionLevel)} at {@link RegionLevel#CITY} is empty for them.
 *
 * <p>Immutable and thread-safe; lookups are O(1).
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Regions {
  private final TableInfo info;
  private final Map<String, Region> byCode;
  private final Map<String, List<Region>> children;

  private Regions(TableInfo info, List<Region> regions) {
    this.info = info;
    Map<String, Region> m = new LinkedHashMap<>();
    Map<String, List<Region>> ch = new HashMap<>();
    for (Region r : regions) {
      if (m.putIfAbsent(r.code(), r) != null) {
        throw new IllegalArgumentException("duplicate region code " + r.code());
      }
      if (r.parent() != null) {
        ch.computeIfAbsent(r.parent(), k -> new ArrayList<>()).add(r);
      }
    }
    ch.replaceAll((k, v) -> List.copyOf(v));
    this.byCode = Collections.unmodifiableMap(m);
    this.children = ch;
  }

  /** Builds the regions from rows (for a user-supplied, newer region table). */
  public static Regions of(TableInfo info, List<Region> regions) {
    return new Regions(info, regions);
  }

  /** The manifest. */
  public TableInfo info() {
    return info;
  }

  /** Number of regions. */
  public int size() {
    return byCode.size();
  }

  /** All regions in table order. */
  public List<Region> all() {
    return List.copyOf(byCode.values());
  }

  /** Whether {@code code} is a region code in the table. */
  public boolean contains(String code) {
    return byCode.containsKey(code);
  }

  /** The region with this code. */
  public Optional<Region> get(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The region this one belongs to (none for a province or an unknown code). */
  public Optional<Region> parent(String code) {
    Region r = byCode.get(code);
    return r == null || r.parent() == null ? Optional.empty() : Optional.ofNullable(byCode.get(r.parent()));
  }

  /** The chain of regions above {@code code}, nearest first, ending with the province. */
  public List<Region> ancestors(String code) {
    List<Region> out = new ArrayList<>(2);
    Region r = byCode.get(code);
    while (r != null && r.parent() != null) {
      r = byCode.get(r.parent());
      if (r != null) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * The region at {@code level} that {@code code} lies in, the region itself included: for
   * {@code 110105} at {@code PROVINCE} 北京市; for a county at {@code COUNTY} the county itself.
   */
  public Optional<Region> ancestor(String code, RegionLevel level) {
    Region r = byCode.get(code);
    while (r != null) {
      if (r.level() == level) {
        return Optional.of(r);
      }
      r = r.parent() == null ? null : byCode.get(r.parent());
    }
    return Optional.empty();
  }

  /** The regions directly below {@code code}. */
  public List<Region> children(String code) {
    return children.getOrDefault(code, List.of());
  }

  @Override
  public String toString() {
    return "Regions[" + byCode.size() + "]";
  }
}
