package org.shutong.drg;

/**
 * What a table set says about one diagnosis code: which MDC lists and ADRG lists hold it, its MDCZ
 * trauma region, its MCC/CC level with exclusion table, and its exclusion table as a principal
 * diagnosis. Filled once while loading, read only afterwards (published through the final fields of
 * {@link DrgTables}).
 */
final class Dx {
  static final int NONE = 0;
  static final int MCC = 1;
  static final int CC = 2;

  private static final long[][] NO_LISTS = new long[0][];

  /** A code the table set does not know: in no list. */
  static final Dx UNKNOWN = new Dx("");

  final String code;
  String name;
  /** Bit {@code i} set: in the principal-diagnosis list of the MDC with index {@code i}. */
  long mdcMask;
  /** 1-based trauma region id (mdc-diagnoses.csv mdcz_region), 0 for none. */
  int region;
  /** {@link #NONE}, {@link #MCC} or {@link #CC} as a secondary diagnosis (cc-mcc.csv). */
  int level;
  /** Exclusion table id of this code as an MCC/CC (cc-mcc.csv), 0 for none. */
  int ccTable;
  /** Exclusion table id of this code as the principal diagnosis (cc-exclusions.csv), 0 for none. */
  int pdxTable;
  /** Per ADRG list kind, a bit set over ADRG indices; a {@code null} row means in no such list. */
  long[][] lists = NO_LISTS;

  Dx(String code) {
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

  boolean inMdc(int mdc) {
    return (mdcMask & (1L << mdc)) != 0;
  }

  boolean known() {
    return this != UNKNOWN;
  }
}
