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
  private final Map<String, Code> byCode;
  private final int leaves;
  private final List<Patch> patches;

  private CodeTable(TableInfo info, Code[] codes, Map<String, Code> byCode, int leaves, List<Patch> patches) {
    this.info = info;
    this.codes = codes;
    this.byCode = byCode;
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
    return byCode.containsKey(code);
  }

  /** The entry for {@code code} exactly as given, or {@code null}. Allocates nothing. */
  public Code get(String code) {
    return byCode.get(code);
  }

  /** The entry for {@code code} exactly as given. */
  public Optional<Code> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The name of {@code code}, or {@code null} if it is not in the table. */
  public String name(String code) {
    Code c = byCode.get(code);
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
      return new CodeTable(info, arr, Collections.unmodifiableMap(byCode), leaves, List.copyOf(patches));
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
