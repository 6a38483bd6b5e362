package org.shutong.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.shutong.i18n.Lang;
import org.shutong.io.OutputException;
import org.shutong.report.Report;
import org.shutong.report.ReportFormat;
import org.shutong.report.ReportRenderer;

/**
 * An output directory written like {@link org.shutong.io.AtomicOutput} writes a file: everything goes
 * into a temporary sibling directory, which replaces the target only when the run has succeeded
 * (an existing target only with {@code --force}); a failed run leaves nothing.
 */
final class Output implements AutoCloseable {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final FileSystem fs;
  private final Path target;
  private final Path temp;
  private final String name;
  private final Lang lang;
  private boolean committed;

  private Output(FileSystem fs, Path target, Path temp, String name, Lang lang) {
    this.fs = fs;
    this.target = target;
    this.temp = temp;
    this.name = name;
    this.lang = lang;
  }

  static Output create(SparkSession spark, String dir, boolean force, Lang lang) {
    try {
      Path target = new Path(dir);
      FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (fs.exists(target) && !force) {
        throw new OutputException(dir, SparkMessages.of(lang).get("output.exists", dir), null);
      }
      Path temp = new Path(target.getParent(), "." + target.getName() + ".shutong-tmp-"
          + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE));
      return new Output(fs, target, temp, dir, lang);
    } catch (IOException e) {
      throw new OutputException(dir, SparkMessages.of(lang).get("output.failed", dir, e.getMessage()), e);
    }
  }

  /**
   * Writes the {@code columns} of a job's result rows under {@code sub} as Parquet or JSON,
   * partitioned by the rows' {@code part} column, which is named {@code partName} in the output
   * (see {@link RunOptions#partitionName()}).
   */
  void write(Dataset<Row> d, String sub, String partName, List<String> columns, String format) {
    List<Column> c = new ArrayList<>();
    c.add(functions.col("part").as(partName));
    for (String n : columns) {
      c.add(functions.col(n));
    }
    d.select(c.toArray(Column[]::new)).write().partitionBy(partName).format(format).save(new Path(temp, sub).toString());
  }

  /** Where to write {@code sub} (inside the temporary directory until {@link #commit()}). */
  String path(String sub) {
    return new Path(temp, sub).toString();
  }

  /** Writes {@code report.json} (UTF-8, the CLI's JSON report). */
  void writeReport(Report report, Lang l) {
    try (OutputStream o = fs.create(new Path(temp, "report.json"), false)) {
      ReportRenderer.of(ReportFormat.JSON).render(report, o, l);
    } catch (IOException e) {
      throw new OutputException(name, SparkMessages.of(lang).get("output.failed", name, e.getMessage()), e);
    }
  }

  void commit() {
    try {
      if (fs.exists(target)) {
        fs.delete(target, true);
      }
      if (!fs.rename(temp, target)) {
        throw new IOException("rename " + temp + " -> " + target);
      }
      committed = true;
    } catch (IOException e) {
      throw new OutputException(name, SparkMessages.of(lang).get("output.failed", name, e.getMessage()), e);
    }
  }

  @Override
  public void close() {
    if (!committed) {
      try {
        fs.delete(temp, true);
      } catch (IOException ignored) {
        // the run already failed with its own message; the directory is named .*.shutong-tmp-*
      }
    }
  }
}
