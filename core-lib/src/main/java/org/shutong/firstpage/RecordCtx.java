package org.shutong.firstpage;

import org.shutong.identifier.Identifiers;
import org.shutong.io.Row;

/**
 * The context rule expressions are evaluated against: the current row, where each field is in this
 * file, the slot of a repeated group that member names refer to, and the lookups. One per run,
 * reused for every record (not thread-safe).
 */
final class RecordCtx implements org.shutong.expr.Indexed {
  /** Per field index (see {@link FieldIndex}): column in this file, or -1. */
  int[] col;
  /** Per group (FirstPageScope.GROUPS order): the present slots' member columns. */
  int[][][] groupCols;
  Row row;
  /** Per column of the row: {@link Values#BLANK}, {@link Values#DASH} or {@link Values#VALUE}. */
  byte[] st = new byte[0];
  /** Member columns of the bound slot. */
  int[] slot;
  int[] savedSlot;
  Lookups.Domains domains;
  /** The last resident ID looked at in this record, and what the identifier checks said of it. */
  String idInput;
  long idSeq = -1;
  boolean idValid;
  java.util.Optional<org.shutong.identifier.ResidentId> idParsed;

  /** Checks and parses a resident ID once per record and value. */
  void resident(String v) {
    if (idSeq != seq || !v.equals(idInput)) {
      idSeq = seq;
      idInput = v;
      idValid = identifiers.residentId(v).valid();
      idParsed = identifiers.parseResidentId(v);
    }
  }
  Lookups.ProcedureKinds procedureKinds;
  Identifiers identifiers;

  /** Counts the records loaded, to invalidate the per-record caches. */
  long seq;
  private long[] timeStamp = new long[0];
  private long[] timeCache = new long[0];
  private long[] numStamp = new long[0];
  private double[] numCache = new double[0];
  private long[] groupStamp = new long[0];
  private boolean[][] groupFilled = new boolean[0][];

  /** Takes a row and the statuses of its values (computed by {@link Prechecked}). */
  void load(Row r, byte[] statuses) {
    row = r;
    seq++;
    st = statuses;
    int width = statuses.length;
    if (timeStamp.length < width) {
      timeStamp = new long[width];
      timeCache = new long[width];
      numStamp = new long[width];
      numCache = new double[width];
    }
  }

  /** Whether column {@code c} holds a value (not blank, not "-"). */
  boolean has(int c) {
    return c >= 0 && st[c] == Values.VALUE;
  }

  /** Whether column {@code c} is absent or blank (not even "-"). */
  boolean blankAt(int c) {
    return c < 0 || st[c] == Values.BLANK;
  }

  String raw(int column) {
    return row.get(column);
  }

  /** The trimmed value of column {@code c}, or {@code null} if it has none. */
  String value(int c) {
    if (c < 0 || st[c] != Values.VALUE) {
      return null;
    }
    String v = row.get(c);
    return v.charAt(0) > ' ' && v.charAt(v.length() - 1) > ' ' ? v : v.strip();
  }

  /** Column {@code c} as a time (seconds), parsed once per record; {@link Values#NONE} if none. */
  long timeAt(int c) {
    if (c < 0 || st[c] != Values.VALUE) {
      return Values.NONE;
    }
    if (timeStamp[c] != seq) {
      timeStamp[c] = seq;
      timeCache[c] = Values.parseDateTime(value(c));
    }
    return timeCache[c];
  }

  /** Column {@code c} as a number, parsed once per record; NaN if none. */
  double numberAt(int c) {
    if (c < 0 || st[c] != Values.VALUE) {
      return Double.NaN;
    }
    if (numStamp[c] != seq) {
      numStamp[c] = seq;
      numCache[c] = Values.parseNumber(value(c));
    }
    return numCache[c];
  }

  /** Whether slot {@code i} of group {@code g} has any member with a value (computed once per record). */
  boolean slotFilled(int g, int i) {
    if (groupStamp.length <= g) {
      groupStamp = java.util.Arrays.copyOf(groupStamp, groupCols.length);
      groupFilled = java.util.Arrays.copyOf(groupFilled, groupCols.length);
    }
    if (groupStamp[g] != seq) {
      groupStamp[g] = seq;
      int[][] cols = groupCols[g];
      boolean[] f = groupFilled[g];
      if (f == null || f.length < cols.length) {
        f = new boolean[cols.length];
        groupFilled[g] = f;
      }
      for (int k = 0; k < cols.length; k++) {
        boolean any = false;
        for (int col : cols[k]) {
          if (col >= 0 && st[col] == Values.VALUE) {
            any = true;
            break;
          }
        }
        f[k] = any;
      }
    }
    return groupFilled[g][i];
  }

  /** Call when the file (and so {@link #groupCols}) changes. */
  void newFile() {
    groupStamp = new long[groupCols.length];
    groupFilled = new boolean[groupCols.length][];
  }

  /** Column of an expression value: a field index (≥ 0), or member {@code -1 - i} of the bound slot. */
  private int column(int i) {
    return i >= 0 ? col[i] : slot[-1 - i];
  }

  @Override
  public String text(int i) {
    return value(column(i));
  }

  @Override
  public double number(int i) {
    return numberAt(column(i));
  }

  @Override
  public long time(int i) {
    return timeAt(column(i));
  }

  @Override
  public boolean present(int i) {
    return has(column(i));
  }

  @Override
  public boolean blank(int i) {
    return blankAt(column(i));
  }

  String field(int fieldIndex) {
    return value(col[fieldIndex]);
  }

  String member(int m) {
    return value(slot[m]);
  }
}
