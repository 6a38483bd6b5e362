package org.shutong.spark;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;

/**
 * The output rows of a job's per-partition work, made lazily: a subclass consumes its input rows one
 * at a time ({@link #step}), adding the rows it makes to {@link #queue}, and may add closing rows
 * once the input is exhausted ({@link #finish()}, e.g. the partition's counts). Only as much input is
 * read as the consumer asks for.
 */
abstract class PartitionRows implements Iterator<Row> {
  /** Rows made and not yet returned. */
  final ArrayDeque<Row> queue = new ArrayDeque<>();
  private final Iterator<Row> in;
  private boolean done;

  PartitionRows(Iterator<Row> in) {
    this.in = in;
  }

  /** Consumes one input row, adding the rows it makes (if any). */
  abstract void step(Row r);

  /** Adds the rows that follow the last input; nothing by default. */
  void finish() {}

  @Override
  public final boolean hasNext() {
    while (queue.isEmpty() && !done) {
      if (in.hasNext()) {
        step(in.next());
      } else {
        done = true;
        finish();
      }
    }
    return !queue.isEmpty();
  }

  @Override
  public final Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return queue.poll();
  }
}
