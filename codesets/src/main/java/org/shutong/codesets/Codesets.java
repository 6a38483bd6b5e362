package org.shutong.codesets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * The national code tables Shutong ships, and the entry point to them: ICD-10 医保版2.0 and 国家临床版2.0,
 * ICD-9-CM-3 医保版2.0 and 国家临床版3.0, the published 国临版↔医保版 crosswalks (two sources each), the
 * 住院病案首页 RC value domains, GB/T and WS 364 value domains, and the GB/T 2260 regions. Each table has
 * a {@link TableInfo manifest}; tables are loaded on first use and then kept, so a command that needs
 * one table pays for one table.
 *
 * <p>User-supplied tables (a morphology table, a fuller RC003, a newer region list) are added or
 * substituted with the {@code with} methods, which return a new {@code Codesets} sharing the tables
 * already loaded. Immutable and thread-safe.
 *
 * <pre>{@code
 * Codesets cs = Codesets.bundled();
 * cs.codeTable("icd10-nhsa-2.0").name("I21.900");      // 急性心肌梗死
 * cs.valueDomain("RC032").contains("1.1");             // true
 * cs.regions().ancestor("110105", RegionLevel.PROVINCE); // 北京市
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Codesets {
  private static final class Holder {
    static final Codesets BUNDLED = createBundled(true);
  }

  /** A value computed once, on first use; thread-safe. */
  private static final class Lazy<T> implements Supplier<T> {
    private Supplier<T> init;
    private volatile T value;

    Lazy(Supplier<T> init) {
      this.init = init;
    }

    static <T> Lazy<T> of(T value) {
      Lazy<T> l = new Lazy<>(null);
      l.value = value;
      return l;
    }

    @Override
    public T get() {
      T v = value;
      if (v == null) {
        synchronized (this) {
          v = value;
          if (v == null) {
            v = init.get();
            value = v;
            init = null;
          }
        }
      }
      return v;
    }
  }

  private final List<TableInfo> infos;
  private final Map<String, TableInfo> infoById;
  private final Map<String, Lazy<?>> tables;
  private final Lazy<Map<String, ValueDomain>> domains;

  private Codesets(List<TableInfo> infos, Map<String, Lazy<?>> tables, Lazy<Map<String, ValueDomain>> domains) {
    this.infos = List.copyOf(infos);
    Map<String, TableInfo> m = new LinkedHashMap<>();
    for (TableInfo i : infos) {
      m.put(i.id(), i);
    }
    this.infoById = Collections.unmodifiableMap(m);
    this.tables = Map.copyOf(tables);
    this.domains = domains;
  }

  /** The tables bundled with this release of Shutong. Nothing is loaded until a table is asked for. */
  public static Codesets bundled() {
    return Holder.BUNDLED;
  }

  /**
   * The bundled tables read from their CSV files only, ignoring the compact indexes that {@link #bundled()}
   * uses (same tables, slower cold load): for the index build, for tests that compare the two, and for
   * benchmarks. A new instance each call.
   */
  @API(status = API.Status.INTERNAL, since = "0.1")
  public static Codesets bundledFromCsv() {
    return createBundled(false);
  }

  /** The manifests by id. */
  Map<String, TableInfo> manifestById() {
    return infoById;
  }

  private static Codesets createBundled(boolean useIndex) {
    List<TableInfo> infos = BundledTables.manifest();
    Map<String, TableInfo> byId = new HashMap<>();
    for (TableInfo i : infos) {
      byId.put(i.id(), i);
    }
    Map<String, Lazy<?>> tables = new HashMap<>();
    // loaders may use other tables (patch steps); they look them up when they run, after the map is full
    for (TableInfo i : infos) {
      Supplier<?> loader = switch (i.kind()) {
        case CODE_TABLE -> switch (i.id()) {
          case BundledTables.ICD10_NHSA -> () -> {
            // the all-levels file is read on another thread while this one reads the leaf file's manifest row
            java.util.concurrent.CompletableFuture<CodeTable> all = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> (CodeTable) tables.get(BundledTables.ICD10_NHSA_ALL_LEVELS).get());
            return BundledTables.icd10Nhsa(i, all);
          };
          case BundledTables.ICD10_NHSA_ALL_LEVELS -> () -> BundledTables.allLevels(i);
          case BundledTables.ICD9_NHSA -> () -> BundledTables.icd9Nhsa(
              i, (Crosswalk) tables.get(BundledTables.ICD9_MAP_WITH_NAMES).get());
          default -> () -> BundledTables.plainCodeTable(i);
        };
        case CROSSWALK -> () -> BundledTables.crosswalk(i);
        case VALUE_DOMAINS -> () -> BundledTables.valueDomains(i, BundledTables.domainTitles());
        case REGIONS -> () -> BundledTables.regions(i);
      };
      if (useIndex && i.kind() == TableKind.CODE_TABLE) {
        // the compact index built from the same CSV files, when it matches the manifest (see CompactTables)
        Supplier<?> fromCsv = loader;
        loader = () -> {
          CodeTable t = CompactTables.read(i, byId);
          return t != null ? t : fromCsv.get();
        };
      }
      tables.put(i.id(), new Lazy<>(loader));
    }
    Lazy<Map<String, ValueDomain>> domains = new Lazy<>(() -> {
      Map<String, ValueDomain> all = new LinkedHashMap<>();
      for (TableInfo i : infos) {
        if (i.kind() == TableKind.VALUE_DOMAINS) {
          @SuppressWarnings("unchecked") // the VALUE_DOMAINS loader returns List<ValueDomain>
          List<ValueDomain> list = (List<ValueDomain>) tables.get(i.id()).get();
          for (ValueDomain d : list) {
            all.putIfAbsent(d.id(), d);
          }
        }
      }
      return Collections.unmodifiableMap(all);
    });
    return new Codesets(infos, tables, domains);
  }

  /** The manifests of all tables, bundled first (in {@code tables.csv} order), then user-supplied. */
  public List<TableInfo> tables() {
    return infos;
  }

  /** The manifests of the tables of one kind. */
  public List<TableInfo> tables(TableKind kind) {
    List<TableInfo> out = new ArrayList<>();
    for (TableInfo i : infos) {
      if (i.kind() == kind) {
        out.add(i);
      }
    }
    return out;
  }

  /** The ids of the tables of one kind, in manifest order. */
  public List<String> ids(TableKind kind) {
    List<String> out = new ArrayList<>();
    for (TableInfo i : tables(kind)) {
      out.add(i.id());
    }
    return out;
  }

  /** The manifest of table {@code id}, if there is one. */
  public Optional<TableInfo> find(String id) {
    return Optional.ofNullable(infoById.get(id));
  }

  /**
   * The manifest of table {@code id}.
   *
   * @throws UnknownCodesetException listing the known ids
   */
  public TableInfo info(String id) {
    TableInfo i = infoById.get(id);
    if (i == null) {
      throw new UnknownCodesetException("table", id, List.copyOf(infoById.keySet()));
    }
    return i;
  }

  /**
   * The code table {@code id} (loaded on first use).
   *
   * @throws UnknownCodesetException if there is no code table with this id; lists the code tables
   */
  public CodeTable codeTable(String id) {
    return (CodeTable) load(id, TableKind.CODE_TABLE, "code table");
  }

  /**
   * The crosswalk {@code id} (loaded on first use).
   *
   * @throws UnknownCodesetException if there is no crosswalk with this id; lists the crosswalks
   */
  public Crosswalk crosswalk(String id) {
    return (Crosswalk) load(id, TableKind.CROSSWALK, "crosswalk");
  }

  /** The crosswalks published from code table {@code fromId} to {@code toId}, in manifest order. */
  public List<Crosswalk> crosswalks(String fromId, String toId) {
    List<Crosswalk> out = new ArrayList<>();
    for (TableInfo i : infos) {
      if (i.kind() == TableKind.CROSSWALK && fromId.equals(i.mapsFrom()) && toId.equals(i.mapsTo())) {
        out.add(crosswalk(i.id()));
      }
    }
    return out;
  }

  /** The GB/T 2260 regions (the last {@link TableKind#REGIONS} table: a user's table replaces the bundled one). */
  public Regions regions() {
    TableInfo last = null;
    for (TableInfo i : infos) {
      if (i.kind() == TableKind.REGIONS) {
        last = i;
      }
    }
    if (last == null) {
      throw new IllegalStateException("no region table");
    }
    return (Regions) tables.get(last.id()).get();
  }

  /** The ids of all value domains, e.g. {@code RC001 … RC045, GB/T 2261.1, CV02.01.101}. */
  public List<String> valueDomainIds() {
    return List.copyOf(domains.get().keySet());
  }

  /** All value domains in order (bundled files first, then user-supplied). */
  public List<ValueDomain> valueDomains() {
    return List.copyOf(domains.get().values());
  }

  /**
   * The value domain {@code id}, e.g. {@code RC001}, {@code RC032-2011}, {@code GB/T 2261.1}. An id
   * that differs only in letter case or spaces also matches ({@code rc001}, {@code GB/T2261.1}).
   */
  public Optional<ValueDomain> findValueDomain(String id) {
    Map<String, ValueDomain> all = domains.get();
    ValueDomain d = all.get(id);
    if (d == null && id != null) {
      String key = domainKey(id);
      for (ValueDomain v : all.values()) {
        if (domainKey(v.id()).equals(key)) {
          return Optional.of(v);
        }
      }
    }
    return Optional.ofNullable(d);
  }

  /**
   * The value domain {@code id}.
   *
   * @throws UnknownCodesetException listing the known domain ids
   */
  public ValueDomain valueDomain(String id) {
    return findValueDomain(id).orElseThrow(() -> new UnknownCodesetException("value domain", id, valueDomainIds()));
  }

  private static String domainKey(String id) {
    return id.replace(" ", "").replace("\u3000", "").toUpperCase(Locale.ROOT);
  }

  /** With a user-supplied code table added, or replacing the one with the same id. */
  public Codesets with(CodeTable table) {
    return withTable(table.info(), table);
  }

  /** With a user-supplied crosswalk added, or replacing the one with the same id. */
  public Codesets with(Crosswalk crosswalk) {
    return withTable(crosswalk.info(), crosswalk);
  }

  /** With a user-supplied region table replacing the bundled one. */
  public Codesets with(Regions regions) {
    return withTable(regions.info(), regions);
  }

  /**
   * With user-supplied value domains added; a domain with the id of an existing one replaces it (e.g.
   * a fuller {@code RC023} 科别 list of a province).
   */
  public Codesets with(List<ValueDomain> userDomains) {
    Lazy<Map<String, ValueDomain>> base = domains;
    Lazy<Map<String, ValueDomain>> merged = new Lazy<>(() -> {
      Map<String, ValueDomain> all = new LinkedHashMap<>(base.get());
      for (ValueDomain d : userDomains) {
        String existing = null;
        for (String k : all.keySet()) {
          if (domainKey(k).equals(domainKey(d.id()))) {
            existing = k;
          }
        }
        if (existing != null) {
          all.put(existing, d);
        } else {
          all.put(d.id(), d);
        }
      }
      return Collections.unmodifiableMap(all);
    });
    List<TableInfo> newInfos = new ArrayList<>(infos);
    for (ValueDomain d : userDomains) {
      if (!newInfos.contains(d.table())) {
        newInfos.removeIf(i -> i.id().equals(d.table().id()));
        newInfos.add(d.table());
      }
    }
    Map<String, Lazy<?>> newTables = new HashMap<>(tables);
    for (ValueDomain d : userDomains) {
      newTables.put(d.table().id(), Lazy.of(userDomains));
    }
    return new Codesets(newInfos, newTables, merged);
  }

  private Codesets withTable(TableInfo info, Object table) {
    List<TableInfo> newInfos = new ArrayList<>(infos);
    int at = -1;
    for (int k = 0; k < newInfos.size(); k++) {
      if (newInfos.get(k).id().equals(info.id())) {
        at = k;
      }
    }
    if (at >= 0) {
      newInfos.set(at, info);
    } else {
      newInfos.add(info);
    }
    Map<String, Lazy<?>> newTables = new HashMap<>(tables);
    newTables.put(info.id(), Lazy.of(table));
    return new Codesets(newInfos, newTables, domains);
  }

  private Object load(String id, TableKind kind, String what) {
    TableInfo i = infoById.get(id);
    if (i == null || i.kind() != kind) {
      throw new UnknownCodesetException(what, id, ids(kind));
    }
    return tables.get(id).get();
  }
}
