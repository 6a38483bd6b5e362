package org.shutong.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shutong.firstpage.FirstPageRecord;

class TransformsTest {
  private static final Profile P = new Profile("t", "", HashAlgorithm.HMAC_SM3, List.of(), Action.KEEP, true, "*",
      List.of(new Rule("x", List.of("x"), null, null, false, ColumnClass.OTHER, Action.KEEP, Map.of(), "")), "0");
  private static final Transforms.Keyed KEYED = new Transforms.Keyed(
      new Pseudonymizer(KeysAndCryptoTest.KEY, HashAlgorithm.HMAC_SM3, Alphabet.BASE32, 16),
      new TokenCipher(KeysAndCryptoTest.KEY), new DateShift(KeysAndCryptoTest.KEY, HashAlgorithm.HMAC_SM3),
      KeysAndCryptoTest.KEY);

  private static Transforms.Transform t(Action a, Map<String, Object> options) {
    return Transforms.build(new Rule("r", List.of("c"), null, null, false, ColumnClass.OTHER, a, options, ""), P,
        Transforms.Environment.bundled(), KEYED);
  }

  private static Transforms.RowContext ctx(String person) {
    Transforms.RowContext c = new Transforms.RowContext();
    c.person(person);
    return c;
  }

  @Test
  void masksKeepTheEndsAndHideShortValuesWhole() {
    Transforms.Transform id = t(Action.MASK, Map.of("keepFirst", "6", "keepLast", "4"));
    assertEquals("320402********1234", id.apply("320402199001011234", ctx(null)));
    Transforms.Transform phone = t(Action.MASK, Map.of("keepFirst", "3", "keepLast", "4"));
    assertEquals("138****5678", phone.apply("13812345678", ctx(null)));
    Transforms.Transform name = t(Action.MASK, Map.of("keepFirst", "1"));
    assertEquals("张**", name.apply("张三丰", ctx(null)));
    assertEquals("***", phone.apply("123", ctx(null)));
    assertEquals("", phone.apply("", ctx(null)));
  }

  @Test
  void masksCountCharactersNotUtf16UnitsAndReuseNoStateBetweenValues() {
    Transforms.Transform name = t(Action.MASK, Map.of("keepFirst", "1", "keepLast", "1"));
    String longAddress = "江苏省常州市天宁区".repeat(10);
    assertEquals("江" + "*".repeat(longAddress.length() - 2) + "区", name.apply(longAddress, ctx(null)));
    assertEquals("王*明", name.apply("王小明", ctx(null)), "a shorter value after a longer one");
    assertEquals("\uD840\uDC00*明", name.apply("\uD840\uDC00小明", ctx(null)), "a supplementary character is one");
    Transforms.Transform wide = t(Action.MASK, Map.of("keepFirst", "1", "maskChar", "\uD840\uDC01"));
    assertEquals("王\uD840\uDC01\uD840\uDC01", wide.apply("王小明", ctx(null)));
    Transforms.Transform other = name.forThread();
    assertEquals(name.apply("13812345678", ctx(null)), other.apply("13812345678", ctx(null)));
  }

  @Test
  void onlyBlanksAndTheDashMarkRecordNothing() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String v = String.valueOf(c);
      boolean expected = c <= ' ' || v.isBlank() || c == '-' || c == '\uFF0D'; // control characters count as blank
      assertEquals(expected, FirstPageRecord.notRecorded(v), () -> Integer.toHexString(v.charAt(0)));
      assertEquals(expected, FirstPageRecord.notRecorded(v + " "), () -> Integer.toHexString(v.charAt(0)));
    }
    assertTrue(FirstPageRecord.notRecorded("\u3000\u3000 "));
    assertTrue(!FirstPageRecord.notRecorded("\u3000张"));
  }

  @Test
  void suppressionAndNoise() {
    assertEquals("*", t(Action.SUPPRESS, Map.of()).apply("anything", ctx(null)));
    assertEquals("", t(Action.SUPPRESS, Map.of()).apply("", ctx(null)));
    Transforms.Transform noise = t(Action.NOISE, Map.of("scale", "10", "decimals", "1"));
    String a = noise.apply("100", ctx("p1"));
    double v = Double.parseDouble(a);
    assertTrue(v >= 90 && v <= 110 && v != 100.0, a);
    assertEquals(a, noise.apply("100", ctx("p1")), "keyed: the same release every night");
    assertNotEquals(a, noise.apply("100", ctx("p2")));
    Transforms.RowContext c = ctx("p1");
    assertEquals("*", noise.apply("n/a", c));
    assertTrue(c.unparsed);
    String rel = t(Action.NOISE, Map.of("scale", "5%", "distribution", "laplace", "decimals", "2")).apply("2000", ctx("p"));
    assertTrue(Math.abs(Double.parseDouble(rel) - 2000) < 2000, rel);
  }

  @Test
  void shiftsKeepTheFormatAndNeedAPerson() {
    Transforms.Transform s = t(Action.SHIFT, Map.of("maxDays", "30"));
    String a = s.apply("2024-03-01 08:30:00", ctx("110105194912310021"));
    assertTrue(a.matches("\\d{4}-\\d{2}-\\d{2} 08:30:00"), a);
    String b = s.apply("20240301", ctx("110105194912310021"));
    assertEquals(a.substring(0, 10).replace("-", ""), b);
    Transforms.RowContext none = ctx(null);
    assertEquals("*", s.apply("2024-03-01", none));
    assertTrue(none.unparsed);
  }

  @Test
  void pseudonymsAcceptOtherAlphabetsAndNormalisation() {
    Transforms.Transform legacy = t(Action.PSEUDONYMIZE, Map.of("normalize", "resident-id", "domain", "rid"));
    // the legacy 15-digit number and its 18-character form are one person
    String full = "11010519491231002" + org.shutong.identifier.Identifiers.residentIdCheckCharacter("11010519491231002");
    assertEquals(legacy.apply("110105491231002", ctx(null)), legacy.apply(full, ctx(null)));
    String digits = t(Action.PSEUDONYMIZE, Map.of("alphabet", "digits", "length", "20")).apply("x", ctx(null));
    assertTrue(digits.matches("\\d{20}"), digits);
    assertTrue(t(Action.PSEUDONYMIZE, Map.of("prefix", "P-")).apply("x", ctx(null)).startsWith("P-"));
  }
}
