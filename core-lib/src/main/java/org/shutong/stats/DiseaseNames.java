package org.shutong.stats;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.shutong.i18n.Messages;
import org.shutong.io.ColumnDictionary;
import org.shutong.io.HeaderMapping;
import org.shutong.io.ReadOptions;
import org.shutong.io.Row;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;
import org.shutong.report.Finding;
import org.shutong.report.FindingSink;
import org.shutong.report.Severity;

/**
 * The mapping from the disease names (or codes) found in 传染病报告卡 extracts to the rows of the
 * notifiable-disease table: the bundled mapping ({@code notifiable/names.csv}: the report card's
 * disease options and sub-types, 2019 版传染病报告卡, with effective ranges such as 结核性胸膜炎 → 肺结核
 * from 2019-05-01, seed 002 footnote ****) extended by the user's own file. A name mapped to
 * {@code -} is known but not counted in the table (e.g. HIV 感染者). Immutable.
 *
 * <p>A user file has the columns {@code name,disease[,from,to,note]} (or 名称,病种,起始日期,截止日期,说明);
 * {@code disease} is a catalogue id or label, or {@code -}. Its rows replace the bundled rows of the
 * same name.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DiseaseNames {
  /** The name is known and deliberately not counted in the table. */
  static final int NOT_COUNTED = -1;
  /** The name is not in the mapping. */
  static final int UNKNOWN = -2;
  /** The name is known but its mapping is not in force on the card's date. */
  static final int NOT_IN_FORCE = -3;

  private static final String FIELD_NAME = "name";
  private static final String FIELD_DISEASE = "disease";
  private static final ColumnDictionary USER_COLUMNS = ColumnDictionary.builder()
      .add(FIELD_NAME, "名称", List.of("病名", "疾病名称", "名字"))
      .add(FIELD_DISEASE, "病种", List.of("统计病种", "映射", "映射为", "疾病"))
      .add("from", "起始日期", List.of("开始日期", "自"))
      .add("to", "截止日期", List.of("结束日期", "至"))
      .add("note", "说明", List.of("备注"))
      .build();

  /**
   * One mapping row.
   *
   * @param name the name as found in extracts
   * @param diseaseId the catalogue id, or {@code null} for "known, not counted"
   * @param from first 终审日期 it applies to, or {@code null}
   * @param to last 终审日期 it applies to, or {@code null}
   * @param note why (for "not counted" rows especially)
   * @param origin {@code bundled} or the user file's name
   */
  public record Mapping(String name, String diseaseId, LocalDate from, LocalDate to, String note, String origin) {
    boolean covers(long epochDay) {
      return (from == null || epochDay >= from.toEpochDay()) && (to == null || epochDay <= to.toEpochDay());
    }
  }

  private final NotifiableCatalogue catalogue;
  private final Map<String, List<Mapping>> byKey;

  private DiseaseNames(NotifiableCatalogue catalogue, Map<String, List<Mapping>> byKey) {
    this.catalogue = catalogue;
    this.byKey = byKey;
  }

  /** The bundled mapping for {@code catalogue}. */
  public static DiseaseNames bundled(NotifiableCatalogue catalogue) {
    Map<String, List<Mapping>> m = new LinkedHashMap<>();
    for (ResourceCsv.Line l : ResourceCsv.read("/org/shutong/stats/notifiable/names.csv")) {
      String d = l.get("disease");
      String id = d.equals("-") ? null : d;
      if (id != null && catalogue.index(id) < 0) {
        throw new IllegalStateException("names.csv row " + l.record() + ": unknown disease " + d);
      }
      Mapping mp = new Mapping(l.get("name"), id, date(l.get("from")), date(l.get("to")), l.get("note"), "bundled");
      m.computeIfAbsent(key(mp.name()), k -> new ArrayList<>()).add(mp);
    }
    return new DiseaseNames(catalogue, m);
  }

  /**
   * This mapping extended by a user file. Malformed rows (missing name, unknown disease, bad date)
   * are reported to {@code problems} with file, record and field, and skipped.
   *
   * @throws org.shutong.io.InputException if the file cannot be read at all
   */
  public DiseaseNames withUserFile(Path file, ReadOptions options, FindingSink problems) {
    Messages msg = Messages.of("org.shutong.stats.messages", options.lang());
    Map<String, List<Mapping>> user = new LinkedHashMap<>();
    String fileName = options.name() != null ? options.name() : file.toString();
    try (TableReader r = TableReaders.open(file, options.withProblems(problems))) {
      HeaderMapping h = USER_COLUMNS.map(r.header());
      if (!h.has(FIELD_NAME) || !h.has(FIELD_DISEASE)) {
        problems.accept(new Finding("STATS-NAMES-COLUMNS", Severity.ERROR, fileName, 0, 1, null,
            String.join(",", r.header()), msg.get("names.columns")));
        return this;
      }
      int cName = h.column(FIELD_NAME);
      int cDisease = h.column(FIELD_DISEASE);
      int cFrom = h.column("from");
      int cTo = h.column("to");
      int cNote = h.column("note");
      while (r.hasNext()) {
        Row row = r.next();
        String name = row.get(cName).strip();
        String target = row.get(cDisease).strip();
        if (name.isEmpty()) {
          problems.accept(new Finding("STATS-NAMES-ROW", Severity.ERROR, fileName, row.record(), row.line(),
              FIELD_NAME, null, msg.get("names.noName")));
          continue;
        }
        String id = null;
        if (!target.equals("-") && !target.equals("—") && !target.equals("不计")) {
          id = catalogue.findId(target).orElse(null);
          if (id == null) {
            problems.accept(new Finding("STATS-NAMES-ROW", Severity.ERROR, fileName, row.record(), row.line(),
                FIELD_DISEASE, target, msg.get("names.unknownDisease", target)));
            continue;
          }
        }
        LocalDate from;
        LocalDate to;
        try {
          from = userDate(cFrom < 0 ? "" : row.get(cFrom));
          to = userDate(cTo < 0 ? "" : row.get(cTo));
        } catch (IllegalArgumentException e) {
          problems.accept(new Finding("STATS-NAMES-ROW", Severity.ERROR, fileName, row.record(), row.line(),
              "from", e.getMessage(), msg.get("names.badDate", e.getMessage())));
          continue;
        }
        user.computeIfAbsent(key(name), k -> new ArrayList<>())
            .add(new Mapping(name, id, from, to, cNote < 0 ? "" : row.get(cNote).strip(), fileName));
      }
    }
    Map<String, List<Mapping>> merged = new LinkedHashMap<>(byKey);
    merged.putAll(user);
    return new DiseaseNames(catalogue, merged);
  }

  private static LocalDate userDate(String s) {
    long st = DateStamps.parse(s);
    if (st == DateStamps.EMPTY) {
      return null;
    }
    if (st == DateStamps.INVALID) {
      throw new IllegalArgumentException(s);
    }
    return LocalDate.ofEpochDay(DateStamps.epochDay(st));
  }

  private static LocalDate date(String s) {
    return s == null || s.isBlank() ? null : LocalDate.parse(s);
  }

  /** Every mapping row, bundled and user, in load order. */
  public List<Mapping> mappings() {
    List<Mapping> out = new ArrayList<>();
    byKey.values().forEach(out::addAll);
    return out;
  }

  /** The catalogue the names map into. */
  public NotifiableCatalogue catalogue() {
    return catalogue;
  }

  /** Matching key: NFKC, no spaces, lower case (so Ⅰ期梅毒 = I期梅毒, （ = (). */
  static String key(String s) {
    return ColumnDictionary.key(s);
  }

  /** A per-run resolver that caches each distinct raw value. Not thread-safe. */
  Resolver resolver() {
    return new Resolver();
  }

  /** Resolves raw extract values to dense disease indexes. */
  final class Resolver {
    private static final int CACHE_LIMIT = 50_000;
    private final Map<String, Mapping[]> cache = new HashMap<>();

    /**
     * The dense catalogue index of {@code raw} on {@code epochDay}, or {@link #NOT_COUNTED},
     * {@link #UNKNOWN}, {@link #NOT_IN_FORCE}.
     */
    int resolve(String raw, long epochDay) {
      Mapping[] ms = cache.get(raw);
      if (ms == null) {
        ms = lookup(raw);
        if (cache.size() < CACHE_LIMIT) {
          cache.put(raw, ms);
        }
      }
      if (ms.length == 0) {
        return UNKNOWN;
      }
      for (Mapping m : ms) {
        if (m.covers(epochDay)) {
          return m.diseaseId() == null ? NOT_COUNTED : catalogue.index(m.diseaseId());
        }
      }
      return NOT_IN_FORCE;
    }

    /** The mapping rows of {@code raw} (for messages), possibly empty. */
    Mapping[] mappings(String raw) {
      Mapping[] ms = cache.get(raw);
      return ms != null ? ms : lookup(raw);
    }

    private Mapping[] lookup(String raw) {
      String k = key(raw);
      List<Mapping> l = byKey.get(k);
      if (l == null) {
        // a sub-type in parentheses after the disease: 肺结核(利福平耐药) → 肺结核
        int p = k.indexOf('(');
        if (p > 0) {
          l = byKey.get(k.substring(0, p));
        }
      }
      return l == null ? new Mapping[0] : l.toArray(new Mapping[0]);
    }
  }
}
