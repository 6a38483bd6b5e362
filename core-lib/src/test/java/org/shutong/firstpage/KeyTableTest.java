package org.shutong.firstpage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cross-record key table gives exactly the ids a {@code HashMap<String, Integer>} would: with
 * the real hash, with every key forced onto the same fingerprint (so that only the byte-for-byte
 * confirmation tells keys apart), and with the keys spilled to a temporary file from the first page.
 */
class KeyTableTest {
  private static final SpillBytes.Failure FAIL = (dir, e) -> new UncheckedIOException(e);

  /** Keys like the cross-record rules build: 组织机构代码, 病案号 and 住院次数 joined by U+0001, repeats included. */
  private static String[] keys(int n, long seed) {
    Random r = new Random(seed);
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      if (i > 0 && r.nextInt(10) == 0) {
        out[i] = out[r.nextInt(i)];
        continue;
      }
      String org = r.nextBoolean() ? "12440000455858247T" : "45585824-7";
      String caseNo = Integer.toString(r.nextInt(n));
      String count = Integer.toString(1 + r.nextInt(3));
      out[i] = switch (r.nextInt(20)) {
        case 0 -> "";
        case 1 -> "\u0001\u0001";
        case 2 -> "病案" + caseNo + "\u0001住院" + count + "\uD83D\uDE00";
        case 3 -> caseNo + "\uD800";
        default -> org + "\u0001" + caseNo + "\u0001" + count;
      };
    }
    return out;
  }

  private static void assertSameIdsAsHashMap(KeyTable t, String[] keys) {
    Map<String, Integer> ref = new HashMap<>();
    for (String k : keys) {
      Integer expected = ref.get(k);
      int id = t.id(k);
      if (expected == null) {
        assertTrue(t.added(), "new key not added: " + k);
        assertEquals(ref.size(), id, "ids are dense, in order of first sight");
        ref.put(k, id);
      } else {
        assertFalse(t.added(), "repeated key added again: " + k);
        assertEquals(expected, id, k);
      }
    }
    assertEquals(ref.size(), t.size());
    ref.forEach((k, id) -> assertEquals(k, t.key(id)));
  }

  @Test
  void idsAreThoseOfAHashMap() {
    try (KeyTable t = new KeyTable()) {
      assertSameIdsAsHashMap(t, keys(50_000, 1));
      assertFalse(t.spilled());
    }
  }

  @Test
  void keysWithTheSameFingerprintStayDistinct() {
    try (KeyTable t = new KeyTable(SpillBytes.inMemory(), (key, len) -> 42L)) {
      String[] keys = keys(2_000, 2);
      assertSameIdsAsHashMap(t, keys);
      assertTrue(t.confirmations() > t.size(), "every lookup had to confirm: " + t.confirmations());
    }
    // fingerprints equal for keys of equal length: "ab" and "ba", "病案" and "案病" must not merge
    try (KeyTable t = new KeyTable(SpillBytes.inMemory(), (key, len) -> len)) {
      assertSameIdsAsHashMap(t, new String[] {"ab", "ba", "ab", "病案", "案病", "a\u0001b", "ab\u0001", "ba"});
    }
  }

  @Test
  void keysSpilledToATemporaryFileGiveTheSameIds(@TempDir Path dir) throws IOException {
    String[] keys = keys(200_000, 3);
    try (KeyTable t = new KeyTable(new SpillBytes(0, dir, FAIL), KeyTable.FNV_MIX)) {
      assertSameIdsAsHashMap(t, keys);
      assertTrue(t.spilled(), "a budget of 0 spills from the first full page");
    }
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(0, left.count(), "the temporary file is gone once the table is closed");
    }
    // spilled and colliding at once: every confirmation reads a key back from the file
    try (KeyTable t = new KeyTable(new SpillBytes(SpillBytes.PAGE, dir, FAIL), (key, len) -> len % 7)) {
      assertSameIdsAsHashMap(t, keys(12_000, 4));
      assertTrue(t.spilled());
    }
  }
}
