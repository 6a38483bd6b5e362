package org.shutong.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The WS 363.1 representation-format grammar: each case with a conforming and a breaking value. */
class RepresentationFormatTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    // format | kind | min | max | decimals
    "A..50   | A        | 1  | 50         | -1",
    "A       | A        | 1  | 2147483647 | -1",
    "AN..20  | AN       | 1  | 20         | -1",
    "AN18    | AN       | 18 | 18         | -1",
    "AN4..20 | AN       | 4  | 20         | -1",
    "N1      | N        | 1  | 1          | -1",
    "N2      | N        | 2  | 2          | -1",
    "N1..3   | N        | 1  | 3          | -1",
    "N..3    | N        | 1  | 3          | -1",
    "N4,1    | N        | 4  | 4          | 1",
    "N6,2    | N        | 6  | 6          | 2",
    "N..6,2  | N        | 1  | 6          | 2",
    "N3..5,1 | N        | 3  | 5          | 1",
    "D8      | DATE     | 8  | 8          | -1",
    "DT15    | DATETIME | 15 | 15         | -1",
    "T6      | TIME     | 6  | 6          | -1",
    "T/F     | BOOLEAN  | 1  | 1          | -1",
  })
  void parses(String text, RepresentationFormat.Kind kind, int min, int max, int decimals) {
    RepresentationFormat f = RepresentationFormat.parse(text);
    assertEquals(kind, f.kind());
    assertEquals(min, f.minLength());
    assertEquals(max, f.maxLength());
    assertEquals(decimals, f.decimals());
    assertEquals(text, f.text());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
    "''", "X..5", "AN..", "AN..x", "N,2", "AN..20,2", "A4,1", "N5..3", "N0", "N..3,2", "D", "DT14", "T5", "N1..3extra",
    "AN 20", "n2", "N1234567",
  })
  void rejectsWhatIsNotAFormat(String text) {
    assertThrows(IllegalArgumentException.class, () -> RepresentationFormat.parse(text));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
    // A: letters (incl. Chinese), no digits
    "A..50 | 张三 | NONE",
    "A..50 | 阿卜杜·热依木 | NONE",
    "A..50 | John Smith | NONE",
    "A..50 | 张三1 | CHARACTERS",
    "A..4  | 欧阳娜娜娜 | LENGTH",
    "A..4  | 欧阳娜娜 | NONE",
    // AN: any text
    "AN..10 | 阴性(-) 3+ | NONE",
    "AN..3  | ABCD | LENGTH",
    "AN18   | 11010519491231002X | NONE",
    "AN18   | 1101051949123100 | LENGTH",
    "AN4..6 | ABC | LENGTH",
    "AN4..6 | ABCD | NONE",
    "AN4..6 | ABCDEFG | LENGTH",
    // N
    "N1    | 1 | NONE",
    "N1    | 12 | LENGTH",
    "N2    | 01 | NONE",
    "N2    | 1 | LENGTH",
    "N2    | 1a | CHARACTERS",
    "N2    | １０ | CHARACTERS",
    "N1..3 | 120 | NONE",
    "N1..3 | 1200 | LENGTH",
    "N1..3 | -12 | CHARACTERS",
    "N1..3 | 12.5 | CHARACTERS",
    "N2..3 | 7 | LENGTH",
    // decimals: length counts the point
    "N4,1   | 36.5 | NONE",
    "N4,1   | 36 | DECIMALS",
    "N4,1   | 36.55 | DECIMALS",
    "N4,1   | 365.5 | LENGTH",
    "N4,1   | .5 | DECIMALS",
    "N4,1   | 3a.5 | CHARACTERS",
    "N4,1   | 36.5.1 | CHARACTERS",
    "N..6,2 | 1.25 | NONE",
    "N..6,2 | 123.45 | NONE",
    "N..6,2 | 1234.56 | LENGTH",
    "N..6,2 | 1.2 | DECIMALS",
    "N6,2   | 123.45 | NONE",
    "N6,2   | 12.34 | LENGTH",
    // D8
    "D8 | 20240131 | NONE",
    "D8 | 20240229 | NONE",
    "D8 | 20230229 | DATE",
    "D8 | 20241301 | DATE",
    "D8 | 2024-01-31 | DATE",
    "D8 | 2024013 | DATE",
    // DT15
    "DT15 | 20240131T083000 | NONE",
    "DT15 | 20240131T235959 | NONE",
    "DT15 | 20240131T240000 | DATETIME",
    "DT15 | 20240131 083000 | DATETIME",
    "DT15 | 20240131083000 | DATETIME",
    "DT15 | 20240132T083000 | DATETIME",
    // T6
    "T6 | 083000 | NONE",
    "T6 | 235959 | NONE",
    "T6 | 086000 | TIME",
    "T6 | 08:30:00 | TIME",
    // T/F
    "T/F | T | NONE",
    "T/F | F | NONE",
    "T/F | 是 | BOOLEAN",
    "T/F | true | BOOLEAN",
    "T/F | t | BOOLEAN",
  })
  void checksValues(String format, String value, FormatDefect expected) {
    assertEquals(expected, RepresentationFormat.parse(format).check(value), format + " " + value);
  }

  @Test
  void freeTextMayHoldLineBreaksButNotOtherControlCharacters() {
    RepresentationFormat an = RepresentationFormat.parse("AN..100");
    assertEquals(FormatDefect.NONE, an.check("患者自诉头痛3天，\n伴恶心。"));
    assertEquals(FormatDefect.CHARACTERS, an.check("头痛\u0000"));
    assertEquals(FormatDefect.CHARACTERS, RepresentationFormat.parse("A..10").check("张\n三"));
  }

  @Test
  void lengthCountsCodePointsNotUtf16Units() {
    String ext = new String(Character.toChars(0x20000)); // a CJK Extension B character, two UTF-16 units
    assertEquals(FormatDefect.NONE, RepresentationFormat.parse("A..2").check("张" + ext));
    assertEquals(FormatDefect.LENGTH, RepresentationFormat.parse("A..1").check("张" + ext));
    assertFalse(RepresentationFormat.parse("AN..2").fixedLength());
    assertTrue(RepresentationFormat.parse("N2").fixedLength());
  }
}
