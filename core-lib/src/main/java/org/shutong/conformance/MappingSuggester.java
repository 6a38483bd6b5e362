package org.shutong.conformance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.shutong.identifier.IdentifierType;
import org.shutong.identifier.Identifiers;
import org.shutong.io.ColumnDictionary;
import org.shutong.io.Row;
import org.shutong.io.TableReader;

/**
 * Proposes a mapping from an extract's column headers and a sample of its values: the header is an
 * element's identifier or name (exact), one of its synonyms (names WS/T 500 documents give it,
 * {@code element-synonyms.csv}), or similar to its Chinese name (character-bigram Dice coefficient
 * and containment); and the sampled values fit the element's representation format, value domain
 * and identifier rules. Every candidate carries a confidence and its evidence, for a person to
 * confirm; nothing is decided silently.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class MappingSuggester {
  /** Candidates kept per column. */
  public static final int MAX_CANDIDATES = 3;
  /** Confidence from which a candidate is proposed for the mapping. */
  public static final double PROPOSE_AT = 0.5;
  /** Distinct sample values kept per column. */
  static final int DISTINCT_SAMPLE = 500;

  private final DataElementCatalogue catalogue;
  private final ValueDomains domains;
  private final Identifiers identifiers;
  private final Map<String, List<String>> synonyms;

  private MappingSuggester(DataElementCatalogue catalogue, ValueDomains domains, Identifiers identifiers) {
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.domains = Objects.requireNonNull(domains, "domains");
    this.identifiers = Objects.requireNonNull(identifiers, "identifiers");
    this.synonyms = Synonyms.bundled();
  }

  /** A suggester over {@code catalogue}, checking sample values with {@code domains} and {@code identifiers}. */
  public static MappingSuggester of(DataElementCatalogue catalogue, ValueDomains domains, Identifiers identifiers) {
    return new MappingSuggester(catalogue, domains, identifiers);
  }

  /** Reads up to {@code sampleSize} records of {@code reader} and proposes an element per column. */
  public List<Suggestion> suggest(TableReader reader, int sampleSize) {
    List<String> header = reader.header();
    int n = header.size();
    List<Set<String>> distinct = new ArrayList<>(n);
    long[] nonEmpty = new long[n];
    for (int i = 0; i < n; i++) {
      distinct.add(new LinkedHashSet<>());
    }
    long sampled = 0;
    while (sampled < sampleSize && reader.hasNext()) {
      Row r = reader.next();
      sampled++;
      for (int i = 0; i < n; i++) {
        String v = r.get(i).strip();
        if (!v.isEmpty()) {
          nonEmpty[i]++;
          Set<String> d = distinct.get(i);
          if (d.size() < DISTINCT_SAMPLE) {
            d.add(v.length() > 200 ? v.substring(0, 200) : v);
          }
        }
      }
    }
    Index index = new Index();
    List<Suggestion> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Fits fits = new Fits(distinct.get(i));
      List<Suggestion.Candidate> cands = candidates(header.get(i), fits, index);
      out.add(new Suggestion(i, header.get(i), sampled, nonEmpty[i], cands, null));
    }
    return choose(out);
  }

  /** Greedy: the most confident proposals first; an element is proposed for one column only. */
  private static List<Suggestion> choose(List<Suggestion> in) {
    List<Suggestion> order = new ArrayList<>(in);
    order.sort(Comparator.comparingDouble((Suggestion s) -> s.candidates().isEmpty() ? 0 : -s.candidates().get(0).confidence()));
    Set<String> taken = new HashSet<>();
    Map<Integer, String> chosen = new HashMap<>();
    for (Suggestion s : order) {
      for (Suggestion.Candidate c : s.candidates()) {
        if (c.confidence() >= PROPOSE_AT && taken.add(c.element())) {
          chosen.put(s.index(), c.element());
          break;
        }
      }
    }
    List<Suggestion> out = new ArrayList<>(in.size());
    for (Suggestion s : in) {
      out.add(new Suggestion(s.index(), s.column(), s.sampled(), s.nonEmpty(), s.candidates(), chosen.get(s.index())));
    }
    return out;
  }

  /** Name keys of the catalogue. */
  private final class Index {
    final Map<String, DataElement> byId = new HashMap<>();
    final Map<String, DataElement> byName = new HashMap<>();
    final Map<String, List<Map.Entry<DataElement, String>>> bySynonym = new HashMap<>();
    final List<Map.Entry<DataElement, String>> names = new ArrayList<>();

    Index() {
      for (DataElement e : catalogue.elements()) {
        byId.put(ColumnDictionary.key(e.id()), e);
        byId.put(ColumnDictionary.key(e.id().replace(".", "")), e);
        byName.putIfAbsent(ColumnDictionary.key(e.name()), e);
        names.add(Map.entry(e, e.name()));
        for (String s : synonyms.getOrDefault(e.id(), List.of())) {
          bySynonym.computeIfAbsent(ColumnDictionary.key(s), k -> new ArrayList<>()).add(Map.entry(e, s));
          names.add(Map.entry(e, s));
        }
      }
    }
  }

  private List<Suggestion.Candidate> candidates(String header, Fits fits, Index index) {
    String key = ColumnDictionary.key(stripDecoration(header));
    Map<String, Scored> scored = new LinkedHashMap<>();
    DataElement byId = index.byId.get(key);
    if (byId != null) {
      scored.computeIfAbsent(byId.id(), k -> new Scored(byId)).name(1.0, "id");
    }
    DataElement byName = index.byName.get(key);
    if (byName != null) {
      scored.computeIfAbsent(byName.id(), k -> new Scored(byName)).name(0.95, "name");
    }
    for (Map.Entry<DataElement, String> s : index.bySynonym.getOrDefault(key, List.of())) {
      scored.computeIfAbsent(s.getKey().id(), k -> new Scored(s.getKey())).name(0.9, "synonym:" + s.getValue());
    }
    if (!key.isEmpty()) {
      for (Map.Entry<DataElement, String> e : index.names) {
        double sim = similarity(key, ColumnDictionary.key(e.getValue()));
        if (sim >= 0.4) {
          scored.computeIfAbsent(e.getKey().id(), k -> new Scored(e.getKey()))
              .name(0.85 * sim, String.format(Locale.ROOT, "similar:%s~%.2f", e.getValue(), sim));
        }
      }
    }
    // value-only candidates: identifier elements and elements of a distinctive format or a small domain
    if (fits.size() > 0) {
      for (DataElement e : catalogue.elements()) {
        if (!scored.containsKey(e.id()) && distinctive(e)) {
          double fit = fits.fit(e);
          if (fit >= 0.9) {
            scored.put(e.id(), new Scored(e));
          }
        }
      }
    }
    List<Suggestion.Candidate> out = new ArrayList<>();
    for (Scored s : scored.values()) {
      double fit = fits.size() == 0 ? -1 : fits.fit(s.element);
      double conf;
      List<String> ev = new ArrayList<>(s.evidence);
      if (s.nameScore > 0) {
        conf = fit < 0 ? s.nameScore * 0.8 : s.nameScore * (0.6 + 0.4 * fit);
      } else {
        conf = (s.element.identifier() != null ? 0.45 : s.element.valueDomain() != null ? 0.3 : 0.2) * fit;
      }
      if (fit >= 0) {
        ev.add(String.format(Locale.ROOT, "values:%.2f", fit));
      }
      if (conf >= 0.05) {
        out.add(new Suggestion.Candidate(s.element.id(), s.element.name(), s.element.format().text(),
            Math.round(conf * 1000) / 1000.0, ev));
      }
    }
    out.sort(Comparator.comparingDouble(Suggestion.Candidate::confidence).reversed()
        .thenComparing(Suggestion.Candidate::element));
    return out.size() > MAX_CANDIDATES ? out.subList(0, MAX_CANDIDATES) : out;
  }

  private static boolean distinctive(DataElement e) {
    RepresentationFormat.Kind k = e.format().kind();
    return e.identifier() != null || e.valueDomain() != null
        || k == RepresentationFormat.Kind.DATE || k == RepresentationFormat.Kind.DATETIME
        || k == RepresentationFormat.Kind.TIME || k == RepresentationFormat.Kind.BOOLEAN;
  }

  /** A candidate being scored. */
  private static final class Scored {
    final DataElement element;
    double nameScore;
    final List<String> evidence = new ArrayList<>();

    Scored(DataElement element) {
      this.element = element;
    }

    void name(double score, String why) {
      if (score > nameScore) {
        nameScore = score;
        evidence.clear();
        evidence.add(why);
      }
    }
  }

  /** Drops what headers often add around a name: units and notes in brackets, 必填 marks. */
  static String stripDecoration(String header) {
    String h = header.strip();
    for (String[] p : new String[][] {{"(", ")"}, {"（", "）"}, {"[", "]"}, {"【", "】"}}) {
      int a = h.indexOf(p[0]);
      int b = h.lastIndexOf(p[1]);
      if (a > 0 && b > a) {
        h = h.substring(0, a) + h.substring(b + 1);
      }
    }
    return h.replace("*", "").strip();
  }

  /**
   * Similarity of two names: the larger of the character-bigram Dice coefficient and, when one
   * contains the other, the share of the longer one the shorter covers (姓名 in 患者姓名: 0.5).
   */
  static double similarity(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    if (a.equals(b)) {
      return 1;
    }
    double contain = 0;
    if (a.length() >= 2 && b.contains(a)) {
      contain = (double) a.length() / b.length();
    } else if (b.length() >= 2 && a.contains(b)) {
      contain = (double) b.length() / a.length();
    }
    return Math.max(contain, dice(a, b));
  }

  private static double dice(String a, String b) {
    if (a.length() < 2 || b.length() < 2) {
      return 0;
    }
    Map<String, Integer> grams = new HashMap<>();
    for (int i = 0; i + 1 < a.length(); i++) {
      grams.merge(a.substring(i, i + 2), 1, Integer::sum);
    }
    int common = 0;
    for (int i = 0; i + 1 < b.length(); i++) {
      String g = b.substring(i, i + 2);
      Integer c = grams.get(g);
      if (c != null && c > 0) {
        common++;
        grams.put(g, c - 1);
      }
    }
    return 2.0 * common / (a.length() - 1 + b.length() - 1);
  }

  /** How well a column's distinct sample values fit elements, cached per format, domain and identifier. */
  private final class Fits {
    final List<String> values;
    final Map<String, Double> byFormat = new HashMap<>();
    final Map<String, Double> byDomain = new HashMap<>();
    final Map<IdentifierType, Double> byIdentifier = new HashMap<>();

    Fits(Set<String> distinct) {
      this.values = List.copyOf(distinct);
    }

    int size() {
      return values.size();
    }

    /** Share of distinct values that fit the element's format, and its domain and identifier rules. */
    double fit(DataElement e) {
      double f = byFormat.computeIfAbsent(e.format().text(), k -> share(v -> e.format().check(v) == FormatDefect.NONE));
      if (e.valueDomain() != null) {
        double d = byDomain.computeIfAbsent(e.valueDomain(), k -> {
          Optional<ValueDomain> vd = domains.find(k);
          return vd.isEmpty() ? -1.0 : share(vd.get()::contains);
        });
        if (d >= 0) {
          f = Math.min(f, d);
        }
      }
      if (e.identifier() != null) {
        IdentifierType t = e.identifier();
        f = Math.min(f, byIdentifier.computeIfAbsent(t, k -> share(v -> identifiers.check(k, v).valid())));
      }
      return f;
    }

    private double share(java.util.function.Predicate<String> ok) {
      if (values.isEmpty()) {
        return 0;
      }
      int good = 0;
      for (String v : values) {
        if (ok.test(v)) {
          good++;
        }
      }
      return (double) good / values.size();
    }
  }
}
