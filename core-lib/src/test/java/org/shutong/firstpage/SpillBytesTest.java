package org.shutong.firstpage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spilling byte store reads back exactly what was appended, in memory, on disk and across both. */
class SpillBytesTest {
  private static final SpillBytes.Failure FAIL = (dir, e) -> new UncheckedIOException(dir.toString(), e);

  private static byte[] fill(SpillBytes s, int total, long seed) {
    Random r = new Random(seed);
    byte[] all = new byte[total];
    r.nextBytes(all);
    int at = 0;
    while (at < total) {
      int n = Math.min(total - at, 1 + r.nextInt(3 * SpillBytes.PAGE / 2));
      s.append(all, at, n);
      at += n;
    }
    assertEquals(total, s.size());
    return all;
  }

  private static void assertReadsBack(SpillBytes s, byte[] all, long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < 2_000; i++) {
      int from = r.nextInt(all.length);
      int n = Math.min(all.length - from, r.nextInt(2 * SpillBytes.PAGE));
      byte[] got = new byte[n + 3];
      s.read(from, got, 3, n);
      assertArrayEquals(Arrays.copyOfRange(all, from, from + n), Arrays.copyOfRange(got, 3, n + 3),
          "bytes " + from + "+" + n);
    }
    byte[] whole = new byte[all.length];
    s.read(0, whole, 0, all.length);
    assertArrayEquals(all, whole);
  }

  @Test
  void withinTheBudgetNothingGoesToDisk(@TempDir Path dir) throws IOException {
    try (SpillBytes s = new SpillBytes(4L * SpillBytes.PAGE, dir, FAIL)) {
      byte[] all = fill(s, 4 * SpillBytes.PAGE, 1);
      assertFalse(s.spilled());
      assertReadsBack(s, all, 2);
      try (Stream<Path> files = Files.list(dir)) {
        assertEquals(0, files.count());
      }
    }
  }

  @Test
  void beyondTheBudgetTheRestIsOnDiskAndReadsBackExactly(@TempDir Path dir) throws IOException {
    try (SpillBytes s = new SpillBytes(2L * SpillBytes.PAGE + 100, dir, FAIL)) {
      byte[] all = fill(s, 9 * SpillBytes.PAGE + 777, 3);
      assertTrue(s.spilled());
      assertReadsBack(s, all, 4);
      // appending after reads (the tail page is in memory, older pages on disk)
      byte[] more = {1, 2, 3};
      s.append(more, 0, 3);
      byte[] got = new byte[3];
      s.read(s.size() - 3, got, 0, 3);
      assertArrayEquals(more, got);
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(0, files.count(), "the temporary file is deleted");
    }
  }

  @Test
  void readsOutsideWhatWasWrittenAreRefused() {
    try (SpillBytes s = SpillBytes.inMemory()) {
      s.append(new byte[10], 0, 10);
      byte[] b = new byte[4];
      assertThrows(IndexOutOfBoundsException.class, () -> s.read(8, b, 0, 4));
      assertThrows(IndexOutOfBoundsException.class, () -> s.read(-1, b, 0, 1));
    }
  }

  @Test
  void aDirectoryThatCannotHoldTheFileFailsWithTheCallersException(@TempDir Path dir) {
    Path missing = dir.resolve("no-such-dir");
    try (SpillBytes s = new SpillBytes(0, missing, FAIL)) {
      byte[] page = new byte[SpillBytes.PAGE];
      UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> s.append(page, 0, page.length));
      assertTrue(e.getMessage().startsWith(missing.toString()), e.getMessage());
    }
  }
}
