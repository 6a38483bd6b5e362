package org.shutong.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 32100-2015 统一社会信用代码 and GB 11714-1997 组织机构代码. */
class OrganisationCodesTest {
  private static final Identifiers IDS = Identifiers.standard();

  @ParameterizedTest
  @CsvSource({
    "914403001922038216", // published code of a Shenzhen enterprise (embedded organisation code 19220382-1)
    "91330100716105852F", // published code of a Hangzhou enterprise (embedded 71610585-2)
    "91350100M000100Y43", // widely used example of the format
    "91110000802100433B",
  })
  void validSocialCreditCodes(String code) {
    assertEquals(Defect.NONE, IDS.socialCreditCode(code).defect(), code);
  }

  @ParameterizedTest
  @CsvSource({
    "'', EMPTY",
    "91440300192203821, LENGTH",
    "9144030019220382166, LENGTH",
    "914403001922038217, CHECK_DIGIT",
    "91330100716105852E, CHECK_DIGIT",
    "91330100716105852I, CHARACTERS", // I is not in the GB 32100 character set
    "9133010071610585OF, CHARACTERS", // nor O
    "91330100716105 52F, CHARACTERS",
    "91A30100716105852F, FORMAT", // positions 3-8 are the division code: digits
    "91330100716105852f, CASE",
  })
  void socialCreditCodeDefects(String code, Defect expected) {
    assertEquals(expected, IDS.socialCreditCode(code).defect(), code);
  }

  @Test
  void socialCreditCheckCharacter() {
    assertEquals('6', Identifiers.socialCreditCheckCharacter("91440300192203821"));
    assertEquals('F', Identifiers.socialCreditCheckCharacter("91330100716105852"));
    assertThrows(IllegalArgumentException.class, () -> Identifiers.socialCreditCheckCharacter("9133010071610585I"));
    assertThrows(IllegalArgumentException.class, () -> Identifiers.socialCreditCheckCharacter("913301007161058"));
  }

  @ParameterizedTest
  @CsvSource({
    "D2143569X", // GB 11714 example
    "D2143569-X",
    "19220382-1",
    "716105852",
    "80210043-3",
  })
  void validOrganizationCodes(String code) {
    assertEquals(Defect.NONE, IDS.organizationCode(code).defect(), code);
  }

  @ParameterizedTest
  @CsvSource({
    "'', EMPTY",
    "D2143569, LENGTH",
    "D2143569-X1, LENGTH",
    "D2143569/X, FORMAT",
    "D2143569-1, CHECK_DIGIT",
    "192203822, CHECK_DIGIT",
    "D21435#9X, CHARACTERS",
    "D2143569Y, CHARACTERS",
    "d2143569x, CASE",
  })
  void organizationCodeDefects(String code, Defect expected) {
    assertEquals(expected, IDS.organizationCode(code).defect(), code);
  }

  @Test
  void organizationCheckCharacter() {
    assertEquals('X', Identifiers.organizationCheckCharacter("D2143569"));
    assertEquals('1', Identifiers.organizationCheckCharacter("19220382"));
    assertThrows(IllegalArgumentException.class, () -> Identifiers.organizationCheckCharacter("D21435#9"));
  }
}
