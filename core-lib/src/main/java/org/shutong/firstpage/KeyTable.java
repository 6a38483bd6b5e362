package org.shutong.firstpage;

import java.util.Arrays;

/**
 * A set of strings that gives each distinct string a dense id (0, 1, 2, …), for the cross-record
 * rules (duplicate stays, a person's stays). In memory it keeps, per key, a 64-bit fingerprint in an
 * open-addressing table and the key's place in a {@link SpillBytes} store that holds the keys
 * themselves — in memory up to the store's budget, then in a temporary file. A lookup whose
 * fingerprint matches is confirmed by comparing the stored key byte for byte, so two different keys
 * with the same fingerprint stay two keys: the ids are exactly those of a {@code HashMap<String,
 * Integer>}. About 24–40 bytes of heap per key beyond the budget, whatever the key's length.
 * Not thread-safe.
 */
final class KeyTable implements AutoCloseable {
  /** A 64-bit hash of an encoded key ({@code len} bytes of {@code key}). */
  interface Hasher {
    long hash(byte[] key, int len);
  }

  /** FNV-1a over the bytes, then MurmurHash3's 64-bit finaliser so that the low bits are mixed. */
  static final Hasher FNV_MIX = (key, len) -> {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < len; i++) {
      h = (h ^ (key[i] & 0xff)) * 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  };

  private final SpillBytes keys;
  private final Hasher hasher;
  /** Open addressing: the key's fingerprint, and its id + 1 (0 = empty slot). */
  private long[] fingerprints = new long[1 << 10];
  private int[] slots = new int[1 << 10];
  /** Per id: where its key starts in {@link #keys}; it ends where the next one starts. */
  private long[] start = new long[1 << 10];
  private int size;
  private boolean lastAdded;
  /** The key being looked up, encoded; and a stored key read back for comparison. */
  private byte[] probe = new byte[64];
  private byte[] stored = new byte[64];
  private long confirmations;

  /** A table whose keys stay in memory. */
  KeyTable() {
    this(SpillBytes.inMemory(), FNV_MIX);
  }

  /** A table storing its keys in {@code keys} (which it closes), fingerprinted by {@code hasher}. */
  KeyTable(SpillBytes keys, Hasher hasher) {
    this.keys = keys;
    this.hasher = hasher;
  }

  /** Number of distinct keys. */
  int size() {
    return size;
  }

  /** How many stored keys were read back to confirm a fingerprint match (for tests and tuning). */
  long confirmations() {
    return confirmations;
  }

  /** Whether part of the keys went to a temporary file. */
  boolean spilled() {
    return keys.spilled();
  }

  /** The id of {@code key}, adding it if new. {@link #added()} says which happened. */
  int id(CharSequence key) {
    int n = encode(key);
    long h = hasher.hash(probe, n);
    int mask = slots.length - 1;
    int i = (int) h & mask;
    while (true) {
      int s = slots[i];
      if (s == 0) {
        break;
      }
      if (fingerprints[i] == h && storedEquals(s - 1, n)) {
        lastAdded = false;
        return s - 1;
      }
      i = (i + 1) & mask;
    }
    int id = size++;
    if (id + 1 >= start.length) {
      start = Arrays.copyOf(start, start.length + (start.length >> 1));
    }
    keys.append(probe, 0, n);
    start[id + 1] = keys.size();
    slots[i] = id + 1;
    fingerprints[i] = h;
    lastAdded = true;
    if (size * 4L > slots.length * 3L) {
      rehash();
    }
    return id;
  }

  /** Whether the last {@link #id} call added a new key. */
  boolean added() {
    return lastAdded;
  }

  /** The key with id {@code id}, as it was given (for tests and messages). */
  String key(int id) {
    int n = (int) (start[id + 1] - start[id]);
    byte[] b = new byte[n];
    keys.read(start[id], b, 0, n);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; ) {
      int c = b[i] & 0xff;
      if (c < 0x80) {
        sb.append((char) c);
        i++;
      } else if (c < 0xe0) {
        sb.append((char) (((c & 0x1f) << 6) | (b[i + 1] & 0x3f)));
        i += 2;
      } else {
        sb.append((char) (((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f)));
        i += 3;
      }
    }
    return sb.toString();
  }

  private boolean storedEquals(int id, int n) {
    long from = start[id];
    if (start[id + 1] - from != n) {
      return false;
    }
    confirmations++;
    if (stored.length < n) {
      stored = new byte[Math.max(n, stored.length * 2)];
    }
    keys.read(from, stored, 0, n);
    return Arrays.equals(stored, 0, n, probe, 0, n);
  }

  /**
   * Encodes every char on its own in one to three bytes (UTF-8's scheme applied to UTF-16 units, so
   * that unpaired surrogates encode too); distinct char sequences give distinct byte sequences.
   */
  private int encode(CharSequence key) {
    int len = key.length();
    if (probe.length < len * 3) {
      probe = new byte[Math.max(len * 3, probe.length * 2)];
    }
    byte[] b = probe;
    int n = 0;
    for (int k = 0; k < len; k++) {
      char c = key.charAt(k);
      if (c < 0x80) {
        b[n++] = (byte) c;
      } else if (c < 0x800) {
        b[n++] = (byte) (0xc0 | (c >> 6));
        b[n++] = (byte) (0x80 | (c & 0x3f));
      } else {
        b[n++] = (byte) (0xe0 | (c >> 12));
        b[n++] = (byte) (0x80 | ((c >> 6) & 0x3f));
        b[n++] = (byte) (0x80 | (c & 0x3f));
      }
    }
    return n;
  }

  private void rehash() {
    long[] oldFingerprints = fingerprints;
    int[] oldSlots = slots;
    fingerprints = new long[oldSlots.length * 2];
    slots = new int[oldSlots.length * 2];
    int mask = slots.length - 1;
    for (int j = 0; j < oldSlots.length; j++) {
      if (oldSlots[j] != 0) {
        int i = (int) oldFingerprints[j] & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = oldSlots[j];
        fingerprints[i] = oldFingerprints[j];
      }
    }
  }

  /** Frees the keys' memory and temporary file. */
  @Override
  public void close() {
    keys.close();
  }
}
