package org.shutong.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The rows of one Parquet file in {@link SparkInput}'s layout: values cast to strings by Spark
 * ({@code date} {@code yyyy-MM-dd}, {@code timestamp} {@code yyyy-MM-dd HH:mm:ss}, {@code null} empty),
 * records numbered by position unless the file carries {@code shutong_record} and {@code shutong_line}.
 */
final class ParquetRows {
  private ParquetRows() {}

  static JavaRDD<Row> read(SparkSession spark, String file, int index, List<String> header) {
    Dataset<Row> d = spark.read().parquet(file);
    List<String> names = List.of(d.schema().fieldNames());
    boolean placed = names.stream().anyMatch(n -> n.equalsIgnoreCase("shutong_record"))
        && names.stream().anyMatch(n -> n.equalsIgnoreCase("shutong_line"));
    List<Column> cols = new ArrayList<>();
    cols.add(placed ? functions.col("shutong_record").cast("long") : functions.lit(0L));
    cols.add(placed ? functions.col("shutong_line").cast("long") : functions.lit(0L));
    for (String h : header) {
      cols.add(functions.col("`" + h.replace("`", "``") + "`").cast("string"));
    }
    int width = header.size();
    int before = SparkInput.PLACE.size();
    JavaRDD<Row> rdd = d.select(cols.toArray(Column[]::new)).toJavaRDD().zipWithIndex().map(t -> {
      Row r = t._1();
      long record = placed ? r.getLong(0) : t._2() + 1;
      long line = placed ? r.getLong(1) : record;
      Object[] v = new Object[before + width];
      v[0] = SparkInput.RECORD;
      v[1] = file;
      v[2] = index;
      v[3] = record;
      v[4] = line;
      for (int i = 0; i < width; i++) {
        Object x = r.get(2 + i);
        v[before + i] = x == null ? "" : x.toString();
      }
      return RowFactory.create(v);
    });
    Object[] end = new Object[before + width];
    end[0] = SparkInput.FILE_END;
    end[1] = file;
    end[2] = index;
    end[3] = Long.MAX_VALUE;
    end[4] = d.count();
    JavaRDD<Row> ends = org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext())
        .parallelize(List.of(RowFactory.create(end)), 1);
    return rdd.union(ends);
  }
}
