package org.shutong.drg;

import java.util.Map;

/**
 * One ADRG of a table set (adrg.csv): its rule, its DRGs in evaluation order, and for
 * {@code PROC_LABELS} rules the label of each procedure of its list (adrg-procedures.csv label).
 */
final class Adrg {
  final int index;
  final String code;
  final String name;
  final int mdc;
  final Rule rule;
  /** Indices of its DRGs in evaluation order. */
  final int[] drgs;
  /** Procedure code to the bit of its label (first row of the code in the list), for PROC_LABELS. */
  final Map<String, Integer> labelBits;
  /** Label names by bit. */
  final String[] labelNames;

  Adrg(int index, String code, String name, int mdc, Rule rule, int[] drgs,
      Map<String, Integer> labelBits, String[] labelNames) {
    this.index = index;
    this.code = code;
    this.name = name;
    this.mdc = mdc;
    this.rule = rule;
    this.drgs = drgs;
    this.labelBits = labelBits;
    this.labelNames = labelNames;
  }
}
