package org.shutong.drg;

/**
 * What a table set says about one diagnosis code: which MDC lists and ADRG lists hold it, its MDCZ
 * trauma region, its MCC/CC level with exclusion table, and its exclusion table as a principal
 * diagnosis. Filled once while loading, read only afterwards (published through the final fields of
 * {@link DrgTables}).
 */
final class Dx extends ListedCode {
  static final int NONE = 0;
  static final int MCC = 1;
  static final int CC = 2;

  /** A code the table set does not know: in no list. */
  static final Dx UNKNOWN = new Dx("");

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

  Dx(String code) {
    super(code);
  }

  boolean inMdc(int mdc) {
    return (mdcMask & (1L << mdc)) != 0;
  }

  @Override
  boolean known() {
    return this != UNKNOWN;
  }
}
