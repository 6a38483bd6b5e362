package org.shutong.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values declared with {@link Scope.Builder#indexed}: read through {@link Indexed}, by type. */
class IndexedValuesTest {
  private static final List<String> NAMES = List.of("B12", "B15", "B20", "A14", "C03C", "B34C");
  private static final List<ExprType> TYPES = List.of(ExprType.TIME, ExprType.TIME, ExprType.NUMBER,
      ExprType.NUMBER, ExprType.TEXT, ExprType.TEXT);

  /** A first-page-like record as strings; empty is missing. */
  private static final class Rec implements Indexed {
    private final String[] values;

    Rec(String... values) {
      this.values = values;
    }

    @Override
    public String text(int i) {
      return values[i].isEmpty() ? null : values[i];
    }

    @Override
    public double number(int i) {
      try {
        return values[i].isEmpty() ? Double.NaN : Double.parseDouble(values[i]);
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }

    @Override
    public long time(int i) {
      return values[i].isEmpty() ? Logic.NO_TIME : LocalDateTime.parse(values[i]).toEpochSecond(ZoneOffset.UTC);
    }

    @Override
    public boolean present(int i) {
      return !values[i].isEmpty();
    }

    @Override
    public boolean blank(int i) {
      return values[i].isBlank();
    }
  }

  private static final Scope<Rec> SCOPE;

  static {
    Scope.Builder<Rec> b = Scope.builder();
    for (int i = 0; i < NAMES.size(); i++) {
      b.indexed(NAMES.get(i), TYPES.get(i), i);
    }
    SCOPE = b.build();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "B12 <= B15;1", "B12 > B15;0", "B20 == days(B12, B15);1", "B20 + A14 == 47;1", "B20 != 4;0",
      "C03C == 'I21.000';1", "C03C < 'J';1", "B34C in ('2', '3');0", "startsWith(C03C, 'I21');1",
      "B12 <= B15 && C03C == 'I21.000';1", "B20 > 5 || A14 >= 43;1"})
  void readsEachTypeByIndex(String expr, int expected) {
    Rec r = new Rec("2024-03-01T08:30:00", "2024-03-05T10:00:00", "4", "43", "I21.000", "1");
    assertEquals(expected, Expression.condition(expr, SCOPE).test(r), expr);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "B12 <= B15;-1", "B15 >= B12;-1", "B20 == 4;-1", "4 == B20;-1", "A14 > 1;-1", "C03C == 'I21.000';-1",
      "'I21.000' == C03C;-1", "present(B15);0", "present(B12);1"})
  void missingOrUnreadableIndexedValuesAreUnknown(String expr, int expected) {
    Rec r = new Rec("2024-03-01T08:30:00", "", "", "abc", "", "1");
    assertEquals(expected, Expression.condition(expr, SCOPE).test(r), expr);
  }

  @org.junit.jupiter.api.Test
  void boolValuesCannotBeIndexed() {
    Scope.Builder<Rec> b = Scope.builder();
    assertThrows(IllegalArgumentException.class, () -> b.indexed("X", ExprType.BOOL, 0));
  }
}
