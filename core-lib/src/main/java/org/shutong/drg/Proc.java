package org.shutong.drg;

/**
 * What a table set says about one procedure code: whether it is an OR ("valid") procedure and which
 * ADRG procedure lists hold it. Filled once while loading, read only afterwards.
 */
final class Proc extends ListedCode {
  /** A code the table set does not know: in no list. */
  static final Proc UNKNOWN = new Proc("");

  /** In or-procedures.csv (手术室手术 / SS_VALID). */
  boolean or;

  Proc(String code) {
    super(code);
  }

  @Override
  boolean known() {
    return this != UNKNOWN;
  }
}
