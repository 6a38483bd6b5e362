package org.shutong.stats;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.shutong.codesets.RegionLevel;
import org.shutong.i18n.Messages;
import org.shutong.io.ColumnDictionary;
import org.shutong.io.HeaderMapping;
import org.shutong.io.ReadOptions;
import org.shutong.io.Row;
import org.shutong.io.FileInput;
import org.shutong.io.TableInput;
import org.shutong.io.TableReader;
import org.shutong.report.Finding;
import org.shutong.report.FindingSink;
import org.shutong.report.InputSummary;
import org.shutong.report.Severity;

/**
 * Tabulates 传染病报告卡 extracts into the monthly 法定传染病报告发病、死亡统计表 by the rules of its
 * footnotes (seed 002): cases and deaths counted by 终审日期; AIDS deaths as all-cause deaths reported
 * in the month among all AIDS patients ever reported; 病毒性肝炎 as the sum of its six types;
 * 结核性胸膜炎 under 肺结核 from 2019-05-01. Deleted cards are left out, a duplicate 卡片ID is counted
 * once, and every card not counted is counted by reason and, where it is a data problem, reported as
 * a finding with file, record, line and field.
 *
 * <p>One streaming pass over the inputs; memory grows with the number of distinct card ids (about
 * 24 bytes each), not with the file.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class NotifiableTabulator {
  private NotifiableTabulator() {}

  /**
   * Tabulates {@code inputs}. Findings go to the problem sink of {@link NotifiableOptions#read()}.
   *
   * @throws org.shutong.io.InputException if an input cannot be read at all
   */
  public static NotifiableResult tabulate(List<Path> inputs, NotifiableOptions options) {
    return tabulate(inputs, options, ReadListener.none());
  }

  /** As {@link #tabulate(List, NotifiableOptions)}, telling {@code listener} about each file and record. */
  public static NotifiableResult tabulate(List<Path> inputs, NotifiableOptions options, ReadListener listener) {
    List<TableInput> in = new ArrayList<>();
    for (Path p : inputs) {
      in.add(new FileInput(p));
    }
    return new Run(options, listener).run(in);
  }

  /**
   * As {@link #tabulate(List, NotifiableOptions, ReadListener)} for files or database tables and queries
   * ({@link org.shutong.io.DatabaseInput}).
   */
  public static NotifiableResult tabulateInputs(List<TableInput> inputs, NotifiableOptions options, ReadListener listener) {
    return new Run(options, listener).run(inputs);
  }

  /** One run's state. */
  private static final class Run {
    private final NotifiableOptions o;
    private final NotifiableCatalogue cat;
    private final FindingSink sink;
    private final Messages m;
    private final int nMonths;
    private final int nDiseases;
    private final long[] bounds;
    private final long[][] cases;
    private final long[][] deaths;
    private final NotifiableDisease.CountingRule[] rules;
    private final boolean[] excluded;
    private final boolean[][] inTable;
    private final Map<String, Boolean> caseClassKeys = new HashMap<>();
    private final Map<String, Boolean> classCache = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();
    private final CardIdSet ids = new CardIdSet();
    private final List<String> fileNames = new ArrayList<>();
    private final Map<String, long[]> byRegion = new TreeMap<>();
    private final Map<Integer, long[]> byWeek = new TreeMap<>();
    private final int[] weekOfDay;
    private final Map<String, Long> unknownNames = new LinkedHashMap<>();
    private final Map<String, Long> notCountedNames = new LinkedHashMap<>();
    private final Map<String, Long> classCounts = new LinkedHashMap<>();
    private final List<InputSummary> inputs = new ArrayList<>();
    private final DiseaseNames.Resolver resolver;
    private final RegionGroups regions;
    private final Set<String> unknownRegions = new java.util.HashSet<>();
    private final int report;
    private long records;
    private long counted;
    private long deleted;
    private long duplicates;
    private long notReviewed;
    private long invalidReview;
    private long outsideMonths;
    private long unknownDisease;
    private long notCountedDisease;
    private long excludedDisease;
    private long classExcluded;
    private long classUnknown;
    private long outsideRegion;
    private long regionInvalid;
    private long aidsCumulative;
    private long aidsDeaths;
    private long malformed;
    private long unusable;

    private final ReadListener listener;

    Run(NotifiableOptions o, ReadListener listener) {
      this.o = o;
      this.listener = listener;
      this.cat = o.catalogue();
      this.sink = o.read().problems();
      this.m = Messages.of("org.shutong.stats.messages", o.read().lang());
      this.nMonths = o.months().months().size();
      this.nDiseases = cat.ids().size();
      this.bounds = o.months().bounds();
      this.cases = new long[nMonths][nDiseases];
      this.deaths = new long[nMonths][nDiseases];
      this.report = nMonths - 1;
      this.rules = new NotifiableDisease.CountingRule[nDiseases];
      for (NotifiableDisease d : cat.entries()) {
        rules[cat.index(d.id())] = d.rule();
      }
      this.excluded = new boolean[nDiseases];
      for (String e : o.exclude()) {
        int i = cat.index(e);
        if (i >= 0) {
          excluded[i] = true;
          for (NotifiableDisease d : cat.entries()) {
            if (e.equals(d.parent())) {
              excluded[cat.index(d.id())] = true;
            }
          }
        }
      }
      this.inTable = new boolean[nMonths][nDiseases];
      for (int k = 0; k < nMonths; k++) {
        for (NotifiableDisease d : cat.rowsFor(o.months().months().get(k))) {
          inTable[k][cat.index(d.id())] = true;
        }
      }
      for (Map.Entry<String, Boolean> e : cat.caseClasses().entrySet()) {
        caseClassKeys.put(ColumnDictionary.key(e.getKey()), e.getValue());
      }
      this.resolver = o.names().resolver();
      this.regions = new RegionGroups(o.regions());
      YearMonth rm = o.months().reportMonth();
      this.weekOfDay = new int[rm.lengthOfMonth()];
      for (int d = 1; d <= weekOfDay.length; d++) {
        LocalDate day = rm.atDay(d);
        weekOfDay[d - 1] = day.get(IsoFields.WEEK_BASED_YEAR) * 100 + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
      }
    }

    NotifiableResult run(List<TableInput> paths) {
      checkCatalogueRange();
      ColumnDictionary dict = CaseCardColumns.dictionary(o.columns());
      for (TableInput p : paths) {
        readFile(p, dict);
      }
      for (int k = 0; k < nMonths; k++) {
        long sum = 0;
        for (int i = 0; i < nDiseases; i++) {
          sum += cases[k][i] + deaths[k][i];
        }
        if (sum == 0) {
          sink.accept(new Finding("STATS-NO-RECORDS", Severity.WARNING, null, 0, 0, null,
              o.months().months().get(k).toString(), m.get("n.noRecords", o.months().months().get(k))));
        }
      }
      TableBuilder tb = new TableBuilder(cat, o.exclude());
      List<NotifiableTable> tables = new ArrayList<>();
      for (int k = 0; k < nMonths; k++) {
        tables.add(tb.build(o.months().months().get(k), cases[k], deaths[k]));
      }
      YearMonth rm = o.months().reportMonth();
      List<NotifiableResult.Breakdown> regionParts = new ArrayList<>();
      for (Map.Entry<String, long[]> e : byRegion.entrySet()) {
        String key = e.getKey();
        String label = key.equals("unknown") ? m.get("n.regionUnknown")
            : regions.name(key).map(n -> key + " " + n).orElse(key);
        regionParts.add(new NotifiableResult.Breakdown(key, label, tb.build(rm, split(e.getValue(), 0), split(e.getValue(), 1))));
      }
      List<NotifiableResult.Breakdown> weeks = new ArrayList<>();
      for (Map.Entry<Integer, long[]> e : byWeek.entrySet()) {
        int w = e.getKey();
        int first = -1;
        int last = -1;
        for (int d = 0; d < weekOfDay.length; d++) {
          if (weekOfDay[d] == w) {
            first = first < 0 ? d + 1 : first;
            last = d + 1;
          }
        }
        String key = String.format(java.util.Locale.ROOT, "%d-W%02d", w / 100, w % 100);
        String label = key + String.format(java.util.Locale.ROOT, " (%02d-%02d~%02d-%02d)",
            rm.getMonthValue(), first, rm.getMonthValue(), last);
        weeks.add(new NotifiableResult.Breakdown(key, label, tb.build(rm, split(e.getValue(), 0), split(e.getValue(), 1))));
      }
      NotifiableResult.CardCounts counts = new NotifiableResult.CardCounts(records, malformed, unusable, counted,
          deleted, duplicates, notReviewed, invalidReview, outsideMonths, unknownDisease, notCountedDisease,
          excludedDisease, classExcluded, classUnknown, outsideRegion, regionInvalid, aidsCumulative, aidsDeaths);
      return new NotifiableResult(o.months(), tables, regionParts, weeks, counts, unknownNames, notCountedNames,
          classCounts, inputs);
    }

    private static long[] split(long[] pairs, int which) {
      long[] out = new long[pairs.length / 2];
      for (int i = 0; i < out.length; i++) {
        out[i] = pairs[2 * i + which];
      }
      return out;
    }

    private void checkCatalogueRange() {
      for (YearMonth ym : o.months().months()) {
        if (ym.atEndOfMonth().isBefore(cat.validFrom())) {
          sink.accept(new Finding("STATS-CATALOGUE-RANGE", Severity.ERROR, null, 0, 0, null, ym.toString(),
              m.get("n.beforeCatalogue", ym, cat.validFrom())));
        } else if (ym.atDay(1).isAfter(cat.reviewedThrough())) {
          sink.accept(new Finding("STATS-CATALOGUE-RANGE", Severity.WARNING, null, 0, 0, null, ym.toString(),
              m.get("n.afterCatalogue", ym, cat.reviewedThrough())));
        }
      }
    }

    private int monthOf(long epochDay) {
      for (int k = 0; k < nMonths; k++) {
        if (epochDay >= bounds[2 * k] && epochDay <= bounds[2 * k + 1]) {
          return k;
        }
      }
      return -1;
    }

    private void readFile(TableInput path, ColumnDictionary dict) {
      try (TableReader r = path.open(o.read().withName(path.name()))) {
        listener.opened(r);
        try {
          readOpened(r, dict);
        } finally {
          listener.closed(r);
        }
      }
    }

    private void readOpened(TableReader r, ColumnDictionary dict) {
      String file = r.source().name();
      int fileIndex = fileNames.size();
      fileNames.add(file);
      HeaderMapping h = dict.map(r.header());
      for (Map.Entry<String, List<Integer>> e : h.duplicates().entrySet()) {
        sink.accept(new Finding("STATS-COLUMN-DUPLICATE", Severity.WARNING, file, 0, 1, e.getKey(), null,
            m.get("n.columnDuplicate", e.getKey(), e.getValue().size())));
      }
      long delivered = 0;
      if (!h.has(CaseCardColumns.DISEASE) || !h.has(CaseCardColumns.FINAL_REVIEW)) {
        for (String f : List.of(CaseCardColumns.DISEASE, CaseCardColumns.FINAL_REVIEW)) {
          if (!h.has(f)) {
            sink.accept(new Finding("STATS-COLUMN-MISSING", Severity.ERROR, file, 0, 1, f, null,
                m.get("n.columnRequired", f, String.join(",", r.header()))));
          }
        }
        while (r.hasNext()) {
          r.next();
          delivered++;
          listener.record();
        }
        unusable += delivered;
      } else {
        boolean regionNeeded = o.region() != null || o.byRegion() != null;
        optionalColumn(h, file, CaseCardColumns.CARD_ID, "n.noCardId", Severity.WARNING);
        optionalColumn(h, file, CaseCardColumns.CASE_CLASS, "n.noCaseClass", Severity.WARNING);
        optionalColumn(h, file, CaseCardColumns.DEATH, "n.noDeath", Severity.WARNING);
        optionalColumn(h, file, CaseCardColumns.DELETED, "n.noDeleted", Severity.WARNING);
        if (regionNeeded) {
          optionalColumn(h, file, CaseCardColumns.REGION, "n.noRegion", Severity.ERROR);
        }
        Columns c = new Columns(h);
        while (r.hasNext()) {
          card(r.next(), c, file, fileIndex);
          delivered++;
          listener.record();
        }
      }
      inputs.add(new InputSummary(file, r.recordsRead(), r.source().encodingName()));
      records += r.recordsRead();
      malformed += r.recordsRead() - delivered;
    }

    private void optionalColumn(HeaderMapping h, String file, String field, String key, Severity s) {
      if (!h.has(field)) {
        sink.accept(new Finding("STATS-COLUMN-MISSING", s, file, 0, 1, field, null, m.get(key, field)));
      }
    }

    /** Column positions of one file (-1 when absent). */
    private static final class Columns {
      final int cardId;
      final int disease;
      final int caseClass;
      final int onset;
      final int diagnosis;
      final int review;
      final int death;
      final int region;
      final int deleted;

      Columns(HeaderMapping h) {
        cardId = h.column(CaseCardColumns.CARD_ID);
        disease = h.column(CaseCardColumns.DISEASE);
        caseClass = h.column(CaseCardColumns.CASE_CLASS);
        onset = h.column(CaseCardColumns.ONSET);
        diagnosis = h.column(CaseCardColumns.DIAGNOSIS);
        review = h.column(CaseCardColumns.FINAL_REVIEW);
        death = h.column(CaseCardColumns.DEATH);
        region = h.column(CaseCardColumns.REGION);
        deleted = h.column(CaseCardColumns.DELETED);
      }
    }

    /**
     * A message whose arguments do not change during the run, formatted once: findings on many records
     * must not each pay for a {@link java.text.MessageFormat}.
     */
    private String text(String key, String... args) {
      String k = args.length == 0 ? key : key + '|' + String.join("|", args);
      String t = texts.get(k);
      if (t == null) {
        t = m.get(key, (Object[]) args);
        texts.put(k, t);
      }
      return t;
    }

    /** Whether a 病例分类 value is counted ({@code null}: not a known value), cached per distinct value. */
    private Boolean caseClassCounted(String raw) {
      Boolean ok = classCache.get(raw);
      if (ok == null && !classCache.containsKey(raw)) {
        ok = caseClassKeys.get(ColumnDictionary.key(raw));
        if (classCache.size() < 10_000) {
          classCache.put(raw, ok);
        }
      }
      return ok;
    }

    private void finding(String rule, Severity s, String file, Row row, String field, String value, String msg) {
      sink.accept(new Finding(rule, s, file, row.record(), row.line(), field, value, msg));
    }

    private void card(Row row, Columns c, String file, int fileIndex) {
      if (c.deleted >= 0 && CaseCardColumns.deleted(row.get(c.deleted))) {
        deleted++;
        return;
      }
      String reviewRaw = row.get(c.review);
      long review = DateStamps.parse(reviewRaw);
      if (review == DateStamps.EMPTY) {
        notReviewed++;
        finding("STATS-NOT-REVIEWED", Severity.WARNING, file, row, CaseCardColumns.FINAL_REVIEW, null,
            text("n.notReviewed"));
        return;
      }
      if (review == DateStamps.INVALID) {
        invalidReview++;
        finding("STATS-DATE-INVALID", Severity.ERROR, file, row, CaseCardColumns.FINAL_REVIEW, reviewRaw,
            text("n.reviewInvalid"));
        return;
      }
      long reviewDay = DateStamps.epochDay(review);
      String diseaseRaw = row.get(c.disease);
      String deathRaw = c.death >= 0 ? row.get(c.death) : "";
      String regionRaw = c.region >= 0 ? row.get(c.region) : "";
      String classRaw = c.caseClass >= 0 ? row.get(c.caseClass) : "";
      if (c.cardId >= 0) {
        String id = row.get(c.cardId).strip();
        if (id.isEmpty()) {
          finding("STATS-CARD-ID-MISSING", Severity.WARNING, file, row, CaseCardColumns.CARD_ID, null,
              text("n.cardIdMissing"));
        } else {
          long print = CardIdSet.combine(CardIdSet.combine(CardIdSet.combine(CardIdSet.combine(
              review, diseaseRaw.strip()), deathRaw.strip()), regionRaw.strip()), classRaw.strip());
          long where = ((long) fileIndex << 48) | (row.record() & 0xFFFF_FFFF_FFFFL);
          int slot = ids.addOrFind(CardIdSet.hash(id), where, print);
          if (slot >= 0) {
            duplicates++;
            long w = ids.whereAt(slot);
            String firstFile = fileNames.get((int) (w >>> 48));
            long firstRecord = w & 0xFFFF_FFFF_FFFFL;
            boolean differs = ids.printAt(slot) != print;
            finding("STATS-DUPLICATE-CARD", Severity.WARNING, file, row, CaseCardColumns.CARD_ID, id,
                m.get(differs ? "n.duplicateDiffers" : "n.duplicate", firstFile, firstRecord));
            return;
          }
        }
      }
      int month = monthOf(reviewDay);
      int d = resolver.resolve(diseaseRaw, reviewDay);
      boolean aids = d >= 0 && rules[d] == NotifiableDisease.CountingRule.AIDS_ALL_CAUSE;
      if (month < 0 && !aids) {
        outsideMonths++;
        finding("STATS-OUTSIDE-MONTH", Severity.INFO, file, row, CaseCardColumns.FINAL_REVIEW, reviewRaw.strip(),
            text("n.outsideMonth", months()));
        return;
      }
      if (d == DiseaseNames.UNKNOWN) {
        unknownDisease++;
        unknownNames.merge(diseaseRaw.strip(), 1L, Long::sum);
        finding("STATS-UNKNOWN-DISEASE", Severity.WARNING, file, row, CaseCardColumns.DISEASE, diseaseRaw.strip(),
            text("n.unknownDisease"));
        return;
      }
      if (d < 0) {
        notCountedDisease++;
        notCountedNames.merge(diseaseRaw.strip(), 1L, Long::sum);
        return;
      }
      int deathMonth = -1;
      long death = DateStamps.EMPTY;
      if (!deathRaw.isEmpty()) {
        death = DateStamps.parse(deathRaw);
      }
      if (aids) {
        if (DateStamps.valid(death)) {
          deathMonth = monthOf(DateStamps.epochDay(death));
        }
        if (month < 0 && deathMonth < 0) {
          aidsCumulative++;
          return;
        }
      }
      int tableMonth = month >= 0 ? month : deathMonth;
      if (excluded[d]) {
        excludedDisease++;
        return;
      }
      if (!inTable[tableMonth][d]) {
        notCountedDisease++;
        notCountedNames.merge(diseaseRaw.strip(), 1L, Long::sum);
        return;
      }
      if (c.caseClass >= 0) {
        String cls = classRaw.strip();
        Boolean ok = caseClassCounted(cls);
        if (month >= 0) {
          classCounts.merge(cls.isEmpty() ? "" : cls, 1L, Long::sum);
        }
        if (ok == null) {
          classUnknown++;
          finding("STATS-CASE-CLASS-UNKNOWN", Severity.WARNING, file, row, CaseCardColumns.CASE_CLASS, cls,
              text("n.caseClassUnknown", String.join("、", cat.caseClasses().keySet())));
          return;
        }
        if (!ok) {
          classExcluded++;
          return;
        }
      }
      String code = null;
      if (!regionRaw.isBlank()) {
        code = RegionGroups.county(regionRaw);
        if (code == null) {
          if (o.region() != null) {
            regionInvalid++;
          }
          finding("STATS-REGION-INVALID", o.region() != null ? Severity.ERROR : Severity.WARNING, file, row,
              CaseCardColumns.REGION, regionRaw.strip(), text("n.regionInvalid"));
          if (o.region() != null) {
            return;
          }
        }
      } else if (o.region() != null) {
        regionInvalid++;
        finding("STATS-REGION-INVALID", Severity.ERROR, file, row, CaseCardColumns.REGION, null,
            text("n.regionMissing"));
        return;
      }
      if (code != null && !regions.known(code) && unknownRegions.add(code)) {
        finding("STATS-REGION-UNKNOWN", Severity.WARNING, file, row, CaseCardColumns.REGION, code,
            m.get("n.regionUnknownCode", o.regions().info().version(), RegionGroups.structural(code, RegionLevel.CITY)));
      }
      if (o.region() != null && !regions.within(code, o.region())) {
        outsideRegion++;
        return;
      }
      if (death == DateStamps.INVALID) {
        finding("STATS-DATE-INVALID", Severity.ERROR, file, row, CaseCardColumns.DEATH, deathRaw.strip(),
            text("n.deathInvalid"));
      }
      if (aids && deathMonth >= 0) {
        deaths[deathMonth][d]++;
        aidsDeaths++;
        if (deathMonth == report) {
          breakdown(code, DateStamps.epochDay(death), d, false, true);
        }
      }
      if (month < 0) {
        aidsCumulative++;
        return;
      }
      counted++;
      cases[month][d]++;
      boolean deathHere = !aids && DateStamps.valid(death);
      if (deathHere) {
        deaths[month][d]++;
      }
      if (month == report) {
        breakdown(code, reviewDay, d, true, deathHere);
      }
      checkDates(row, c, file, review, death);
    }

    private String months() {
      List<YearMonth> ms = o.months().months();
      return ms.size() == 1 ? ms.get(0).toString() : ms.get(0) + ".." + ms.get(ms.size() - 1);
    }

    /** Adds a case and/or death to the breakdowns; {@code day} is in the report month. */
    private void breakdown(String code, long day, int d, boolean isCase, boolean isDeath) {
      if (o.byRegion() != null) {
        String key = code == null ? "unknown" : regions.at(code, o.byRegion());
        long[] a = byRegion.computeIfAbsent(key, k -> new long[2 * nDiseases]);
        if (isCase) {
          a[2 * d]++;
        }
        if (isDeath) {
          a[2 * d + 1]++;
        }
      }
      if (o.byWeek()) {
        int dom = (int) (day - bounds[2 * report]);
        long[] a = byWeek.computeIfAbsent(weekOfDay[dom], k -> new long[2 * nDiseases]);
        if (isCase) {
          a[2 * d]++;
        }
        if (isDeath) {
          a[2 * d + 1]++;
        }
      }
    }

    /** Date-order checks on a counted card: 发病日期 ≤ 诊断时间 ≤ 终审时间; 死亡日期 not before 发病日期. */
    private void checkDates(Row row, Columns c, String file, long review, long death) {
      long onset = DateStamps.EMPTY;
      long diagnosis = DateStamps.EMPTY;
      if (c.onset >= 0) {
        String raw = row.get(c.onset);
        onset = DateStamps.parse(raw);
        if (onset == DateStamps.INVALID) {
          finding("STATS-DATE-INVALID", Severity.WARNING, file, row, CaseCardColumns.ONSET, raw.strip(),
              text("n.dateInvalid", CaseCardColumns.ONSET));
        }
      }
      if (c.diagnosis >= 0) {
        String raw = row.get(c.diagnosis);
        diagnosis = DateStamps.parse(raw);
        if (diagnosis == DateStamps.INVALID) {
          finding("STATS-DATE-INVALID", Severity.WARNING, file, row, CaseCardColumns.DIAGNOSIS, raw.strip(),
              text("n.dateInvalid", CaseCardColumns.DIAGNOSIS));
        }
      }
      long reviewDay = DateStamps.epochDay(review);
      if (DateStamps.valid(onset) && DateStamps.valid(diagnosis)
          && DateStamps.epochDay(onset) > DateStamps.epochDay(diagnosis)) {
        finding("STATS-DATE-ORDER", Severity.WARNING, file, row, CaseCardColumns.ONSET, row.get(c.onset).strip(),
            text("n.order", CaseCardColumns.ONSET, CaseCardColumns.DIAGNOSIS));
      }
      if (DateStamps.valid(diagnosis) && DateStamps.epochDay(diagnosis) > reviewDay) {
        finding("STATS-DATE-ORDER", Severity.WARNING, file, row, CaseCardColumns.DIAGNOSIS,
            row.get(c.diagnosis).strip(), text("n.order", CaseCardColumns.DIAGNOSIS, CaseCardColumns.FINAL_REVIEW));
      }
      if (DateStamps.valid(death) && DateStamps.valid(onset) && DateStamps.epochDay(death) < DateStamps.epochDay(onset)) {
        finding("STATS-DATE-ORDER", Severity.WARNING, file, row, CaseCardColumns.DEATH, row.get(c.death).strip(),
            text("n.deathBeforeOnset"));
      }
    }
  }

  /** The excluded-disease ids {@code values} name (ids or labels), or the unknown values. */
  static Set<String> unknownIds(NotifiableCatalogue cat, Set<String> values) {
    Set<String> bad = new java.util.LinkedHashSet<>();
    for (String v : values) {
      if (cat.findId(v).isEmpty()) {
        bad.add(v);
      }
    }
    return bad;
  }
}
