package org.shutong.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mainland mobile numbers and fixed-line numbers (segments and area codes: libphonenumber CN metadata). */
class PhoneNumbersTest {
  private static final Identifiers IDS = Identifiers.standard();

  @ParameterizedTest
  @CsvSource({
    "13800138000",
    "15912345678",
    "18612345678",
    "19912345678",
    "16612345678",
    "17012345678",
    "14712345678",
    "16101234567", // 1610 segment
    "17400123456", // 1740[0-5] satellite segment
    "138 0013 8000",
    "138-0013-8000",
    "+8613800138000",
    "+86 138 0013 8000",
    "008613800138000",
    "8613800138000",
  })
  void validMobiles(String number) {
    assertEquals(Defect.NONE, IDS.mobile(number).defect(), number);
    assertEquals(Defect.NONE, IDS.phone(number).defect(), number);
  }

  @ParameterizedTest
  @CsvSource({
    "'', EMPTY",
    "1380013800, LENGTH",
    "138001380001, LENGTH",
    "12012345678, PREFIX", // 12x is not a mobile segment
    "15412345678, PREFIX", // 154 unallocated
    "17412345678, PREFIX", // 174 only 17400-17405
    "14012345678, PREFIX", // IoT range, not a person's mobile
    "23800138000, PREFIX",
    "138OO138000, CHARACTERS", // letters O for zeros
    "１３８００１３８０００, CHARACTERS",
    "+4413800138000, FORMAT",
    "-13800138000, FORMAT",
    "13800138000-, FORMAT",
  })
  void mobileDefects(String number, Defect expected) {
    assertEquals(expected, IDS.mobile(number).defect(), number);
  }

  @ParameterizedTest
  @CsvSource({
    "010-12345678",
    "01012345678",
    "(010)12345678",
    "（010）12345678",
    "021-87654321",
    "0351-1234567", // 太原: 7-digit local numbers
    "0755-12345678", // 深圳: 8 digits
    "0433-1234567", // both lengths in use
    "0433-12345678",
    "+86 10 12345678",
    "+86-755-12345678",
    "0086 10 12345678",
    "010-12345678-801",
    "010-12345678转801",
    "010-12345678 ext. 801",
    "0351 1234567#12",
  })
  void validLandlines(String number) {
    assertEquals(Defect.NONE, IDS.landline(number).defect(), number);
    assertEquals(Defect.NONE, IDS.phone(number).defect(), number);
  }

  @ParameterizedTest
  @CsvSource({
    "'', EMPTY",
    "12345678, FORMAT", // no area code
    "010-1234567, LENGTH", // Beijing numbers have 8 digits
    "0351-12345678, LENGTH", // Taiyuan has 7
    "010-123456789, LENGTH",
    "0300-1234567, PREFIX", // no such area code
    "0123-1234567, PREFIX",
    "010-1234567a, CHARACTERS",
    "010-12345678转, FORMAT",
    "+44 20 12345678, FORMAT",
    "010 12345678 ext, FORMAT", // extension marker without extension
    "010 12345678 ex 801, CHARACTERS",
  })
  void landlineDefects(String number, Defect expected) {
    assertEquals(expected, IDS.landline(number).defect(), number);
  }

  @ParameterizedTest
  @CsvSource({
    "1380013800, LENGTH", // looks like a mobile: the mobile defect
    "12345678, FORMAT", // a local number without area code
    "+86 138 0013 800, LENGTH",
    "010-1234567, LENGTH", // looks like a landline: the landline defect
    "0300-1234567, PREFIX",
    "15412345678, PREFIX",
  })
  void phoneReportsTheDefectOfWhatTheValueResembles(String number, Defect expected) {
    assertEquals(expected, IDS.phone(number).defect(), number);
    assertEquals(IdentifierType.PHONE, IDS.phone(number).type());
  }
}
