package org.shutong.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apiguardian.api.API;
import org.shutong.io.ColumnDictionary;

/**
 * The versioned catalogue of notifiable infectious diseases as the national monthly table
 * 法定传染病报告发病、死亡统计表 lists them (《传染病防治法》第三条 and the NHC notices that changed it;
 * layout of the November 2022 table, seed 002): the rows with their class, sub-type parent, row
 * order and effective dates; the table's footnotes; and which 病例分类 are counted. Loaded from the
 * data files under {@code org/shutong/stats/notifiable/} (see their PROVENANCE.md). Immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class NotifiableCatalogue {
  private static final String BASE = "/org/shutong/stats/notifiable/";
  private static volatile NotifiableCatalogue bundled;

  /**
   * A footnote of the table.
   *
   * @param id stable id
   * @param marker the marker printed after the row label ({@code *}, {@code **}), or empty for a
   *     general note
   * @param target the disease id it is attached to, {@code deaths} for the 死亡数 heading, or
   *     {@code table} for a note on the whole table
   * @param from first day in force
   * @param to last day in force, or {@code null}
   * @param text the Chinese text as published
   * @param textEn an English rendering
   */
  public record Footnote(String id, String marker, String target, LocalDate from, LocalDate to,
      String text, String textEn) {
    /** Whether the footnote applies to any day of {@code month}. */
    public boolean overlaps(YearMonth month) {
      return !month.atEndOfMonth().isBefore(from) && (to == null || !month.atDay(1).isAfter(to));
    }
  }

  private final String name;
  private final String version;
  private final LocalDate validFrom;
  private final LocalDate reviewedThrough;
  private final List<NotifiableDisease> entries;
  private final List<Footnote> footnotes;
  private final Map<String, Boolean> caseClasses;
  private final List<String> ids;
  private final Map<String, Integer> indexOf;

  NotifiableCatalogue(String name, String version, LocalDate validFrom, LocalDate reviewedThrough,
      List<NotifiableDisease> entries, List<Footnote> footnotes, Map<String, Boolean> caseClasses) {
    this.name = name;
    this.version = version;
    this.validFrom = validFrom;
    this.reviewedThrough = reviewedThrough;
    List<NotifiableDisease> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparingInt(NotifiableDisease::order).thenComparing(NotifiableDisease::from));
    this.entries = List.copyOf(sorted);
    this.footnotes = List.copyOf(footnotes);
    this.caseClasses = Collections.unmodifiableMap(new LinkedHashMap<>(caseClasses));
    Map<String, Integer> idx = new LinkedHashMap<>();
    for (NotifiableDisease d : this.entries) {
      idx.putIfAbsent(d.id(), idx.size());
    }
    this.indexOf = Collections.unmodifiableMap(idx);
    this.ids = List.copyOf(idx.keySet());
    for (NotifiableDisease d : this.entries) {
      if (d.parent() != null && !idx.containsKey(d.parent())) {
        throw new IllegalArgumentException(d.id() + ": unknown parent " + d.parent());
      }
    }
  }

  /** The catalogue bundled with Shutong. */
  public static NotifiableCatalogue bundled() {
    NotifiableCatalogue c = bundled;
    if (c == null) {
      synchronized (NotifiableCatalogue.class) {
        c = bundled;
        if (c == null) {
          c = loadBundled();
          bundled = c;
        }
      }
    }
    return c;
  }

  private static NotifiableCatalogue loadBundled() {
    Properties p = new Properties();
    try (InputStream in = NotifiableCatalogue.class.getResourceAsStream(BASE + "catalogue.properties")) {
      if (in == null) {
        throw new IllegalStateException("missing catalogue.properties");
      }
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<NotifiableDisease> ds = new ArrayList<>();
    for (ResourceCsv.Line l : ResourceCsv.read(BASE + "diseases.csv")) {
      String deaths = l.get("deaths");
      NotifiableDisease.CountingRule rule = switch (deaths) {
        case "final-review" -> NotifiableDisease.CountingRule.FINAL_REVIEW;
        case "aids-all-cause" -> NotifiableDisease.CountingRule.AIDS_ALL_CAUSE;
        case "group" -> NotifiableDisease.CountingRule.GROUP;
        default -> throw new IllegalStateException("diseases.csv row " + l.record() + ": deaths=" + deaths);
      };
      ds.add(new NotifiableDisease(l.get("id"), DiseaseClass.parse(l.get("class")),
          emptyToNull(l.get("parent")), Integer.parseInt(l.get("order")), l.get("label"),
          l.get("label_en"), LocalDate.parse(l.get("from")), date(l.get("to")), rule,
          Arrays.asList(l.get("source").split(";", -1))));
    }
    List<Footnote> fs = new ArrayList<>();
    for (ResourceCsv.Line l : ResourceCsv.read(BASE + "footnotes.csv")) {
      fs.add(new Footnote(l.get("id"), l.get("marker"), l.get("target"), LocalDate.parse(l.get("from")),
          date(l.get("to")), l.get("text"), l.get("text_en")));
    }
    Map<String, Boolean> cc = new LinkedHashMap<>();
    for (ResourceCsv.Line l : ResourceCsv.read(BASE + "case-classes.csv")) {
      cc.put(l.get("value"), "Y".equals(l.get("counted")));
    }
    return new NotifiableCatalogue(p.getProperty("name"), p.getProperty("version"),
        LocalDate.parse(p.getProperty("validFrom")), LocalDate.parse(p.getProperty("reviewedThrough")),
        ds, fs, cc);
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static LocalDate date(String s) {
    return s == null || s.isBlank() ? null : LocalDate.parse(s);
  }

  /** The catalogue's name. */
  public String name() {
    return name;
  }

  /** The catalogue's version. */
  public String version() {
    return version;
  }

  /** The first day the catalogue models; earlier months are refused. */
  public LocalDate validFrom() {
    return validFrom;
  }

  /** The last day the catalogue was checked against published sources. */
  public LocalDate reviewedThrough() {
    return reviewedThrough;
  }

  /** Every entry (all versions), in row order. */
  public List<NotifiableDisease> entries() {
    return entries;
  }

  /** The distinct disease ids, in row order. */
  public List<String> ids() {
    return ids;
  }

  /** The footnotes (all versions). */
  public List<Footnote> footnotes() {
    return footnotes;
  }

  /**
   * The 病例分类 values the catalogue knows, with whether they are counted (e.g. 确诊病例 yes,
   * 疑似病例 no).
   */
  public Map<String, Boolean> caseClasses() {
    return caseClasses;
  }

  /** Dense index of a disease id (0-based, row order), or -1. */
  int index(String id) {
    Integer i = indexOf.get(id);
    return i == null ? -1 : i;
  }

  /**
   * The table's rows for {@code month}: every disease in force on any day of the month, in row
   * order; where a disease has two versions in the month, the one in force at the month's end.
   */
  public List<NotifiableDisease> rowsFor(YearMonth month) {
    LocalDate first = month.atDay(1);
    LocalDate last = month.atEndOfMonth();
    Map<String, NotifiableDisease> pick = new LinkedHashMap<>();
    for (NotifiableDisease d : entries) {
      boolean overlaps = !last.isBefore(d.from()) && (d.to() == null || !first.isAfter(d.to()));
      if (!overlaps) {
        continue;
      }
      NotifiableDisease prev = pick.get(d.id());
      if (prev == null || d.from().isAfter(prev.from())) {
        pick.put(d.id(), d);
      }
    }
    return List.copyOf(pick.values());
  }

  /** The entry of {@code id} in force on {@code day}, if any. */
  public Optional<NotifiableDisease> entry(String id, LocalDate day) {
    for (NotifiableDisease d : entries) {
      if (d.id().equals(id) && d.inForce(day)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * Finds a disease id by id or by any label it has had (Chinese or English; markers such as
   * {@code *} and {@code #} and spaces ignored).
   */
  public Optional<String> findId(String idOrLabel) {
    String k = labelKey(idOrLabel);
    if (k.isEmpty()) {
      return Optional.empty();
    }
    for (NotifiableDisease d : entries) {
      if (d.id().equalsIgnoreCase(k) || labelKey(d.label()).equals(k) || labelKey(d.labelEn()).equals(k)) {
        return Optional.of(d.id());
      }
    }
    return Optional.empty();
  }

  /** The footnotes in force for {@code month}. */
  public List<Footnote> footnotesFor(YearMonth month) {
    List<Footnote> out = new ArrayList<>();
    for (Footnote f : footnotes) {
      if (f.overlaps(month)) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * A copy whose counted 病例分类 are exactly {@code counted} (values the catalogue does not know are
   * added as counted).
   */
  public NotifiableCatalogue withCountedCaseClasses(List<String> counted) {
    Map<String, Boolean> cc = new LinkedHashMap<>();
    for (String k : caseClasses.keySet()) {
      cc.put(k, false);
    }
    for (String v : counted) {
      if (!v.isBlank()) {
        cc.put(v.strip(), true);
      }
    }
    return new NotifiableCatalogue(name, version, validFrom, reviewedThrough, entries, footnotes, cc);
  }

  /** Normalised key of a table label: markers, spaces and full-width forms removed, lower case. */
  static String labelKey(String s) {
    String k = ColumnDictionary.key(s);
    StringBuilder sb = new StringBuilder(k.length());
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      if (c == '*' || c == '#' || c == '^' || c == '{' || c == '}' || c == '※' || c == '△'
          || (c >= '\u00b9' && c <= '\u00b9') || c == '\u00b2' || c == '\u00b3'
          || (c >= '\u2070' && c <= '\u209f')) {
        continue;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** Index lookups by label for the verifier and the name mapping. */
  Map<String, String> labelIndex() {
    Map<String, String> m = new HashMap<>();
    for (NotifiableDisease d : entries) {
      m.putIfAbsent(labelKey(d.label()), d.id());
      m.putIfAbsent(labelKey(d.labelEn()), d.id());
    }
    return m;
  }
}
