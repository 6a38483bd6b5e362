package org.shutong.drg;

/**
 * A code of a table set ({@link Dx} or {@link Proc}) and the ADRG lists that hold it, as a bit set
 * over ADRG indices per list kind. Filled once while loading, read only afterwards.
 */
abstract class ListedCode {
  private static final long[][] NO_LISTS = new long[0][];

  final String code;
  String name;
  /** Per ADRG list kind, a bit set over ADRG indices; a {@code null} row means in no such list. */
  long[][] lists = NO_LISTS;

  ListedCode(String code) {
    this.code = code;
  }

  /** Whether the ADRG with index {@code adrg} lists this code in its list of kind {@code list}. */
  final boolean inList(int list, int adrg) {
    if (list >= lists.length) {
      return false;
    }
    long[] b = lists[list];
    return b != null && (b[adrg >>> 6] & (1L << adrg)) != 0;
  }

  /** Adds this code to list kind {@code list} of the ADRG with index {@code adrg} (of {@code adrgCount}). */
  final void addToList(int list, int adrg, int adrgCount) {
    if (list >= lists.length) {
      lists = java.util.Arrays.copyOf(lists, list + 1);
    }
    if (lists[list] == null) {
      lists[list] = new long[(adrgCount + 63) >>> 6];
    }
    lists[list][adrg >>> 6] |= 1L << adrg;
  }

  /** Whether the table set knows the code (it is not the class's {@code UNKNOWN}). */
  abstract boolean known();
}
