package org.shutong.codesets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One code table (ICD-10 医保版2.0, ICD-9-CM-3 国家临床版3.0, a user's morphology table, …): its codes
 * and names in the published order, with O(1) lookups. Codes are kept exactly as published (trimmed),
 * including dagger/asterisk marks such as {@code A01.000x005+J17.0*} and {@code A17+}; what such a
 * code means is the coding service's business (core-lib {@code org.shutong.coding}).
 *
 * <p>Immutable and thread-safe. A lookup of a code that is in the table allocates nothing.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class CodeTable {
  /**
   * One code of the table.
   *
   * @param code the code as published (trimmed)
   * @param name the name as published (trimmed; after the table's documented patch steps)
   * @param leaf whether this is a code to be used in coding (a 医保 leaf code), as opposed to a
   *     category/subcategory row that groups them; in tables without hierarchy rows every code is a
   *     leaf
   * @param index the 0-based position in {@link #codes()}
   */
  public record Code(String code, String name, boolean leaf, int index) {
    /** Checks the components. */
    public Code {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * A documented correction applied on load (never a hand edit of the bundled file).
   *
   * @param code the code whose name was corrected
   * @param before the name as published
   * @param after the name used
   * @param reason why, naming the source of the correction
   */
  public record Patch(String code, String before, String after, String reason) {}

  private final TableInfo info;
  private final Code[] codes;
  /** Open-addressing hash index: entry index + 1 per slot, 0 for empty; length a power of two. */
  private final int[] slots;
  /** {@link String#hashCode()} of each entry's code. */
  private final int[] hashes;
  private final int leaves;
  private final List<Patch> patches;

  private CodeTable(TableInfo info, Code[] codes, int[] slots, int[] hashes, int leaves, List<Patch> patches) {
    this.info = info;
    this.codes = codes;
    this.slots = slots;
    this.hashes = hashes;
    this.leaves = leaves;
    this.patches = patches;
  }

  /** The table's manifest. */
  public TableInfo info() {
    return info;
  }

  /** The table's id, e.g. {@code icd10-nhsa-2.0}. */
  public String id() {
    return info.id();
  }

  /** Number of codes (leaves and hierarchy rows). */
  public int size() {
    return codes.length;
  }

  /** Number of leaf codes. */
  public int leafCount() {
    return leaves;
  }

  /** Whether {@code code} is in the table exactly as given. */
  public boolean contains(String code) {
    return get(code) != null;
  }

  /** The entry for {@code code} exactly as given, or {@code null}. Allocates nothing. */
  public Code get(String code) {
    if (code == null) {
      return null;
    }
    int h = code.hashCode();
    int mask = slots.length - 1;
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      int s = slots[i];
      if (s == 0) {
        return null;
      }
      Code c = codes[s - 1];
      if (hashes[s - 1] == h && c.code().equals(code)) {
        return c;
      }
    }
  }

  /** The entry for {@code code} exactly as given. */
  public Optional<Code> find(String code) {
    return Optional.ofNullable(get(code));
  }

  /** The name of {@code code}, or {@code null} if it is not in the table. */
  public String name(String code) {
    Code c = get(code);
    return c == null ? null : c.name();
  }

  /** The entry at {@code index} (0-based, table order). */
  public Code at(int index) {
    return codes[index];
  }

  /** All codes in table order (leaves first as published, then added hierarchy rows). */
  public List<Code> codes() {
    return Collections.unmodifiableList(Arrays.asList(codes));
  }

  /** The corrections applied on load, in order; empty for most tables. */
  public List<Patch> patches() {
    return patches;
  }

  @Override
  public String toString() {
    return "CodeTable[" + info.id() + ", " + codes.length + " codes]";
  }

  /**
   * A table of these entries (indexes {@code 0..n-1}, codes unique) with its hash index already built,
   * as read from a compact index ({@link CompactTables}).
   */
  static CodeTable of(TableInfo info, Code[] codes, int[] slots, int[] hashes, List<Patch> patches) {
    int leaves = 0;
    for (Code c : codes) {
      if (c.leaf()) {
        leaves++;
      }
    }
    return new CodeTable(info, codes, slots, hashes, leaves, List.copyOf(patches));
  }

  /** The slot table of {@link #get} for these entries (indexes into {@code codes} + 1). */
  static int[] slots(Code[] codes, int[] hashes) {
    int cap = Integer.highestOneBit(Math.max(4, codes.length * 2 - 1)) << 1;
    int[] slots = new int[cap];
    int mask = cap - 1;
    for (int k = 0; k < codes.length; k++) {
      int i = spread(hashes[k]) & mask;
      while (slots[i] != 0) {
        i = (i + 1) & mask;
      }
      slots[i] = k + 1;
    }
    return slots;
  }

  /** The hash of every entry's code. */
  static int[] hashes(Code[] codes) {
    int[] h = new int[codes.length];
    for (int k = 0; k < codes.length; k++) {
      h[k] = codes[k].code().hashCode();
    }
    return h;
  }

  /** The slot table of this table, for the compact index. */
  int[] slotTable() {
    return slots.clone();
  }

  /** The code hashes of this table, for the compact index. */
  int[] hashTable() {
    return hashes.clone();
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** Starts a table with this manifest (for user-supplied tables and the loaders). */
  public static Builder builder(TableInfo info) {
    return new Builder(info);
  }

  /** Assembles a {@link CodeTable}; not thread-safe. */
  public static final class Builder {
    private TableInfo info;
    private final List<Code> codes = new ArrayList<>();
    private Map<String, Code> byCode = new HashMap<>();
    private final List<Patch> patches = new ArrayList<>();
    private int leaves;

    private Builder(TableInfo info) {
      this.info = Objects.requireNonNull(info, "info");
    }

    /**
     * Adds a code. Code and name are trimmed; a code already added is not added again.
     *
     * @return {@code false} if the code was already present (the first one is kept)
     * @throws IllegalArgumentException if the code is blank
     */
    public boolean add(String code, String name, boolean leaf) {
      String c = code.strip();
      if (c.isEmpty()) {
        throw new IllegalArgumentException("blank code");
      }
      if (byCode.containsKey(c)) {
        return false;
      }
      Code e = new Code(c, name.strip(), leaf, codes.size());
      codes.add(e);
      byCode.put(c, e);
      if (leaf) {
        leaves++;
      }
      return true;
    }

    /** Whether {@code code} (trimmed) was already added. */
    public boolean contains(String code) {
      return byCode.containsKey(code.strip());
    }

    /** The name added for {@code code}, or {@code null}. */
    public String name(String code) {
      Code c = byCode.get(code.strip());
      return c == null ? null : c.name();
    }

    /**
     * Replaces the name of a code already added and records why (a documented patch step).
     *
     * @throws IllegalArgumentException if the code was not added
     */
    public Builder patchName(String code, String newName, String reason) {
      Code old = byCode.get(code);
      if (old == null) {
        throw new IllegalArgumentException("patch of unknown code " + code);
      }
      Code e = new Code(old.code(), newName.strip(), old.leaf(), old.index());
      codes.set(old.index(), e);
      byCode.put(old.code(), e);
      patches.add(new Patch(old.code(), old.name(), e.name(), reason));
      return this;
    }

    /** Replaces the manifest (e.g. to set the final row count of a user table). */
    public Builder info(TableInfo newInfo) {
      this.info = Objects.requireNonNull(newInfo, "info");
      return this;
    }

    /** Number of codes added so far. */
    public int size() {
      return codes.size();
    }

    /** The table. The builder must not be used afterwards. */
    public CodeTable build() {
      Code[] arr = codes.toArray(new Code[0]);
      int[] h = hashes(arr);
      return new CodeTable(info, arr, slots(arr, h), h, leaves, List.copyOf(patches));
    }

    /** Makes room for {@code n} more codes (avoids re-hashing while a large table is read). */
    public Builder expect(int n) {
      if (byCode.isEmpty()) {
        byCode = new HashMap<>(Math.max(16, (int) (n / 0.75f) + 1));
        ((ArrayList<Code>) codes).ensureCapacity(n);
      }
      return this;
    }
  }
}
