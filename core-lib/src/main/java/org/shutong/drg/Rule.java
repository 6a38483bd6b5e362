package org.shutong.drg;

/** A rule of a table set: rule tokens joined by {@code ;}, all of which must hold, tried in order. */
final class Rule {
  final String text;
  final Cond[] conds;

  Rule(String text, Cond[] conds) {
    this.text = text;
    this.conds = conds;
  }
}
