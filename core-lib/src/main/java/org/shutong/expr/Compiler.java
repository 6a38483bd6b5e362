package org.shutong.expr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Type-checks an {@link Ast} against a {@link Scope} and builds the evaluation tree. */
final class Compiler<C> {
  private Scope<C> scope;
  private boolean inGroup;
  final Set<String> names = new LinkedHashSet<>();

  Compiler(Scope<C> scope) {
    this.scope = scope;
  }

  Node<C> compile(Ast a) {
    if (a instanceof Ast.Literal l) {
      return Node.constant(l.value());
    }
    if (a instanceof Ast.Constant k) {
      Object v = scope.constant(k.name());
      if (v == null) {
        throw new ExprException(k.pos(), "unknownConstant", k.name());
      }
      return Node.constant(v);
    }
    if (a instanceof Ast.Name n) {
      return name(n);
    }
    if (a instanceof Ast.Unary u) {
      Node<C> x = compile(u.operand());
      if (u.op().equals("!")) {
        need(x, ExprType.BOOL, "!", u.pos());
        return new Nodes.Not<>(x);
      }
      need(x, ExprType.NUMBER, "-", u.pos());
      return Node.number(c -> -x.num(c));
    }
    if (a instanceof Ast.Binary b) {
      return binary(b);
    }
    if (a instanceof Ast.In in) {
      return in(in);
    }
    return call((Ast.Call) a);
  }

  private Node<C> name(Ast.Name n) {
    Scope.Value<C> v = scope.value(n.name());
    if (v == null) {
      throw new ExprException(n.pos(), "unknownName", n.name());
    }
    names.add(n.name());
    if (v.indexed()) {
      return Nodes.indexed(v.type(), v.index());
    }
    return switch (v.type()) {
      case BOOL -> Node.bool(v.bool());
      case NUMBER -> Node.number(v.number());
      case TEXT -> Node.text(v.text());
      case TIME -> Node.time(v.time());
    };
  }

  private static void need(Node<?> x, ExprType t, String what, int pos) {
    if (x.type != t) {
      throw new ExprException(pos, "type", what, t.label(), x.type.label());
    }
  }

  private Node<C> binary(Ast.Binary b) {
    Node<C> l = compile(b.left());
    Node<C> r = compile(b.right());
    String op = b.op();
    switch (op) {
      case "&&" -> {
        need(l, ExprType.BOOL, op, b.pos());
        need(r, ExprType.BOOL, op, b.pos());
        return Nodes.and(l, r);
      }
      case "||" -> {
        need(l, ExprType.BOOL, op, b.pos());
        need(r, ExprType.BOOL, op, b.pos());
        return Nodes.or(l, r);
      }
      case "+", "-", "*", "/" -> {
        need(l, ExprType.NUMBER, op, b.pos());
        need(r, ExprType.NUMBER, op, b.pos());
        return switch (op) {
          case "+" -> Node.number(c -> l.num(c) + r.num(c));
          case "-" -> Node.number(c -> l.num(c) - r.num(c));
          case "*" -> Node.number(c -> l.num(c) * r.num(c));
          default -> Node.number(c -> {
            double d = r.num(c);
            return d == 0 ? Double.NaN : l.num(c) / d;
          });
        };
      }
      default -> {
        return comparison(op, l, r, b.pos());
      }
    }
  }

  private Node<C> comparison(String op, Node<C> l, Node<C> r, int pos) {
    if (l.type != r.type) {
      throw new ExprException(pos, "compare", l.type.label(), r.type.label());
    }
    int opCode = Nodes.op(op);
    switch (l.type) {
      case NUMBER -> {
        return new Nodes.CmpNum<>(l, r, opCode);
      }
      case TIME -> {
        return new Nodes.CmpTime<>(l, r, opCode);
      }
      case TEXT -> {
        return new Nodes.CmpText<>(l, r, opCode);
      }
      default -> {
        if (!op.equals("==") && !op.equals("!=")) {
          throw new ExprException(pos, "type", op, "number|text|time", "bool");
        }
        boolean eq = op.equals("==");
        return Node.bool(c -> {
          int x = l.test(c);
          int y = r.test(c);
          if (x == Logic.UNKNOWN || y == Logic.UNKNOWN) {
            return Logic.UNKNOWN;
          }
          return Logic.of((x == y) == eq);
        });
      }
    }
  }

  /** Numbers compare equal within a relative 1e-9, so that sums of yuan amounts compare as people expect. */
  static int numCompare(double x, double y) {
    double tol = 1e-9 * Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
    if (Math.abs(x - y) <= tol) {
      return 0;
    }
    return x < y ? -1 : 1;
  }


  private Node<C> in(Ast.In in) {
    Node<C> x = compile(in.operand());
    boolean neg = in.negated();
    if (x.type == ExprType.TEXT) {
      Set<String> set = new HashSet<>();
      for (Ast item : in.items()) {
        Node<C> n = compile(item);
        if (n.type != ExprType.TEXT || n.constant() == null) {
          throw new ExprException(item.pos(), "type", "in", "text constant", n.type.label());
        }
        set.add((String) n.constant());
      }
      Set<String> s = Set.copyOf(set);
      return Node.bool(c -> {
        String v = x.text(c);
        return v == null ? Logic.UNKNOWN : Logic.of(s.contains(v) != neg);
      });
    }
    if (x.type == ExprType.NUMBER) {
      double[] ds = new double[in.items().size()];
      for (int i = 0; i < ds.length; i++) {
        Ast item = in.items().get(i);
        Node<C> n = compile(item);
        if (n.type != ExprType.NUMBER || n.constant() == null) {
          throw new ExprException(item.pos(), "type", "in", "number constant", n.type.label());
        }
        ds[i] = (Double) n.constant();
      }
      return Node.bool(c -> {
        double v = x.num(c);
        if (Double.isNaN(v)) {
          return Logic.UNKNOWN;
        }
        for (double d : ds) {
          if (numCompare(v, d) == 0) {
            return Logic.of(!neg);
          }
        }
        return Logic.of(neg);
      });
    }
    throw new ExprException(in.pos(), "type", "in", "text|number", x.type.label());
  }

  // --- functions

  private Node<C> call(Ast.Call call) {
    String f = call.name();
    List<Ast> args = call.args();
    int pos = call.pos();
    switch (f) {
      case "present", "empty" -> {
        arity(call, 1, 1);
        Predicate<C> filled = filled(f, args.get(0));
        boolean want = f.equals("present");
        return Node.bool(c -> Logic.of(filled.test(c) == want));
      }
      case "blank" -> {
        arity(call, 1, 1);
        Predicate<C> filled = filled(f, args.get(0));
        Scope.Value<C> v = scope.value(((Ast.Name) args.get(0)).name());
        Predicate<C> blank = v.blank() != null ? v.blank() : filled.negate();
        return Node.bool(c -> Logic.of(blank.test(c)));
      }
      case "len" -> {
        arity(call, 1, 1);
        Node<C> x = typed(args.get(0), ExprType.TEXT, f);
        return Node.number(c -> {
          String s = x.text(c);
          return s == null ? Double.NaN : s.codePointCount(0, s.length());
        });
      }
      case "startsWith", "contains" -> {
        arity(call, 2, Integer.MAX_VALUE);
        Node<C> x = typed(args.get(0), ExprType.TEXT, f);
        List<String> lits = literals(call, 1);
        String[] ps = lits.toArray(new String[0]);
        boolean starts = f.equals("startsWith");
        return Node.bool(c -> {
          String s = x.text(c);
          if (s == null) {
            return Logic.UNKNOWN;
          }
          for (String p : ps) {
            if (starts ? s.startsWith(p) : s.contains(p)) {
              return Logic.TRUE;
            }
          }
          return Logic.FALSE;
        });
      }
      case "matches" -> {
        arity(call, 2, 2);
        Node<C> x = typed(args.get(0), ExprType.TEXT, f);
        String re = literals(call, 1).get(0);
        Pattern p;
        try {
          p = Pattern.compile(re);
        } catch (PatternSyntaxException e) {
          throw new ExprException(args.get(1).pos(), "regex", e.getDescription());
        }
        return Node.bool(c -> {
          String s = x.text(c);
          return s == null ? Logic.UNKNOWN : Logic.of(p.matcher(s).matches());
        });
      }
      case "abs" -> {
        arity(call, 1, 1);
        Node<C> x = typed(args.get(0), ExprType.NUMBER, f);
        return Node.number(c -> Math.abs(x.num(c)));
      }
      case "min", "max" -> {
        arity(call, 1, Integer.MAX_VALUE);
        List<Node<C>> xs = new ArrayList<>();
        for (Ast a : args) {
          xs.add(typed(a, ExprType.NUMBER, f));
        }
        boolean min = f.equals("min");
        return Node.number(c -> {
          double r = min ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
          for (Node<C> x : xs) {
            double v = x.num(c);
            if (Double.isNaN(v)) {
              return Double.NaN;
            }
            r = min ? Math.min(r, v) : Math.max(r, v);
          }
          return r;
        });
      }
      case "round" -> {
        arity(call, 1, 2);
        Node<C> x = typed(args.get(0), ExprType.NUMBER, f);
        double scale = 1;
        if (args.size() == 2) {
          Node<C> d = compile(args.get(1));
          if (d.type != ExprType.NUMBER || d.constant() == null) {
            throw new ExprException(args.get(1).pos(), "type", f, "number constant", d.type.label());
          }
          scale = Math.pow(10, (Double) d.constant());
        }
        double s = scale;
        return Node.number(c -> Math.round(x.num(c) * s) / s);
      }
      case "sum" -> {
        arity(call, 1, Integer.MAX_VALUE);
        List<Node<C>> xs = new ArrayList<>();
        List<Predicate<C>> fs = new ArrayList<>();
        for (Ast a : args) {
          xs.add(typed(a, ExprType.NUMBER, f));
          fs.add(a instanceof Ast.Name n ? scope.value(n.name()).filled() : null);
        }
        List<Node<C>> nodes = List.copyOf(xs);
        List<Predicate<C>> filled = new ArrayList<>(fs);
        int count = nodes.size();
        return Node.number(c -> {
          double r = 0;
          for (int i = 0; i < count; i++) {
            Predicate<C> p = filled.get(i);
            if (p != null && !p.test(c)) {
              continue;
            }
            double v = nodes.get(i).num(c);
            if (Double.isNaN(v)) {
              return Double.NaN;
            }
            r += v;
          }
          return r;
        });
      }
      case "coalesce" -> {
        arity(call, 2, Integer.MAX_VALUE);
        List<Node<C>> xs = new ArrayList<>();
        for (Ast a : args) {
          xs.add(compile(a));
        }
        ExprType t = xs.get(0).type;
        for (int i = 1; i < xs.size(); i++) {
          need(xs.get(i), t, f, args.get(i).pos());
        }
        return coalesce(t, xs);
      }
      case "days", "hours", "years" -> {
        arity(call, 2, 2);
        Node<C> a = typed(args.get(0), ExprType.TIME, f);
        Node<C> b = typed(args.get(1), ExprType.TIME, f);
        return Node.number(c -> {
          long x = a.time(c);
          long y = b.time(c);
          if (x == Logic.NO_TIME || y == Logic.NO_TIME) {
            return Double.NaN;
          }
          return switch (f) {
            case "days" -> Math.floorDiv(y, 86400L) - Math.floorDiv(x, 86400L);
            case "hours" -> (y - x) / 3600.0;
            default -> completedYears(x, y);
          };
        });
      }
      case "date" -> {
        arity(call, 1, 1);
        Node<C> x = typed(args.get(0), ExprType.TIME, f);
        return Node.time(c -> {
          long t = x.time(c);
          return t == Logic.NO_TIME ? t : Math.floorDiv(t, 86400L) * 86400L;
        });
      }
      case "any", "all", "count" -> {
        return group(call);
      }
      default -> {
        Scope.TextFunction<C> tf = scope.function(f);
        if (tf == null) {
          throw new ExprException(pos, "unknownFunction", f);
        }
        return textFunction(call, tf);
      }
    }
  }

  private Node<C> coalesce(ExprType t, List<Node<C>> xs) {
    List<Node<C>> n = List.copyOf(xs);
    return switch (t) {
      case NUMBER -> Node.number(c -> {
        for (Node<C> x : n) {
          double v = x.num(c);
          if (!Double.isNaN(v)) {
            return v;
          }
        }
        return Double.NaN;
      });
      case TIME -> Node.time(c -> {
        for (Node<C> x : n) {
          long v = x.time(c);
          if (v != Logic.NO_TIME) {
            return v;
          }
        }
        return Logic.NO_TIME;
      });
      case TEXT -> Node.text(c -> {
        for (Node<C> x : n) {
          String v = x.text(c);
          if (v != null) {
            return v;
          }
        }
        return null;
      });
      case BOOL -> Node.bool(c -> {
        for (Node<C> x : n) {
          int v = x.test(c);
          if (v != Logic.UNKNOWN) {
            return v;
          }
        }
        return Logic.UNKNOWN;
      });
    };
  }

  /** Completed years from time x to time y (an age), by calendar dates. */
  static double completedYears(long x, long y) {
    long[] a = civil(Math.floorDiv(x, 86400L));
    long[] b = civil(Math.floorDiv(y, 86400L));
    long years = b[0] - a[0];
    if (b[1] < a[1] || (b[1] == a[1] && b[2] < a[2])) {
      years--;
    }
    return years;
  }

  /** Year, month, day of a day number (H. Hinnant's civil_from_days). */
  static long[] civil(long z) {
    z += 719468;
    long era = Math.floorDiv(z, 146097);
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp < 10 ? mp + 3 : mp - 9;
    return new long[] {m <= 2 ? y + 1 : y, m, d};
  }

  private Node<C> group(Ast.Call call) {
    String f = call.name();
    arity(call, 2, 2);
    Ast g = call.args().get(0);
    if (inGroup) {
      throw new ExprException(call.pos(), "nested", f);
    }
    if (!(g instanceof Ast.Name gn) || scope.group(gn.name()) == null) {
      throw new ExprException(g.pos(), "notGroup", g instanceof Ast.Name n ? n.name() : "?",
          String.join(", ", scope.groupNames()));
    }
    Scope.Group<C> group = scope.group(gn.name());
    Scope<C> outer = scope;
    scope = group.members();
    inGroup = true;
    Node<C> cond;
    try {
      cond = typed(call.args().get(1), ExprType.BOOL, f);
    } finally {
      scope = outer;
      inGroup = false;
    }
    Scope.GroupAccess<C> acc = group.access();
    return switch (f) {
      case "count" -> Node.number(c -> {
        int n = 0;
        int size = acc.size(c);
        for (int i = 0; i < size; i++) {
          if (acc.filled(c, i)) {
            acc.bind(c, i);
            try {
              if (cond.test(c) == Logic.TRUE) {
                n++;
              }
            } finally {
              acc.unbind(c);
            }
          }
        }
        return n;
      });
      default -> {
        boolean any = f.equals("any");
        yield Node.bool(c -> {
          int size = acc.size(c);
          for (int i = 0; i < size; i++) {
            if (acc.filled(c, i)) {
              acc.bind(c, i);
              int v;
              try {
                v = cond.test(c);
              } finally {
                acc.unbind(c);
              }
              if (any && v == Logic.TRUE) {
                return Logic.TRUE;
              }
              if (!any && v == Logic.FALSE) {
                return Logic.FALSE;
              }
            }
          }
          return any ? Logic.FALSE : Logic.TRUE;
        });
      }
    };
  }

  private Node<C> textFunction(Ast.Call call, Scope.TextFunction<C> tf) {
    arity(call, 1, Integer.MAX_VALUE);
    Node<C> x = typed(call.args().get(0), ExprType.TEXT, call.name());
    List<String> lits = literals(call, 1);
    BiFunction<C, String, Object> fn;
    try {
      fn = tf.factory().apply(lits);
    } catch (IllegalArgumentException e) {
      throw new ExprException(call.pos(), "unexpected", call.name() + ": " + e.getMessage());
    }
    return switch (tf.result()) {
      case BOOL -> Node.bool(c -> {
        String s = x.text(c);
        if (s == null) {
          return Logic.UNKNOWN;
        }
        Object r = fn.apply(c, s);
        return r == null ? Logic.UNKNOWN : Logic.of((Boolean) r);
      });
      case TEXT -> Node.text(c -> {
        String s = x.text(c);
        return s == null ? null : (String) fn.apply(c, s);
      });
      case NUMBER -> Node.number(c -> {
        String s = x.text(c);
        Object r = s == null ? null : fn.apply(c, s);
        return r == null ? Double.NaN : ((Number) r).doubleValue();
      });
      case TIME -> Node.time(c -> {
        String s = x.text(c);
        Object r = s == null ? null : fn.apply(c, s);
        return r == null ? Logic.NO_TIME : (Long) r;
      });
    };
  }

  private Predicate<C> filled(String f, Ast a) {
    if (!(a instanceof Ast.Name n)) {
      throw new ExprException(a.pos(), "notField", f);
    }
    Scope.Value<C> v = scope.value(n.name());
    if (v == null) {
      throw new ExprException(n.pos(), "unknownName", n.name());
    }
    if (v.filled() == null) {
      throw new ExprException(n.pos(), "notField", f);
    }
    names.add(n.name());
    return v.filled();
  }

  private Node<C> typed(Ast a, ExprType t, String f) {
    Node<C> x = compile(a);
    need(x, t, f, a.pos());
    return x;
  }

  private List<String> literals(Ast.Call call, int from) {
    List<String> out = new ArrayList<>();
    for (int i = from; i < call.args().size(); i++) {
      Ast a = call.args().get(i);
      Object v = a instanceof Ast.Literal l ? l.value()
          : a instanceof Ast.Constant k ? scope.constant(k.name()) : null;
      if (!(v instanceof String s)) {
        throw new ExprException(a.pos(), "literal", call.name(), i + 1);
      }
      out.add(s);
    }
    return out;
  }

  private static void arity(Ast.Call call, int min, int max) {
    int n = call.args().size();
    if (n < min || n > max) {
      String want = min == max ? String.valueOf(min) : max == Integer.MAX_VALUE ? min + "+" : min + "–" + max;
      throw new ExprException(call.pos(), "arity", call.name(), want, n);
    }
  }
}
