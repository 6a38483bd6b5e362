package org.shutong.conformance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.identifier.Defect;
import org.shutong.identifier.IdentifierCheck;
import org.shutong.identifier.IdentifierType;
import org.shutong.identifier.Identifiers;
import org.shutong.io.ColumnDictionary;
import org.shutong.io.Row;
import org.shutong.io.TableReader;
import org.shutong.report.Finding;
import org.shutong.report.FindingSink;
import org.shutong.report.Severity;

/**
 * Checks an extract against a {@link Mapping}: every non-empty value against its element's
 * representation format (WS 363.1 clause 5.2), value domain (WS 364 / GB/T tables) and identifier
 * rules (GB 11643, GB 32100, phone, e-mail), and the data set's required elements. Streams the
 * extract once; memory does not grow with the number of records. Immutable and reusable.
 *
 * <p>A value that breaks its format is not checked further (its domain or identifier check would
 * only repeat the defect). A value is conforming when it has no {@code error} finding; warnings
 * (spaces around it, a withdrawn region code, a lower-case {@code x}) do not count against it.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ConformanceChecker {
  private final Mapping mapping;
  private final ValueDomains domains;
  private final Identifiers identifiers;
  private final Lang lang;

  private ConformanceChecker(Mapping mapping, ValueDomains domains, Identifiers identifiers, Lang lang) {
    this.mapping = Objects.requireNonNull(mapping, "mapping");
    this.domains = Objects.requireNonNull(domains, "domains");
    this.identifiers = Objects.requireNonNull(identifiers, "identifiers");
    this.lang = Objects.requireNonNull(lang, "lang");
  }

  /**
   * A checker for {@code mapping}.
   *
   * @param domains where value domains are looked up ({@link ValueDomains#none()} checks none)
   * @param identifiers the identifier checks (with the GB/T 2260 region table when available)
   * @param lang language of finding messages
   */
  public static ConformanceChecker of(Mapping mapping, ValueDomains domains, Identifiers identifiers, Lang lang) {
    return new ConformanceChecker(mapping, domains, identifiers, lang);
  }

  /** Checks every record of {@code reader}, sending findings to {@code sink}; closes nothing. */
  public ConformanceResult check(TableReader reader, FindingSink sink) {
    Session run = start(reader.header(), reader.source().name(), reader.source().encodingName(), sink);
    while (reader.hasNext()) {
      run.record(reader.next());
    }
    return run.result(reader.recordsRead());
  }

  /** A check fed one record at a time (the profiler checks validity this way while profiling). */
  interface Session {
    void record(Row row);

    ConformanceResult result(long records);
  }

  /** Starts a check of a file with this header; header and mapping findings go to {@code sink} at once. */
  Session start(List<String> header, String file, String encoding, FindingSink sink) {
    Run run = new Run(header, file, encoding, sink);
    run.prepare();
    return run;
  }

  /** One column being checked. */
  private static final class Target {
    final int column;
    final String header;
    final DataElement element;
    final boolean required;
    ValueDomain domain;
    IdentifierType idType;
    int conditionColumn = -1;
    Set<String> conditionValues = Set.of();
    boolean conditionByShape;
    ConformanceRule[] formatRules;
    ConformanceRule[] idRules = new ConformanceRule[0];
    long nonEmpty;
    long conforming;
    long formatFailed;
    long idChecks;
    final Map<ConformanceRule, long[]> defects = new EnumMap<>(ConformanceRule.class);
    final Map<String, String> messages = new HashMap<>();

    Target(int column, String header, DataElement element, boolean required) {
      this.column = column;
      this.header = header;
      this.element = element;
      this.required = required;
    }
  }

  /** The state of one check of one extract. */
  private final class Run implements Session {
    final List<String> header;
    final FindingSink sink;
    final String file;
    final String encoding;
    final Messages m = Messages.of(CatalogueFiles.BUNDLE, lang);
    final List<Target> targets = new ArrayList<>();
    Target[] plan = new Target[0];
    final long[] checked = new long[ConformanceRule.values().length];
    final long[] failed = new long[ConformanceRule.values().length];
    final Set<ConformanceRule> applied = java.util.EnumSet.noneOf(ConformanceRule.class);
    final List<String> unmapped = new ArrayList<>();
    final List<String> missingRequired = new ArrayList<>();
    long requiredCells;
    long requiredFilled;

    Run(List<String> header, String file, String encoding, FindingSink sink) {
      this.header = List.copyOf(header);
      this.sink = sink;
      this.file = file;
      this.encoding = encoding;
    }

    private void emit(ConformanceRule rule, long record, long line, String field, String value, String message) {
      failed[idx(rule)]++;
      applied.add(rule);
      sink.accept(new Finding(rule.id(), rule.severity(), file, record, line, field, value, message));
    }

    private void count(ConformanceRule rule) {
      checked[idx(rule)]++;
      applied.add(rule);
    }

    void prepare() {
      for (Finding f : mapping.problems()) {
        ConformanceRule.byId(f.ruleId()).ifPresent(r -> {
          checked[idx(r)]++;
          failed[idx(r)]++;
          applied.add(r);
        });
        sink.accept(f);
      }
      Map<String, Integer> firstByKey = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        String key = ColumnDictionary.key(header.get(i));
        Integer first = firstByKey.putIfAbsent(key, i);
        count(ConformanceRule.MAP_DUPLICATE_HEADER);
        if (first != null) {
          emit(ConformanceRule.MAP_DUPLICATE_HEADER, 0, 1, header.get(i), header.get(i),
              m.get("chk.duplicateHeader", header.get(i), first + 1, i + 1));
        }
      }
      Optional<Dataset> ds = mapping.dataset();
      Set<Integer> bound = new HashSet<>();
      Map<String, Integer> columnOfElement = new HashMap<>();
      for (ColumnBinding b : mapping.bindings()) {
        count(ConformanceRule.MAP_COLUMN_MISSING);
        Integer col = firstByKey.get(ColumnDictionary.key(b.column()));
        if (col == null) {
          emit(ConformanceRule.MAP_COLUMN_MISSING, 0, 0, b.element(), b.column(),
              m.get("chk.columnMissing", b.column(), b.element()));
          continue;
        }
        DataElement e = mapping.catalogue().find(b.element()).orElseThrow();
        Target t = new Target(col, header.get(col), e, ds.map(d -> d.requires(e.id())).orElse(false));
        t.idType = b.identifier() != null ? b.identifier() : e.identifier();
        targets.add(t);
        bound.add(col);
        columnOfElement.putIfAbsent(e.id(), col);
      }
      int shown = 0;
      for (int i = 0; i < header.size(); i++) {
        if (!bound.contains(i) && firstByKey.get(ColumnDictionary.key(header.get(i))) == i) {
          unmapped.add(header.get(i));
          count(ConformanceRule.MAP_UNMAPPED_COLUMN);
          if (shown++ < 100) {
            emit(ConformanceRule.MAP_UNMAPPED_COLUMN, 0, 1, header.get(i), null, m.get("chk.unmapped", header.get(i)));
          } else {
            failed[idx(ConformanceRule.MAP_UNMAPPED_COLUMN)]++;
          }
        }
      }
      if (shown > 100) {
        sink.accept(new Finding(ConformanceRule.MAP_UNMAPPED_COLUMN.id(), Severity.INFO, file, 0, 1, null, null,
            m.get("chk.unmappedMore", shown - 100)));
      }
      ds.ifPresent(d -> {
        for (String req : d.required()) {
          count(ConformanceRule.REQUIRED_MISSING);
          if (!columnOfElement.containsKey(req)) {
            missingRequired.add(req);
            String name = mapping.catalogue().find(req).map(DataElement::name).orElse("");
            emit(ConformanceRule.REQUIRED_MISSING, 0, 0, req, null, m.get("chk.requiredMissing", name, req, d.name()));
          }
        }
      });
      Map<String, Optional<ValueDomain>> domainCache = new HashMap<>();
      for (Target t : targets) {
        String dn = t.element.valueDomain();
        if (dn != null) {
          Optional<ValueDomain> vd = domainCache.computeIfAbsent(dn, domains::find);
          if (vd.isPresent()) {
            t.domain = vd.get();
          } else {
            count(ConformanceRule.DOMAIN_UNAVAILABLE);
            emit(ConformanceRule.DOMAIN_UNAVAILABLE, 0, 0, t.element.id(), dn,
                m.get("chk.domainUnavailable", t.element.name(), t.element.id(), dn));
          }
        }
        if (t.idType != null) {
          Optional<DataElementCatalogue.IdentifierCondition> cond = mapping.catalogue().identifierCondition(t.element.id());
          if (cond.isPresent()) {
            Integer c = columnOfElement.get(cond.get().element());
            if (c != null) {
              t.conditionColumn = c;
              t.conditionValues = Set.copyOf(cond.get().values());
            } else {
              t.conditionByShape = true;
            }
          }
        }
      }
      for (Target t : targets) {
        t.formatRules = formatRules(t.element.format());
        if (t.idType != null) {
          List<ConformanceRule> ids = new ArrayList<>(List.of(identifierRule(t.idType, Defect.CHECK_DIGIT)));
          if (t.idType == IdentifierType.RESIDENT_ID && identifiers.checksRegions()) {
            ids.add(ConformanceRule.ID_RESIDENT_REGION);
          }
          if (t.idType == IdentifierType.RESIDENT_ID || t.idType == IdentifierType.SOCIAL_CREDIT_CODE
              || t.idType == IdentifierType.ORGANIZATION_CODE) {
            ids.add(ConformanceRule.ID_CASE);
          }
          t.idRules = ids.toArray(new ConformanceRule[0]);
        }
      }
      plan = targets.toArray(new Target[0]);
    }

    @Override
    public void record(Row row) {
      long rec = row.record();
      long line = row.line();
      for (Target t : plan) {
        String v = row.get(t.column);
        if (isBlank(v)) {
          if (t.required) {
            requiredCells++;
            emit(ConformanceRule.REQUIRED_EMPTY, rec, line, t.element.id(), null, message(t, "REQUIRED_EMPTY", null));
          }
          continue;
        }
        if (t.required) {
          requiredCells++;
          requiredFilled++;
        }
        t.nonEmpty++;
        boolean ok = checkValue(t, v, row, rec, line);
        if (ok) {
          t.conforming++;
        }
      }
      requiredCells += missingRequired.size();
    }

    private boolean checkValue(Target t, String raw, Row row, long rec, long line) {
      String v = raw;
      if (padded(raw.charAt(0)) || padded(raw.charAt(raw.length() - 1))) {
        v = raw.strip();
        defect(t, ConformanceRule.FORMAT_WHITESPACE);
        emit(ConformanceRule.FORMAT_WHITESPACE, rec, line, t.element.id(), raw, message(t, "WHITESPACE", null));
      }
      FormatDefect fd = t.element.format().check(v);
      if (fd != FormatDefect.NONE) {
        t.formatFailed++;
        ConformanceRule r = formatRule(fd);
        defect(t, r);
        String hint = FormatHints.hint(t.element.format(), fd, v);
        emit(r, rec, line, t.element.id(), raw, message(t, fd.name(), hint));
        return false;
      }
      if (t.domain != null) {
        if (!t.domain.contains(v)) {
          defect(t, ConformanceRule.DOMAIN_VALUE);
          emit(ConformanceRule.DOMAIN_VALUE, rec, line, t.element.id(), raw, message(t, "DOMAIN", null));
          return false;
        }
      }
      if (t.idType != null && appliesTo(t, v, row)) {
        IdentifierCheck c = identifiers.check(t.idType, v);
        t.idChecks++;
        if (!c.valid()) {
          ConformanceRule r = identifierRule(t.idType, c.defect());
          defect(t, r);
          emit(r, rec, line, t.element.id(), raw, identifierMessage(t, c, v));
          return r.severity() != Severity.ERROR;
        }
      }
      return true;
    }

    private boolean appliesTo(Target t, String v, Row row) {
      if (t.conditionColumn >= 0) {
        return t.conditionValues.contains(row.get(t.conditionColumn).strip());
      }
      if (t.conditionByShape) {
        return looksLikeResidentId(v);
      }
      return true;
    }

    private void defect(Target t, ConformanceRule r) {
      t.defects.computeIfAbsent(r, k -> new long[1])[0]++;
    }

    private String message(Target t, String kind, String hint) {
      String key = hint == null ? kind : kind + "|" + hint;
      String cached = t.messages.get(key);
      if (cached != null) {
        return cached;
      }
      DataElement e = t.element;
      RepresentationFormat f = e.format();
      String what = m.get("chk.element", e.name(), e.id());
      String text = switch (kind) {
        case "REQUIRED_EMPTY" -> m.get("chk.requiredEmpty", what);
        case "WHITESPACE" -> m.get("chk.whitespace", what);
        case "DOMAIN" -> m.get("chk.domain", what, e.valueDomain());
        case "CHARACTERS" -> m.get("chk.format.CHARACTERS." + f.kind(), what, f.text());
        default -> m.get("chk.format." + kind, what, f.text(), lengthText(f), f.decimals());
      };
      if (hint != null) {
        text = text + m.get("hint." + hint);
      }
      if (t.messages.size() < 64) {
        t.messages.put(key, text);
      }
      return text;
    }

    private String lengthText(RepresentationFormat f) {
      if (f.maxLength() == Integer.MAX_VALUE) {
        return m.get("len.any");
      }
      if (f.fixedLength()) {
        return m.get("len.fixed", f.minLength());
      }
      if (f.minLength() <= 1) {
        return m.get("len.max", f.maxLength());
      }
      return m.get("len.range", f.minLength(), f.maxLength());
    }

    private String identifierMessage(Target t, IdentifierCheck c, String v) {
      String base = m.get("chk.identifier", m.get("chk.element", t.element.name(), t.element.id()), c.message(lang));
      if (c.defect() == Defect.CHECK_DIGIT && t.idType == IdentifierType.RESIDENT_ID && v.length() == 18) {
        return base + m.get("hint.expectedCheck", Identifiers.residentIdCheckCharacter(v.substring(0, 17)));
      }
      return base;
    }

    /** Adds the per-value rules' applications, counted per column during the run. */
    private void countValueRules(long records) {
      for (Target t : targets) {
        if (t.required) {
          checked[idx(ConformanceRule.REQUIRED_EMPTY)] += records;
          applied.add(ConformanceRule.REQUIRED_EMPTY);
        }
        if (t.nonEmpty == 0) {
          continue;
        }
        checked[idx(ConformanceRule.FORMAT_WHITESPACE)] += t.nonEmpty;
        applied.add(ConformanceRule.FORMAT_WHITESPACE);
        for (ConformanceRule fr : t.formatRules) {
          checked[idx(fr)] += t.nonEmpty;
          applied.add(fr);
        }
        if (t.domain != null) {
          checked[idx(ConformanceRule.DOMAIN_VALUE)] += t.nonEmpty - t.formatFailed;
          applied.add(ConformanceRule.DOMAIN_VALUE);
        }
        if (t.idChecks > 0) {
          for (ConformanceRule ir : t.idRules) {
            checked[idx(ir)] += t.idChecks;
            applied.add(ir);
          }
        }
      }
    }

    @Override
    public ConformanceResult result(long records) {
      countValueRules(records);
      List<ElementScore> elements = new ArrayList<>();
      long nonEmpty = 0;
      long conforming = 0;
      for (Target t : targets) {
        Map<String, Long> defects = new LinkedHashMap<>();
        for (Map.Entry<ConformanceRule, long[]> e : t.defects.entrySet()) {
          defects.put(e.getKey().id(), e.getValue()[0]);
        }
        elements.add(new ElementScore(t.element.id(), t.element.name(), t.header, t.element.format().text(),
            t.element.valueDomain(), t.domain != null, t.idType == null ? null : t.idType.name(), t.required,
            records, t.nonEmpty, t.conforming, ratio(t.conforming, t.nonEmpty), ratio(t.nonEmpty, records), defects));
        nonEmpty += t.nonEmpty;
        conforming += t.conforming;
      }
      DatasetScore ds = null;
      if (mapping.dataset().isPresent()) {
        Dataset d = mapping.dataset().get();
        int req = d.required().size();
        long emptyRequired = requiredCells - requiredFilled;
        ds = new DatasetScore(d.name(), req, req - missingRequired.size(), missingRequired,
            ratio(req - missingRequired.size(), req), ratio(requiredFilled, requiredCells),
            nonEmpty, conforming, ratio(conforming, nonEmpty), ratio(conforming, nonEmpty + emptyRequired));
      }
      List<RuleScore> rules = new ArrayList<>();
      for (ConformanceRule r : ConformanceRule.values()) {
        if (applied.contains(r)) {
          long c = Math.max(checked[idx(r)], failed[idx(r)]);
          rules.add(new RuleScore(r.id(), r.severity().label(), r.source(), c, failed[idx(r)],
              ratio(c - failed[idx(r)], c)));
        }
      }
      return new ConformanceResult(ConformanceResult.SCHEMA, file, encoding, records,
          mapping.name(), mapping.catalogue().size(), header.size(), targets.size(), unmapped,
          elements, ds, rules);
    }
  }

  @SuppressWarnings("EnumOrdinal") // counters indexed by rule: a fixed enum, arrays for the per-value path
  private static int idx(ConformanceRule r) {
    return r.ordinal();
  }

  static Double ratio(long a, long b) {
    return b == 0 ? null : (double) a / b;
  }

  /** Whether {@code c} makes a value padded: whitespace, ideographic or no-break space. */
  static boolean padded(char c) {
    return c <= ' ' || (c >= 0x7f && (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0'));
  }

  static boolean isBlank(String v) {
    int n = v.length();
    if (n == 0) {
      return true;
    }
    char c0 = v.charAt(0);
    if (c0 > ' ' && c0 < 0x7f) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = v.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0') {
        return false;
      }
    }
    return true;
  }

  static boolean looksLikeResidentId(String v) {
    int n = v.length();
    if (n != 15 && n != 18) {
      return false;
    }
    for (int i = 0; i < n - 1; i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        return false;
      }
    }
    char last = v.charAt(n - 1);
    return (last >= '0' && last <= '9') || last == 'X' || last == 'x';
  }

  /** The rules a value of format {@code f} is checked by. */
  static ConformanceRule[] formatRules(RepresentationFormat f) {
    return switch (f.kind()) {
      case DATE -> new ConformanceRule[] {ConformanceRule.FORMAT_DATE};
      case DATETIME -> new ConformanceRule[] {ConformanceRule.FORMAT_DATETIME};
      case TIME -> new ConformanceRule[] {ConformanceRule.FORMAT_TIME};
      case BOOLEAN -> new ConformanceRule[] {ConformanceRule.FORMAT_BOOLEAN};
      case A, AN, N -> f.decimals() > 0
          ? new ConformanceRule[] {ConformanceRule.FORMAT_CHARACTERS, ConformanceRule.FORMAT_DECIMALS, ConformanceRule.FORMAT_LENGTH}
          : new ConformanceRule[] {ConformanceRule.FORMAT_CHARACTERS, ConformanceRule.FORMAT_LENGTH};
    };
  }

  static ConformanceRule formatRule(FormatDefect d) {
    return switch (d) {
      case LENGTH, NONE -> ConformanceRule.FORMAT_LENGTH;
      case CHARACTERS -> ConformanceRule.FORMAT_CHARACTERS;
      case DECIMALS -> ConformanceRule.FORMAT_DECIMALS;
      case DATE -> ConformanceRule.FORMAT_DATE;
      case DATETIME -> ConformanceRule.FORMAT_DATETIME;
      case TIME -> ConformanceRule.FORMAT_TIME;
      case BOOLEAN -> ConformanceRule.FORMAT_BOOLEAN;
    };
  }

  static ConformanceRule identifierRule(IdentifierType t, Defect d) {
    if (d == Defect.CASE) {
      return ConformanceRule.ID_CASE;
    }
    return switch (t) {
      case RESIDENT_ID -> d == Defect.REGION ? ConformanceRule.ID_RESIDENT_REGION : ConformanceRule.ID_RESIDENT;
      case SOCIAL_CREDIT_CODE -> ConformanceRule.ID_CREDIT_CODE;
      case ORGANIZATION_CODE -> ConformanceRule.ID_ORG_CODE;
      case MOBILE -> ConformanceRule.ID_MOBILE;
      case LANDLINE -> ConformanceRule.ID_LANDLINE;
      case PHONE -> ConformanceRule.ID_PHONE;
      case BANK_CARD -> ConformanceRule.ID_BANK_CARD;
      case EMAIL -> ConformanceRule.ID_EMAIL;
    };
  }
}
