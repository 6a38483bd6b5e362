package org.shutong.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shutong.io.InputException;
import org.shutong.io.Row;
import org.shutong.io.TableReader;
import org.shutong.io.TableSource;

class ParallelRowsTest {
  private static final String NAME = "parallel-rows-test";

  /** Rows "0", "1", … of one column; throws {@code failure} instead of row {@code failAt}. */
  private static final class Numbers implements TableReader {
    private final int n;
    private final int failAt;
    private final RuntimeException failure;
    private int next;

    Numbers(int n, int failAt, RuntimeException failure) {
      this.n = n;
      this.failAt = failAt;
      this.failure = failure;
    }

    @Override
    public TableSource source() {
      return new TableSource(null, "numbers", null, null, null);
    }

    @Override
    public List<String> header() {
      return List.of("n");
    }

    @Override
    public long recordsRead() {
      return next;
    }

    @Override
    public boolean hasNext() {
      return next < n;
    }

    @Override
    public Row next() {
      if (next >= n) {
        throw new NoSuchElementException();
      }
      if (next == failAt) {
        throw failure;
      }
      next++;
      return new Row("numbers", next, next + 1, new String[] {Integer.toString(next - 1)});
    }

    @Override
    public void close() {}
  }

  /** The batch's values joined, after a pause that varies by batch so that batches finish out of order. */
  private static Function<List<Row>, String> joiner(Function<Integer, RuntimeException> failOn) {
    return rows -> {
      int first = Integer.parseInt(rows.get(0).get(0));
      RuntimeException e = failOn.apply(first);
      if (e != null) {
        throw e;
      }
      LockSupport.parkNanos(((first * 7919L) % 5) * 200_000L);
      StringBuilder sb = new StringBuilder();
      for (Row r : rows) {
        sb.append(r.get(0)).append(' ');
      }
      return sb.toString();
    };
  }

  private static List<Function<List<Row>, String>> workers(int n, Function<Integer, RuntimeException> failOn) {
    List<Function<List<Row>, String>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(joiner(failOn));
    }
    return out;
  }

  private static String expected(int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      sb.append(i).append(' ');
    }
    return sb.toString();
  }

  static List<Thread> live(String prefix) {
    List<Thread> out = new ArrayList<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().startsWith(prefix) && t.isAlive()) {
        out.add(t);
      }
    }
    return out;
  }

  @AfterEach
  void noThreadIsLeft() {
    assertEquals(List.of(), live(NAME), "threads left after close");
  }

  @Test
  void batchesComeBackInInputOrderForAnyNumberOfWorkers() {
    for (int workers : new int[] {1, 2, 5}) {
      for (int batch : new int[] {1, 3, 100}) {
        StringBuilder all = new StringBuilder();
        int batches = 0;
        try (ParallelRows<String> p = new ParallelRows<>(new Numbers(1000, -1, null), batch, workers(workers, i -> null),
            NAME)) {
          String s;
          while ((s = p.next()) != null) {
            all.append(s);
            batches++;
          }
          assertNull(p.next(), "still the end");
        }
        assertEquals(expected(0, 1000), all.toString(), workers + " workers, batches of " + batch);
        assertEquals((1000 + batch - 1) / batch, batches);
      }
    }
  }

  @Test
  void anEmptyTableGivesNoBatch() {
    try (ParallelRows<String> p = new ParallelRows<>(new Numbers(0, -1, null), 10, workers(2, i -> null), NAME)) {
      assertNull(p.next());
    }
  }

  @Test
  void aReadFailureComesAfterTheBatchesBeforeIt() {
    InputException bad = new InputException("in.csv", 251, 0, "in.csv line 251: cannot be decoded", null);
    StringBuilder seen = new StringBuilder();
    try (ParallelRows<String> p = new ParallelRows<>(new Numbers(1000, 250, bad), 10, workers(3, i -> null), NAME)) {
      InputException e = assertThrows(InputException.class, () -> {
        String s;
        while ((s = p.next()) != null) {
          seen.append(s);
        }
      });
      assertSame(bad, e);
      assertNull(p.next(), "nothing after the failure");
    }
    assertEquals(expected(0, 250), seen.toString());
  }

  @Test
  void aWorkerFailureComesInItsPlaceAndStopsTheRest() {
    IllegalStateException boom = new IllegalStateException("boom");
    StringBuilder seen = new StringBuilder();
    try (ParallelRows<String> p = new ParallelRows<>(new Numbers(100_000, -1, null), 10,
        workers(3, first -> first == 500 ? boom : null), NAME)) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
        String s;
        while ((s = p.next()) != null) {
          seen.append(s);
        }
      });
      assertSame(boom, e);
    }
    assertEquals(expected(0, 500), seen.toString());
  }

  @Test
  void anErrorInAWorkerIsRethrownAsItIs() {
    StackOverflowError deep = new StackOverflowError("deep");
    try (ParallelRows<String> p = new ParallelRows<>(new Numbers(100, -1, null), 10,
        workers(2, first -> {
          if (first == 0) {
            throw deep;
          }
          return null;
        }), NAME)) {
      assertSame(deep, assertThrows(StackOverflowError.class, p::next));
    }
  }

  @Test
  void closingBeforeTheEndStopsEveryThread() {
    // the reader fills the queue and blocks; the workers wait for work
    try (ParallelRows<String> p = new ParallelRows<>(new Numbers(1_000_000, -1, null), 5, workers(2, i -> null),
        NAME)) {
      assertEquals(expected(0, 5), p.next());
      assertTrue(live(NAME).size() >= 2);
    }
  }

  @Test
  void anInterruptWhileWaitingIsACancellationAndKeepsTheStatus() throws InterruptedException {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch never = new CountDownLatch(1);
    Function<List<Row>, String> stuck = rows -> {
      entered.countDown();
      try {
        never.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return "";
    };
    try (ParallelRows<String> p = new ParallelRows<>(new Numbers(10, -1, null), 10, List.of(stuck), NAME)) {
      assertTrue(entered.await(30, TimeUnit.SECONDS));
      Thread.currentThread().interrupt();
      assertThrows(ParallelRows.Interrupted.class, p::next);
      assertTrue(Thread.currentThread().isInterrupted(), "status kept after next");
    } finally {
      assertTrue(Thread.interrupted(), "status kept after close");
    }
  }
}
