package org.shutong.firstpage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.shutong.io.ReadOptions;
import org.shutong.io.Row;
import org.shutong.io.TableReader;
import org.shutong.io.TableInput;
import org.shutong.report.Finding;
import org.shutong.report.InputSummary;

/**
 * Reads an input (file or database) on a second thread and hands batches of rows (with the reader's problems, in file
 * order) to the checking thread through a small bounded queue: memory stays bounded by the queue,
 * and the findings come out in the same order as without the second thread.
 */
final class Pipeline {
  private static final int BATCH = 256;
  private static final int QUEUE = 8;

  /** A run of rows and the reader problems met while reading them (problem i comes before row at[i]). */
  private static final class Batch {
    final List<Prechecked> rows = new ArrayList<>(BATCH);
    final List<Finding> problems = new ArrayList<>(0);
    final List<Integer> at = new ArrayList<>(0);
    RuntimeException failure;
    boolean last;
  }

  private Pipeline() {}

  static InputSummary run(FirstPageChecker.Run run, TableInput input, ReadOptions options,
      FirstPageChecker.Run.Listener listener) {
    BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUE);
    Batch[] current = {new Batch()};
    ReadOptions threaded = options.withProblems(f -> {
      Batch b = current[0];
      b.problems.add(f);
      b.at.add(b.rows.size());
    });
    TableReader reader = input.open(threaded);
    try {
      run.begin(reader.source().name(), run.checker().fields().dictionary().map(reader.header()));
      listener.opened(reader);
      FirstPageChecker.Run.FieldChecks checks = run.fieldChecks();
      Thread t = new Thread(() -> produce(reader, checks, queue, current), "shutong-reader");
      t.setDaemon(true);
      t.start();
      try {
        consume(run, queue, options, listener);
      } finally {
        t.interrupt();
        queue.clear();
        try {
          t.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return new InputSummary(input.name(), reader.recordsRead(), reader.source().encodingName());
    } finally {
      reader.close();
    }
  }

  private static void produce(TableReader reader, FirstPageChecker.Run.FieldChecks checks,
      BlockingQueue<Batch> queue, Batch[] current) {
    try {
      while (reader.hasNext()) {
        Row row = reader.next();
        Batch b = current[0];
        b.rows.add(checks.check(row));
        if (b.rows.size() == BATCH) {
          current[0] = new Batch();
          queue.put(b);
        }
      }
      Batch b = current[0];
      b.last = true;
      queue.put(b);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      Batch b = new Batch();
      b.failure = e;
      b.last = true;
      try {
        queue.put(b);
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void consume(FirstPageChecker.Run run, BlockingQueue<Batch> queue, ReadOptions options,
      FirstPageChecker.Run.Listener listener) {
    while (true) {
      Batch b;
      try {
        b = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while checking", e);
      }
      int p = 0;
      for (int i = 0; i < b.rows.size(); i++) {
        while (p < b.problems.size() && b.at.get(p) <= i) {
          options.problems().accept(b.problems.get(p++));
        }
        run.record(b.rows.get(i));
        listener.checked();
      }
      while (p < b.problems.size()) {
        options.problems().accept(b.problems.get(p++));
      }
      if (b.failure != null) {
        throw b.failure;
      }
      if (b.last) {
        return;
      }
    }
  }
}
