package org.shutong.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.shutong.drg.DrgIssue;
import org.shutong.drg.DrgResult;
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
      JavaRDD<Row> rows = in.inOrder(spark, o.partitions(spark));
      JavaRDD<Row> results = rows.mapPartitionsWithIndex((idx, it) -> new Partition(b.value(), idx, it), true);
      Dataset<Row> res = spark.createDataFrame(results, outSchema()).persist(StorageLevel.MEMORY_AND_DISK());
      try {
        String partName = o.partitionName();
        List<String> groupColumns = new ArrayList<>();
        groupColumns.add("file");
        groupColumns.addAll(GROUP_COLUMNS);
        out.write(res.filter("kind = " + GROUP), "groups", partName, groupColumns, o.format());
        out.write(res.filter("kind = " + FINDING), "findings", partName, SparkReports.FINDING_COLUMNS, o.format());
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
    b.extra("groupSummary", summary.toJson(tables, lang));
    return SparkReports.counted(b, res.filter("kind = " + FINDING), records);
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
  static final class Partition extends PartitionRows {
    private final Grouper grouper;
    private final FirstPageDrgLayout layout;
    private final GroupSummary summary;
    private final Lang lang;
    private final int partColumn;
    private final int width;
    private final int index;

    Partition(Spec spec, int index, Iterator<Row> in) {
      super(in);
      this.index = index;
      this.grouper = grouper(spec);
      this.layout = layout(spec.header());
      this.summary = new GroupSummary(grouper.tables());
      this.lang = Lang.valueOf(spec.lang());
      this.partColumn = spec.partitionColumn();
      this.width = spec.header().size();
    }

    @Override
    void finish() {
      queue.add(out(SUMMARY, null, null, index, 0, null, null, bytes(summary.counts())));
    }

    @Override
    void step(Row r) {
      int kind = r.getInt(0);
      String file = r.getString(1);
      if (kind == SparkInput.FILE_END) {
        queue.add(out(FILE, null, file, r.getInt(2), r.getLong(4), null, r.isNullAt(8) ? null : r.getString(8), null));
        return;
      }
      String part = SparkInput.partition(r, partColumn);
      if (kind == SparkInput.PROBLEM) {
        queue.add(finding(part, SparkInput.problem(r)));
        return;
      }
      org.shutong.io.Row row = SparkInput.record(r, width);
      long record = row.record();
      long line = row.line();
      DrgResult res = grouper.group(layout.record(row));
      summary.add(res);
      layout.findings(file, row, res, lang, f -> queue.add(finding(part, f)));
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
      v[13] = res.note(lang);
      queue.add(RowFactory.create(v));
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
  }
}
