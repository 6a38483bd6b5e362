package org.shutong.drg;

/**
 * What a table set says about one procedure code: whether it is an OR ("valid") procedure and which
 * ADRG procedure lists hold it. Filled once while loading, read only afterwards.
 */
final class Proc {
  private static final long[][] NO_LISTS = new long[0][];

  /** A code the table set does not know: in no list. */
  static final Proc UNKNOWN = new Proc("");

  final String code;
  String name;
  /** In or-procedures.csv (手术室手术 / SS_VALID). */
  boolean or;
  /** Per ADRG list kind, a bit set over ADRG indices; a {@code null} row means in no such list. */
  long[][] lists = NO_LISTS;

  Proc(String code) {
    this.code = code;
  }

  boolean inList(int list, int adrg) {
    if (list >= lists.length) {
      return false;
    }
    long[] b = lists[list];
    return b != null && (b[adrg >>> 6] & (1L << adrg)) != 0;
  }

  void addToList(int list, int adrg, int adrgCount) {
    if (list >= lists.length) {
      lists = java.util.Arrays.copyOf(lists, list + 1);
    }
    if (lists[list] == null) {
      lists[list] = new long[(adrgCount + 63) >>> 6];
    }
    lists[list][adrg >>> 6] |= 1L << adrg;
  }

  boolean known() {
    return this != UNKNOWN;
  }
}
