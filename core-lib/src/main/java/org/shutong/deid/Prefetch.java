package org.shutong.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import org.shutong.io.Row;
import org.shutong.io.TableReader;

/**
 * Parses a table on a second thread, a batch of rows at a time, while the caller transforms and
 * writes: on two cores the parse overlaps the keyed hashing. Errors of the reader (an unreadable
 * file) are rethrown to the caller; closing stops the reader. Single consumer.
 */
final class Prefetch implements AutoCloseable {
  private static final int BATCH = 512;
  private static final List<Row> END = new ArrayList<>();

  private final BlockingQueue<List<Row>> queue = new ArrayBlockingQueue<>(16);
  private final Thread thread;
  private volatile RuntimeException failure;
  private volatile boolean stop;
  private List<Row> batch = List.of();
  private int pos;
  private boolean done;

  Prefetch(TableReader reader) {
    thread = new Thread(() -> {
      try {
        List<Row> b = new ArrayList<>(BATCH);
        while (!stop && reader.hasNext()) {
          b.add(reader.next());
          if (b.size() == BATCH) {
            queue.put(b);
            b = new ArrayList<>(BATCH);
          }
        }
        if (!b.isEmpty() && !stop) {
          queue.put(b);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        failure = e;
      } finally {
        try {
          queue.put(END);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }, "shutong-deid-reader");
    thread.setDaemon(true);
    thread.start();
  }

  boolean hasNext() {
    if (pos < batch.size()) {
      return true;
    }
    if (done) {
      return false;
    }
    try {
      batch = queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted");
    }
    pos = 0;
    if (batch == END) {
      done = true;
      batch = List.of();
      if (failure != null) {
        throw failure;
      }
      return false;
    }
    return true;
  }

  Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return batch.get(pos++);
  }

  @Override
  public void close() {
    stop = true;
    queue.clear();
    thread.interrupt();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
