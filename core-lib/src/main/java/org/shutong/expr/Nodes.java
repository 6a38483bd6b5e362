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
    return switch (type) {
      case NUMBER -> new IdxNum<>(index);
      case TIME -> new IdxTime<>(index);
      default -> new IdxText<>(index);
    };
  }

  static final class IdxNum<C> extends Node<C> {
    private final int i;

    IdxNum(int i) {
      super(ExprType.NUMBER);
      this.i = i;
    }

    @Override
    double num(C c) {
      return ((Indexed) c).number(i);
    }
  }

  static final class IdxTime<C> extends Node<C> {
    private final int i;

    IdxTime(int i) {
      super(ExprType.TIME);
      this.i = i;
    }

    @Override
    long time(C c) {
      return ((Indexed) c).time(i);
    }
  }

  static final class IdxText<C> extends Node<C> {
    private final int i;

    IdxText(int i) {
      super(ExprType.TEXT);
      this.i = i;
    }

    @Override
    String text(C c) {
      return ((Indexed) c).text(i);
    }
  }

  static final class And<C> extends Node<C> {
    private final Node<C> l;
    private final Node<C> r;

    And(Node<C> l, Node<C> r) {
      super(ExprType.BOOL);
      this.l = l;
      this.r = r;
    }

    @Override
    int test(C c) {
      int x = l.test(c);
      if (x == Logic.FALSE) {
        return Logic.FALSE;
      }
      int y = r.test(c);
      if (y == Logic.FALSE) {
        return Logic.FALSE;
      }
      return x == Logic.TRUE && y == Logic.TRUE ? Logic.TRUE : Logic.UNKNOWN;
    }
  }

  static final class Or<C> extends Node<C> {
    private final Node<C> l;
    private final Node<C> r;

    Or(Node<C> l, Node<C> r) {
      super(ExprType.BOOL);
      this.l = l;
      this.r = r;
    }

    @Override
    int test(C c) {
      int x = l.test(c);
      if (x == Logic.TRUE) {
        return Logic.TRUE;
      }
      int y = r.test(c);
      if (y == Logic.TRUE) {
        return Logic.TRUE;
      }
      return x == Logic.FALSE && y == Logic.FALSE ? Logic.FALSE : Logic.UNKNOWN;
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

  static final class CmpNum<C> extends Node<C> {
    private final Node<C> l;
    private final Node<C> r;
    private final int op;

    CmpNum(Node<C> l, Node<C> r, int op) {
      super(ExprType.BOOL);
      this.l = l;
      this.r = r;
      this.op = op;
    }

    @Override
    int test(C c) {
      double x = l.num(c);
      if (Double.isNaN(x)) {
        return Logic.UNKNOWN;
      }
      double y = r.num(c);
      if (Double.isNaN(y)) {
        return Logic.UNKNOWN;
      }
      return holds(op, Compiler.numCompare(x, y));
    }
  }

  static final class CmpTime<C> extends Node<C> {
    private final Node<C> l;
    private final Node<C> r;
    private final int op;

    CmpTime(Node<C> l, Node<C> r, int op) {
      super(ExprType.BOOL);
      this.l = l;
      this.r = r;
      this.op = op;
    }

    @Override
    int test(C c) {
      long x = l.time(c);
      if (x == Logic.NO_TIME) {
        return Logic.UNKNOWN;
      }
      long y = r.time(c);
      if (y == Logic.NO_TIME) {
        return Logic.UNKNOWN;
      }
      return holds(op, Long.compare(x, y));
    }
  }

  static final class CmpText<C> extends Node<C> {
    private final Node<C> l;
    private final Node<C> r;
    private final int op;

    CmpText(Node<C> l, Node<C> r, int op) {
      super(ExprType.BOOL);
      this.l = l;
      this.r = r;
      this.op = op;
    }

    @Override
    int test(C c) {
      String x = l.text(c);
      if (x == null) {
        return Logic.UNKNOWN;
      }
      String y = r.text(c);
      if (y == null) {
        return Logic.UNKNOWN;
      }
      return holds(op, op == EQ || op == NE ? (x.equals(y) ? 0 : 1) : x.compareTo(y));
    }
  }
}
