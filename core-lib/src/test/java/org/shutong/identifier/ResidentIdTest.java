package org.shutong.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 11643-1999 公民身份号码. The two 18-character examples are the standard's own (clause 8). */
class ResidentIdTest {
  private static final Identifiers IDS = Identifiers.standard().withReferenceDate(LocalDate.of(2026, 1, 1));

  @ParameterizedTest
  @CsvSource({
    "11010519491231002X", // GB 11643-1999 example: 北京市朝阳区, 1949-12-31, check X
    "440524188001010014", // GB 11643-1999 example: 广东省汕头市潮阳县, 1880-01-01
    "110101199003074477",
    "510107200001012342",
    "110105491231002", // legacy 15-digit form of the first example
    "440524800101001"
  })
  void validNumbers(String id) {
    assertSame(IdentifierCheck.of(IdentifierType.RESIDENT_ID, Defect.NONE), IDS.residentId(id));
    assertTrue(IDS.residentId(id).valid());
  }

  @ParameterizedTest
  @CsvSource({
    "'', EMPTY",
    "11010519491231002, LENGTH",
    "11010519491231002X1, LENGTH",
    "1101051949123100, LENGTH",
    "11010519491231002Y, CHARACTERS",
    "1101051949123100XX, CHARACTERS",
    "11010519491231 02X, CHARACTERS",
    "１１０１０５１９４９１２３１００２Ｘ, CHARACTERS", // full-width digits
    "11010519491232002X, BIRTH_DATE", // 31 December + 1
    "110105194902290029, BIRTH_DATE", // 1949 is not a leap year
    "110105179912310021, BIRTH_DATE", // before 1800
    "110105203001010011, BIRTH_DATE", // after the reference date
    "110105491331002, BIRTH_DATE", // legacy: month 13
    "11010519491231002A, CHARACTERS",
    "110105194912310021, CHECK_DIGIT",
    "440524188001010015, CHECK_DIGIT",
    "11010519491231002x, CASE",
  })
  void defects(String id, Defect expected) {
    assertEquals(expected, IDS.residentId(id).defect(), id);
    assertFalse(IDS.residentId(id).valid());
  }

  @Test
  void leapDayIsAValidBirthDate() {
    String first17 = "11010520000229001";
    String id = first17 + Identifiers.residentIdCheckCharacter(first17);
    assertEquals(Defect.NONE, IDS.residentId(id).defect());
    String notLeap = "11010519000229001"; // 1900 is not a leap year
    assertEquals(Defect.BIRTH_DATE, IDS.residentId(notLeap + Identifiers.residentIdCheckCharacter(notLeap)).defect());
  }

  @Test
  void referenceDateBoundsTheBirthDate() {
    Identifiers at = Identifiers.standard().withReferenceDate(LocalDate.of(2024, 6, 1));
    String born = "110105202406010010";
    String first17 = born.substring(0, 17);
    String id = first17 + Identifiers.residentIdCheckCharacter(first17);
    assertEquals(Defect.NONE, at.residentId(id).defect(), "born on the reference date");
    String next = "11010520240602001";
    assertEquals(Defect.BIRTH_DATE, at.residentId(next + Identifiers.residentIdCheckCharacter(next)).defect());
  }

  @Test
  void regionIsLookedUpWhenATableIsGiven() {
    Set<String> regions = Set.of("110105", "440524");
    Identifiers withRegions = IDS.withRegions(regions::contains);
    assertTrue(withRegions.checksRegions());
    assertFalse(IDS.checksRegions());
    assertEquals(Defect.NONE, withRegions.residentId("11010519491231002X").defect());
    assertEquals(Defect.NONE, withRegions.residentId("110105491231002").defect());
    String first17 = "99999919491231002";
    String unknown = first17 + Identifiers.residentIdCheckCharacter(first17);
    assertEquals(Defect.REGION, withRegions.residentId(unknown).defect());
    assertEquals(Defect.REGION, withRegions.residentId("999999491231002").defect());
    assertEquals(Defect.NONE, IDS.residentId(unknown).defect(), "no table: region not checked");
    // a wrong check digit is reported before an unknown region
    char wrong = Identifiers.residentIdCheckCharacter(first17) == '0' ? '1' : '0';
    assertEquals(Defect.CHECK_DIGIT, withRegions.residentId(first17 + wrong).defect());
  }

  @Test
  void nationalChecksUseTheBundledGbt2260Table() {
    Identifiers national = Identifiers.national().withReferenceDate(LocalDate.of(2026, 1, 1));
    assertTrue(national.checksRegions());
    assertEquals(Defect.NONE, national.residentId("11010519491231002X").defect(), "110105 北京市朝阳区");
    String first17 = "11019919900101001"; // 110199 is not a county of 北京市
    assertEquals(Defect.REGION, national.residentId(first17 + Identifiers.residentIdCheckCharacter(first17)).defect());
  }

  @Test
  void checkCharacterIsComputed() {
    assertEquals('X', Identifiers.residentIdCheckCharacter("11010519491231002"));
    assertEquals('4', Identifiers.residentIdCheckCharacter("44052418800101001"));
    assertThrows(IllegalArgumentException.class, () -> Identifiers.residentIdCheckCharacter("1101051949123100"));
    assertThrows(IllegalArgumentException.class, () -> Identifiers.residentIdCheckCharacter("1101051949123100A"));
  }

  @Test
  void parseGivesRegionBirthDateAndSex() {
    ResidentId r = IDS.parseResidentId("11010519491231002X").orElseThrow();
    assertEquals("110105", r.regionCode());
    assertEquals(LocalDate.of(1949, 12, 31), r.birthDate());
    assertEquals(2, r.sexCode(), "sequence 002 is even: female");
    assertFalse(r.legacy());
    ResidentId m = IDS.parseResidentId("440524188001010014").orElseThrow();
    assertEquals(1, m.sexCode(), "sequence 001 is odd: male");
  }

  @Test
  void parseConvertsLegacyNumbersAndUpperCasesX() {
    ResidentId r = IDS.parseResidentId("110105491231002").orElseThrow();
    assertTrue(r.legacy());
    assertEquals("11010519491231002X", r.number());
    assertEquals(LocalDate.of(1949, 12, 31), r.birthDate());
    assertEquals("11010519491231002X", IDS.parseResidentId("11010519491231002x").orElseThrow().number());
  }

  @Test
  void parseRefusesBrokenNumbers() {
    assertTrue(IDS.parseResidentId("110105194912310021").isEmpty());
    assertTrue(IDS.parseResidentId("11010519491232002X").isEmpty());
    assertTrue(IDS.parseResidentId("abc").isEmpty());
  }

  @Test
  void messagesNameTheDefectAndTheStandard() {
    IdentifierCheck c = IDS.residentId("110105194912310021");
    assertTrue(c.message(org.shutong.i18n.Lang.ZH).contains("校验码"), c.message(org.shutong.i18n.Lang.ZH));
    assertTrue(c.message(org.shutong.i18n.Lang.ZH).contains("GB 11643-1999"));
    assertTrue(c.message(org.shutong.i18n.Lang.EN).contains("check character"), c.message(org.shutong.i18n.Lang.EN));
  }

  @Test
  void everyTypeAndDefectHasAMessageInBothLanguages() {
    for (IdentifierType t : IdentifierType.values()) {
      for (Defect d : Defect.values()) {
        for (org.shutong.i18n.Lang l : org.shutong.i18n.Lang.values()) {
          String msg = IdentifierCheck.of(t, d).message(l);
          assertFalse(msg.isBlank());
          assertFalse(msg.contains("{"), msg);
        }
      }
    }
  }
}
