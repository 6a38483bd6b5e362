package org.shutong.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shutong.i18n.Lang;

class ExpressionTest {
  /** A record: named values, and a list of "diagnoses" (code strings) as a group. */
  static final class Ctx {
    final Map<String, String> v = new HashMap<>();
    final List<String> dx = new ArrayList<>();
    int bound = -1;

    Ctx put(String k, String val) {
      v.put(k, val);
      return this;
    }
  }

  private static String get(Ctx c, String k) {
    String s = c.v.get(k);
    return s == null || s.isBlank() ? null : s;
  }

  private static double num(Ctx c, String k) {
    String s = get(c, k);
    try {
      return s == null ? Double.NaN : Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static long time(Ctx c, String k) {
    String s = get(c, k);
    return s == null ? Logic.NO_TIME : LocalDateTime.parse(s).toEpochSecond(ZoneOffset.UTC);
  }

  static final Scope<Ctx> SCOPE;

  static {
    Scope.Builder<Ctx> b = Scope.builder();
    for (String k : List.of("S", "NAME")) {
      b.text(k, c -> get(c, k), c -> get(c, k) != null);
    }
    for (String k : List.of("A", "B", "D1", "D2", "D3")) {
      b.number(k, c -> num(c, k), c -> get(c, k) != null);
    }
    for (String k : List.of("T1", "T2")) {
      b.time(k, c -> time(c, k), c -> get(c, k) != null);
    }
    b.constant("tol", 0.5).constant("male", "1");
    b.textFunction("icdIn", ExprType.BOOL, lits -> (c, s) -> lits.stream().anyMatch(s::startsWith));
    b.textFunction("first", ExprType.TEXT, lits -> (c, s) -> s.isEmpty() ? null : s.substring(0, 1));
    Scope<Ctx> root = b.build();
    Scope<Ctx> members = root.child()
        .text("code", c -> c.dx.get(c.bound), c -> c.dx.get(c.bound) != null).build();
    SCOPE = root.child().group("dx", new Scope.GroupAccess<>() {
      @Override
      public int size(Ctx c) {
        return c.dx.size();
      }

      @Override
      public boolean filled(Ctx c, int i) {
        return c.dx.get(i) != null;
      }

      @Override
      public void bind(Ctx c, int i) {
        c.bound = i;
      }

      @Override
      public void unbind(Ctx c) {
        c.bound = -1;
      }
    }, members).build();
  }

  private static int test(String expr, Ctx c) {
    return Expression.condition(expr, SCOPE).test(c);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
      "A == 3;1", "A != 3;0", "A < 4;1", "A + B == 7;1", "A * B > 11.9;1", "B / A > 1.3;1",
      "-A == 0 - 3;1", "A == 3 && B == 4;1", "A == 3 and B == 5;0", "A == 2 || B == 4;1",
      "not A == 3;0", "!(A == 3);0", "S == 'S06.000';1", "S in ('x', 'S06.000');1",
      "S not in ('x', 'S06.000');0", "A in (1, 2, 3);1", "startsWith(S, 'S', 'T');1",
      "startsWith(S, 'T');0", "contains(S, '06');1", "matches(S, '[A-Z]\\d{2}\\.\\d{3}');1",
      "len(S) == 7;1", "len(NAME) == 2;1", "present(NAME);1", "empty(D1);1", "abs(0 - A) == 3;1",
      "min(A, B) == 3 && max(A, B) == 4;1", "round(B / A, 2) == 1.33;1", "sum(A, B, D1) == 7;1",
      "coalesce(D1, A) == 3;1", "days(T1, T2) == 3;1", "hours(T1, T2) > 72;1",
      "years(T1, T2) == 0;1", "date(T2) < T2;1", "icdIn(S, 'S0', 'T');1", "first(S) == 'S';1",
      "A > $tol;1", "'1' == $male;1", "0.1 + 0.2 == 0.3;1", "true == (A == 3);1"})
  void evaluates(String expr, int expected) {
    Ctx c = new Ctx().put("A", "3").put("B", "4").put("S", "S06.000").put("NAME", "张三")
        .put("T1", "2024-01-05T08:30:00").put("T2", "2024-01-08T10:00:00");
    assertEquals(expected, test(expr, c), expr);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
      "D1 == 3;-1", "D1 == 3 && A == 3;-1", "D1 == 3 && A == 4;0", "D1 == 3 || A == 3;1",
      "D1 == 3 || A == 4;-1", "!(D1 == 3);-1", "S == 'x';-1", "startsWith(NAME, 'x');-1",
      "days(T1, T2) > 1;-1", "sum(A, D2) == 3;-1", "sum(A, D1) == 3;1", "icdIn(NAME, 'x');-1",
      "A / D3 > 1;-1", "present(D1);0", "A == 3 && D1 == 3;-1", "A == 4 && D1 == 3;0",
      "A == 3 || D1 == 3;1", "A == 4 || D1 == 3;-1", "3 == D1;-1", "T1 < T2;-1", "T2 > T1;-1",
      "'x' == S;-1", "'x' != S;-1"})
  void missingOrUnreadableValuesGiveUnknown(String expr, int expected) {
    Ctx c = new Ctx().put("A", "3").put("D2", "abc").put("D3", "0").put("T1", "2024-01-05T08:30:00");
    assertEquals(expected, test(expr, c), expr);
  }

  @Test
  void groupFunctionsIterateFilledSlots() {
    Ctx c = new Ctx();
    c.dx.addAll(java.util.Arrays.asList("O80.000", null, "Z37.000"));
    assertEquals(Logic.TRUE, test("any(dx, startsWith(code, 'Z37'))", c));
    assertEquals(Logic.FALSE, test("all(dx, startsWith(code, 'Z37'))", c));
    assertEquals(Logic.TRUE, test("count(dx, startsWith(code, 'O', 'Z')) == 2", c));
    assertEquals(Logic.FALSE, test("any(dx, startsWith(code, 'P'))", c));
    assertEquals(-1, c.bound);
    c.dx.clear();
    assertEquals(Logic.TRUE, test("all(dx, startsWith(code, 'Z37'))", c));
  }

  @Test
  void formatsValuesForMessages() {
    Ctx c = new Ctx().put("A", "3").put("B", "4.5").put("T1", "2024-01-05T00:00:00")
        .put("T2", "2024-01-08T10:00:05");
    assertEquals("7.5", Expression.compile("A + B", SCOPE).format(c));
    assertEquals("3", Expression.compile("A", SCOPE).format(c));
    assertEquals("2024-01-05", Expression.compile("T1", SCOPE).format(c));
    assertEquals("2024-01-08 10:00:05", Expression.compile("T2", SCOPE).format(c));
    assertEquals(null, Expression.compile("D1", SCOPE).format(c));
    assertEquals(List.of("A", "B", "S"),
        List.copyOf(Expression.compile("A + B > 1 && present(S)", SCOPE).names()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
      "A == ;5", "A = 3;3", "A == 'x';3", "S + 1 > 2;3", "NOPE == 1;1", "foo(A);1",
      "startsWith(S, NAME);15", "any(S, A == 1);5", "any(dx, any(dx, code == 'x'));9",
      "A == 3 &&;10", "'abc;1", "A + B;1", "$nope == 1;1", "matches(S, '[');12", "len(S, S);1",
      "present(A + 1);11", "A in (B);7", "3x == 1;1", "A # 1;3"})
  void rejectsBadExpressionsWithAPosition(String expr, int position) {
    ExprException e = assertThrows(ExprException.class, () -> Expression.condition(expr, SCOPE));
    assertEquals(position, e.position(), expr + ": " + e.getMessage());
    assertTrue(e.message(Lang.ZH).startsWith("第 " + position + " 个字符处"), e.message(Lang.ZH));
  }
}
