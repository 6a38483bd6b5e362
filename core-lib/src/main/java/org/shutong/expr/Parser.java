package org.shutong.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser of the rule language.
 *
 * <pre>
 * or      := and (('||' | 'or') and)*
 * and     := not (('&&' | 'and') not)*
 * not     := ('!' | 'not') not | compare
 * compare := sum (('==' | '!=' | '<' | '<=' | '>' | '>=') sum | ['not'] 'in' '(' sum (',' sum)* ')')?
 * sum     := product (('+' | '-') product)*
 * product := unary (('*' | '/') unary)*
 * unary   := '-' unary | primary
 * primary := NUMBER | STRING | 'true' | 'false' | '$' NAME | NAME '(' [or (',' or)*] ')' | NAME | '(' or ')'
 * </pre>
 */
final class Parser {
  private enum Kind { NUMBER, STRING, NAME, CONSTANT, OP, END }

  private record Token(Kind kind, String text, int pos) {}

  private final String src;
  private final List<Token> tokens = new ArrayList<>();
  private int t;

  private Parser(String src) {
    this.src = src;
  }

  static Ast parse(String src) {
    Parser p = new Parser(src);
    p.lex();
    Ast a = p.or();
    Token end = p.peek();
    if (end.kind != Kind.END) {
      throw new ExprException(end.pos, "unexpected", end.text);
    }
    return a;
  }

  // --- lexer

  private void lex() {
    int i = 0;
    int n = src.length();
    while (i < n) {
      char c = src.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if ((c >= '0' && c <= '9') || (c == '.' && i + 1 < n && Character.isDigit(src.charAt(i + 1)))) {
        int s = i;
        while (i < n && (Character.isDigit(src.charAt(i)) || src.charAt(i) == '.')) {
          i++;
        }
        if (i < n && (Character.isLetter(src.charAt(i)) || src.charAt(i) == '_')) {
          throw new ExprException(s, "badNumber", src.substring(s, Math.min(n, i + 1)));
        }
        tokens.add(new Token(Kind.NUMBER, src.substring(s, i), s));
      } else if (c == '\'' || c == '"') {
        int s = i;
        StringBuilder b = new StringBuilder();
        i++;
        while (true) {
          if (i >= n) {
            throw new ExprException(s, "unterminated");
          }
          char d = src.charAt(i);
          if (d == '\\' && i + 1 < n && (src.charAt(i + 1) == c || src.charAt(i + 1) == '\\')) {
            b.append(src.charAt(i + 1));
            i += 2;
          } else if (d == c) {
            i++;
            break;
          } else {
            b.append(d);
            i++;
          }
        }
        tokens.add(new Token(Kind.STRING, b.toString(), s));
      } else if (Character.isLetter(c) || c == '_' || c == '$') {
        int s = i;
        i++;
        while (i < n && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) {
          i++;
        }
        if (c == '$') {
          if (i == s + 1) {
            throw new ExprException(s, "badChar", "$");
          }
          tokens.add(new Token(Kind.CONSTANT, src.substring(s + 1, i), s));
        } else {
          tokens.add(new Token(Kind.NAME, src.substring(s, i), s));
        }
      } else {
        String two = i + 1 < n ? src.substring(i, i + 2) : "";
        if (List.of("||", "&&", "==", "!=", "<=", ">=").contains(two)) {
          tokens.add(new Token(Kind.OP, two, i));
          i += 2;
        } else if ("!<>+-*/(),".indexOf(c) >= 0) {
          tokens.add(new Token(Kind.OP, String.valueOf(c), i));
          i++;
        } else if (c == '=') {
          throw new ExprException(i, "expected", "==", "=");
        } else {
          throw new ExprException(i, "badChar", String.valueOf(c));
        }
      }
    }
    tokens.add(new Token(Kind.END, "", n));
  }

  // --- parser

  private Token peek() {
    return tokens.get(t);
  }

  private boolean isOp(String op) {
    Token k = peek();
    return (k.kind == Kind.OP && k.text.equals(op))
        || (k.kind == Kind.NAME && k.text.equals(op) && Character.isLetter(op.charAt(0)));
  }

  private Token expect(String op) {
    Token k = peek();
    if (!isOp(op)) {
      if (k.kind == Kind.END) {
        throw new ExprException(k.pos, "end");
      }
      throw new ExprException(k.pos, "expected", op, k.text);
    }
    t++;
    return k;
  }

  private Ast or() {
    Ast a = and();
    while (isOp("||") || isOp("or")) {
      Token op = tokens.get(t++);
      a = new Ast.Binary("||", a, and(), op.pos);
    }
    return a;
  }

  private Ast and() {
    Ast a = not();
    while (isOp("&&") || isOp("and")) {
      Token op = tokens.get(t++);
      a = new Ast.Binary("&&", a, not(), op.pos);
    }
    return a;
  }

  private Ast not() {
    if (isOp("!") || (isOp("not") && !nextIs(1, "in"))) {
      Token op = tokens.get(t++);
      return new Ast.Unary("!", not(), op.pos);
    }
    return compare();
  }

  private boolean nextIs(int ahead, String text) {
    int i = t + ahead;
    return i < tokens.size() && tokens.get(i).text.equals(text);
  }

  private Ast compare() {
    Ast a = sum();
    for (String op : List.of("==", "!=", "<=", ">=", "<", ">")) {
      if (isOp(op)) {
        Token k = tokens.get(t++);
        return new Ast.Binary(op, a, sum(), k.pos);
      }
    }
    boolean negated = false;
    if (isOp("not") && nextIs(1, "in")) {
      t++;
      negated = true;
    }
    if (isOp("in")) {
      Token k = tokens.get(t++);
      expect("(");
      List<Ast> items = new ArrayList<>();
      items.add(sum());
      while (isOp(",")) {
        t++;
        items.add(sum());
      }
      expect(")");
      return new Ast.In(a, items, negated, k.pos);
    }
    if (negated) {
      throw new ExprException(peek().pos, "expected", "in", peek().text);
    }
    return a;
  }

  private Ast sum() {
    Ast a = product();
    while (isOp("+") || isOp("-")) {
      Token k = tokens.get(t++);
      a = new Ast.Binary(k.text, a, product(), k.pos);
    }
    return a;
  }

  private Ast product() {
    Ast a = unary();
    while (isOp("*") || isOp("/")) {
      Token k = tokens.get(t++);
      a = new Ast.Binary(k.text, a, unary(), k.pos);
    }
    return a;
  }

  private Ast unary() {
    if (isOp("-")) {
      Token k = tokens.get(t++);
      return new Ast.Unary("-", unary(), k.pos);
    }
    return primary();
  }

  private Ast primary() {
    Token k = peek();
    switch (k.kind) {
      case NUMBER -> {
        t++;
        try {
          return new Ast.Literal(Double.parseDouble(k.text), k.pos);
        } catch (NumberFormatException e) {
          throw new ExprException(k.pos, "badNumber", k.text);
        }
      }
      case STRING -> {
        t++;
        return new Ast.Literal(k.text, k.pos);
      }
      case CONSTANT -> {
        t++;
        return new Ast.Constant(k.text, k.pos);
      }
      case NAME -> {
        t++;
        if (k.text.equals("true") || k.text.equals("false")) {
          return new Ast.Literal(Boolean.valueOf(k.text), k.pos);
        }
        if (List.of("and", "or", "not", "in").contains(k.text)) {
          throw new ExprException(k.pos, "unexpected", k.text);
        }
        if (isOp("(")) {
          t++;
          List<Ast> args = new ArrayList<>();
          if (!isOp(")")) {
            args.add(or());
            while (isOp(",")) {
              t++;
              args.add(or());
            }
          }
          expect(")");
          return new Ast.Call(k.text, args, k.pos);
        }
        return new Ast.Name(k.text, k.pos);
      }
      case OP -> {
        if (k.text.equals("(")) {
          t++;
          Ast a = or();
          expect(")");
          return a;
        }
        throw new ExprException(k.pos, "unexpected", k.text);
      }
      default -> throw new ExprException(k.pos, "end");
    }
  }
}
