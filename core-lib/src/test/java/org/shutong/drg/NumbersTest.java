package org.shutong.drg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sex, ages and weights are read as numbers (ALGORITHM.md §4). */
class NumbersTest {
  @Test
  void sexIsOneOrTwoAsANumberOrInChinese() {
    assertEquals(1, Numbers.sex("1"));
    assertEquals(1, Numbers.sex(" 1.0 "));
    assertEquals(2, Numbers.sex("女"));
    assertEquals(-1, Numbers.sex("0"));
    assertEquals(-1, Numbers.sex("9"));
    assertEquals(-1, Numbers.sex("F"));
  }

  @Test
  void countsAreWholeNonNegativeNumbers() {
    assertEquals(45, Numbers.count("45"));
    assertEquals(45, Numbers.count("\u300045.0 "));
    assertEquals(0, Numbers.count("0"));
    assertEquals(-1, Numbers.count("4.5"));
    assertEquals(-1, Numbers.count("-1"));
    assertEquals(-1, Numbers.count("45岁"));
    assertEquals(-1, Numbers.count(""));
  }

  @Test
  void numbersArePlainDecimals() {
    assertEquals(2450.5, Numbers.number("2450.5"));
    assertEquals(-3, Numbers.number("-3"));
    assertEquals(0.5, Numbers.number(".5"));
    assertEquals(12, Numbers.number("12."));
    assertTrue(Double.isNaN(Numbers.number("1e3")));
    assertTrue(Double.isNaN(Numbers.number("3,200")));
    assertTrue(Double.isNaN(Numbers.number("-")));
    assertTrue(Double.isNaN(Numbers.number(".")));
    assertTrue(Double.isNaN(Numbers.number("12345678901234567890")));
  }
}
