package org.shutong.expr;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A compiled expression of the Shutong rule language: a small, typed, side-effect-free language of
 * comparisons, arithmetic, three-valued logic ({@link Logic}) and a fixed set of functions, with no
 * way to call Java methods, load classes or loop without bound — safe to take from users' rule
 * files. Compiled once (parse, name resolution and type checking against a {@link Scope}), then
 * evaluated against any number of contexts without allocation. The grammar and functions are
 * documented in {@code docs/firstpage.md}. Immutable and thread-safe if the scope's accessors are.
 *
 * @param <C> the context type
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Expression<C> {
  private final String source;
  private final Node<C> root;
  private final Set<String> names;

  private Expression(String source, Node<C> root, Set<String> names) {
    this.source = source;
    this.root = root;
    this.names = names;
  }

  /**
   * Parses and type-checks {@code source}.
   *
   * @throws ExprException if it does not parse, names something the scope does not know, or mixes types
   */
  public static <C> Expression<C> compile(String source, Scope<C> scope) {
    Objects.requireNonNull(source, "source");
    Compiler<C> c = new Compiler<>(scope);
    Node<C> root = c.compile(Parser.parse(source));
    return new Expression<>(source, root, Collections.unmodifiableSet(new LinkedHashSet<>(c.names)));
  }

  /**
   * Compiles a condition: as {@link #compile}, and the result must be {@link ExprType#BOOL}.
   *
   * @throws ExprException as {@link #compile}, or if the result is not a condition
   */
  public static <C> Expression<C> condition(String source, Scope<C> scope) {
    Expression<C> e = compile(source, scope);
    if (e.type() != ExprType.BOOL) {
      throw new ExprException(0, "notBool", e.type().label());
    }
    return e;
  }

  /** The source text. */
  public String source() {
    return source;
  }

  /** The result type. */
  public ExprType type() {
    return root.type;
  }

  /** The names of values (fields, members) the expression reads, in order of appearance. */
  public Set<String> names() {
    return names;
  }

  /** Evaluates a condition: {@link Logic#TRUE}, {@link Logic#FALSE} or {@link Logic#UNKNOWN}. */
  public int test(C context) {
    return root.test(context);
  }

  /** Evaluates a number expression; NaN when unknown. */
  public double number(C context) {
    return root.num(context);
  }

  /** Evaluates a text expression; {@code null} when unknown. */
  public String text(C context) {
    return root.text(context);
  }

  /** Evaluates a time expression (seconds); {@link Logic#NO_TIME} when unknown. */
  public long time(C context) {
    return root.time(context);
  }

  /**
   * The value as text for messages: numbers without a needless {@code .0}, times as
   * {@code yyyy-MM-dd HH:mm:ss} (or {@code yyyy-MM-dd} at midnight), true/false; {@code null} when
   * unknown.
   */
  public String format(C context) {
    return switch (root.type) {
      case BOOL -> {
        int v = root.test(context);
        yield v == Logic.UNKNOWN ? null : String.valueOf(v == Logic.TRUE);
      }
      case NUMBER -> formatNumber(root.num(context));
      case TEXT -> root.text(context);
      case TIME -> formatTime(root.time(context));
    };
  }

  /** A number as people write it: {@code 3}, {@code 3.5}, {@code 0.01}; {@code null} for NaN. */
  public static String formatNumber(double d) {
    if (Double.isNaN(d)) {
      return null;
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    String s = java.math.BigDecimal.valueOf(d).setScale(6, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString();
    return s;
  }

  /** A time as {@code yyyy-MM-dd HH:mm:ss}, or {@code yyyy-MM-dd} at midnight; {@code null} if unknown. */
  public static String formatTime(long t) {
    if (t == Logic.NO_TIME) {
      return null;
    }
    long day = Math.floorDiv(t, 86400L);
    long sec = t - day * 86400L;
    long[] ymd = Compiler.civil(day);
    String date = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", ymd[0], ymd[1], ymd[2]);
    if (sec == 0) {
      return date;
    }
    return date + String.format(java.util.Locale.ROOT, " %02d:%02d:%02d", sec / 3600, sec / 60 % 60, sec % 60);
  }

  @Override
  public String toString() {
    return source;
  }
}
