package org.shutong.conformance;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Sorts fixed-width tuples of longs in bounded memory: up to {@code bufferTuples} tuples are sorted
 * in memory; beyond that each full buffer is sorted and written to a temporary file (a run), and the
 * runs are merged at the end. Tuples are ordered by field 0, then by field {@code tieField}. Used for
 * duplicate detection over files of any length; the temporary files are deleted when done.
 */
final class TupleSorter implements AutoCloseable {
  /** Receives tuples in order. The array is reused between calls. */
  interface Consumer {
    void accept(long[] tuple);
  }

  private final int width;
  private final int tieField;
  private final int bufferTuples;
  private final Path tempDir;
  private long[] buf;
  private int count;
  private final List<Path> runs = new ArrayList<>();
  private long total;

  TupleSorter(int width, int tieField, int bufferTuples, Path tempDir) {
    this.width = width;
    this.tieField = tieField;
    this.bufferTuples = bufferTuples;
    this.tempDir = tempDir;
    this.buf = new long[Math.min(bufferTuples, 1 << 16) * width];
  }

  void add(long a, long b, long c) {
    ensure();
    int o = count * width;
    buf[o] = a;
    buf[o + 1] = b;
    buf[o + 2] = c;
    count++;
    total++;
  }

  void add(long a, long b, long c, long d) {
    ensure();
    int o = count * width;
    buf[o] = a;
    buf[o + 1] = b;
    buf[o + 2] = c;
    buf[o + 3] = d;
    count++;
    total++;
  }

  private void ensure() {
    if (count * width == buf.length) {
      if (count >= bufferTuples) {
        spill();
      } else {
        buf = java.util.Arrays.copyOf(buf, Math.min(bufferTuples, count * 4) * width);
      }
    }
  }

  /** Tuples added. */
  long size() {
    return total;
  }

  /** Runs written to disk so far (0 when everything fit in memory). */
  int spilledRuns() {
    return runs.size();
  }

  private void spill() {
    sort(0, count - 1);
    try {
      Path p = Files.createTempFile(tempDir, "shutong-dup-", ".run");
      runs.add(p);
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(p), 1 << 16))) {
        for (int i = 0; i < count * width; i++) {
          out.writeLong(buf[i]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a temporary file in " + tempDir + ": " + e.getMessage(), e);
    }
    count = 0;
  }

  /**
   * Feeds the tuples to {@code consumer} in order (field 0, then the tie field). Tuples whose field 0
   * no other tuple shares may be left out: duplicate detection needs only the repeated ones, and in
   * memory they are found with a primitive sort of field 0 alone, without moving whole tuples.
   */
  void forEachRepeated(Consumer consumer) {
    if (runs.isEmpty()) {
      repeatedInMemory(consumer);
      return;
    }
    if (count > 0) {
      spill();
    }
    buf = new long[0];
    PriorityQueue<Run> pq = new PriorityQueue<>((x, y) -> compare(x.current, 0, y.current, 0));
    List<Run> open = new ArrayList<>();
    try {
      for (Path p : runs) {
        Run r = new Run(p);
        open.add(r);
        if (r.next()) {
          pq.add(r);
        }
      }
      while (!pq.isEmpty()) {
        Run r = pq.poll();
        consumer.accept(r.current);
        if (r.next()) {
          pq.add(r);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      for (Run r : open) {
        r.close();
      }
    }
  }

  private void repeatedInMemory(Consumer consumer) {
    long[] keys = new long[count];
    for (int i = 0; i < count; i++) {
      keys[i] = buf[i * width];
    }
    java.util.Arrays.sort(keys);
    LongHashSet repeated = new LongHashSet(16);
    int groups = 0;
    for (int i = 1; i < count; i++) {
      if (keys[i] == keys[i - 1] && repeated.add(keys[i])) {
        groups++;
      }
    }
    if (groups == 0) {
      return;
    }
    // the repeated tuples, in insertion order (ascending tie field), then sorted by field 0: a stable order
    int n = 0;
    int[] idx = new int[Math.min(count, 1 << 16)];
    for (int i = 0; i < count; i++) {
      if (repeated.contains(buf[i * width])) {
        if (n == idx.length) {
          idx = java.util.Arrays.copyOf(idx, n * 2);
        }
        idx[n++] = i;
      }
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = idx[i];
    }
    java.util.Arrays.sort(order, (a, b) -> compare(buf, a * width, buf, b * width));
    long[] t = new long[width];
    for (Integer i : order) {
      System.arraycopy(buf, i * width, t, 0, width);
      consumer.accept(t);
    }
  }

  private final class Run {
    final DataInputStream in;
    final long[] current = new long[width];

    Run(Path p) throws IOException {
      in = new DataInputStream(new BufferedInputStream(Files.newInputStream(p), 1 << 16));
    }

    boolean next() throws IOException {
      try {
        for (int i = 0; i < width; i++) {
          current[i] = in.readLong();
        }
        return true;
      } catch (EOFException e) {
        return false;
      }
    }

    void close() {
      try {
        in.close();
      } catch (IOException ignored) {
        // a read-only temporary file; deleted below
      }
    }
  }

  private int compare(long[] a, int ao, long[] b, int bo) {
    int c = Long.compare(a[ao], b[bo]);
    return c != 0 ? c : Long.compare(a[ao + tieField], b[bo + tieField]);
  }

  private void sort(int lo, int hi) {
    while (lo < hi) {
      if (hi - lo < 16) {
        for (int i = lo + 1; i <= hi; i++) {
          for (int j = i; j > lo && compare(buf, j * width, buf, (j - 1) * width) < 0; j--) {
            swap(j, j - 1);
          }
        }
        return;
      }
      int mid = (lo + hi) >>> 1;
      swap(mid, hi);
      int p = lo;
      for (int i = lo; i < hi; i++) {
        if (compare(buf, i * width, buf, hi * width) < 0) {
          swap(i, p++);
        }
      }
      swap(p, hi);
      if (p - lo < hi - p) {
        sort(lo, p - 1);
        lo = p + 1;
      } else {
        sort(p + 1, hi);
        hi = p - 1;
      }
    }
  }

  private void swap(int i, int j) {
    if (i == j) {
      return;
    }
    int a = i * width;
    int b = j * width;
    for (int k = 0; k < width; k++) {
      long t = buf[a + k];
      buf[a + k] = buf[b + k];
      buf[b + k] = t;
    }
  }

  @Override
  public void close() {
    for (Path p : runs) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // best effort: the OS cleans its temporary directory
      }
    }
    runs.clear();
  }
}
