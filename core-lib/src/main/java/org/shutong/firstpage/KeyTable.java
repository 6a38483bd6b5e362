package org.shutong.firstpage;

import java.util.Arrays;

/**
 * A set of strings that gives each distinct string a dense id (0, 1, 2, …), storing the characters
 * in one growing array instead of one object per key: about 2 bytes per character plus 16 bytes per
 * key. Memory grows with the number of distinct keys, not with the number of records looked up.
 * Not thread-safe.
 */
final class KeyTable {
  private char[] chars = new char[1 << 16];
  private int used;
  /** Per id: start offset in {@link #chars}; the key ends where the next one starts. */
  private int[] start = new int[1 << 12];
  private int size;
  /** Open addressing: id + 1, or 0 for an empty slot. */
  private int[] slots = new int[1 << 13];
  private int[] hashes = new int[1 << 13];

  /** Number of distinct keys. */
  int size() {
    return size;
  }

  /** The id of {@code key}, adding it if new. {@link #added()} says which happened. */
  int id(CharSequence key) {
    int h = hash(key);
    int mask = slots.length - 1;
    int i = h & mask;
    while (true) {
      int s = slots[i];
      if (s == 0) {
        break;
      }
      if (hashes[i] == h && equalsAt(s - 1, key)) {
        lastAdded = false;
        return s - 1;
      }
      i = (i + 1) & mask;
    }
    int id = size++;
    if (id + 1 >= start.length) {
      start = Arrays.copyOf(start, start.length * 2);
    }
    int n = key.length();
    if (used + n > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + n));
    }
    for (int k = 0; k < n; k++) {
      chars[used + k] = key.charAt(k);
    }
    start[id] = used;
    used += n;
    start[id + 1] = used;
    slots[i] = id + 1;
    hashes[i] = h;
    lastAdded = true;
    if (size * 4 > slots.length * 3) {
      rehash();
    }
    return id;
  }

  private boolean lastAdded;

  /** Whether the last {@link #id} call added a new key. */
  boolean added() {
    return lastAdded;
  }

  private boolean equalsAt(int id, CharSequence key) {
    int s = start[id];
    int n = start[id + 1] - s;
    if (n != key.length()) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (chars[s + k] != key.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int hash(CharSequence key) {
    int h = 0;
    for (int k = 0; k < key.length(); k++) {
      h = 31 * h + key.charAt(k);
    }
    return h ^ (h >>> 16) ^ (h >>> 7);
  }

  private void rehash() {
    int[] oldSlots = slots;
    int[] oldHashes = hashes;
    slots = new int[oldSlots.length * 2];
    hashes = new int[oldSlots.length * 2];
    int mask = slots.length - 1;
    for (int j = 0; j < oldSlots.length; j++) {
      if (oldSlots[j] != 0) {
        int i = oldHashes[j] & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = oldSlots[j];
        hashes[i] = oldHashes[j];
      }
    }
  }
}
