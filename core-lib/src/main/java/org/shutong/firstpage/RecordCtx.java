package org.shutong.firstpage;

import org.shutong.identifier.Identifiers;
import org.shutong.io.Row;

/**
 * The context rule expressions are evaluated against: the current row, where each field is in this
 * file, the slot of a repeated group that member names refer to, and the lookups. One per run,
 * reused for every record (not thread-safe).
 */
final class RecordCtx {
  /** Per field index (see {@link FieldIndex}): column in this file, or -1. */
  int[] col;
  /** Per group (FirstPageScope.GROUPS order): the present slots' member columns. */
  int[][][] groupCols;
  Row row;
  /** Member columns of the bound slot. */
  int[] slot;
  int[] savedSlot;
  Lookups.Domains domains;
  Lookups.ProcedureKinds procedureKinds;
  Identifiers identifiers;

  String raw(int column) {
    return row.get(column);
  }

  String field(int fieldIndex) {
    return Values.clean(row.get(col[fieldIndex]));
  }

  String member(int m) {
    return Values.clean(row.get(slot[m]));
  }
}
