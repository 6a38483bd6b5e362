package org.shutong.spark;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;
import org.shutong.firstpage.FirstPageFields;
import org.shutong.i18n.Lang;
import org.shutong.io.InputEncoding;

/**
 * The options of one run.
 *
 * @param inputs files or directories (any Hadoop file system: {@code hdfs://}, {@code s3a://}, local)
 * @param output the output directory (must not exist unless {@code force})
 * @param format {@code parquet} or {@code json}
 * @param partitionBy {@code file}, or a column (field code such as {@code A01}, or a header) to partition outputs by
 * @param partitions how many partitions to work in, or 0 for Spark's default parallelism
 * @param encoding input encoding of text files
 * @param lang language of messages
 * @param force whether an existing output directory may be replaced
 * @param drgVersion the built-in DRG table set, or {@code null} for the default
 * @param mapCodes whether codes are mapped to the grouper's code version first
 */
record RunOptions(List<String> inputs, String output, String format, String partitionBy, int partitions,
    InputEncoding encoding, Lang lang, boolean force, String drgVersion, boolean mapCodes) {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** The 0-based header column to partition by, or -1 for the file. */
  int partitionColumn(List<String> header) {
    if (partitionBy == null || partitionBy.equalsIgnoreCase("file")) {
      return -1;
    }
    int c = FirstPageFields.standard().dictionary().map(header).column(partitionBy.toUpperCase(Locale.ROOT));
    if (c >= 0) {
      return c;
    }
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).strip().equalsIgnoreCase(partitionBy.strip())) {
        return i;
      }
    }
    throw new UsageException(SparkMessages.of(lang).get("partition.unknown", partitionBy));
  }

  /** The name of the partition column in the outputs. */
  String partitionName() {
    if (partitionBy == null || partitionBy.equalsIgnoreCase("file")) {
      return "file_name";
    }
    return PLAIN.matcher(partitionBy).matches() ? partitionBy : "partition";
  }

  int partitions(SparkSession spark) {
    return partitions > 0 ? partitions : Math.max(1, spark.sparkContext().defaultParallelism());
  }
}
