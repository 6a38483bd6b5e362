package org.shutong.drg;

/** One MDC of a table set (mdc.csv): its entry rule and its ADRGs in evaluation order. */
final class Mdc {
  final int index;
  final String code;
  final String name;
  final Rule entry;
  /** Indices of its ADRGs in evaluation order. */
  final int[] adrgs;
  /** Whether the entry rule has PDX_IN_MDC_LIST (then a principal outside the list skips it fast). */
  final boolean needsPdx;

  Mdc(int index, String code, String name, Rule entry, int[] adrgs) {
    this.index = index;
    this.code = code;
    this.name = name;
    this.entry = entry;
    this.adrgs = adrgs;
    boolean pdx = false;
    for (Cond c : entry.conds) {
      pdx |= c.kind == Cond.Kind.PDX_IN_MDC_LIST;
    }
    this.needsPdx = pdx;
  }
}
