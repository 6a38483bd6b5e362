package org.shutong.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
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
import org.shutong.drg.DrgIssue;
import org.shutong.drg.DrgResult;
import org.shutong.drg.DrgStatus;
import org.shutong.drg.DrgTables;
import org.shutong.drg.FirstPageDrgLayout;
import org.shutong.drg.GroupSummary;
import org.shutong.drg.Grouper;
import org.shutong.firstpage.FirstPageFields;
import org.shutong.firstpage.FirstPageLayout;
import org.shutong.i18n.Lang;
import org.shutong.io.InputException;
import org.shutong.report.Finding;
import org.shutong.report.InputSummary;
import org.shutong.report.Report;
import org.shutong.report.Severity;

/**
 * {@code drg-group}: the CHS-DRG group of every record, as {@code shutong drg group} computes it.
 * Per-record work with no shuffle but one: the records are range-partitioned by (file, record) so
 * that partitions are consecutive slices of the input in order; each partition groups its records
 * and returns its {@link GroupSummary.Counts}, which the driver adds in partition order, giving the
 * CLI's summary exactly.
 *
 * <p>Outputs under {@code --output}: {@code groups/} (one row per record: the CLI's CSV columns),
 * {@code findings/} (the CLI's findings), both Parquet or JSON partitioned by file or by a column
 * such as the hospital's; and {@code report.json}, the CLI's JSON report with the findings counted,
 * not listed.
 */
final class DrgGroupJob {
  private DrgGroupJob() {}

  static final int GROUP = 0;
  static final int FINDING = 1;
  static final int SUMMARY = 2;
  static final int FILE = 3;

  /**
   * What the executors need to build the grouper: small and serialisable, broadcast once (a class,
   * not a record: Spark's Kryo cannot serialise Java records).
   */
  static final class Spec implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String version;
    private final boolean mapCodes;
    private final ArrayList<String> header;
    private final int partitionColumn;
    private final String lang;

    Spec(String version, boolean mapCodes, List<String> header, int partitionColumn, String lang) {
      this.version = version;
      this.mapCodes = mapCodes;
      this.header = new ArrayList<>(header);
      this.partitionColumn = partitionColumn;
      this.lang = lang;
    }

    String version() {
      return version;
    }

    boolean mapCodes() {
      return mapCodes;
    }

    List<String> header() {
      return header;
    }

    int partitionColumn() {
      return partitionColumn;
    }

    String lang() {
      return lang;
    }

    /** Groupers are cached by table set and code mapping. */
    String grouperKey() {
      return version + "|" + mapCodes;
    }
  }

  /** Executors build each grouper once per JVM and share it among tasks (it is immutable). */
  private static final ConcurrentHashMap<String, Grouper> GROUPERS = new ConcurrentHashMap<>();

  static Grouper grouper(Spec s) {
    return GROUPERS.computeIfAbsent(s.grouperKey(),
        k -> Grouper.of(DrgTables.builtIn(s.version()), new Grouper.Options(s.mapCodes())));
  }

  static FirstPageDrgLayout layout(List<String> header) {
    return FirstPageDrgLayout.of(FirstPageLayout.of(FirstPageFields.standard().dictionary().map(header)));
  }

  static final List<String> GROUP_COLUMNS = List.of("record", "line", "caseId", "status", "mdc", "mdcName", "adrg",
      "adrgName", "drg", "drgName", "note");

  /** Columns of {@link #outSchema()}. */
  static final int WIDTH = 21;

  static StructType outSchema() {
    List<StructField> f = new ArrayList<>();
    f.add(DataTypes.createStructField("kind", DataTypes.IntegerType, false));
    f.add(DataTypes.createStructField("part", DataTypes.StringType, true));
    f.add(DataTypes.createStructField("file", DataTypes.StringType, true));
    f.add(DataTypes.createStructField("record", DataTypes.LongType, false));
    f.add(DataTypes.createStructField("line", DataTypes.LongType, false));
    for (String c : List.of("caseId", "status", "mdc", "mdcName", "adrg", "adrgName", "drg", "drgName", "note",
        "ruleId", "severity", "field", "value", "message", "encoding")) {
      f.add(DataTypes.createStructField(c, DataTypes.StringType, true));
    }
    f.add(DataTypes.createStructField("counts", DataTypes.BinaryType, true));
    return DataTypes.createStructType(f);
  }

  /** Runs the job; returns the summary and report written, or throws for bad input before writing. */
  static Report run(SparkSession spark, RunOptions o) {
    Lang lang = o.lang();
    SparkInput in = SparkInput.open(spark, o.inputs(), o.encoding(), lang);
    FirstPageDrgLayout layout = layout(in.header);
    List<String> missing = new ArrayList<>();
    for (String code : layout.missingRequired()) {
      missing.add(code + " " + FirstPageDrgLayout.name(code));
    }
    if (!missing.isEmpty()) {
      throw new InputException(in.files.get(0), SparkMessages.of(lang).get("input.missingColumns", in.files.get(0),
          String.join("、", missing)));
    }
    int part = o.partitionColumn(in.header);
    String version = o.drgVersion() == null ? DrgTables.DEFAULT_VERSION : o.drgVersion();
    if (!DrgTables.builtInVersions().contains(version)) {
      throw new org.shutong.spark.UsageException(SparkMessages.of(lang).get("drg.unknownVersion", version,
          String.join(", ", DrgTables.builtInVersions())));
    }
    Output out = Output.create(spark, o.output(), o.force(), lang);
    try {
      Spec spec = new Spec(version, o.mapCodes(), in.header, part, lang.name());
      Broadcast<Spec> b = spark.sparkContext().broadcast(spec, scala.reflect.ClassTag$.MODULE$.apply(Spec.class));
      JavaRDD<Row> rows = inOrder(in.rows(spark), new InputOrder(in.estimatedRecords(spark), o.partitions(spark)));
      JavaRDD<Row> results = rows.mapPartitionsWithIndex((idx, it) -> new Partition(b.value(), idx, it), true);
      Dataset<Row> res = spark.createDataFrame(results, outSchema()).persist(StorageLevel.MEMORY_AND_DISK());
      try {
        String partName = o.partitionName();
        out.write(res.filter("kind = " + GROUP).select(cols(partName, GROUP_COLUMNS, "file")), "groups", partName, o.format());
        out.write(res.filter("kind = " + FINDING).select(cols(partName,
            List.of("ruleId", "severity", "file", "record", "line", "field", "value", "message"), null)), "findings",
            partName, o.format());
        Report report = report(spark, res, version, lang);
        out.writeReport(report, lang);
        out.commit();
        return report;
      } finally {
        res.unpersist();
      }
    } finally {
      out.close();
    }
  }

  /**
   * The rows spread over the partitions of {@code order}, each partition sorted: consecutive slices
   * of the input in partition order.
   */
  static JavaRDD<Row> inOrder(JavaRDD<Row> rows, InputOrder order) {
    return rows
        .mapToPair(r -> new scala.Tuple2<>(new InputOrder.Key(r.getInt(2), r.getLong(3)), r))
        .repartitionAndSortWithinPartitions(order, new InputOrder.Order())
        .values();
  }

  private static org.apache.spark.sql.Column[] cols(String partName, List<String> names, String extra) {
    List<org.apache.spark.sql.Column> c = new ArrayList<>();
    c.add(functions.col("part").as(partName));
    if (extra != null) {
      c.add(functions.col(extra));
    }
    for (String n : names) {
      c.add(functions.col(n));
    }
    return c.toArray(org.apache.spark.sql.Column[]::new);
  }

  /** The CLI's JSON report: inputs, exact counts, the rules checked and {@code groupSummary}. */
  static Report report(SparkSession spark, Dataset<Row> res, String version, Lang lang) {
    DrgTables tables = DrgTables.builtIn(version);
    GroupSummary summary = new GroupSummary(tables);
    Report.Builder b = Report.builder("drg group");
    for (String id : DrgIssue.RULE_IDS) {
      b.rule(id, DrgIssue.title(id, lang));
    }
    List<Row> small = res.filter("kind = " + SUMMARY + " or kind = " + FILE).select("kind", "record", "line", "file",
        "encoding", "counts").collectAsList();
    List<Row> sums = new ArrayList<>();
    List<Row> files = new ArrayList<>();
    for (Row r : small) {
      (r.getInt(0) == SUMMARY ? sums : files).add(r);
    }
    sums.sort((x, y) -> Long.compare(x.getLong(1), y.getLong(1)));
    for (Row r : sums) {
      summary.add(counts((byte[]) r.get(5)));
    }
    files.sort((x, y) -> Long.compare(x.getLong(1), y.getLong(1)));
    long records = 0;
    for (Row r : files) {
      b.input(new InputSummary(r.getString(3), r.getLong(2), r.isNullAt(4) ? null : r.getString(4)));
      records += r.getLong(2);
    }
    Map<String, Long> bySeverity = new LinkedHashMap<>();
    for (Row r : res.filter("kind = " + FINDING).groupBy("severity").count().collectAsList()) {
      bySeverity.put(r.getString(0), r.getLong(1));
    }
    long withErrors = res.filter("kind = " + FINDING + " and severity = 'error' and record > 0")
        .select("file", "record").distinct().count();
    long error = bySeverity.getOrDefault("error", 0L);
    long warning = bySeverity.getOrDefault("warning", 0L);
    long info = bySeverity.getOrDefault("info", 0L);
    b.extra("groupSummary", summary.toJson(tables, lang));
    Report base = b.build(new org.shutong.report.FindingCollector(0), records);
    return new Report(base.tool(), base.version(), base.command(), base.inputs(),
        new org.shutong.report.Summary(records, withErrors, error, warning, info), List.of(), error + warning + info,
        base.extras(), base.tables(), base.rules());
  }

  static byte[] bytes(GroupSummary.Counts c) {
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    try (ObjectOutputStream oo = new ObjectOutputStream(bo)) {
      oo.writeObject(c);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bo.toByteArray();
  }

  static GroupSummary.Counts counts(byte[] b) {
    try (ObjectInputStream oi = new ObjectInputStream(new ByteArrayInputStream(b))) {
      return (GroupSummary.Counts) oi.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Groups one partition's records lazily; its last row carries the partition's summary counts. */
  static final class Partition implements Iterator<Row> {
    private final Iterator<Row> in;
    private final Grouper grouper;
    private final FirstPageDrgLayout layout;
    private final GroupSummary summary;
    private final Lang lang;
    private final int partColumn;
    private final int width;
    private final ArrayDeque<Row> queue = new ArrayDeque<>();
    private final int index;
    private boolean done;

    Partition(Spec spec, int index, Iterator<Row> in) {
      this.index = index;
      this.in = in;
      this.grouper = grouper(spec);
      this.layout = layout(spec.header());
      this.summary = new GroupSummary(grouper.tables());
      this.lang = Lang.valueOf(spec.lang());
      this.partColumn = spec.partitionColumn();
      this.width = spec.header().size();
    }

    @Override
    public boolean hasNext() {
      while (queue.isEmpty() && !done) {
        if (!in.hasNext()) {
          done = true;
          queue.add(out(SUMMARY, null, null, index, 0, null, null, bytes(summary.counts())));
          break;
        }
        step(in.next());
      }
      return !queue.isEmpty();
    }

    private void step(Row r) {
      int kind = r.getInt(0);
      String file = r.getString(1);
      long record = r.getLong(3);
      long line = r.getLong(4);
      int base = SparkInput.PLACE.size();
      if (kind == SparkInput.FILE_END) {
        queue.add(out(FILE, null, file, r.getInt(2), line, null, r.isNullAt(8) ? null : r.getString(8), null));
        return;
      }
      String part = partColumn < 0 ? file : nz(r.getString(base + partColumn));
      if (kind == SparkInput.PROBLEM) {
        queue.add(finding(part, new Finding(r.getString(5), Severity.valueOf(r.getString(6)), file, record, line,
            r.getString(7), r.getString(8), r.getString(9))));
        return;
      }
      String[] values = new String[width];
      for (int i = 0; i < width; i++) {
        values[i] = nz(r.getString(base + i));
      }
      org.shutong.io.Row row = new org.shutong.io.Row(file, record, line, values);
      DrgResult res = grouper.group(layout.record(row));
      summary.add(res);
      for (DrgIssue i : layout.issues(row)) {
        queue.add(finding(part, issue(file, row, i)));
      }
      for (DrgIssue i : res.issues()) {
        queue.add(finding(part, issue(file, row, i)));
      }
      if (res.status() == DrgStatus.UNGROUPABLE) {
        queue.add(finding(part, new Finding("DRG-UNGROUPABLE", Severity.WARNING, file, record, line, "C03C",
            res.cause().principal(), res.cause().message(lang))));
      }
      Object[] v = new Object[WIDTH];
      v[0] = GROUP;
      v[1] = part;
      v[2] = file;
      v[3] = record;
      v[4] = line;
      v[5] = layout.caseId(row);
      v[6] = res.status().name();
      v[7] = res.mdc();
      v[8] = res.mdcName();
      v[9] = res.adrg();
      v[10] = res.adrgName();
      v[11] = res.drg();
      v[12] = res.drgName();
      v[13] = note(res, lang);
      queue.add(RowFactory.create(v));
    }

    private Finding issue(String file, org.shutong.io.Row row, DrgIssue i) {
      return new Finding(i.ruleId(), i.severity(), file, row.record(), row.line(), layout.field(row, i.field(), i.index()),
          i.value(), i.message(lang));
    }

    private static Row finding(String part, Finding f) {
      Object[] v = new Object[WIDTH];
      v[0] = FINDING;
      v[1] = part;
      v[2] = f.file();
      v[3] = f.record();
      v[4] = f.line();
      v[14] = f.ruleId();
      v[15] = f.severity().name().toLowerCase(java.util.Locale.ROOT);
      v[16] = f.field();
      v[17] = f.value();
      v[18] = f.message();
      return RowFactory.create(v);
    }

    private static Row out(int kind, String part, String file, long record, long line, String message, String encoding,
        byte[] counts) {
      Object[] v = new Object[WIDTH];
      v[0] = kind;
      v[1] = part;
      v[2] = file;
      v[3] = record;
      v[4] = line;
      v[18] = message;
      v[19] = encoding;
      v[20] = counts;
      return RowFactory.create(v);
    }

    private static String nz(String s) {
      return s == null ? "" : s;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return queue.poll();
    }
  }

  /** Why a record is not grouped, in one line, as the CLI's {@code note} column says it. */
  static String note(DrgResult r, Lang lang) {
    return switch (r.status()) {
      case GROUPED -> null;
      case UNGROUPABLE -> r.cause().message(lang);
      case INVALID -> {
        for (DrgIssue i : r.issues()) {
          if (i.severity() == Severity.ERROR) {
            yield i.message(lang);
          }
        }
        yield null;
      }
    };
  }
}
