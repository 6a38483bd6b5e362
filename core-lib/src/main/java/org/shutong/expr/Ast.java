package org.shutong.expr;

import java.util.List;

/** Parsed, not yet type-checked expressions. {@code pos} is the 0-based character position. */
sealed interface Ast {
  int pos();

  record Literal(Object value, int pos) implements Ast {}

  record Name(String name, int pos) implements Ast {}

  record Constant(String name, int pos) implements Ast {}

  record Unary(String op, Ast operand, int pos) implements Ast {}

  record Binary(String op, Ast left, Ast right, int pos) implements Ast {}

  record In(Ast operand, List<Ast> items, boolean negated, int pos) implements Ast {}

  record Call(String name, List<Ast> args, int pos) implements Ast {}
}
