package org.shutong.conformance;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.shutong.i18n.Messages;
import org.shutong.io.ColumnDictionary;
import org.shutong.io.InputException;
import org.shutong.io.Row;
import org.shutong.io.TableReader;
import org.shutong.report.Finding;
import org.shutong.report.FindingSink;
import org.shutong.report.Severity;

/**
 * Profiles a file for data quality in one streaming pass ({@code shutong conform profile}): per column
 * type inference, fill rate, distinct count, top values, min/max, lengths and patterns; exact
 * duplicate records and records sharing a key with different content; the mapping's validity;
 * declared consistency rules; dates in the future or outside a window. Scores the five dimensions
 * 完整性、唯一性、有效性、一致性、及时性 ({@link QualityDimension}).
 *
 * <p>Memory does not grow with the number of records: distinct counts switch from exact (hash sets)
 * to HyperLogLog beyond a per-column limit, top values from exact counts to Misra–Gries, and
 * duplicate detection sorts record hashes in a bounded buffer and spills sorted runs to temporary
 * files, merged at the end. {@link ProfileLimits} in the result says which limits applied.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Profiler {
  /** Finding rule ids of the profile's own checks. */
  static final String DUPLICATE = "PR-DUPLICATE-RECORD";
  static final String KEY_CONFLICT = "PR-KEY-CONFLICT";
  static final String KEY_EMPTY = "PR-KEY-EMPTY";
  static final String FUTURE = "PR-FUTURE-DATE";
  static final String WINDOW = "PR-OUTSIDE-WINDOW";
  static final int EXAMPLE_GROUPS = 20;
  static final int EXAMPLE_RECORDS = 10;

  private final ProfileOptions options;

  private Profiler(ProfileOptions options) {
    this.options = options;
  }

  /** A profiler with these options. */
  public static Profiler of(ProfileOptions options) {
    return new Profiler(java.util.Objects.requireNonNull(options, "options"));
  }

  /**
   * Profiles every record of {@code reader}; findings (duplicates, key conflicts, rule failures,
   * untimely dates, the mapping's conformance) go to {@code sink}.
   *
   * @throws InputException if a key column or a rule's column is not in the file
   */
  public DataProfile profile(TableReader reader, FindingSink sink) {
    Run run = new Run(reader, sink);
    boolean done = false;
    try {
      while (reader.hasNext()) {
        run.record(reader.next());
      }
      run.drain();
      done = true;
    } finally {
      if (!done) {
        run.abort();
      }
    }
    return run.finish(reader.recordsRead());
  }

  /** Rows handed from the reading thread to the statistics thread at a time. */
  static final int BATCH = 1024;
  /** Batches in flight: bounds the rows held in memory between the threads. */
  static final int QUEUE = 4;
  /** The size of the empty batch that tells the statistics thread to stop. */
  static final int POISON_SIZE = 0;

  /** Rows handed between the threads, with the reading thread's part of each record's hashes. */
  private static final class Batch {
    final Row[] rows;
    final long[] partial;
    final long[] keyHashes;
    int size;

    Batch(int keys) {
      this(keys, BATCH);
    }

    Batch(int keys, int capacity) {
      rows = new Row[capacity];
      partial = new long[capacity];
      keyHashes = new long[capacity * keys];
    }
  }

  /** A declared rule with its columns resolved. */
  private static final class RuleEval {
    final ConsistencyRule rule;
    final int[] cols;
    final String field;
    long applicable;
    long failed;

    RuleEval(ConsistencyRule rule, int[] cols, String field) {
      this.rule = rule;
      this.cols = cols;
      this.field = field;
    }
  }

  private final class Run {
    final String file;
    final String encoding;
    final List<String> header;
    final FindingSink sink;
    final Messages m = Messages.of(CatalogueFiles.BUNDLE, options.lang());
    final ColumnStats[] stats;
    final int[] key;
    final TupleSorter exact;
    final TupleSorter keyed;
    final ConformanceChecker.Session conformance;
    final List<RuleEval> rules = new ArrayList<>();
    final Map<String, String> elementOfColumn = new HashMap<>();
    final LocalDate asOf;
    final int distinctLimit;
    long emptyKeys;
    /**
     * Columns {@code [0, split)} are counted on the reading thread, {@code [split, n)} on the
     * statistics thread (all on the reading thread when there is none): the reading thread also
     * parses and checks rules, so it takes a fifth of the columns and the two threads finish about
     * together.
     */
    final int split;
    /** Rows (with the reading thread's part of their hashes) waiting for the statistics thread. */
    Batch batch;
    final java.util.concurrent.BlockingQueue<Batch> queue;
    final Thread worker;
    volatile Throwable workerFailure;

    Run(TableReader reader, FindingSink sink) {
      this.file = reader.source().name();
      this.encoding = reader.source().encodingName();
      this.header = reader.header();
      this.sink = sink;
      ProfileRules pr = options.rules();
      this.asOf = pr.asOf() != null ? pr.asOf() : options.asOf();
      long asOfDay = yyyymmdd(asOf);
      long from = pr.windowFrom() == null ? 0 : yyyymmdd(pr.windowFrom());
      long to = pr.windowTo() == null ? 0 : yyyymmdd(pr.windowTo());
      this.distinctLimit = options.distinctLimit(header.size());
      stats = new ColumnStats[header.size()];
      for (int i = 0; i < stats.length; i++) {
        stats[i] = new ColumnStats(i, header.get(i), distinctLimit, options.topCapacity(), asOfDay, from, to,
            options.examplesPerColumn());
      }
      Mapping mapping = options.mapping();
      Map<String, Integer> byKey = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        byKey.putIfAbsent(ColumnDictionary.key(header.get(i)), i);
      }
      Map<String, Integer> byElement = new HashMap<>();
      if (mapping != null) {
        for (ColumnBinding b : mapping.bindings()) {
          Integer c = byKey.get(ColumnDictionary.key(b.column()));
          if (c != null) {
            byElement.putIfAbsent(b.element(), c);
            elementOfColumn.putIfAbsent(header.get(c), b.element());
          }
        }
        conformance = ConformanceChecker.of(mapping, options.domains(), options.identifiers(), options.lang())
            .start(header, file, encoding, sink);
      } else {
        conformance = null;
      }
      key = new int[options.keyColumns().size()];
      for (int k = 0; k < key.length; k++) {
        key[k] = resolve(options.keyColumns().get(k), byKey, byElement, "--key");
      }
      for (ConsistencyRule r : pr.rules()) {
        int[] cols = new int[r.columns().size()];
        for (int k = 0; k < cols.length; k++) {
          cols[k] = resolve(r.columns().get(k), byKey, byElement, r.id());
        }
        rules.add(new RuleEval(r, cols, fieldOf(cols[0])));
      }
      exact = new TupleSorter(3, 1, options.duplicateBuffer(), options.tempDir());
      keyed = key.length == 0 ? null : new TupleSorter(4, 2, options.duplicateBuffer(), options.tempDir());
      split = options.threads() > 0 ? stats.length / 5 : stats.length;
      batch = new Batch(key.length);
      if (options.threads() > 0) {
        queue = new java.util.concurrent.ArrayBlockingQueue<>(QUEUE);
        worker = new Thread(this::work, "shutong-profile-stats");
        worker.setDaemon(true);
        worker.start();
      } else {
        queue = null;
        worker = null;
      }
    }

    /** The statistics thread: takes batches until an empty one arrives. */
    private void work() {
      try {
        while (true) {
          Batch b = queue.take();
          if (b.rows.length == POISON_SIZE) {
            return;
          }
          statsOf(b);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (Throwable t) {
        workerFailure = t;
        queue.clear();
      }
    }

    private void hand(Batch b) {
      if (worker == null) {
        statsOf(b);
        return;
      }
      try {
        while (!queue.offer(b, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
          failIfWorkerFailed();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while profiling", e);
      }
      failIfWorkerFailed();
    }

    private void failIfWorkerFailed() {
      Throwable t = workerFailure;
      if (t instanceof RuntimeException re) {
        throw re;
      }
      if (t instanceof Error er) {
        throw er;
      }
      if (t != null) {
        throw new IllegalStateException(t);
      }
    }

    /** Hands the last rows over and waits until every row has been counted. */
    void drain() {
      if (batch.size > 0) {
        hand(batch);
        batch = new Batch(key.length);
      }
      if (worker != null) {
        hand(new Batch(key.length, POISON_SIZE));
        try {
          worker.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while profiling", e);
        }
        failIfWorkerFailed();
      }
    }

    /** Stops the statistics thread after a failure and deletes spilled runs. */
    void abort() {
      if (worker != null) {
        worker.interrupt();
      }
      exact.close();
      if (keyed != null) {
        keyed.close();
      }
    }

    private int resolve(String column, Map<String, Integer> byKey, Map<String, Integer> byElement, String who) {
      Integer c = byKey.get(ColumnDictionary.key(column));
      if (c == null) {
        c = byElement.get(column.strip());
      }
      if (c == null) {
        throw new InputException(file, m.get("prof.noColumn", file, column, who));
      }
      return c;
    }

    private String fieldOf(int col) {
      String e = elementOfColumn.get(header.get(col));
      return e != null ? e : header.get(col);
    }

    /**
     * One record on the reading thread: the checks that report findings (key filled, rules, the
     * mapping's conformance) here, the statistics on the statistics thread, a batch at a time.
     */
    void record(Row row) {
      if (keyed != null && keyEmpty(row)) {
        emptyKeys++;
        sink.accept(new Finding(KEY_EMPTY, Severity.ERROR, file, row.record(), row.line(), fieldOf(key[0]), null,
            m.get("prof.keyEmpty", keyText())));
      }
      for (RuleEval r : rules) {
        evaluate(r, row);
      }
      if (conformance != null) {
        conformance.record(row);
      }
      int at = batch.size++;
      batch.rows[at] = row;
      long rec = row.record();
      long line = row.line();
      long h = 0x5bd1e995L;
      for (int c = 0; c < split; c++) {
        ColumnStats s = stats[c];
        s.accept(row.get(c), rec, line);
        h = Hashing.combine(h, s.lastHash);
      }
      batch.partial[at] = h;
      for (int k = 0; k < key.length; k++) {
        if (key[k] < split) {
          batch.keyHashes[at * key.length + k] = stats[key[k]].lastHash;
        }
      }
      if (batch.size == BATCH) {
        hand(batch);
        batch = new Batch(key.length);
      }
    }

    private boolean keyEmpty(Row row) {
      for (int c : key) {
        if (!ConformanceChecker.isBlank(row.get(c))) {
          return false;
        }
      }
      return true;
    }

    /**
     * The statistics thread's part of a batch: its columns, then each record's hash (continuing the
     * reading thread's part, in column order) and key hash, into the duplicate sorters.
     */
    private void statsOf(Batch b) {
      for (int at = 0; at < b.size; at++) {
        Row row = b.rows[at];
        long rec = row.record();
        long line = row.line();
        long h = b.partial[at];
        for (int c = split; c < stats.length; c++) {
          ColumnStats s = stats[c];
          s.accept(row.get(c), rec, line);
          h = Hashing.combine(h, s.lastHash);
        }
        h = Hashing.mix(h);
        exact.add(h, rec, line);
        if (keyed != null && !keyEmpty(row)) {
          long kh = 0x1b873593L;
          for (int k = 0; k < key.length; k++) {
            kh = Hashing.combine(kh, key[k] < split ? b.keyHashes[at * key.length + k] : stats[key[k]].lastHash);
          }
          keyed.add(Hashing.mix(kh), h, rec, line);
        }
        b.rows[at] = null;
      }
    }

    private String keyText() {
      List<String> names = new ArrayList<>();
      for (int c : key) {
        names.add(header.get(c));
      }
      return String.join("、", names);
    }

    // ------------------------------------------------------------------ rules

    private void evaluate(RuleEval r, Row row) {
      ConsistencyRule rule = r.rule;
      String a = row.get(r.cols[0]).strip();
      String b = row.get(r.cols[1]).strip();
      String failure = null;
      switch (rule.type()) {
        case ORDER, ORDER_STRICT -> {
          int cmp = compare(a, b);
          if (cmp == Integer.MIN_VALUE) {
            return;
          }
          r.applicable++;
          if (cmp > 0 || (cmp == 0 && rule.type() == ConsistencyRule.Type.ORDER_STRICT)) {
            failure = m.get(rule.type() == ConsistencyRule.Type.ORDER ? "prof.rule.order" : "prof.rule.orderStrict",
                header.get(r.cols[0]), a, header.get(r.cols[1]), b);
          }
        }
        case EQUALS -> {
          if (a.isEmpty() || b.isEmpty()) {
            return;
          }
          r.applicable++;
          if (!a.equals(b)) {
            failure = m.get("prof.rule.equals", header.get(r.cols[0]), a, header.get(r.cols[1]), b);
          }
        }
        case REQUIRES -> {
          if (a.isEmpty() || (!rule.whenValues().isEmpty() && !rule.whenValues().contains(a))) {
            return;
          }
          r.applicable++;
          if (b.isEmpty()) {
            failure = m.get("prof.rule.requires", header.get(r.cols[0]), a, header.get(r.cols[1]));
          }
        }
        case ID_BIRTHDATE -> {
          long d = Dates.parse(b, 0, b.length());
          if (d == Dates.NONE || !residentId(a)) {
            return;
          }
          r.applicable++;
          int birth = idBirth(a);
          if (birth != Dates.day(d)) {
            failure = m.get("prof.rule.idBirth", header.get(r.cols[0]), Dates.text(birth * 1_000_000L, false),
                header.get(r.cols[1]), b);
          }
        }
        case ID_SEX -> {
          if (!(b.equals("1") || b.equals("2")) || !residentId(a)) {
            return;
          }
          r.applicable++;
          int sex = (a.charAt(a.length() == 18 ? 16 : 14) - '0') % 2 == 1 ? 1 : 2;
          if (b.charAt(0) - '0' != sex) {
            failure = m.get("prof.rule.idSex", header.get(r.cols[0]), sex, header.get(r.cols[1]), b);
          }
        }
        case AGE -> {
          String at = row.get(r.cols[2]).strip();
          long birth = Dates.parse(b, 0, b.length());
          long when = Dates.parse(at, 0, at.length());
          if (birth == Dates.NONE || when == Dates.NONE || a.isEmpty() || a.length() > 3 || !a.chars().allMatch(Character::isDigit)) {
            return;
          }
          r.applicable++;
          int years = Period.between(date(Dates.day(birth)), date(Dates.day(when))).getYears();
          if (years != Integer.parseInt(a)) {
            failure = m.get("prof.rule.age", header.get(r.cols[0]), a, years, header.get(r.cols[1]), header.get(r.cols[2]));
          }
        }
        case LAG -> {
          long ev = Dates.parse(a, 0, a.length());
          long rc = Dates.parse(b, 0, b.length());
          if (ev == Dates.NONE || rc == Dates.NONE) {
            return;
          }
          r.applicable++;
          long days = Dates.daysFromCivil(Dates.day(rc)) - Dates.daysFromCivil(Dates.day(ev));
          if (days > rule.maxDays() || days < 0) {
            failure = m.get(days < 0 ? "prof.rule.lagNegative" : "prof.rule.lag", header.get(r.cols[1]), b,
                header.get(r.cols[0]), a, days, rule.maxDays());
          }
        }
        default -> {
          return;
        }
      }
      if (failure != null) {
        r.failed++;
        String msg = rule.description().isEmpty() ? failure : rule.description() + "：" + failure;
        sink.accept(new Finding(rule.id(), rule.severity(), file, row.record(), row.line(), r.field, a + " | " + b, msg));
      }
    }

    /** Whether {@code a} is a resident identity number whose structure is right (GB 11643-1999). */
    private boolean residentId(String a) {
      org.shutong.identifier.Defect d = options.identifiers().residentId(a).defect();
      return d == org.shutong.identifier.Defect.NONE || d == org.shutong.identifier.Defect.CASE
          || d == org.shutong.identifier.Defect.REGION;
    }

    /** The birth date (yyyyMMdd) of a structurally valid resident identity number (clause 5.3). */
    private int idBirth(String a) {
      return a.length() == 18 ? FormatChecks.num(a, 6, 8) : 19_000_000 + FormatChecks.num(a, 6, 6);
    }

    /** Compares two dates, date-times or numbers; Integer.MIN_VALUE when they cannot be compared. */
    private int compare(String a, String b) {
      if (a.isEmpty() || b.isEmpty()) {
        return Integer.MIN_VALUE;
      }
      long da = Dates.parse(a, 0, a.length());
      long db = Dates.parse(b, 0, b.length());
      if (da != Dates.NONE && db != Dates.NONE) {
        if (!Dates.hasTime(a.length()) || !Dates.hasTime(b.length())) {
          return Integer.compare(Dates.day(da), Dates.day(db));
        }
        return Long.compare(da, db);
      }
      if (da != Dates.NONE || db != Dates.NONE) {
        return Integer.MIN_VALUE;
      }
      try {
        return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
      } catch (NumberFormatException e) {
        return Integer.MIN_VALUE;
      }
    }

    // ------------------------------------------------------------------ results

    DataProfile finish(long records) {
      DuplicateSummary dups = duplicates();
      ConformanceResult conf = conformance == null ? null : conformance.result(records);
      Map<String, ElementScore> scoreOfColumn = new HashMap<>();
      if (conf != null) {
        for (ElementScore e : conf.elements()) {
          scoreOfColumn.putIfAbsent(e.column(), e);
        }
      }
      List<String> dateColumns = new ArrayList<>();
      if (!options.rules().dateColumns().isEmpty()) {
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          byKey.putIfAbsent(ColumnDictionary.key(header.get(i)), i);
        }
        for (String c : options.rules().dateColumns()) {
          Integer i = byKey.get(ColumnDictionary.key(c));
          if (i == null) {
            throw new InputException(file, m.get("prof.noColumn", file, c, "dateColumns"));
          }
          dateColumns.add(header.get(i));
        }
      }
      List<ColumnProfile> columns = new ArrayList<>();
      long cells = 0;
      long filledCells = 0;
      long validChecked = 0;
      long validPassed = 0;
      long dateValues = 0;
      long future = 0;
      long outside = 0;
      long untimely = 0;
      List<String> timelyColumns = new ArrayList<>();
      int sketched = 0;
      for (ColumnStats s : stats) {
        String type = s.inferredType();
        boolean isDate = dateColumns.isEmpty() ? (type.equals("date") || type.equals("datetime"))
            : dateColumns.contains(s.header);
        if (isDate) {
          timelyColumns.add(s.header);
          dateValues += s.dateValues;
          future += s.future;
          outside += s.outsideWindow;
          untimely += s.untimely;
          for (int k = 0; k < s.untimelyExamples.size(); k++) {
            long[] ex = s.untimelyExamples.get(k);
            String v = s.untimelyValues.get(k);
            String field = fieldOf(s.index);
            if (ex[2] == 1) {
              sink.accept(new Finding(FUTURE, Severity.ERROR, file, ex[0], ex[1], field, v,
                  m.get("prof.future", s.header, asOf.toString())));
            }
            if (ex[3] == 1) {
              sink.accept(new Finding(WINDOW, Severity.WARNING, file, ex[0], ex[1], field, v,
                  m.get("prof.window", s.header, String.valueOf(options.rules().windowFrom()),
                      String.valueOf(options.rules().windowTo()))));
            }
          }
        }
        ElementScore es = scoreOfColumn.get(s.header);
        long checked;
        long passed;
        if (es != null) {
          checked = es.nonEmpty();
          passed = es.conforming();
        } else {
          long ok = s.valuesOfInferredType();
          checked = ok < 0 ? 0 : s.filled;
          passed = Math.max(ok, 0);
        }
        validChecked += checked;
        validPassed += passed;
        cells += records;
        filledCells += s.filled;
        if (!s.distinctExact()) {
          sketched++;
        }
        String[] mm = s.minMax();
        List<ValueCount> patterns = s.patterns(10);
        columns.add(new ColumnProfile(s.index, s.header, elementOfColumn.get(s.header), type, s.typeCountMap(),
            records, s.filled, ConformanceChecker.ratio(s.filled, records), s.blankOnly, s.distinctCount(),
            s.distinctExact(), s.top.top(options.topValues()), s.top.approximate(), s.top.maxError(), mm[0], mm[1],
            s.filled == 0 ? 0 : s.minLength, s.maxLength,
            s.filled == 0 ? null : (double) s.totalLength / s.filled, s.lengths(), patterns, s.otherPatternsShown,
            ConformanceChecker.ratio(passed, checked), checked, passed, s.dateValues, s.future, s.outsideWindow));
      }
      long consistencyChecked = 0;
      long consistencyFailed = 0;
      long lagChecked = 0;
      long lagFailed = 0;
      List<RuleResult> ruleResults = new ArrayList<>();
      for (RuleEval r : rules) {
        ConsistencyRule rule = r.rule;
        List<String> cols = new ArrayList<>();
        for (int c : r.cols) {
          cols.add(header.get(c));
        }
        ruleResults.add(new RuleResult(rule.id(), rule.type().fileName(), rule.type().dimension().name(), cols,
            rule.severity().label(), rule.description(), rule.source(), r.applicable, r.failed,
            ConformanceChecker.ratio(r.applicable - r.failed, r.applicable)));
        if (rule.type().dimension() == QualityDimension.TIMELINESS) {
          lagChecked += r.applicable;
          lagFailed += r.failed;
        } else {
          consistencyChecked += r.applicable;
          consistencyFailed += r.failed;
        }
      }
      TimelinessSummary timeliness = new TimelinessSummary(asOf.toString(),
          options.rules().windowFrom() == null ? null : options.rules().windowFrom().toString(),
          options.rules().windowTo() == null ? null : options.rules().windowTo().toString(),
          timelyColumns, dateValues, future, outside, untimely);
      List<DimensionScore> dims = new ArrayList<>();
      long keyCells = key.length == 0 ? 0 : records;
      dims.add(score(QualityDimension.COMPLETENESS, filledCells + (keyCells - emptyKeys), cells + keyCells,
          m.get("dim.completeness", header.size())));
      long dupRecords = dups.exactDuplicateRecords() + dups.keyConflictRecords();
      dims.add(score(QualityDimension.UNIQUENESS, records - dupRecords, records,
          m.get(key.length == 0 ? "dim.uniqueness" : "dim.uniquenessKey", keyText())));
      dims.add(score(QualityDimension.VALIDITY, validPassed, validChecked,
          m.get(conf == null ? "dim.validity" : "dim.validityMapping")));
      dims.add(score(QualityDimension.CONSISTENCY, consistencyChecked - consistencyFailed, consistencyChecked,
          m.get("dim.consistency", rules.size() - countLag())));
      dims.add(score(QualityDimension.TIMELINESS, dateValues - untimely + lagChecked - lagFailed,
          dateValues + lagChecked, m.get("dim.timeliness", asOf.toString())));
      ProfileLimits limits = new ProfileLimits(distinctLimit,
          String.format(Locale.ROOT, "HyperLogLog p=%d (±%.1f%%)", HyperLogLog.P, 100 * HyperLogLog.standardError()),
          sketched, options.topCapacity(), options.duplicateBuffer(), options.examplesPerColumn());
      return new DataProfile(DataProfile.SCHEMA, file, encoding, records, header.size(), columns, dims, dups,
          ruleResults, timeliness, conf, limits);
    }

    private int countLag() {
      int n = 0;
      for (RuleEval r : rules) {
        if (r.rule.type() == ConsistencyRule.Type.LAG) {
          n++;
        }
      }
      return n;
    }

    private DimensionScore score(QualityDimension d, long passed, long checked, String basis) {
      return new DimensionScore(d.name(), d.chinese(), d.english(), ConformanceChecker.ratio(passed, checked),
          passed, checked, basis);
    }

    private DuplicateSummary duplicates() {
      long[] dupRecords = new long[1];
      long[] dupGroups = new long[1];
      List<List<Long>> examples = new ArrayList<>();
      int spilled;
      try (TupleSorter t = exact) {
        long[] prev = {0, 0, 0};
        boolean[] has = {false};
        long[] groupSize = {0};
        List<Long> group = new ArrayList<>();
        t.forEachRepeated(tu -> {
          if (has[0] && tu[0] == prev[0]) {
            dupRecords[0]++;
            if (groupSize[0] == 1) {
              dupGroups[0]++;
            }
            groupSize[0]++;
            if (group.size() < EXAMPLE_RECORDS) {
              group.add(tu[1]);
            }
            sink.accept(new Finding(DUPLICATE, Severity.WARNING, file, tu[1], tu[2], null, null,
                m.get("prof.duplicate", prev[1])));
          } else {
            if (group.size() > 1 && examples.size() < EXAMPLE_GROUPS) {
              examples.add(List.copyOf(group));
            }
            group.clear();
            group.add(tu[1]);
            prev[0] = tu[0];
            prev[1] = tu[1];
            groupSize[0] = 1;
            has[0] = true;
          }
        });
        if (group.size() > 1 && examples.size() < EXAMPLE_GROUPS) {
          examples.add(List.copyOf(group));
        }
        spilled = t.spilledRuns();
      }
      long[] conflictKeys = new long[1];
      long[] conflictRecords = new long[1];
      List<List<Long>> conflicts = new ArrayList<>();
      if (keyed != null) {
        try (TupleSorter t = keyed) {
          long[] first = {0, 0, 0};
          boolean[] has = {false};
          boolean[] conflicted = {false};
          List<Long> group = new ArrayList<>();
          String keyText = keyText();
          t.forEachRepeated(tu -> {
            if (has[0] && tu[0] == first[0]) {
              group.add(tu[2]);
              if (tu[1] != first[1]) {
                conflictRecords[0]++;
                if (!conflicted[0]) {
                  conflictKeys[0]++;
                  conflicted[0] = true;
                }
                sink.accept(new Finding(KEY_CONFLICT, Severity.ERROR, file, tu[2], tu[3], fieldOf(key[0]), null,
                    m.get("prof.keyConflict", keyText, first[2])));
              }
            } else {
              if (conflicted[0] && conflicts.size() < EXAMPLE_GROUPS) {
                conflicts.add(List.copyOf(group.subList(0, Math.min(group.size(), EXAMPLE_RECORDS))));
              }
              group.clear();
              group.add(tu[2]);
              first[0] = tu[0];
              first[1] = tu[1];
              first[2] = tu[2];
              conflicted[0] = false;
              has[0] = true;
            }
          });
          if (conflicted[0] && conflicts.size() < EXAMPLE_GROUPS) {
            conflicts.add(List.copyOf(group.subList(0, Math.min(group.size(), EXAMPLE_RECORDS))));
          }
          spilled += t.spilledRuns();
        }
      }
      List<String> keyCols = new ArrayList<>();
      for (int c : key) {
        keyCols.add(header.get(c));
      }
      return new DuplicateSummary(keyCols, dupRecords[0], dupGroups[0], conflictKeys[0], conflictRecords[0], emptyKeys,
          spilled, examples, conflicts);
    }
  }

  static long yyyymmdd(LocalDate d) {
    return d.getYear() * 10000L + d.getMonthValue() * 100L + d.getDayOfMonth();
  }

  private static LocalDate date(int yyyymmdd) {
    return LocalDate.of(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
  }
}
