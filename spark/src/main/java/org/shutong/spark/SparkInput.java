package org.shutong.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.shutong.i18n.Lang;
import org.shutong.io.InputEncoding;
import org.shutong.io.InputException;
import org.shutong.io.ReadOptions;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;
import org.shutong.report.Severity;

/**
 * The records of the input paths as Spark rows: {@code shutong_kind} (a record, a malformed record's
 * finding, or a file's closing summary), {@code shutong_file} (the file as the CLI would name it),
 * {@code shutong_file_index}, {@code shutong_record}, {@code shutong_line}, the finding's fields when
 * it is one, then the header's columns as strings.
 *
 * <p>Text and workbook files (CSV/TSV, XLSX, JSON Lines...) are read by Shutong's own readers, one task
 * per file, so records, lines, encodings and malformed-record findings are exactly the CLI's. Parquet
 * files are read by Spark; their records are numbered by position, and {@code shutong_record} /
 * {@code shutong_line} columns, where present, give the places (as in database tables). All files of
 * one run must have the same columns: mixed schemas are refused before anything is written.
 */
final class SparkInput implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int RECORD = 0;
  static final int PROBLEM = 1;
  static final int FILE_END = 2;
  /** Columns before the header's. */
  static final List<String> PLACE = List.of("shutong_kind", "shutong_file", "shutong_file_index", "shutong_record",
      "shutong_line", "f_rule", "f_severity", "f_field", "f_value", "f_message");

  /** The record's values (the header's columns; a null cell as empty text), as the CLI's readers give them. */
  static String[] values(Row r, int width) {
    String[] values = new String[width];
    int base = PLACE.size();
    for (int i = 0; i < width; i++) {
      String v = r.getString(base + i);
      values[i] = v == null ? "" : v;
    }
    return values;
  }

  /** The record as the core library's row: file, record, line and {@link #values}. */
  static org.shutong.io.Row record(Row r, int width) {
    return new org.shutong.io.Row(r.getString(1), r.getLong(3), r.getLong(4), values(r, width));
  }

  /** The reader's finding a {@link #PROBLEM} row carries (a malformed record). */
  static Finding problem(Row r) {
    return new Finding(r.getString(5), Severity.valueOf(r.getString(6)), r.getString(1), r.getLong(3), r.getLong(4),
        r.getString(7), r.getString(8), r.getString(9));
  }

  /**
   * The value of {@code --partition-by} for a row: its file, or (for a header column {@code column}
   * &ge; 0, see {@link RunOptions#partitionColumn}) that column's value, empty when null.
   */
  static String partition(Row r, int column) {
    if (column < 0) {
      return r.getString(1);
    }
    String v = r.getString(PLACE.size() + column);
    return v == null ? "" : v;
  }

  final List<String> files;
  final List<String> header;
  final boolean parquet;
  private final String encoding;
  private final String lang;

  private SparkInput(List<String> files, List<String> header, boolean parquet, String encoding, String lang) {
    this.files = List.copyOf(files);
    this.header = List.copyOf(header);
    this.parquet = parquet;
    this.encoding = encoding;
    this.lang = lang;
  }

  /**
   * Lists the files under the paths (a directory's files in name order, hidden and {@code _}-files
   * left out) and checks that they share one header or schema.
   *
   * @throws InputException naming the path when it is missing, empty, or its files' columns differ
   */
  static SparkInput open(SparkSession spark, List<String> paths, InputEncoding encoding, Lang lang) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    org.shutong.i18n.Messages m = SparkMessages.of(lang);
    List<String> files = new ArrayList<>();
    for (String p : paths) {
      try {
        org.apache.hadoop.fs.Path hp = new org.apache.hadoop.fs.Path(p);
        FileSystem fs = hp.getFileSystem(conf);
        if (!fs.exists(hp)) {
          throw new InputException(p, m.get("input.missing", p));
        }
        FileStatus st = fs.getFileStatus(hp);
        if (st.isDirectory()) {
          List<String> inDir = new ArrayList<>();
          for (FileStatus f : fs.listStatus(hp)) {
            String n = f.getPath().getName();
            if (f.isFile() && !n.startsWith(".") && !n.startsWith("_")) {
              inDir.add(p.endsWith("/") ? p + n : p + "/" + n);
            }
          }
          if (inDir.isEmpty()) {
            throw new InputException(p, m.get("input.emptyDir", p));
          }
          inDir.sort(null);
          files.addAll(inDir);
        } else {
          files.add(p);
        }
      } catch (IOException e) {
        throw new InputException(p, 0, 0, m.get("input.unreadable", p, e.getMessage()), e);
      }
    }
    long nParquet = files.stream().filter(SparkInput::isParquet).count();
    if (nParquet != 0 && nParquet != files.size()) {
      throw new InputException(paths.get(0), m.get("input.mixedFormats", String.join(", ", paths)));
    }
    boolean parquet = nParquet > 0;
    List<String> header = null;
    String first = null;
    for (String f : files) {
      List<String> h = parquet ? List.of(spark.read().parquet(f).schema().fieldNames()) : textHeader(f, conf, encoding, lang);
      if (parquet) {
        List<String> data = new ArrayList<>(h);
        data.removeIf(c -> c.equalsIgnoreCase("shutong_record") || c.equalsIgnoreCase("shutong_line"));
        h = data;
      }
      if (header == null) {
        header = h;
        first = f;
      } else if (!header.equals(h)) {
        throw new InputException(f, m.get("input.mixedSchemas", f, first, String.join(",", h), String.join(",", header)));
      }
    }
    return new SparkInput(files, header, parquet, encoding.name(), lang.name());
  }

  /**
   * Each file's estimated number of records, to balance partitions: Parquet files count them, text
   * files on this machine are sampled (records read in the first 2,000 / share of the file read),
   * files elsewhere count as one chunk.
   */
  long[] estimatedRecords(SparkSession spark) {
    long[] out = new long[files.size()];
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    for (int i = 0; i < files.size(); i++) {
      String f = files.get(i);
      if (parquet) {
        out[i] = spark.read().parquet(f).count();
        continue;
      }
      URI u = new org.apache.hadoop.fs.Path(f).toUri();
      if (u.getScheme() != null && !u.getScheme().equals("file")) {
        out[i] = 1;
        continue;
      }
      try (Local l = Local.of(f, conf);
          TableReader r = TableReaders.open(l.path, ReadOptions.defaults().withName(f).withEncoding(InputEncoding.parse(encoding)))) {
        long n = 0;
        while (n < 2000 && r.hasNext()) {
          r.next();
          n++;
        }
        double share = r.progress();
        out[i] = share > 0 && n == 2000 ? (long) (n / share) : n;
      }
    }
    return out;
  }

  static boolean isParquet(String file) {
    return file.toLowerCase(Locale.ROOT).endsWith(".parquet");
  }

  private static List<String> textHeader(String file, Configuration conf, InputEncoding encoding, Lang lang) {
    try (Local l = Local.of(file, conf);
        TableReader r = TableReaders.open(l.path, ReadOptions.defaults().withName(file).withEncoding(encoding).withLang(lang))) {
      return r.header();
    }
  }

  /** The schema of {@link #rows}: the place columns, then the header's. */
  StructType schema() {
    List<StructField> f = new ArrayList<>();
    f.add(DataTypes.createStructField("shutong_kind", DataTypes.IntegerType, false));
    f.add(DataTypes.createStructField("shutong_file", DataTypes.StringType, false));
    f.add(DataTypes.createStructField("shutong_file_index", DataTypes.IntegerType, false));
    f.add(DataTypes.createStructField("shutong_record", DataTypes.LongType, false));
    f.add(DataTypes.createStructField("shutong_line", DataTypes.LongType, false));
    for (String c : PLACE.subList(5, PLACE.size())) {
      f.add(DataTypes.createStructField(c, DataTypes.StringType, true));
    }
    for (int i = 0; i < header.size(); i++) {
      f.add(DataTypes.createStructField("c" + i, DataTypes.StringType, true));
    }
    return DataTypes.createStructType(f);
  }

  /**
   * The records (and malformed-record findings, and one closing row per file) in input order, as
   * plain rows in the layout of {@link #schema()} (no schema attached: light to shuffle).
   */
  /**
   * The {@link #rows} spread over {@code partitions} partitions of {@link InputOrder}, each partition
   * sorted: consecutive slices of the input in partition order, so that per-partition work in
   * partition order sees the records as the CLI reads them.
   */
  JavaRDD<Row> inOrder(SparkSession spark, int partitions) {
    return rows(spark)
        .mapToPair(r -> new scala.Tuple2<>(new InputOrder.Key(r.getInt(2), r.getLong(3)), r))
        .repartitionAndSortWithinPartitions(new InputOrder(estimatedRecords(spark), partitions), new InputOrder.Order())
        .values();
  }

  JavaRDD<Row> rows(SparkSession spark) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    if (parquet) {
      JavaRDD<Row> all = null;
      for (int i = 0; i < files.size(); i++) {
        JavaRDD<Row> d = ParquetRows.read(spark, files.get(i), i, header);
        all = all == null ? d : all.union(d);
      }
      return all;
    }
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      idx.add(i);
    }
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    SerializableConf sconf = new SerializableConf(conf);
    List<String> fs = files;
    String enc = encoding;
    String lg = lang;
    int width = header.size();
    return sc.parallelize(idx, Math.max(1, idx.size()))
        .flatMap(i -> new FileRows(fs.get(i), i, sconf.get(), InputEncoding.parse(enc), Lang.valueOf(lg), width));
  }

  /** A file on this machine: the file itself, or a temporary copy of a file on another file system. */
  static final class Local implements AutoCloseable {
    final Path path;
    private final boolean temp;

    private Local(Path path, boolean temp) {
      this.path = path;
      this.temp = temp;
    }

    static Local of(String file, Configuration conf) {
      URI u = new org.apache.hadoop.fs.Path(file).toUri();
      if (u.getScheme() == null || u.getScheme().equals("file")) {
        return new Local(Path.of(u.getPath()), false);
      }
      try {
        String name = new org.apache.hadoop.fs.Path(file).getName();
        Path tmp = Files.createTempFile("shutong-", "-" + name);
        org.apache.hadoop.fs.Path hp = new org.apache.hadoop.fs.Path(file);
        try (InputStream in = hp.getFileSystem(conf).open(hp)) {
          Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        }
        return new Local(tmp, true);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      if (temp) {
        try {
          Files.deleteIfExists(path);
        } catch (IOException ignored) {
          // a temporary copy left behind is removed with the executor's temporary directory
        }
      }
    }
  }

  /** The rows of one text or workbook file, read lazily with Shutong's reader. */
  static final class FileRows implements Iterator<Row> {
    private final String file;
    private final int index;
    private final int width;
    private final Local local;
    private final TableReader reader;
    private final FindingCollector problems = new FindingCollector();
    private final ArrayDeque<Row> queue = new ArrayDeque<>();
    private int problemsSeen;
    private boolean done;

    FileRows(String file, int index, Configuration conf, InputEncoding encoding, Lang lang, int width) {
      this.file = file;
      this.index = index;
      this.width = width;
      this.local = Local.of(file, conf);
      this.reader = TableReaders.open(local.path,
          ReadOptions.defaults().withName(file).withEncoding(encoding).withLang(lang).withProblems(problems));
    }

    @Override
    public boolean hasNext() {
      while (queue.isEmpty() && !done) {
        boolean more = reader.hasNext();
        drainProblems();
        if (more) {
          org.shutong.io.Row r = reader.next();
          Object[] v = new Object[PLACE.size() + width];
          v[0] = RECORD;
          v[1] = file;
          v[2] = index;
          v[3] = r.record();
          v[4] = r.line();
          for (int i = 0; i < width; i++) {
            v[PLACE.size() + i] = r.get(i);
          }
          queue.add(RowFactory.create(v));
          drainProblems();
        } else {
          Object[] v = new Object[PLACE.size() + width];
          v[0] = FILE_END;
          v[1] = file;
          v[2] = index;
          v[3] = Long.MAX_VALUE;
          v[4] = reader.recordsRead();
          v[8] = reader.source().encodingName();
          queue.add(RowFactory.create(v));
          reader.close();
          local.close();
          done = true;
        }
      }
      return !queue.isEmpty();
    }

    private void drainProblems() {
      List<Finding> all = problems.findings();
      for (; problemsSeen < all.size(); problemsSeen++) {
        Finding f = all.get(problemsSeen);
        Object[] v = new Object[PLACE.size() + width];
        v[0] = PROBLEM;
        v[1] = file;
        v[2] = index;
        v[3] = f.record();
        v[4] = f.line();
        v[5] = f.ruleId();
        v[6] = f.severity().name();
        v[7] = f.field();
        v[8] = f.value();
        v[9] = f.message();
        queue.add(RowFactory.create(v));
      }
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return queue.poll();
    }
  }

  /** A Hadoop configuration that can travel to executors. */
  static final class SerializableConf implements Serializable {
    private static final long serialVersionUID = 1L;
    private transient Configuration conf;

    SerializableConf(Configuration conf) {
      this.conf = conf;
    }

    Configuration get() {
      return conf;
    }

    private void writeObject(java.io.ObjectOutputStream out) throws IOException {
      out.defaultWriteObject();
      conf.write(out);
    }

    private void readObject(java.io.ObjectInputStream in) throws IOException, ClassNotFoundException {
      in.defaultReadObject();
      conf = new Configuration(false);
      conf.readFields(in);
    }
  }
}
