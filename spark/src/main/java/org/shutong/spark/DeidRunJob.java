package org.shutong.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.shutong.deid.DeidKey;
import org.shutong.deid.Deidentifier;
import org.shutong.deid.Profile;
import org.shutong.deid.Profiles;
import org.shutong.i18n.Lang;
import org.shutong.report.FindingCollector;
import org.shutong.report.InputSummary;
import org.shutong.report.Report;

/**
 * {@code deid-run}: {@code shutong deid run} without k-anonymity, record by record over the ordered
 * slices of {@link SparkInput#inOrder}. Each executor builds the de-identifier once per partition
 * from a broadcast of the profile's bytes and the key (hex), so the keyed pseudonyms, date shifts and
 * generalisations are the CLI's for the same key. The driver binds the profile to the header and
 * checks the kept unlisted columns on the first rows before anything is written, as the CLI does.
 *
 * <p>Output: {@code records/}, the de-identified table (the input's columns less the dropped ones,
 * all text) as Parquet, JSON or CSV with a header, its part files in input order; and
 * {@code report.json} with the inputs and the reader's findings. The input is read once (and its first
 * rows once more on the driver for the check). k-anonymity needs a
 * shuffle by quasi-identifier and a lattice search over the class counts: not here yet (CLI only).
 */
final class DeidRunJob {
  private DeidRunJob() {}

  /** What executors need: the profile (a built-in name, or a file's bytes) and the key, broadcast once. */
  static final class Spec implements Serializable {
    private static final long serialVersionUID = 1L;
    final byte[] profile;
    final String profileOrigin;
    final String keyHex;
    final ArrayList<String> header;
    final String lang;

    Spec(byte[] profile, String profileOrigin, String keyHex, List<String> header, String lang) {
      this.profile = profile.clone();
      this.profileOrigin = profileOrigin;
      this.keyHex = keyHex;
      this.header = new ArrayList<>(header);
      this.lang = lang;
    }

    Deidentifier deidentifier() {
      Lang l = Lang.valueOf(lang);
      Profile p = Profiles.isBuiltin(profileOrigin) ? Profiles.builtin(profileOrigin, l)
          : Profiles.parse(profile, profileOrigin, l);
      return Deidentifier.of(p, DeidKey.parse(keyHex, "broadcast", l));
    }
  }

  static Report run(SparkSession spark, RunOptions o, byte[] profile, String profileOrigin, DeidKey key) {
    Lang lang = o.lang();
    SparkInput in = SparkInput.open(spark, o.inputs(), o.encoding(), lang);
    Spec spec = new Spec(profile, profileOrigin, key.toHex(), in.header, lang.name());
    // bind and check on the driver before anything is written (missing columns, identifier-like unlisted ones)
    List<org.shutong.io.Row> sample = new ArrayList<>();
    for (Row r : in.rows(spark).filter(r -> r.getInt(0) == SparkInput.RECORD).take(1000)) {
      sample.add(SparkInput.record(r, in.header.size()));
    }
    Deidentifier.Records check = spec.deidentifier().records(in.header, in.files.get(0), lang, sample.iterator());
    List<String> outHeader = check.header();
    Output out = Output.create(spark, o.output(), o.force(), lang);
    try {
      Broadcast<Spec> b = spark.sparkContext().broadcast(spec, scala.reflect.ClassTag$.MODULE$.apply(Spec.class));
      JavaRDD<Row> rows = in.inOrder(spark, o.partitions(spark));
      // the files' ends and the reader's problems travel beside the records (few; deduplicated below, as a
      // retried task adds its own again)
      org.apache.spark.util.CollectionAccumulator<Row> other = spark.sparkContext().collectionAccumulator("shutong-other");
      JavaRDD<Row> deid = rows.mapPartitions(it -> new Partition(b.value(), it, other), true);
      List<StructField> f = new ArrayList<>();
      for (String h : outHeader) {
        f.add(DataTypes.createStructField(h, DataTypes.StringType, true));
      }
      StructType schema = DataTypes.createStructType(f);
      Dataset<Row> d = spark.createDataFrame(deid, schema);
      String target = out.path("records");
      if (o.format().equals("csv")) {
        // every value quoted and kept as it is (Spark trims unquoted spaces by default)
        d.write().option("header", "true").option("encoding", "UTF-8").option("escape", "\"").option("quoteAll", "true")
            .option("ignoreLeadingWhiteSpace", "false").option("ignoreTrailingWhiteSpace", "false").csv(target);
      } else {
        d.write().format(o.format()).save(target);
      }
      // inputs and reader problems: the files' ends and the problem rows
      Report.Builder rb = Report.builder("deid run");
      FindingCollector problems = new FindingCollector();
      long records = 0;
      java.util.Map<String, Row> small = new java.util.TreeMap<>();
      for (Row r : other.value()) {
        small.put(r.getInt(2) + "|" + r.getLong(3) + "|" + r.getInt(0) + "|" + r.getString(5) + "|" + r.getString(9), r);
      }
      List<Row> ends = new ArrayList<>();
      List<Row> problemRows = new ArrayList<>();
      for (Row r : small.values()) {
        (r.getInt(0) == SparkInput.FILE_END ? ends : problemRows).add(r);
      }
      problemRows.sort(java.util.Comparator.<Row>comparingInt(r -> r.getInt(2)).thenComparingLong(r -> r.getLong(3)));
      for (Row r : problemRows) {
        problems.accept(SparkInput.problem(r));
      }
      ends.sort((x, y) -> Integer.compare(x.getInt(2), y.getInt(2)));
      for (Row r : ends) {
        rb.input(new InputSummary(r.getString(1), r.getLong(4), r.isNullAt(8) ? null : r.getString(8)));
        records += r.getLong(4);
      }
      Report report = rb.build(problems, records);
      out.writeReport(report, lang);
      out.commit();
      return report;
    } finally {
      out.close();
    }
  }

  /** De-identifies one partition's records in order. */
  static final class Partition extends PartitionRows {
    private final Deidentifier.Records records;
    private final int width;

    private final org.apache.spark.util.CollectionAccumulator<Row> other;
    private static final int BATCH = 256;
    private List<org.shutong.io.Row> batch = new ArrayList<>(BATCH);

    Partition(Spec spec, Iterator<Row> in, org.apache.spark.util.CollectionAccumulator<Row> other) {
      super(in);
      this.other = other;
      this.width = spec.header.size();
      // the input was checked on the driver; the executors only transform
      this.records = spec.deidentifier().records(spec.header, "", Lang.valueOf(spec.lang),
          java.util.Collections.emptyIterator());
    }

    @Override
    void step(Row r) {
      if (r.getInt(0) == SparkInput.RECORD) {
        batch.add(SparkInput.record(r, width));
        if (batch.size() == BATCH) {
          flush();
        }
      } else {
        other.add(RowFactory.create(r.getInt(0), r.getString(1), r.getInt(2), r.getLong(3), r.getLong(4),
            r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9)));
      }
    }

    @Override
    void finish() {
      flush();
    }

    /** De-identifies the batch: in batches, as the CLI's transforming threads work (the counts are per batch). */
    private void flush() {
      if (!batch.isEmpty()) {
        for (String[] v : records.apply(batch)) {
          queue.add(RowFactory.create((Object[]) v));
        }
        batch = new ArrayList<>(BATCH);
      }
    }
  }
}
