package org.shutong.expr;

/**
 * Node classes for the most frequent operations, each its own class so that the JIT sees one
 * implementation per call site where it can (the generic {@link Node} factories wrap lambdas).
 */
final class Nodes {
  private Nodes() {}

  static final int EQ = 0;
  static final int NE = 1;
  static final int LT = 2;
  static final int LE = 3;
  static final int GT = 4;
  static final int GE = 5;

  static int op(String op) {
    return switch (op) {
      case "==" -> EQ;
      case "!=" -> NE;
      case "<" -> LT;
      case "<=" -> LE;
      case ">" -> GT;
      default -> GE;
    };
  }

  static int holds(int op, int cmp) {
    boolean b = switch (op) {
      case EQ -> cmp == 0;
      case NE -> cmp != 0;
      case LT -> cmp < 0;
      case LE -> cmp <= 0;
      case GT -> cmp > 0;
      default -> cmp >= 0;
    };
    return b ? Logic.TRUE : Logic.FALSE;
  }

  static <C> Node<C> indexed(ExprType type, int index) {
    return new Field<>(type, index);
  }

  /**
   * Reads field {@code i} of an {@link Indexed} record as its declared type. One class for the
   * three value types: the compiler only asks a node for its own type, and every field read is then
   * the same call site implementation for the JIT.
   */
  static final class Field<C> extends Node<C> {
    private final int i;

    Field(ExprType type, int i) {
      super(type);
      this.i = i;
    }

    @Override
    double num(C c) {
      return ((Indexed) c).number(i);
    }

    @Override
    long time(C c) {
      return ((Indexed) c).time(i);
    }

    @Override
    String text(C c) {
      return ((Indexed) c).text(i);
    }
  }

  /** A condition over two operands (logic or comparison). */
  abstract static class Binary<C> extends Node<C> {
    final Node<C> l;
    final Node<C> r;

    Binary(Node<C> l, Node<C> r) {
      super(ExprType.BOOL);
      this.l = l;
      this.r = r;
    }
  }

  static <C> Node<C> and(Node<C> l, Node<C> r) {
    return new Junction<>(l, r, Logic.FALSE);
  }

  static <C> Node<C> or(Node<C> l, Node<C> r) {
    return new Junction<>(l, r, Logic.TRUE);
  }

  /**
   * {@code and} / {@code or} in three-valued (Kleene) logic, short-circuit: {@code stop} (false for
   * and, true for or) on either side decides; both sides the other value give that value; otherwise
   * unknown. One class for both, so that the JIT sees one implementation.
   */
  static final class Junction<C> extends Binary<C> {
    private final int stop;
    private final int go;

    Junction(Node<C> l, Node<C> r, int stop) {
      super(l, r);
      this.stop = stop;
      this.go = Logic.not(stop);
    }

    @Override
    int test(C c) {
      int x = l.test(c);
      if (x == stop) {
        return stop;
      }
      int y = r.test(c);
      if (y == stop) {
        return stop;
      }
      return x == go && y == go ? go : Logic.UNKNOWN;
    }
  }

  static final class Not<C> extends Node<C> {
    private final Node<C> x;

    Not(Node<C> x) {
      super(ExprType.BOOL);
      this.x = x;
    }

    @Override
    int test(C c) {
      return Logic.not(x.test(c));
    }
  }

  /**
   * A comparison {@code l op r}: unknown when either side is missing, and then the right side is
   * not evaluated. One final subclass per operand type, so that each reads its primitive directly
   * (no boxing, one implementation per call site for the JIT).
   */
  abstract static class Compare<C> extends Binary<C> {
    final int op;

    Compare(Node<C> l, Node<C> r, int op) {
      super(l, r);
      this.op = op;
    }
  }

  static final class CmpNum<C> extends Compare<C> {
    CmpNum(Node<C> l, Node<C> r, int op) {
      super(l, r, op);
    }

    @Override
    int test(C c) {
      double x = l.num(c);
      double y = Double.isNaN(x) ? Double.NaN : r.num(c);
      return Double.isNaN(y) ? Logic.UNKNOWN : holds(op, Compiler.numCompare(x, y));
    }
  }

  static final class CmpTime<C> extends Compare<C> {
    CmpTime(Node<C> l, Node<C> r, int op) {
      super(l, r, op);
    }

    @Override
    int test(C c) {
      long x = l.time(c);
      long y = x == Logic.NO_TIME ? Logic.NO_TIME : r.time(c);
      return y == Logic.NO_TIME ? Logic.UNKNOWN : holds(op, Long.compare(x, y));
    }
  }

  static final class CmpText<C> extends Compare<C> {
    CmpText(Node<C> l, Node<C> r, int op) {
      super(l, r, op);
    }

    @Override
    int test(C c) {
      String x = l.text(c);
      String y = x == null ? null : r.text(c);
      return y == null ? Logic.UNKNOWN : holds(op, op == EQ || op == NE ? (x.equals(y) ? 0 : 1) : x.compareTo(y));
    }
  }
}
