package org.shutong.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import org.shutong.io.Row;
import org.shutong.io.TableReader;

/**
 * Reads a table on one thread, transforms batches of its rows on worker threads and hands the
 * results back to the single consumer in input order:
 *
 * <pre>
 * reader thread ─ batches ─▶ work queue ─▶ N workers ─┐
 *        └──────────────▶ in-order queue ─────────────┴─▶ consumer (caller's thread): next()
 * </pre>
 *
 * <p>Memory stays bounded: the reader puts each batch in the in-order queue (capacity
 * {@code 2 × workers + 2}) before handing it to the workers and blocks while that queue is full, so
 * at most that many batches are read and not yet consumed. A failure of the reader (an unreadable
 * file) or of a worker (any exception or error in a transformation) is rethrown by {@link #next()}
 * in its place in the order, after the batches before it; {@link #close()} stops and joins every
 * thread, whatever state they are in, so nothing hangs. An interrupt of the consumer while it waits
 * becomes a {@link CancellationException} with the interrupt status kept.
 *
 * @param <R> what a worker makes of a batch
 */
final class ParallelRows<R> implements AutoCloseable {
  /** Longest a thread is waited for on close; they are daemons and stop at their next batch. */
  private static final long JOIN_MILLIS = 10_000;

  /** The consumer was interrupted while waiting for a batch (its interrupt status is kept). */
  static final class Interrupted extends CancellationException {
    private static final long serialVersionUID = 1L;

    Interrupted() {
      super("interrupted while waiting for a batch");
    }
  }

  /** A batch of rows and, once done, its result or failure. */
  private static final class Batch<R> {
    final List<Row> rows;
    final CountDownLatch done = new CountDownLatch(1);
    volatile R result;
    volatile Throwable failure;
    final boolean end;

    Batch(List<Row> rows, boolean end) {
      this.rows = rows;
      this.end = end;
    }
  }

  private final BlockingQueue<Batch<R>> ordered;
  private final BlockingQueue<Batch<R>> work = new LinkedBlockingQueue<>();
  private final Thread reader;
  private final List<Thread> workers = new ArrayList<>();
  private volatile boolean stop;
  private boolean finished;

  /**
   * Starts the threads.
   *
   * @param source the table to read (read on the reader thread only)
   * @param batchSize rows per batch
   * @param functions one function per worker thread, each used by that thread only
   * @param name prefix of the threads' names
   */
  ParallelRows(TableReader source, int batchSize, List<Function<List<Row>, R>> functions, String name) {
    if (batchSize < 1 || functions.isEmpty()) {
      throw new IllegalArgumentException("batchSize >= 1 and at least one worker");
    }
    this.ordered = new ArrayBlockingQueue<>(2 * functions.size() + 2);
    for (int i = 0; i < functions.size(); i++) {
      Function<List<Row>, R> f = functions.get(i);
      Thread t = new Thread(() -> work(f), name + "-worker-" + (i + 1));
      t.setDaemon(true);
      workers.add(t);
    }
    reader = new Thread(() -> read(source, batchSize), name + "-reader");
    reader.setDaemon(true);
    try {
      for (Thread t : workers) {
        t.start();
      }
      reader.start();
    } catch (RuntimeException | Error e) { // no thread left behind when one cannot start
      close();
      throw e;
    }
  }

  private void read(TableReader source, int batchSize) {
    try {
      List<Row> b = new ArrayList<>(batchSize);
      while (!stop && source.hasNext()) {
        b.add(source.next());
        if (b.size() == batchSize) {
          submit(b);
          b = new ArrayList<>(batchSize);
        }
      }
      if (!b.isEmpty()) {
        submit(b);
      }
      finish(null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Throwable e) { // reported to the consumer in its place, whatever it is
      if (!stop) {
        try {
          finish(e);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  private void submit(List<Row> rows) throws InterruptedException {
    Batch<R> b = new Batch<>(rows, false);
    ordered.put(b);
    work.put(b);
  }

  /** Ends the order: the end of the table, or the reader's failure. */
  private void finish(Throwable failure) throws InterruptedException {
    Batch<R> b = new Batch<>(List.of(), true);
    b.failure = failure;
    b.done.countDown();
    ordered.put(b);
  }

  private void work(Function<List<Row>, R> f) {
    try {
      while (!stop) {
        Batch<R> b = work.take();
        try {
          b.result = f.apply(b.rows);
        } catch (Throwable e) { // handed to the consumer, which rethrows it in order
          b.failure = e;
        }
        b.done.countDown();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The result of the next batch in input order (with its rows), or {@code null} after the last.
   *
   * @throws Interrupted if this thread is interrupted while waiting
   * @throws RuntimeException the reader's or a worker's failure, as thrown (errors likewise)
   */
  R next() {
    if (finished) {
      return null;
    }
    Batch<R> b;
    try {
      b = ordered.take();
      b.done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Interrupted();
    }
    Throwable f = b.failure;
    if (f != null) {
      finished = true;
      if (f instanceof RuntimeException re) {
        throw re;
      }
      if (f instanceof Error er) {
        throw er;
      }
      throw new IllegalStateException(f);
    }
    if (b.end) {
      finished = true;
      return null;
    }
    return b.result;
  }

  /**
   * Stops and joins the threads; batches not consumed are dropped. The caller's interrupt status is
   * kept (and does not cut the joins short).
   */
  @Override
  public void close() {
    stop = true;
    reader.interrupt();
    for (Thread t : workers) {
      t.interrupt();
    }
    boolean interrupted = Thread.interrupted();
    List<Thread> all = new ArrayList<>(workers);
    all.add(reader);
    for (Thread t : all) {
      try {
        if (t.getState() != Thread.State.NEW) {
          t.join(JOIN_MILLIS);
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    ordered.clear();
    work.clear();
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
