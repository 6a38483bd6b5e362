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
    return new Fn<>(ExprType.BOOL, f, null, null, null);
  }

  static <C> Node<C> number(ToDoubleFunction<C> f) {
    return new Fn<>(ExprType.NUMBER, null, f, null, null);
  }

  static <C> Node<C> text(Function<C, String> f) {
    return new Fn<>(ExprType.TEXT, null, null, f, null);
  }

  static <C> Node<C> time(ToLongFunction<C> f) {
    return new Fn<>(ExprType.TIME, null, null, null, f);
  }

  /** A constant: a Boolean, a Number (held as a double) or a String. */
  static <C> Node<C> constant(Object v) {
    if (v instanceof Boolean b) {
      return new Const<>(ExprType.BOOL, b);
    }
    if (v instanceof Number n) {
      return new Const<>(ExprType.NUMBER, n.doubleValue());
    }
    return new Const<>(ExprType.TEXT, (String) v);
  }

  /**
   * A node computed by a function of its type (the one of the four that is not null): one class
   * for the four types, as the compiler only asks a node for its own type.
   */
  private static final class Fn<C> extends Node<C> {
    private final ToIntFunction<C> bool;
    private final ToDoubleFunction<C> number;
    private final Function<C, String> text;
    private final ToLongFunction<C> time;

    Fn(ExprType type, ToIntFunction<C> bool, ToDoubleFunction<C> number, Function<C, String> text,
        ToLongFunction<C> time) {
      super(type);
      this.bool = bool;
      this.number = number;
      this.text = text;
      this.time = time;
    }

    @Override
    int test(C c) {
      return bool.applyAsInt(c);
    }

    @Override
    double num(C c) {
      return number.applyAsDouble(c);
    }

    @Override
    String text(C c) {
      return text.apply(c);
    }

    @Override
    long time(C c) {
      return time.applyAsLong(c);
    }
  }

  /** A constant of its type; {@link #constant()} gives the Boolean, Double or String. */
  private static final class Const<C> extends Node<C> {
    private final Object value;
    private final int bool;
    private final double number;
    private final String text;

    Const(ExprType type, Object value) {
      super(type);
      this.value = value;
      this.bool = value instanceof Boolean b ? Logic.of(b) : Logic.UNKNOWN;
      this.number = value instanceof Double d ? d : Double.NaN;
      this.text = value instanceof String s ? s : null;
    }

    @Override
    int test(C c) {
      return bool;
    }

    @Override
    double num(C c) {
      return number;
    }

    @Override
    String text(C c) {
      return text;
    }

    @Override
    Object constant() {
      return value;
    }
  }
}
