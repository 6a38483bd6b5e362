package org.shutong.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CardIdSetTest {
  @Test
  void behavesLikeAMapOfFirstOccurrencesThroughGrowth() {
    CardIdSet set = new CardIdSet();
    Map<String, Long> first = new HashMap<>();
    Random rnd = new Random(7);
    for (long i = 1; i <= 200_000; i++) {
      String id = "C" + rnd.nextInt(150_000);
      int slot = set.addOrFind(CardIdSet.hash(id), i, id.hashCode());
      Long prev = first.putIfAbsent(id, i);
      if (prev == null) {
        assertEquals(-1, slot, id);
      } else {
        assertEquals((long) prev, set.whereAt(slot), id);
        assertEquals(id.hashCode(), set.printAt(slot), id);
      }
    }
    assertEquals(first.size(), set.size());
  }

  @Test
  void theZeroHashIsStillAKey() {
    CardIdSet set = new CardIdSet();
    assertEquals(-1, set.addOrFind(0, 5, 9));
    int slot = set.addOrFind(0, 6, 9);
    assertEquals(5, set.whereAt(slot));
  }
}
