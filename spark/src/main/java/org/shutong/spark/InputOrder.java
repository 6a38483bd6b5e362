package org.shutong.spark;

import java.io.Serializable;
import java.util.Comparator;
import org.apache.spark.Partitioner;

/**
 * Spreads the records of few, large files over many partitions while keeping input order: file
 * {@code f}'s records go in {@code chunks[f]} consecutive partitions of about {@code chunkSize[f]}
 * records each, so that partition {@code i} holds records that all come before partition
 * {@code i + 1}'s. With {@code repartitionAndSortWithinPartitions} this is a range partitioning
 * without Spark's sampling pass (which would read the input twice); the sizes come from an estimate
 * of each file's records and only balance the work, never its result.
 */
final class InputOrder extends Partitioner {
  private static final long serialVersionUID = 1L;
  private final int[] offset;
  private final int[] chunks;
  private final long[] chunkSize;
  private final int total;

  /**
   * A record's place: the file's index in the run and the record's number in the file. A class, not
   * a record: Spark's Kryo cannot serialise Java records.
   */
  static final class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int file;
    private final long record;

    Key(int file, long record) {
      this.file = file;
      this.record = record;
    }

    int file() {
      return file;
    }

    long record() {
      return record;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.file == file && k.record == record;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(record) * 31 + file;
    }
  }

  /** Input order. */
  static final class Order implements Comparator<Key>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(Key a, Key b) {
      int c = Integer.compare(a.file(), b.file());
      return c != 0 ? c : Long.compare(a.record(), b.record());
    }
  }

  /**
   * @param estimated each file's estimated number of records
   * @param partitions the partitions wanted in all
   */
  InputOrder(long[] estimated, int partitions) {
    int n = estimated.length;
    offset = new int[n];
    chunks = new int[n];
    chunkSize = new long[n];
    long sum = 0;
    for (long e : estimated) {
      sum += Math.max(1, e);
    }
    int t = 0;
    for (int f = 0; f < n; f++) {
      long e = Math.max(1, estimated[f]);
      chunks[f] = (int) Math.max(1, Math.min(Integer.MAX_VALUE / (2L * n), Math.round((double) partitions * e / sum)));
      chunkSize[f] = Math.max(1, (e + chunks[f] - 1) / chunks[f]);
      offset[f] = t;
      t += chunks[f];
    }
    total = t;
  }

  @Override
  public int numPartitions() {
    return total;
  }

  @Override
  public int getPartition(Object key) {
    Key k = (Key) key;
    long c = Math.max(0, k.record() - 1) / chunkSize[k.file()];
    return offset[k.file()] + (int) Math.min(c, chunks[k.file()] - 1);
  }
}
