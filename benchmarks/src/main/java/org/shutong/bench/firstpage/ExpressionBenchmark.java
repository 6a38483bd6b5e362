package org.shutong.bench.firstpage;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlContext;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlExpression;
import org.apache.commons.jexl3.introspection.JexlPermissions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.shutong.expr.ExprType;
import org.shutong.expr.Expression;
import org.shutong.expr.Indexed;
import org.shutong.expr.Logic;

/**
 * The rule language's engine choice: Shutong's compiled expression tree against Apache Commons
 * JEXL 3 (sandboxed with {@code JexlPermissions.RESTRICTED}), evaluating the same five first-page
 * rules (date order, length of stay, age, transfer receiver, cost sum) on the same record, reading
 * and parsing values the same way (on access, from the record's strings). Time per record for all
 * five rules.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExpressionBenchmark {
  static final List<String> FIELDS = List.of("B12", "B15", "B20", "A13", "A14", "B34C", "B35", "D01",
      "D11", "D12", "D13", "D14", "D15", "D16", "D17", "D18", "D19", "D20", "D21", "D22", "D23", "D24",
      "D25", "D26", "D27", "D28", "D29", "D30", "D31", "D32", "D33", "D34");
  static final String ITEMS = String.join(", ", FIELDS.subList(8, FIELDS.size()));

  static final List<String> SHUTONG = List.of(
      "B12 <= B15",
      "B20 == max(1, days(B12, B15))",
      "A14 == years(A13, B12)",
      "!(B34C in ('2', '3')) || present(B35)",
      "D01 + 0.01 >= sum(" + ITEMS + ")");
  static final List<String> JEXL = List.of(
      "B12 <= B15",
      "B20 == fp:max(1, fp:days(B12, B15))",
      "A14 == fp:years(A13, B12)",
      "!(B34C == '2' || B34C == '3') || fp:present(B35)",
      "D01 + 0.01 >= fp:sum(" + ITEMS + ")");

  static final DateTimeFormatter DT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** One record as strings, read and parsed on access (as the checker reads a row). */
  public static final class FpRecord implements Indexed {
    final String[] values;
    final ExprType[] types;

    FpRecord(String[] values, ExprType[] types) {
      this.values = values;
      this.types = types;
    }

    @Override
    public String text(int i) {
      String v = values[i];
      return v.isEmpty() || v.equals("-") ? null : v;
    }

    @Override
    public double number(int i) {
      String v = text(i);
      if (v == null) {
        return Double.NaN;
      }
      try {
        return Double.parseDouble(v);
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }

    @Override
    public long time(int i) {
      String v = text(i);
      if (v == null) {
        return Logic.NO_TIME;
      }
      return v.length() == 10 ? LocalDate.parse(v).toEpochDay() * 86400L
          : LocalDateTime.parse(v, DT).toEpochSecond(ZoneOffset.UTC);
    }

    @Override
    public boolean present(int i) {
      return text(i) != null;
    }

    @Override
    public boolean blank(int i) {
      return values[i].isEmpty();
    }
  }

  /** JEXL functions (namespace fp): the same semantics as the rule language's, nulls for missing. */
  public static final class Fp {
    public static Object days(Object a, Object b) {
      return a == null || b == null ? null : (double) (Math.floorDiv((Long) b, 86400L) - Math.floorDiv((Long) a, 86400L));
    }

    public static Object years(Object birth, Object at) {
      if (birth == null || at == null) {
        return null;
      }
      LocalDate x = LocalDate.ofEpochDay(Math.floorDiv((Long) birth, 86400L));
      LocalDate y = LocalDate.ofEpochDay(Math.floorDiv((Long) at, 86400L));
      return (double) java.time.Period.between(x, y).getYears();
    }

    public static Object max(Object a, Object b) {
      return a == null || b == null ? null : Math.max(((Number) a).doubleValue(), ((Number) b).doubleValue());
    }

    public static boolean present(Object a) {
      return a != null;
    }

    public static double sum(Object... xs) {
      double s = 0;
      for (Object x : xs) {
        if (x != null) {
          s += ((Number) x).doubleValue();
        }
      }
      return s;
    }
  }

  FpRecord record;
  List<Expression<FpRecord>> shutong;
  List<JexlExpression> jexl;
  JexlContext context;

  @Setup
  public void setup() {
    Map<String, String> v = new HashMap<>(Map.of("B12", "2024-03-01 08:30:00", "B15", "2024-03-05 10:00:00",
        "B20", "4", "A13", "1980-05-20", "A14", "43", "B34C", "1", "B35", "-", "D01", "30000.00"));
    String[] items = {"500.00", "1000.00", "", "", "", "2500.00", "", "", "", "6000.00", "", "", "8000.00", "",
        "", "", "", "", "", "", "", "", "12000.00", ""};
    for (int i = 0; i < items.length; i++) {
      v.put(FIELDS.get(8 + i), items[i]);
    }
    String[] values = new String[FIELDS.size()];
    ExprType[] types = new ExprType[FIELDS.size()];
    org.shutong.expr.Scope.Builder<FpRecord> sb = org.shutong.expr.Scope.builder();
    for (int i = 0; i < values.length; i++) {
      String f = FIELDS.get(i);
      values[i] = v.get(f);
      types[i] = f.equals("B12") || f.equals("B15") || f.equals("A13") ? ExprType.TIME
          : f.equals("B34C") || f.equals("B35") ? ExprType.TEXT : ExprType.NUMBER;
      sb.indexed(f, types[i], i);
    }
    record = new FpRecord(values, types);
    org.shutong.expr.Scope<FpRecord> scope = sb.build();
    shutong = SHUTONG.stream().map(s -> Expression.condition(s, scope)).toList();
    JexlEngine engine = new JexlBuilder().permissions(JexlPermissions.RESTRICTED.compose("org.shutong.bench.firstpage.*")).strict(false).silent(false)
        .namespaces(Map.of("fp", Fp.class)).create();
    jexl = JEXL.stream().map(engine::createExpression).toList();
    context = new JexlContext() {
      @Override
      public Object get(String name) {
        int i = FIELDS.indexOf(name);
        return switch (record.types[i]) {
          case TIME -> {
            long t = record.time(i);
            yield t == Logic.NO_TIME ? null : t;
          }
          case TEXT -> record.text(i);
          default -> {
            double d = record.number(i);
            yield Double.isNaN(d) ? null : d;
          }
        };
      }

      @Override
      public void set(String name, Object value) {
        throw new UnsupportedOperationException("read-only");
      }

      @Override
      public boolean has(String name) {
        return FIELDS.contains(name);
      }
    };
    for (int i = 0; i < SHUTONG.size(); i++) {
      boolean a = shutong.get(i).test(record) == Logic.TRUE;
      boolean b = Boolean.TRUE.equals(jexl.get(i).evaluate(context));
      if (!a || !b) {
        throw new IllegalStateException("rule " + i + " should hold in both engines: " + a + " " + b + " "
            + engine.createExpression("fp:days(B12, B15)").evaluate(context) + " "
            + engine.createExpression("fp:max(1, 4.0)").evaluate(context) + " " + context.get("B20"));
      }
    }
  }

  @Benchmark
  public int shutongCompiledTree() {
    int n = 0;
    for (Expression<FpRecord> e : shutong) {
      n += e.test(record);
    }
    return n;
  }

  @Benchmark
  public int jexl() {
    int n = 0;
    for (JexlExpression e : jexl) {
      n += Boolean.TRUE.equals(e.evaluate(context)) ? 1 : 0;
    }
    return n;
  }
}
