package org.shutong.firstpage;

import java.io.IOException;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * An append-only byte store with random reads that keeps its first {@code budget} bytes in memory
 * and the rest in a temporary file, so that what a run keeps per record (cross-record keys, record
 * scores) costs a bounded heap however long the input is. The file is created only when the budget
 * is exceeded, in the given directory, opened with {@code DELETE_ON_CLOSE} (on Linux and macOS the
 * JDK unlinks it at once, so nothing is left behind even if the process is killed); it is closed by
 * {@link #close()} or, failing that, when the store becomes unreachable.
 *
 * <p>Appends come from one thread; reads are synchronised so that a finished store (a score list in
 * a {@link CheckResult}) can be read from any thread.
 */
final class SpillBytes implements AutoCloseable {
  /** Makes the exception for a temporary file in {@code dir} that cannot be written or read. */
  interface Failure {
    RuntimeException of(Path dir, IOException e);
  }

  static final int PAGE = 1 << 16;
  private static final int BLOCK = 1 << 13;
  private static final Cleaner CLEANER = Cleaner.create();

  private final Path dir;
  private final int memPages;
  private final Failure failure;
  /** Pages kept in memory, the last one possibly partly filled. */
  private final List<byte[]> pages = new ArrayList<>();
  /** The page being filled once the in-memory pages are used up; written out when full. */
  private byte[] tail;
  private long size;
  private FileChannel file;
  private Cleaner.Cleanable cleanable;
  private final ByteBuffer block = ByteBuffer.allocate(BLOCK);
  private long blockStart = -1;
  private long blockEnd = -1;

  /**
   * A store that keeps up to {@code budget} bytes (rounded down to whole pages) in memory and spills
   * the rest to a temporary file in {@code dir}; {@code failure} makes the exception for a temporary
   * file that cannot be created, written or read.
   */
  SpillBytes(long budget, Path dir, Failure failure) {
    this.memPages = (int) Math.min(Integer.MAX_VALUE, Math.max(0, budget) / PAGE);
    this.dir = dir;
    this.failure = failure;
  }

  /** A store that never spills (for tests and small runs). */
  static SpillBytes inMemory() {
    return new SpillBytes(Long.MAX_VALUE, null, (p, e) -> new IllegalStateException(e));
  }

  /** Bytes appended so far. */
  long size() {
    return size;
  }

  /** Whether part of the store is in a temporary file. */
  boolean spilled() {
    return file != null;
  }

  /** Appends {@code len} bytes of {@code src} from {@code off}. */
  void append(byte[] src, int off, int len) {
    while (len > 0) {
      long p = size / PAGE;
      int o = (int) (size % PAGE);
      byte[] page;
      if (p < memPages) {
        if (p == pages.size()) {
          pages.add(new byte[PAGE]);
        }
        page = pages.get((int) p);
      } else {
        if (tail == null) {
          tail = new byte[PAGE];
        }
        page = tail;
      }
      int n = Math.min(len, PAGE - o);
      System.arraycopy(src, off, page, o, n);
      off += n;
      len -= n;
      size += n;
      if (p >= memPages && o + n == PAGE) {
        writePage(p, tail);
      }
    }
  }

  private synchronized void writePage(long p, byte[] page) {
    try {
      if (file == null) {
        Path f = Files.createTempFile(dir, "shutong-", ".spill");
        try {
          file = FileChannel.open(f, StandardOpenOption.READ, StandardOpenOption.WRITE,
              StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException | RuntimeException e) {
          Files.deleteIfExists(f);
          throw e;
        }
        cleanable = CLEANER.register(this, new Closer(file));
      }
      ByteBuffer bb = ByteBuffer.wrap(page);
      long at = (p - memPages) * PAGE;
      while (bb.hasRemaining()) {
        at += file.write(bb, at);
      }
    } catch (IOException e) {
      throw failure.of(dir, e);
    }
  }

  /** Reads {@code len} bytes at {@code pos} (which must lie within {@link #size()}) into {@code dst}. */
  synchronized void read(long pos, byte[] dst, int off, int len) {
    if (pos < 0 || len < 0 || pos + len > size) {
      throw new IndexOutOfBoundsException("read " + len + " at " + pos + " of " + size);
    }
    while (len > 0) {
      long p = pos / PAGE;
      int o = (int) (pos % PAGE);
      int n = Math.min(len, PAGE - o);
      if (p < memPages) {
        System.arraycopy(pages.get((int) p), o, dst, off, n);
      } else if (p == size / PAGE) {
        System.arraycopy(tail, o, dst, off, n);
      } else {
        n = fromFile((p - memPages) * PAGE + o, dst, off, n);
      }
      pos += n;
      off += n;
      len -= n;
    }
  }

  /** Copies up to {@code len} bytes at file position {@code at} through the read block; returns how many. */
  private int fromFile(long at, byte[] dst, int off, int len) {
    if (at < blockStart || at >= blockEnd) {
      blockStart = at - at % BLOCK;
      block.clear();
      try {
        while (block.hasRemaining()) {
          int r = file.read(block, blockStart + block.position());
          if (r < 0) {
            break;
          }
        }
      } catch (IOException e) {
        blockStart = -1;
        blockEnd = -1;
        throw failure.of(dir, e);
      }
      blockEnd = blockStart + block.position();
      if (at >= blockEnd) {
        throw failure.of(dir, new IOException("temporary file ended early"));
      }
    }
    int n = (int) Math.min(len, blockEnd - at);
    System.arraycopy(block.array(), (int) (at - blockStart), dst, off, n);
    return n;
  }

  /** Frees the memory and deletes the temporary file; the store cannot be used afterwards. */
  @Override
  public synchronized void close() {
    pages.clear();
    tail = null;
    if (cleanable != null) {
      cleanable.clean();
      cleanable = null;
    }
    file = null;
  }

  /** Closes the temporary file (and so deletes it) without referring to the store. */
  private record Closer(FileChannel channel) implements Runnable {
    @Override
    public void run() {
      try {
        channel.close();
      } catch (IOException e) {
        // nothing more to do: the file was opened DELETE_ON_CLOSE and the process goes on
      }
    }
  }
}
