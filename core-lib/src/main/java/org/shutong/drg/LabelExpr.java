package org.shutong.drg;

import java.util.List;

/**
 * The boolean expression of a {@code PROC_LABELS(...)} token over procedure labels, e.g.
 * {@code (1&2)|(1&3&4)}: {@code &} binds tighter than {@code |}; parentheses group. Evaluated on a
 * bit mask of the labels present.
 */
sealed interface LabelExpr {
  boolean test(int present);

  /** One label, as a bit. */
  record Label(int bit) implements LabelExpr {
    @Override
    public boolean test(int present) {
      return (present & (1 << bit)) != 0;
    }
  }

  /** All of the parts. */
  record And(List<LabelExpr> parts) implements LabelExpr {
    public And {
      parts = List.copyOf(parts);
    }

    @Override
    public boolean test(int present) {
      for (int i = 0; i < parts.size(); i++) {
        if (!parts.get(i).test(present)) {
          return false;
        }
      }
      return true;
    }
  }

  /** Any of the parts. */
  record Or(List<LabelExpr> parts) implements LabelExpr {
    public Or {
      parts = List.copyOf(parts);
    }

    @Override
    public boolean test(int present) {
      for (int i = 0; i < parts.size(); i++) {
        if (parts.get(i).test(present)) {
          return true;
        }
      }
      return false;
    }
  }
}
