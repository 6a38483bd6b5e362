package org.shutong.expr;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/** A compiled, type-checked expression node. Each node implements the one method of its type. */
abstract class Node<C> {
  final ExprType type;

  Node(ExprType type) {
    this.type = type;
  }

  int test(C c) {
    throw new IllegalStateException("not a bool node");
  }

  double num(C c) {
    throw new IllegalStateException("not a number node");
  }

  String text(C c) {
    throw new IllegalStateException("not a text node");
  }

  long time(C c) {
    throw new IllegalStateException("not a time node");
  }

  /** Constant value, or null if not a constant. */
  Object constant() {
    return null;
  }

  static <C> Node<C> bool(ToIntFunction<C> f) {
    return new Node<>(ExprType.BOOL) {
      @Override
      int test(C c) {
        return f.applyAsInt(c);
      }
    };
  }

  static <C> Node<C> number(ToDoubleFunction<C> f) {
    return new Node<>(ExprType.NUMBER) {
      @Override
      double num(C c) {
        return f.applyAsDouble(c);
      }
    };
  }

  static <C> Node<C> text(Function<C, String> f) {
    return new Node<>(ExprType.TEXT) {
      @Override
      String text(C c) {
        return f.apply(c);
      }
    };
  }

  static <C> Node<C> time(ToLongFunction<C> f) {
    return new Node<>(ExprType.TIME) {
      @Override
      long time(C c) {
        return f.applyAsLong(c);
      }
    };
  }

  static <C> Node<C> constant(Object v) {
    if (v instanceof Boolean b) {
      int r = Logic.of(b);
      return new Node<>(ExprType.BOOL) {
        @Override
        int test(C c) {
          return r;
        }

        @Override
        Object constant() {
          return b;
        }
      };
    }
    if (v instanceof Number n) {
      double d = n.doubleValue();
      return new Node<>(ExprType.NUMBER) {
        @Override
        double num(C c) {
          return d;
        }

        @Override
        Object constant() {
          return d;
        }
      };
    }
    String s = (String) v;
    return new Node<>(ExprType.TEXT) {
      @Override
      String text(C c) {
        return s;
      }

      @Override
      Object constant() {
        return s;
      }
    };
  }
}
