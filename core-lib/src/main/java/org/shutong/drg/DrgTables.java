package org.shutong.drg;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.io.InputException;

/**
 * A loaded CHS-DRG table set: the MDCs, ADRGs and DRGs with their rule tokens, the diagnosis and
 * procedure lists, the MCC/CC lists with exclusion tables, the OR-procedure list, the code names and
 * the optional code maps, preloaded into hash maps and bit sets so that grouping does no I/O and no
 * per-record allocation. Immutable and thread-safe.
 *
 * <p>A table set is a directory with a {@code manifest.properties} and the CSV files that
 * {@code docs/drg.md} lists (the shape of {@code ../shared/data/drg/chs-drg-1.1}). Built-in sets are
 * resources under {@code org/shutong/drg/<id>/}; a 2.0 set or a regional variant is another
 * directory of the same shape, loaded with {@link #load(Path, Lang)}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DrgTables {
  /** The built-in table set used when none is named. */
  public static final String DEFAULT_VERSION = "chs-drg-1.1";

  private static final String ROOT = "/org/shutong/drg/";
  private static final Map<String, DrgTables> BUILT_IN = new ConcurrentHashMap<>();

  private final Manifest manifest;
  final Mdc[] mdcs;
  final Adrg[] adrgs;
  final Drg[] drgs;
  final Map<String, Dx> dx;
  final Map<String, Proc> proc;
  /** icd10-map.csv: input code to the grouper code's entry. */
  final Map<String, Dx> dxMap;
  /** icd9cm3-map.csv: input code to the grouper code's entry. */
  final Map<String, Proc> procMap;
  /** Exclusion table names by id (index 0 unused). */
  final String[] tableNames;
  /** Trauma region names by id (index 0 unused). */
  final String[] regionNames;
  final Map<String, Mdc> mdcByCode;
  final Map<String, Adrg> adrgByCode;
  final Map<String, Drg> drgByCode;

  /**
   * What a table set is, from its manifest.
   *
   * @param id the set's id, e.g. {@code chs-drg-1.1}
   * @param name its title
   * @param version the scheme version, e.g. {@code 1.1}
   * @param publisher who published the scheme and who transcribed the tables
   * @param source where the tables came from
   * @param licence the licence of the tables
   * @param location the directory or resource folder it was loaded from
   * @param rows data rows per file, as loaded
   */
  public record Manifest(String id, String name, String version, String publisher, String source,
      String licence, String location, Map<String, Long> rows) {
    /** Copies the row counts. */
    public Manifest {
      rows = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rows));
    }
  }

  DrgTables(Manifest manifest, Mdc[] mdcs, Adrg[] adrgs, Drg[] drgs, Map<String, Dx> dx,
      Map<String, Proc> proc, Map<String, Dx> dxMap, Map<String, Proc> procMap,
      String[] tableNames, String[] regionNames) {
    this.manifest = manifest;
    this.mdcs = mdcs;
    this.adrgs = adrgs;
    this.drgs = drgs;
    this.dx = dx;
    this.proc = proc;
    this.dxMap = dxMap;
    this.procMap = procMap;
    this.tableNames = tableNames;
    this.regionNames = regionNames;
    Map<String, Mdc> m = new java.util.HashMap<>();
    for (Mdc x : mdcs) {
      m.put(x.code, x);
    }
    Map<String, Adrg> a = new java.util.HashMap<>();
    for (Adrg x : adrgs) {
      a.put(x.code, x);
    }
    Map<String, Drg> d = new java.util.HashMap<>();
    for (Drg x : drgs) {
      d.put(x.code, x);
    }
    this.mdcByCode = Map.copyOf(m);
    this.adrgByCode = Map.copyOf(a);
    this.drgByCode = Map.copyOf(d);
  }

  /** The ids of the built-in table sets, e.g. {@code [chs-drg-1.1]}. */
  public static List<String> builtInVersions() {
    List<String> out = new ArrayList<>();
    try (InputStream in = DrgTables.class.getResourceAsStream(ROOT + "versions.txt")) {
      if (in != null) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
          String v = line.strip();
          if (!v.isEmpty() && !v.startsWith("#")) {
            out.add(v);
          }
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return List.copyOf(out);
  }

  /**
   * The built-in table set {@code id} (loaded once per JVM, then shared).
   *
   * @throws IllegalArgumentException if there is no such built-in set (see {@link #builtInVersions})
   */
  public static DrgTables builtIn(String id) {
    if (!builtInVersions().contains(id)) {
      throw new IllegalArgumentException(
          "no built-in DRG table set '" + id + "' (available: " + builtInVersions() + ")");
    }
    return BUILT_IN.computeIfAbsent(id, DrgTables::loadResource);
  }

  /**
   * Loads the table set in {@code dir} (a directory of the same shape as the built-in ones).
   *
   * @throws InputException if a file is missing, unreadable, lacks a column, has a bad rule token
   *     or an inconsistent reference; the message names the file and line
   */
  public static DrgTables load(Path dir, Lang lang) {
    return new TableSetLoader(dir, dir.toString(), lang).load();
  }

  private static DrgTables loadResource(String id) {
    URL url = DrgTables.class.getResource(ROOT + id + "/manifest.properties");
    if (url == null) {
      throw new IllegalStateException("built-in DRG table set " + id + " has no manifest");
    }
    try {
      URI uri = url.toURI();
      if (!"jar".equals(uri.getScheme())) {
        return new TableSetLoader(Path.of(uri).getParent(), id, Lang.ZH).load();
      }
      synchronized (DrgTables.class) {
        FileSystem fs;
        boolean opened = false;
        try {
          fs = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
          fs = FileSystems.newFileSystem(uri, Map.of());
          opened = true;
        }
        try {
          return new TableSetLoader(fs.provider().getPath(uri).getParent(), id, Lang.ZH).load();
        } finally {
          if (opened) {
            fs.close();
          }
        }
      }
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot open built-in DRG table set " + id, e);
    }
  }

  /** What this set is, from its manifest. */
  public Manifest manifest() {
    return manifest;
  }

  /** The set's id, e.g. {@code chs-drg-1.1}. */
  public String id() {
    return manifest.id();
  }

  /** Number of MDCs. */
  public int mdcCount() {
    return mdcs.length;
  }

  /** Number of ADRGs. */
  public int adrgCount() {
    return adrgs.length;
  }

  /** Number of DRGs. */
  public int drgCount() {
    return drgs.length;
  }

  /** MDC codes in evaluation order. */
  public List<String> mdcCodes() {
    List<String> out = new ArrayList<>(mdcs.length);
    for (Mdc m : mdcs) {
      out.add(m.code);
    }
    return Collections.unmodifiableList(out);
  }

  /** The name of an MDC, ADRG or DRG code, if the set has it. */
  public Optional<String> groupName(String code) {
    Mdc m = mdcByCode.get(code);
    if (m != null) {
      return Optional.of(m.name);
    }
    Adrg a = adrgByCode.get(code);
    if (a != null) {
      return Optional.of(a.name);
    }
    Drg d = drgByCode.get(code);
    return d == null ? Optional.empty() : Optional.of(d.name);
  }

  /** The name of a diagnosis code as the set knows it (icd10-names.csv), if known. */
  public Optional<String> diagnosisName(String code) {
    Dx d = dx.get(code);
    return d == null ? Optional.empty() : Optional.ofNullable(d.name);
  }

  /** The name of a procedure code as the set knows it (icd9cm3-names.csv), if known. */
  public Optional<String> procedureName(String code) {
    Proc p = proc.get(code);
    return p == null ? Optional.empty() : Optional.ofNullable(p.name);
  }

  @Override
  public String toString() {
    return manifest.id() + " (" + mdcs.length + " MDC, " + adrgs.length + " ADRG, " + drgs.length
        + " DRG)";
  }
}
