package org.shutong.drg;

/** One DRG of a table set (drg.csv): its parent ADRG and its split rule. */
final class Drg {
  final int index;
  final String code;
  final String name;
  final int adrg;
  final Rule split;

  Drg(int index, String code, String name, int adrg, Rule split) {
    this.index = index;
    this.code = code;
    this.name = name;
    this.adrg = adrg;
    this.split = split;
  }
}
