package org.shutong.deid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.apiguardian.api.API;
import org.shutong.firstpage.FirstPageRecord;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.ColumnDictionary;
import org.shutong.io.InputException;
import org.shutong.io.OutputException;
import org.shutong.io.ReadOptions;
import org.shutong.io.Row;
import org.shutong.io.FileInput;
import org.shutong.io.TableInput;
import org.shutong.io.TableReader;
import org.shutong.io.TableWriter;
import org.shutong.io.TableWriters;
import org.shutong.io.WriteOptions;

/**
 * Applies a {@link Profile} to a table with a {@link DeidKey}, streaming: the input is never
 * modified, the output is written to a temporary file and renamed only when complete (an interrupted
 * or failed run leaves no output file), and everything that can be found wrong — a column the
 * profile names that the input lacks, a weak key, a kept column that looks like a direct identifier
 * — is found before any output is written. With k-anonymity asked for, a first pass builds the
 * frequency set of the quasi-identifiers and {@link LatticeSearch} chooses their levels; the second
 * pass writes.
 *
 * <pre>{@code
 * Profile p = Profiles.builtin("firstpage", Lang.ZH);
 * DeidKey key = DeidKey.read(Path.of("project.key"), Lang.ZH);
 * DeidResult r = Deidentifier.of(p, key).withK(5, 0.02)
 *     .run(Path.of("in.csv"), ReadOptions.defaults(), Path.of("out.csv"), WriteOptions.defaults(), null);
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Deidentifier {
  private static final String BUNDLE = "org.shutong.deid.messages";
  /** Records read to check unlisted columns before anything is written. */
  static final int CHECK_ROWS = 1000;
  /** Records per batch handed to a transforming thread. */
  static final int BATCH = 512;

  private final Profile profile;
  private final DeidKey key;
  private final int k;
  private final double maxSuppression;
  private final List<String> sensitive;
  private final Transforms.Environment env;
  private final int threads;
  private final int batch;

  private Deidentifier(Profile profile, DeidKey key, int k, double maxSuppression, List<String> sensitive,
      Transforms.Environment env, int threads, int batch) {
    this.profile = profile;
    this.key = key;
    this.k = k;
    this.maxSuppression = maxSuppression;
    this.sensitive = sensitive;
    this.env = env;
    this.threads = threads;
    this.batch = batch;
  }

  /** A de-identifier for {@code profile} with {@code key}, without k-anonymity. */
  public static Deidentifier of(Profile profile, DeidKey key) {
    return new Deidentifier(Objects.requireNonNull(profile), Objects.requireNonNull(key), 0, 0, List.of(),
        Transforms.Environment.bundled(), 0, BATCH);
  }

  /**
   * With k-anonymity over the quasi-identifier columns (class {@code quasi}, action
   * {@code generalize} or {@code keep}): at least {@code k} records per class, at most
   * {@code maxSuppression} (0 to 1) of the records suppressed.
   */
  public Deidentifier withK(int k, double maxSuppression) {
    if (k < 2 || maxSuppression < 0 || maxSuppression > 1) {
      throw new IllegalArgumentException("k >= 2 and 0 <= maxSuppression <= 1");
    }
    return new Deidentifier(profile, key, k, maxSuppression, sensitive, env, threads, batch);
  }

  /**
   * With {@code threads} threads transforming records (besides the one reading and the caller's,
   * which writes); 0, the default, means one per available processor. The output is the same for
   * every number of threads.
   */
  public Deidentifier withThreads(int threads) {
    if (threads < 0) {
      throw new IllegalArgumentException("threads >= 0");
    }
    return new Deidentifier(profile, key, k, maxSuppression, sensitive, env, threads, batch);
  }

  /** With batches of {@code rows} records handed to the threads (tests use small ones). */
  Deidentifier withBatchSize(int rows) {
    if (rows < 1) {
      throw new IllegalArgumentException("rows >= 1");
    }
    return new Deidentifier(profile, key, k, maxSuppression, sensitive, env, threads, rows);
  }

  /** With l-diversity reported for these sensitive columns (headers, codes or names). */
  public Deidentifier withSensitive(List<String> columns) {
    return new Deidentifier(profile, key, k, maxSuppression, List.copyOf(columns), env, threads, batch);
  }

  /** The profile. */
  public Profile profile() {
    return profile;
  }

  /**
   * The per-record part of {@link #run(TableInput, ReadOptions, Path, WriteOptions, Runnable)} for
   * runners that split an input over many workers (the Spark runner): binds the profile to
   * {@code header}, checks the kept unlisted columns on {@code sample} (the input's first rows) as
   * {@code run} does, and then de-identifies records with the same keyed pseudonyms, date shifts,
   * generalisations and scrubbing as {@code run} gives for the same key (the same transforming code).
   * Without k-anonymity, which needs the whole input (use {@code run}).
   *
   * @throws InputException as {@code run}: a column the profile requires is missing, no person column
   *     for date shifts, or a kept unlisted column looks like a direct identifier
   * @throws IllegalStateException if this de-identifier has k-anonymity
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public Records records(List<String> header, String inName, Lang lang, java.util.Iterator<Row> sample) {
    if (k > 0) {
      throw new IllegalStateException("k-anonymity needs the whole input: use run()");
    }
    Messages m = Messages.of(BUNDLE, lang);
    List<Col> cols = plan(header, inName, m);
    checkUnlisted(cols, sample, inName, m);
    int[] person = personColumns(cols, inName, m);
    Transforms.Keyed keyed = new Transforms.Keyed(
        new Pseudonymizer(key, profile.hash(), Alphabet.BASE32, 16), new TokenCipher(key),
        new DateShift(key, profile.hash()), key);
    List<Integer> outCols = new ArrayList<>();
    List<String> outHeader = new ArrayList<>();
    List<Col> known = new ArrayList<>();
    boolean scrub = false;
    for (Col c : cols) {
      c.transform = Transforms.build(c.rule != null ? c.rule : keepRule(), profile, env, keyed);
      if (c.action != Action.DROP) {
        outCols.add(c.index);
        outHeader.add(c.header);
      }
      if (c.cls == ColumnClass.DIRECT) {
        known.add(c);
      }
      scrub |= c.action == Action.SCRUB;
    }
    SecondPass pass = new SecondPass(cols, person, known, scrub, outCols, List.of(), null, null, null, 0,
        profile.marker());
    return new Records(outHeader, pass.new Worker());
  }

  /** Transforms records (see {@link #records}); not thread-safe: one per worker thread or task. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Records {
    private final List<String> header;
    private final SecondPass.Worker worker;

    private Records(List<String> header, SecondPass.Worker worker) {
      this.header = List.copyOf(header);
      this.worker = worker;
    }

    /** The output's header: the input's, less the dropped columns. */
    public List<String> header() {
      return header;
    }

    /** Records de-identified, in order: each the output columns' values. */
    public List<String[]> apply(List<Row> rows) {
      return Arrays.asList(worker.process(rows).out);
    }
  }

  /** One column of the plan. */
  private static final class Col {
    int index;
    String header;
    String field;
    Rule rule;
    Action action;
    ColumnClass cls;
    Transforms.Transform transform;
    Hierarchy hierarchy;
    int level;
    String tag;
    long nonEmpty;
    long changed;
    long suppressed;
    long unparsed;
    TextScrubber.Counts scrub;
  }

  /**
   * Runs the profile over {@code in} and writes {@code out}.
   *
   * @param onRecord called once per record written (for progress bars), or {@code null}
   * @throws InputException if the input cannot be read or lacks a column the profile requires, or a
   *     kept unlisted column looks like a direct identifier (nothing is written)
   * @throws OutputException if the output cannot be written (nothing is left behind)
   * @throws CancellationException if the thread is interrupted (nothing is left behind)
   */
  public DeidResult run(Path in, ReadOptions read, Path out, WriteOptions write, Runnable onRecord) {
    String inName = read.name() != null ? read.name() : in.toString();
    if (sameFile(in, out)) {
      throw new OutputException(out.toString(), Messages.of(BUNDLE, read.lang()).get("run.sameFile", out, inName), null);
    }
    return run(new FileInput(in), read, out, write, onRecord);
  }

  /**
   * As {@link #run(Path, ReadOptions, Path, WriteOptions, Runnable)} for a file or a database table or
   * query ({@link org.shutong.io.DatabaseInput}); the input is read two or three times (plan, the
   * k-anonymity pass, the output pass), a query runs that many times.
   */
  public DeidResult run(TableInput in, ReadOptions read, Path out, WriteOptions write, Runnable onRecord) {
    Lang lang = read.lang();
    Messages m = Messages.of(BUNDLE, lang);
    String inName = read.name() != null ? read.name() : in.name();
    List<Col> cols;
    String encoding;
    try (TableReader r = in.open(read.withProblems(f -> { }))) {
      encoding = r.source().encodingName();
      cols = plan(r.header(), inName, m);
      checkUnlisted(cols, r, inName, m);
    }
    int[] person = personColumns(cols, inName, m);
    List<Col> qi = new ArrayList<>();
    for (Col c : cols) {
      if (c.cls == ColumnClass.QUASI && (c.action == Action.GENERALIZE || c.action == Action.KEEP)) {
        qi.add(c);
        if (c.hierarchy == null) {
          c.hierarchy = new Hierarchies.Identity();
          c.level = 0;
        }
      }
    }
    List<Integer> sens = sensitiveColumns(cols, inName, m);
    Transforms.Keyed keyed = new Transforms.Keyed(
        new Pseudonymizer(key, profile.hash(), Alphabet.BASE32, 16), new TokenCipher(key),
        new DateShift(key, profile.hash()), key);
    for (Col c : cols) {
      c.transform = Transforms.build(c.rule != null ? c.rule : keepRule(), profile, env, keyed);
    }
    LatticeSearch search = null;
    LatticeSearch.Choice choice = null;
    List<Map<String, Integer>> dict = null;
    if (k > 0 && qi.isEmpty()) {
      throw new InputException(inName, m.get("run.noQuasi", profile.name(), inName));
    }
    if (k > 0) {
      dict = new ArrayList<>();
      List<List<String>> values = new ArrayList<>();
      int[][] ids = firstPass(in, read, qi, dict, values);
      List<Hierarchy> hs = new ArrayList<>();
      int[] min = new int[qi.size()];
      for (int i = 0; i < qi.size(); i++) {
        hs.add(qi.get(i).hierarchy);
        min[i] = qi.get(i).level;
      }
      try {
        search = new LatticeSearch(hs, min, values, ids, profile.marker(), k, maxSuppression);
      } catch (LocalizedArgumentException e) {
        throw new InputException(inName, m.get("run.lattice", inName, e.message(lang)));
      } catch (IllegalArgumentException e) {
        throw new InputException(inName, m.get("run.lattice", inName, e.getMessage()));
      }
      choice = search.search();
      for (int i = 0; i < qi.size(); i++) {
        Col c = qi.get(i);
        c.level = choice.levels()[i];
        c.transform = Transforms.generalize(c.hierarchy, c.level, profile.marker());
      }
    }
    RiskAnalyzer before = new RiskAnalyzer(names(cols, sens), profile.marker());
    RiskAnalyzer after = new RiskAnalyzer(names(cols, sens), profile.marker());
    List<Integer> outCols = new ArrayList<>();
    List<String> outHeader = new ArrayList<>();
    for (Col c : cols) {
      if (c.action != Action.DROP) {
        outCols.add(c.index);
        outHeader.add(c.header);
      }
    }
    List<Col> known = new ArrayList<>();
    boolean scrub = false;
    for (Col c : cols) {
      if (c.cls == ColumnClass.DIRECT) {
        known.add(c);
      }
      scrub |= c.action == Action.SCRUB;
    }
    long records = 0;
    long suppressedRecords = 0;
    SecondPass pass = new SecondPass(cols, person, known, scrub, outCols, qi, dict,
        choice == null ? null : search.classifier(choice.levels()), choice == null ? null : choice.classes(), k,
        profile.marker());
    int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    List<Function<List<Row>, Done>> functions = new ArrayList<>();
    for (int i = 0; i < workers; i++) {
      functions.add(pass.new Worker()::process);
    }
    int[] qiOut = new int[qi.size()];
    for (int i = 0; i < qi.size(); i++) {
      qiOut[i] = outCols.indexOf(qi.get(i).index);
    }
    int[] sensOut = new int[sens.size()];
    for (int i = 0; i < sens.size(); i++) {
      sensOut[i] = outCols.indexOf(sens.get(i));
    }
    String[] qiBefore = new String[qi.size()];
    String[] qiAfter = new String[qi.size()];
    String[] sensBefore = new String[sens.size()];
    String[] sensAfter = new String[sens.size()];
    try (TableReader r = in.open(read);
        TableWriter w = TableWriters.open(out, write);
        ParallelRows<Done> rows = new ParallelRows<>(r, batch, functions, "shutong-deid")) {
      w.writeHeader(outHeader);
      Done d;
      while ((d = next(rows, m)) != null) {
        for (int i = 0; i < d.rows.size(); i++) {
          if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException(m.get("run.interrupted"));
          }
          records++;
          Row row = d.rows.get(i);
          String[] o = d.out[i];
          if (!qi.isEmpty()) {
            for (int q = 0; q < qiOut.length; q++) {
              qiBefore[q] = row.get(qi.get(q).index);
              qiAfter[q] = o[qiOut[q]];
            }
            for (int q = 0; q < sensOut.length; q++) {
              sensBefore[q] = row.get(sens.get(q));
              sensAfter[q] = sensOut[q] < 0 || o[sensOut[q]] == null ? "" : o[sensOut[q]];
            }
            before.add(qiBefore, sensBefore);
            after.add(qiAfter, sensAfter);
          }
          w.writeRow(Arrays.asList(o));
          if (onRecord != null) {
            onRecord.run();
          }
        }
        suppressedRecords += d.suppressed;
        for (int c = 0; c < cols.size(); c++) {
          Col col = cols.get(c);
          col.nonEmpty += d.counts[4 * c];
          col.changed += d.counts[4 * c + 1];
          col.suppressed += d.counts[4 * c + 2];
          col.unparsed += d.counts[4 * c + 3];
          if (col.scrub != null) {
            col.scrub.addAll(d.scrub[c]);
          }
        }
      }
      w.commit();
    }
    List<ColumnStats> stats = new ArrayList<>();
    for (Col c : cols) {
      stats.add(new ColumnStats(c.header, c.field, c.rule == null ? null : c.rule.id(), c.action, c.cls,
          c.nonEmpty, c.changed, c.suppressed, c.unparsed, c.scrub == null ? Map.of() : c.scrub.byTag()));
    }
    Anonymization anon = null;
    if (choice != null) {
      List<String> headers = new ArrayList<>();
      List<Integer> levels = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      for (int i = 0; i < qi.size(); i++) {
        headers.add(qi.get(i).header);
        levels.add(choice.levels()[i]);
        labels.add(qi.get(i).hierarchy.label(choice.levels()[i]));
      }
      anon = new Anonymization(k, maxSuppression, headers, levels, labels, choice.loss(), suppressedRecords,
          records, choice.lattice(), choice.evaluated(), choice.found());
    }
    List<String> qiHeaders = new ArrayList<>();
    for (Col c : qi) {
      qiHeaders.add(c.header);
    }
    return new DeidResult(profile.name(), profile.sha256(), profile.hash().label(), key.fingerprint(), inName,
        encoding, records, out.toString(), stats, qiHeaders, qi.isEmpty() ? null : before.result(),
        qi.isEmpty() ? null : after.result(), anon);
  }

  /** The next batch; an interrupt while waiting for it is a cancellation with the run's message. */
  private static Done next(ParallelRows<Done> rows, Messages m) {
    try {
      return rows.next();
    } catch (ParallelRows.Interrupted e) {
      throw new CancellationException(m.get("run.interrupted"));
    }
  }

  /** A batch of records after the transforming thread: output values and counts. */
  private static final class Done {
    final List<Row> rows;
    final String[][] out;
    /** Per column: non-empty, changed, suppressed, unparsed. */
    final long[] counts;
    /** Per column: the scrubber's counts, for scrubbed columns. */
    final TextScrubber.Counts[] scrub;
    long suppressed;

    Done(List<Row> rows, int columns) {
      this.rows = rows;
      this.out = new String[rows.size()][];
      this.counts = new long[4 * columns];
      this.scrub = new TextScrubber.Counts[columns];
    }
  }

  /**
   * What the transforming threads share (read only) in the writing pass; each thread has a
   * {@link Worker} with its own transformations (MACs and caches) and row context.
   */
  private static final class SecondPass {
    final Col[] cols;
    final int[] person;
    final int[] known;
    final String[] knownTags;
    final boolean scrub;
    final int[] outPos;
    final int outSize;
    final boolean[] isQi;
    final int[] qiIndex;
    final List<Map<String, Integer>> dict;
    final ToLongFunction<int[]> classifier;
    final LongCounts classes;
    final int k;
    final String marker;

    SecondPass(List<Col> cols, int[] person, List<Col> known, boolean scrub, List<Integer> outCols, List<Col> qi,
        List<Map<String, Integer>> dict, ToLongFunction<int[]> classifier, LongCounts classes, int k, String marker) {
      this.cols = cols.toArray(new Col[0]);
      this.person = person;
      this.known = new int[known.size()];
      this.knownTags = new String[known.size()];
      for (int i = 0; i < known.size(); i++) {
        this.known[i] = known.get(i).index;
        this.knownTags[i] = known.get(i).tag;
      }
      this.scrub = scrub;
      this.outPos = new int[this.cols.length];
      Arrays.fill(outPos, -1);
      for (int i = 0; i < outCols.size(); i++) {
        outPos[outCols.get(i)] = i;
      }
      this.outSize = outCols.size();
      this.isQi = new boolean[this.cols.length];
      this.qiIndex = new int[qi.size()];
      for (int i = 0; i < qi.size(); i++) {
        qiIndex[i] = qi.get(i).index;
        isQi[qiIndex[i]] = true;
      }
      this.dict = dict;
      this.classifier = classifier;
      this.classes = classes;
      this.k = k;
      this.marker = marker;
    }

    /** One transforming thread's state. */
    final class Worker {
      private final Transforms.Transform[] transforms = new Transforms.Transform[cols.length];
      private final Transforms.RowContext ctx = new Transforms.RowContext();
      private final int[] rawIds = new int[qiIndex.length];
      /** Per column: whether its transformation is the identity (keep, drop). */
      private final boolean[] identity = new boolean[cols.length];

      Worker() {
        for (int c = 0; c < cols.length; c++) {
          transforms[c] = cols[c].transform.forThread();
          identity[c] = cols[c].transform == Transforms.IDENTITY;
        }
      }

      Done process(List<Row> rows) {
        Done d = new Done(rows, cols.length);
        for (int c = 0; c < cols.length; c++) {
          if (cols[c].scrub != null) {
            d.scrub[c] = new TextScrubber.Counts();
          }
        }
        long[] counts = d.counts;
        for (int r = 0; r < rows.size(); r++) {
          Row row = rows.get(r);
          String raw = null;
          for (int p : person) {
            String v = row.get(p);
            if (!FirstPageRecord.notRecorded(v)) {
              raw = v;
              break;
            }
          }
          ctx.person(raw);
          if (scrub) {
            List<TextScrubber.Known> kv = new ArrayList<>(known.length);
            for (int i = 0; i < known.length; i++) {
              String v = row.get(known[i]);
              if (!v.isBlank()) {
                kv.add(new TextScrubber.Known(v, knownTags[i]));
              }
            }
            ctx.known = kv;
          }
          boolean suppressRecord = false;
          if (classifier != null) {
            for (int i = 0; i < qiIndex.length; i++) {
              Integer id = dict.get(i).get(row.get(qiIndex[i]));
              rawIds[i] = id == null ? 0 : id;
            }
            suppressRecord = classes.get(classifier.applyAsLong(rawIds)) < k;
            if (suppressRecord) {
              d.suppressed++;
            }
          }
          String[] o = new String[outSize];
          for (int c = 0; c < cols.length; c++) {
            Col col = cols[c];
            String v = row.get(col.index);
            ctx.unparsed = false;
            ctx.scrubCounts = d.scrub[c];
            String t;
            if (suppressRecord && isQi[col.index]) {
              t = v.isEmpty() ? v : marker;
            } else if (identity[c]) {
              // kept or dropped as is: what the general path below gives for t == v, without its checks
              if (outPos[c] >= 0) {
                o[outPos[c]] = v;
              }
              if (!v.isEmpty()) {
                counts[4 * c]++;
                if (col.action == Action.DROP) {
                  counts[4 * c + 1]++;
                }
              }
              continue;
            } else if (FirstPageRecord.notRecorded(v)) {
              t = v; // blank or the first page's "-": nothing to protect, and no person to link
            } else {
              t = transforms[c].apply(v, ctx);
            }
            if (outPos[c] >= 0) {
              o[outPos[c]] = t;
            }
            if (!v.isEmpty()) {
              counts[4 * c]++;
              if (col.action == Action.DROP || !t.equals(v)) {
                counts[4 * c + 1]++;
              }
              if (marker.equals(t) && !marker.equals(v)) {
                counts[4 * c + 2]++;
              }
              if (ctx.unparsed) {
                counts[4 * c + 3]++;
              }
            }
          }
          d.out[r] = o;
        }
        return d;
      }
    }
  }

  private static Rule keepRule() {
    return new Rule("unlisted", List.of(), null, null, true, ColumnClass.OTHER, Action.KEEP, Map.of(), "");
  }

  private static boolean sameFile(Path in, Path out) {
    try {
      if (Files.exists(out) && Files.exists(in)) {
        return Files.isSameFile(in, out);
      }
    } catch (IOException e) {
      return false;
    }
    return in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize());
  }

  /** Binds the profile's rules to the input's columns. */
  private List<Col> plan(List<String> header, String inName, Messages m) {
    ColumnDictionary dict = org.shutong.firstpage.FirstPageFields.standard().dictionary();
    String[] codes = new String[header.size()];
    String[] keys = new String[header.size()];
    for (int i = 0; i < header.size(); i++) {
      codes[i] = dict.resolve(header.get(i)).orElse(null);
      keys[i] = ColumnDictionary.key(header.get(i));
    }
    Rule[] byColumn = new Rule[header.size()];
    List<String> missing = new ArrayList<>();
    for (Rule r : profile.rules()) {
      java.util.regex.Pattern pat = r.pattern() == null ? null
          : java.util.regex.Pattern.compile(r.pattern(), java.util.regex.Pattern.CASE_INSENSITIVE);
      for (String c : r.columns()) {
        List<Integer> hits = matches(c, keys, codes, dict);
        if (hits.isEmpty() && !r.optional()) {
          missing.add(c + " (" + r.id() + ")");
        }
        for (int i : hits) {
          if (byColumn[i] == null) {
            byColumn[i] = r;
          }
        }
      }
      if (pat != null) {
        for (int i = 0; i < header.size(); i++) {
          if (byColumn[i] == null && pat.matcher(header.get(i)).matches()) {
            byColumn[i] = r;
          }
        }
      }
      if (r.fieldPattern() != null) {
        java.util.regex.Pattern fp = java.util.regex.Pattern.compile(r.fieldPattern());
        for (int i = 0; i < header.size(); i++) {
          if (byColumn[i] == null && codes[i] != null && fp.matcher(codes[i]).matches()) {
            byColumn[i] = r;
          }
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new InputException(inName, m.get("run.missingColumns", profile.name(), String.join(", ", missing), inName,
          String.join(", ", header)));
    }
    ColumnScanner scanner = ColumnScanner.standard();
    List<Col> cols = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      Col c = new Col();
      c.index = i;
      c.header = header.get(i);
      c.field = codes[i];
      c.rule = byColumn[i];
      c.action = c.rule == null ? profile.unlisted() : c.rule.action();
      c.cls = c.rule == null ? ColumnClass.OTHER : c.rule.columnClass();
      String tag = c.rule == null ? null : Transforms.opt(c.rule, "tag", null);
      if (tag == null) {
        tag = scanner.kindOfHeader(c.header).tag();
      }
      c.tag = tag == null ? TextScrubber.OTHER : tag.startsWith("[") ? tag : "[" + tag + "]";
      if (c.action == Action.SCRUB) {
        c.scrub = new TextScrubber.Counts();
      }
      if (c.rule != null && c.action == Action.GENERALIZE) {
        c.hierarchy = Transforms.hierarchy(c.rule, env);
        c.level = Transforms.level(c.rule, c.hierarchy);
      }
      cols.add(c);
    }
    return cols;
  }

  static List<Integer> matches(String c, String[] keys, String[] codes, ColumnDictionary dict) {
    String key = ColumnDictionary.key(c);
    String code = dict.resolve(c).orElse(null);
    List<Integer> hits = new ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(key) || (code != null && code.equals(codes[i]))) {
        hits.add(i);
      }
    }
    return hits;
  }

  private int[] personColumns(List<Col> cols, String inName, Messages m) {
    List<String> header = cols.stream().map(c -> c.header).toList();
    List<Integer> found = new ArrayList<>();
    for (String p : profile.person()) {
      for (int i : Profiles.columns(header, p)) {
        if (!found.contains(i)) {
          found.add(i);
        }
      }
    }
    boolean needs = false;
    for (Col c : cols) {
      needs |= c.action == Action.SHIFT;
    }
    if (needs && found.isEmpty()) {
      throw new InputException(inName, m.get("run.noPerson", inName, String.join(", ", profile.person())));
    }
    return found.stream().mapToInt(Integer::intValue).toArray();
  }

  private List<Integer> sensitiveColumns(List<Col> cols, String inName, Messages m) {
    List<String> header = cols.stream().map(c -> c.header).toList();
    List<Integer> out = new ArrayList<>();
    for (String s : sensitive) {
      List<Integer> hits = Profiles.columns(header, s);
      if (hits.isEmpty()) {
        throw new InputException(inName, m.get("run.missingColumns", "--sensitive", s, inName,
            String.join(", ", cols.stream().map(c -> c.header).toList())));
      }
      if (cols.get(hits.get(0)).action == Action.DROP) {
        continue;
      }
      out.add(hits.get(0));
    }
    return out;
  }

  private static List<String> names(List<Col> cols, List<Integer> idx) {
    List<String> out = new ArrayList<>();
    for (int i : idx) {
      out.add(cols.get(i).header);
    }
    return out;
  }

  /** Stops before any output if a kept unlisted column looks like a direct identifier. */
  private void checkUnlisted(List<Col> cols, java.util.Iterator<Row> r, String inName, Messages m) {
    if (profile.unlisted() != Action.KEEP || !profile.checkUnlisted()) {
      return;
    }
    List<Col> unlisted = new ArrayList<>();
    for (Col c : cols) {
      if (c.rule == null) {
        unlisted.add(c);
      }
    }
    if (unlisted.isEmpty()) {
      return;
    }
    Map<Integer, List<String>> sample = new HashMap<>();
    for (Col c : unlisted) {
      sample.put(c.index, new ArrayList<>());
    }
    for (int n = 0; n < CHECK_ROWS && r.hasNext(); n++) {
      Row row = r.next();
      for (Col c : unlisted) {
        sample.get(c.index).add(row.get(c.index));
      }
    }
    ColumnScanner scanner = ColumnScanner.standard();
    Map<String, String> bad = new LinkedHashMap<>();
    for (Col c : unlisted) {
      ColumnReport rep = scanner.classify(c.index, c.header, sample.get(c.index));
      long identifiers = 0;
      for (String k : List.of("resident-id", "phone", "email", "credit-code", "bank-card")) {
        identifiers += rep.matches().getOrDefault(k, 0L);
      }
      if (rep.columnClass() == ColumnClass.DIRECT || !rep.textHits().isEmpty()
          || identifiers >= Math.max(3, 0.05 * rep.nonEmpty())) {
        bad.put(c.header, rep.kind().label());
      }
    }
    if (!bad.isEmpty()) {
      List<String> list = new ArrayList<>();
      bad.forEach((h, kd) -> list.add(h + " (" + kd + ")"));
      throw new InputException(inName, m.get("run.unlistedDirect", inName, String.join(", ", list), profile.name()));
    }
  }

  private int[][] firstPass(TableInput in, ReadOptions read, List<Col> qi, List<Map<String, Integer>> dict,
      List<List<String>> values) {
    int[][] ids = new int[qi.size()][1 << 12];
    for (int i = 0; i < qi.size(); i++) {
      dict.add(new HashMap<>());
      values.add(new ArrayList<>());
    }
    int n = 0;
    try (TableReader r = in.open(read.withProblems(f -> { }))) {
      while (r.hasNext()) {
        Row row = r.next();
        if (n == ids[0].length) {
          for (int i = 0; i < ids.length; i++) {
            ids[i] = java.util.Arrays.copyOf(ids[i], n * 2);
          }
        }
        for (int i = 0; i < qi.size(); i++) {
          String v = row.get(qi.get(i).index);
          Map<String, Integer> d = dict.get(i);
          Integer id = d.get(v);
          if (id == null) {
            id = d.size();
            d.put(v, id);
            values.get(i).add(v);
          }
          ids[i][n] = id;
        }
        n++;
        if ((n & 4095) == 0 && Thread.currentThread().isInterrupted()) {
          throw new CancellationException();
        }
      }
    }
    for (int i = 0; i < ids.length; i++) {
      ids[i] = java.util.Arrays.copyOf(ids[i], n);
    }
    return ids;
  }
}
