package org.shutong.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.shutong.firstpage.CheckResult;
import org.shutong.firstpage.FieldDef;
import org.shutong.firstpage.FirstPageChecker;
import org.shutong.firstpage.FirstPageFields;
import org.shutong.firstpage.FirstPageReports;
import org.shutong.firstpage.RuleDef;
import org.shutong.firstpage.RuleSet;
import org.shutong.firstpage.Scoring;
import org.shutong.i18n.Lang;
import org.shutong.io.HeaderMapping;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;
import org.shutong.report.InputSummary;
import org.shutong.report.Report;
import scala.Tuple2;

/**
 * {@code firstpage-check}: the findings of {@code shutong firstpage check} (bundled {@code nhc-2016}
 * rule set) over a cluster, in three parts.
 *
 * <ol>
 *   <li><b>Per record</b> (no shuffle but the ordering one of {@link SparkInput#inOrder}): every
 *       partition runs the core checker with the cross-record rules disabled on a consecutive slice of
 *       the input, and also emits each record's few cross-record columns.
 *   <li><b>Across records, shuffled by key</b>: the cross-record rules are grouped by the key field
 *       that every one of their keys contains and that must be filled for the rule to apply (病案号
 *       A48 for duplicate stays and 住院次数 order, 身份证号 A20 for overlapping stays). For each group
 *       the small projected rows are hash-partitioned by that field's value and sorted by input place
 *       within each partition; the core checker, with only that group's rules enabled, then sees every
 *       stay of a key in input order, as the CLI does, and gives the CLI's findings (including the
 *       {@code other} record they name). Records whose key field is empty are skipped by the rules.
 *   <li><b>File findings</b> (missing or unknown columns, rules that cannot run) come from the driver,
 *       which maps the common header once per file.
 * </ol>
 *
 * <p>{@code report.json} is the CLI's JSON report: {@code inputs}, {@code summary} (exact counts),
 * {@code ruleSet}, {@code quality} (mean score and grades, from each record's deductions),
 * {@code rules} and {@code fields}; the findings are counted, not listed. Departments, the 2016
 * indicators and the lowest scores are left empty (CLI only for now).
 */
final class FirstpageCheckJob {
  private FirstpageCheckJob() {}

  static final int FINDING = 1;
  static final int CROSS = 2;
  static final int FILE = 3;
  static final int COUNT = 4;

  static final List<String> CROSS_KINDS = List.of("duplicate", "overlap", "admission-order");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)\\}");

  /** What executors need; small and serialisable, broadcast once. */
  static final class Spec implements Serializable {
    private static final long serialVersionUID = 1L;
    final ArrayList<String> header;
    final int partitionColumn;
    final String lang;
    /** Header columns of the cross-record fields, in {@link #crossFields} order. */
    final int[] crossColumns;
    final ArrayList<String> crossFields;

    Spec(List<String> header, int partitionColumn, String lang, int[] crossColumns, List<String> crossFields) {
      this.header = new ArrayList<>(header);
      this.partitionColumn = partitionColumn;
      this.lang = lang;
      this.crossColumns = crossColumns.clone();
      this.crossFields = new ArrayList<>(crossFields);
    }
  }

  /** One shuffle: the cross-record rules keyed by one field. */
  static final class CrossGroup implements Serializable {
    private static final long serialVersionUID = 1L;
    final String keyField;
    final int keyIndex;
    final ArrayList<String> ruleIds;

    CrossGroup(String keyField, int keyIndex, List<String> ruleIds) {
      this.keyField = keyField;
      this.keyIndex = keyIndex;
      this.ruleIds = new ArrayList<>(ruleIds);
    }
  }

  private static final ConcurrentHashMap<String, FirstPageChecker> CHECKERS = new ConcurrentHashMap<>();

  /** The checker with the rules {@code ids} enabled ("*" = all but the cross-record ones), once per JVM. */
  static FirstPageChecker checker(String ids, Lang lang) {
    return CHECKERS.computeIfAbsent(ids + "|" + lang, k -> {
      RuleSet rules = ids.equals("*")
          ? RuleSet.standard().only(r -> !CROSS_KINDS.contains(r.kind()))
          : RuleSet.standard().only(r -> List.of(ids.split(",")).contains(r.id()));
      return FirstPageChecker.builder().rules(rules).lang(lang).build();
    });
  }

  static StructType outSchema() {
    List<StructField> f = new ArrayList<>();
    f.add(DataTypes.createStructField("kind", DataTypes.IntegerType, false));
    f.add(DataTypes.createStructField("part", DataTypes.StringType, true));
    f.add(DataTypes.createStructField("file", DataTypes.StringType, true));
    f.add(DataTypes.createStructField("fileIndex", DataTypes.IntegerType, false));
    f.add(DataTypes.createStructField("record", DataTypes.LongType, false));
    f.add(DataTypes.createStructField("line", DataTypes.LongType, false));
    for (String c : List.of("ruleId", "severity", "field", "value", "message", "encoding")) {
      f.add(DataTypes.createStructField(c, DataTypes.StringType, true));
    }
    f.add(DataTypes.createStructField("values", DataTypes.createArrayType(DataTypes.StringType, true), true));
    return DataTypes.createStructType(f);
  }

  /** Runs the job; returns the report written, or throws for bad input before writing. */
  static Report run(SparkSession spark, RunOptions o) {
    Lang lang = o.lang();
    SparkInput in = SparkInput.open(spark, o.inputs(), o.encoding(), lang);
    int part = o.partitionColumn(in.header);
    RuleSet rules = RuleSet.standard();
    HeaderMapping mapping = FirstPageFields.standard().dictionary().map(in.header);
    // the cross-record rules, grouped by the key field they shuffle by
    Map<String, List<String>> groups = new LinkedHashMap<>();
    Set<String> crossFields = new LinkedHashSet<>();
    for (RuleDef r : rules.rules()) {
      if (!r.enabled() || !CROSS_KINDS.contains(r.kind())) {
        continue;
      }
      List<String> needed = neededFields(r);
      if (needed.stream().anyMatch(c -> mapping.column(c) < 0)) {
        continue; // the rule cannot run on these files: the driver reports it (rule-skipped)
      }
      crossFields.addAll(needed);
      groups.computeIfAbsent(shuffleField(r), k -> new ArrayList<>()).add(r.id());
    }
    List<String> cf = new ArrayList<>(crossFields);
    int[] crossColumns = cf.stream().mapToInt(mapping::column).toArray();
    Output out = Output.create(spark, o.output(), o.force(), lang);
    try {
      Spec spec = new Spec(in.header, part, lang.name(), crossColumns, cf);
      Broadcast<Spec> b = spark.sparkContext().broadcast(spec, scala.reflect.ClassTag$.MODULE$.apply(Spec.class));
      int partitions = o.partitions(spark);
      JavaRDD<Row> rows = in.inOrder(spark, partitions);
      JavaRDD<Row> results = rows.mapPartitions(it -> new Partition(b.value(), it), true);
      Dataset<Row> res = spark.createDataFrame(results, outSchema()).persist(StorageLevel.MEMORY_AND_DISK());
      try {
        Dataset<Row> findings = res.filter("kind = " + FINDING);
        Dataset<Row> crossRows = res.filter("kind = " + CROSS);
        for (Map.Entry<String, List<String>> g : groups.entrySet()) {
          CrossGroup group = new CrossGroup(g.getKey(), cf.indexOf(g.getKey()), g.getValue());
          JavaRDD<Row> cross = crossFindings(crossRows.javaRDD(), b, group, partitions);
          findings = findings.union(spark.createDataFrame(cross, outSchema()));
        }
        // file findings: the full rule set on the common header, once per file
        List<Row> fileRows = res.filter("kind = " + FILE).select("file", "fileIndex", "record", "encoding")
            .collectAsList().stream().sorted(Comparator.comparingInt(r -> r.getInt(1))).toList();
        FindingCollector fileFindings = new FindingCollector();
        FirstPageChecker full = FirstPageChecker.builder().rules(rules).lang(lang).build();
        FirstPageChecker.Run run = full.start(fileFindings);
        for (Row f : fileRows) {
          run.begin(f.getString(0), mapping);
        }
        CheckResult empty = run.finish();
        List<Row> fileFindingRows = new ArrayList<>();
        for (Finding f : fileFindings.findings()) {
          fileFindingRows.add(Partition.finding(part < 0 ? f.file() : null, 0, f));
        }
        findings = findings.union(spark.createDataFrame(fileFindingRows, outSchema()))
            .persist(StorageLevel.MEMORY_AND_DISK());
        try {
          String partName = o.partitionName();
          out.write(findings, "findings", partName, SparkReports.FINDING_COLUMNS, o.format());
          long checked = 0;
          for (Row r : res.filter("kind = " + COUNT).select("record").collectAsList()) {
            checked += r.getLong(0);
          }
          Report report = report(findings, fileRows, rules, empty, checked, lang);
          out.writeReport(report, lang);
          out.commit();
          return report;
        } finally {
          findings.unpersist();
        }
      } finally {
        res.unpersist();
      }
    } finally {
      out.close();
    }
  }

  /** The fields a cross-record rule reads: its fields, key parts, times, counts and message placeholders. */
  static List<String> neededFields(RuleDef r) {
    Set<String> out = new LinkedHashSet<>(r.fields());
    for (String p : List.of("key", "person", "from", "to", "count", "time")) {
      Object v = r.params().get(p);
      if (v instanceof String s) {
        out.add(s);
      } else if (v instanceof List<?> l) {
        for (Object x : l) {
          out.add(String.valueOf(x));
        }
      }
    }
    for (String m : r.message().values()) {
      Matcher mt = PLACEHOLDER.matcher(m);
      while (mt.find()) {
        if (FirstPageFields.standard().field(mt.group(1)).isPresent()) {
          out.add(mt.group(1));
        }
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * The field whose value decides a cross-record rule's partition: a part of every key the rule
   * compares that must be filled for the rule to apply, so that equal keys always meet.
   */
  static String shuffleField(RuleDef r) {
    List<String> person = list(r.params().get("person"));
    return switch (r.kind()) {
      case "duplicate" -> {
        for (String k : list(r.params().get("key"))) {
          if (r.fields().contains(k)) {
            yield k;
          }
        }
        throw new IllegalStateException(r.id() + ": no key part among the fields");
      }
      case "admission-order" -> person.get(person.size() - 1);
      default -> person.get(0);
    };
  }

  private static List<String> list(Object v) {
    if (v instanceof String s) {
      return List.of(s);
    }
    List<String> out = new ArrayList<>();
    if (v instanceof List<?> l) {
      for (Object x : l) {
        out.add(String.valueOf(x));
      }
    }
    return out;
  }

  /** A cross row's place in the shuffle: the key field's value, then input order. */
  static final class CrossKey implements Serializable {
    private static final long serialVersionUID = 1L;
    final String key;
    final int file;
    final long record;

    CrossKey(String key, int file, long record) {
      this.key = key;
      this.file = file;
      this.record = record;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof CrossKey k && k.key.equals(key) && k.file == file && k.record == record;
    }

    @Override
    public int hashCode() {
      return key.hashCode() * 31 + Long.hashCode(record);
    }
  }

  /** Partitions by the key field's value only. */
  static final class ByKey extends Partitioner {
    private static final long serialVersionUID = 1L;
    private final int n;

    ByKey(int n) {
      this.n = n;
    }

    @Override
    public int numPartitions() {
      return n;
    }

    @Override
    public int getPartition(Object key) {
      return Math.floorMod(((CrossKey) key).key.hashCode(), n);
    }
  }

  /** Input order within a partition (records of all keys interleaved, each key's in input order). */
  static final class InputPlace implements Comparator<CrossKey>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(CrossKey a, CrossKey b) {
      int c = Integer.compare(a.file, b.file);
      return c != 0 ? c : Long.compare(a.record, b.record);
    }
  }

  static JavaRDD<Row> crossFindings(JavaRDD<Row> crossRows, Broadcast<Spec> b, CrossGroup g, int partitions) {
    int ki = g.keyIndex;
    JavaPairRDD<CrossKey, Row> keyed = crossRows
        .filter(r -> {
          String v = r.getList(12).get(ki) == null ? null : String.valueOf(r.getList(12).get(ki)).strip();
          return v != null && !v.isEmpty();
        })
        .mapToPair(r -> new Tuple2<>(new CrossKey(String.valueOf(r.getList(12).get(ki)).strip(), r.getInt(3),
            r.getLong(4)), r));
    return keyed.repartitionAndSortWithinPartitions(new ByKey(partitions), new InputPlace()).values()
        .mapPartitions(it -> new CrossPartition(b.value(), g, it), true);
  }

  /** Runs one group's cross-record rules over a partition of projected rows in input order. */
  static final class CrossPartition extends PartitionRows {
    private final FirstPageChecker.Run run;
    private final HeaderMapping mapping;
    private String file;
    private String part;

    CrossPartition(Spec spec, CrossGroup g, Iterator<Row> in) {
      super(in);
      this.mapping = FirstPageFields.standard().dictionary().map(spec.crossFields);
      this.run = checker(String.join(",", g.ruleIds), Lang.valueOf(spec.lang)).start(f -> {
        if (f.record() > 0) {
          queue.add(Partition.finding(part, 0, f));
        }
      });
    }

    @Override
    void step(Row r) {
      String f = r.getString(2);
      if (!f.equals(file)) {
        file = f;
        run.begin(f, mapping);
      }
      part = r.getString(1);
      List<Object> v = r.getList(12);
      String[] values = new String[v.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = v.get(i) == null ? "" : String.valueOf(v.get(i));
      }
      run.record(new org.shutong.io.Row(f, r.getLong(4), r.getLong(5), values));
    }
  }

  /** Checks one partition's records (cross-record rules off) and emits their cross columns. */
  static final class Partition extends PartitionRows {
    private final Spec spec;
    private final FirstPageChecker.Run run;
    private final HeaderMapping mapping;
    private final int width;
    private String file;
    private String part;
    private long checked;

    Partition(Spec spec, Iterator<Row> in) {
      super(in);
      this.spec = spec;
      this.width = spec.header.size();
      this.mapping = FirstPageFields.standard().dictionary().map(spec.header);
      this.run = checker("*", Lang.valueOf(spec.lang)).start(f -> {
        if (f.record() > 0) {
          queue.add(finding(part, 0, f));
        }
      });
    }

    @Override
    void finish() {
      Object[] v = new Object[13];
      v[0] = COUNT;
      v[3] = 0;
      v[4] = checked;
      v[5] = 0L;
      queue.add(RowFactory.create(v));
    }

    @Override
    void step(Row r) {
      int kind = r.getInt(0);
      String f = r.getString(1);
      int fileIndex = r.getInt(2);
      long record = r.getLong(3);
      long line = r.getLong(4);
      if (kind == SparkInput.FILE_END) {
        Object[] v = new Object[13];
        v[0] = FILE;
        v[2] = f;
        v[3] = fileIndex;
        v[4] = line;
        v[5] = 0L;
        v[11] = r.isNullAt(8) ? null : r.getString(8);
        queue.add(RowFactory.create(v));
        return;
      }
      part = SparkInput.partition(r, spec.partitionColumn);
      if (kind == SparkInput.PROBLEM) {
        queue.add(finding(part, fileIndex, SparkInput.problem(r)));
        return;
      }
      if (!f.equals(file)) {
        file = f;
        run.begin(f, mapping);
      }
      String[] values = SparkInput.values(r, width);
      run.record(new org.shutong.io.Row(f, record, line, values));
      checked++;
      if (spec.crossColumns.length > 0) {
        String[] cross = new String[spec.crossColumns.length];
        for (int i = 0; i < cross.length; i++) {
          cross[i] = values[spec.crossColumns[i]];
        }
        Object[] v = new Object[13];
        v[0] = CROSS;
        v[1] = part;
        v[2] = f;
        v[3] = fileIndex;
        v[4] = record;
        v[5] = line;
        v[12] = cross;
        queue.add(RowFactory.create(v));
      }
    }

    static Row finding(String part, int fileIndex, Finding f) {
      Object[] v = new Object[13];
      v[0] = FINDING;
      v[1] = part;
      v[2] = f.file();
      v[3] = fileIndex;
      v[4] = f.record();
      v[5] = f.line();
      v[6] = f.ruleId();
      v[7] = f.severity().name().toLowerCase(Locale.ROOT);
      v[8] = f.field();
      v[9] = f.value();
      v[10] = f.message();
      return RowFactory.create(v);
    }
  }

  /** The CLI's JSON report from the findings: exact counts, scores from each record's deductions. */
  static Report report(Dataset<Row> findings, List<Row> files, RuleSet rules, CheckResult empty, long checked,
      Lang lang) {
    Scoring scoring = rules.scoring();
    Map<String, Double> deduct = new HashMap<>();
    Map<String, RuleDef> byId = new LinkedHashMap<>();
    for (RuleDef r : rules.rules()) {
      if (r.enabled()) {
        deduct.put(r.id(), scoring.deductionOf(r));
        byId.put(r.id(), r);
      }
    }
    // per rule: findings and records
    Map<String, long[]> perRule = new HashMap<>();
    for (Row r : findings.groupBy("ruleId").agg(functions.count("*"),
        functions.countDistinct(functions.when(functions.col("record").gt(0),
            functions.concat_ws("\u0001", functions.col("file"), functions.col("record").cast("string"))))).collectAsList()) {
      perRule.put(r.getString(0), new long[] {r.getLong(1), r.getLong(2)});
    }
    List<CheckResult.RuleSummary> rs = new ArrayList<>();
    for (RuleDef r : byId.values()) {
      long[] c = perRule.get(r.id());
      if (c != null) {
        rs.add(new CheckResult.RuleSummary(r.id(), r.severity(), r.category(), c[0], c[1], r.source()));
      }
    }
    rs.sort(Comparator.comparingLong(CheckResult.RuleSummary::findings).reversed());
    // per field: the rule set's findings (reader problems are not the rule set's)
    Dataset<Row> ruleFindings = findings.filter(functions.col("ruleId").isin(byId.keySet().toArray()));
    List<CheckResult.FieldSummary> fs = new ArrayList<>();
    for (Row r : ruleFindings.filter("field is not null").groupBy("field").agg(functions.count("*"),
        functions.sum(functions.when(functions.col("severity").equalTo("error"), 1).otherwise(0))).collectAsList()) {
      String code = r.getString(0);
      fs.add(new CheckResult.FieldSummary(code, FirstPageFields.standard().field(code).map(FieldDef::name).orElse(code),
          r.getLong(1), r.getLong(2)));
    }
    fs.sort(Comparator.comparingLong(CheckResult.FieldSummary::findings).reversed()
        .thenComparing(CheckResult.FieldSummary::field));
    // scores: each record's distinct rules' deductions
    Map<String, Double> d = Map.copyOf(deduct);
    double start = scoring.start();
    Map<Double, Long> histogram = ruleFindings.filter("record > 0").select("file", "record", "ruleId").distinct()
        .javaRDD()
        .mapToPair(r -> new Tuple2<>(r.getString(0) + "\u0001" + r.getLong(1), d.getOrDefault(r.getString(2), 0.0)))
        .reduceByKey(Double::sum)
        .map(t -> Math.max(0, start - t._2()))
        .countByValue();
    long withFindings = histogram.values().stream().mapToLong(Long::longValue).sum();
    Map<Double, Long> all = new HashMap<>(histogram);
    all.merge(start, checked - withFindings, Long::sum);
    List<Scoring.Grade> gs = scoring.grades();
    long[] gradeCounts = new long[gs.size()];
    double sum = 0;
    for (Map.Entry<Double, Long> e : all.entrySet()) {
      Scoring.Grade g = scoring.grade(e.getKey());
      gradeCounts[gs.indexOf(g)] += e.getValue();
      sum += e.getKey() * e.getValue();
    }
    List<CheckResult.GradeCount> grades = new ArrayList<>();
    for (int i = 0; i < gs.size(); i++) {
      grades.add(new CheckResult.GradeCount(gs.get(i).grade(), gs.get(i).en(), gs.get(i).min(), gradeCounts[i]));
    }
    long recordsWithRuleErrors = ruleFindings.filter("record > 0 and severity = 'error'").select("file", "record")
        .distinct().count();
    CheckResult result = new CheckResult(empty.ruleSet(), empty.coding(), checked, recordsWithRuleErrors,
        checked == 0 ? Double.NaN : sum / checked, grades, rs, fs, List.of(), List.of(), List.of(), List.of());
    Report.Builder b = Report.builder("firstpage check");
    long records = 0;
    for (Row f : files) {
      b.input(new InputSummary(f.getString(0), f.getLong(2), f.isNullAt(3) ? null : f.getString(3)));
      records += f.getLong(2);
    }
    FirstPageReports.addTo(b, rules, result, lang, false);
    return SparkReports.counted(b, findings, records);
  }
}
