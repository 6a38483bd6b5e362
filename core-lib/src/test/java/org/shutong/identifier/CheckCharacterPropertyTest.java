package org.shutong.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The check characters of GB 11643 (MOD 11-2) and GB 32100 (MOD 31) detect every single-character
 * substitution; the implementation must too. Seeded, so a failure is reproducible.
 */
class CheckCharacterPropertyTest {
  private static final Identifiers IDS = Identifiers.standard().withReferenceDate(LocalDate.of(2026, 1, 1));

  @Test
  void residentIdDetectsEverySingleSubstitution() {
    SplittableRandom rnd = new SplittableRandom(11643);
    for (int n = 0; n < 300; n++) {
      String first17 = String.format("%06d", 110000 + rnd.nextInt(540000))
          + String.format("%04d%02d%02d", 1900 + rnd.nextInt(120), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28))
          + String.format("%03d", rnd.nextInt(1000));
      String id = first17 + Identifiers.residentIdCheckCharacter(first17);
      assertEquals(Defect.NONE, IDS.residentId(id).defect(), id);
      for (int pos = 0; pos < 18; pos++) {
        String alphabet = pos == 17 ? "0123456789X" : "0123456789";
        for (int k = 0; k < alphabet.length(); k++) {
          char c = alphabet.charAt(k);
          if (c == id.charAt(pos)) {
            continue;
          }
          String changed = id.substring(0, pos) + c + id.substring(pos + 1);
          Defect d = IDS.residentId(changed).defect();
          if (d != Defect.BIRTH_DATE) {
            assertEquals(Defect.CHECK_DIGIT, d, changed);
          }
        }
      }
    }
  }

  @Test
  void socialCreditCodeDetectsEverySingleSubstitution() {
    String set = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    SplittableRandom rnd = new SplittableRandom(32100);
    for (int n = 0; n < 200; n++) {
      StringBuilder sb = new StringBuilder();
      sb.append("159Y".charAt(rnd.nextInt(4))).append((char) ('1' + rnd.nextInt(3)));
      sb.append(String.format("%06d", 110000 + rnd.nextInt(540000)));
      for (int i = 0; i < 9; i++) {
        sb.append(set.charAt(rnd.nextInt(set.length())));
      }
      String code = sb + String.valueOf(Identifiers.socialCreditCheckCharacter(sb));
      assertEquals(Defect.NONE, IDS.socialCreditCode(code).defect(), code);
      for (int pos = 0; pos < 18; pos++) {
        for (int k = 0; k < set.length(); k++) {
          char c = set.charAt(k);
          if (c == code.charAt(pos) || (pos >= 2 && pos < 8 && !Character.isDigit(c))) {
            continue;
          }
          String changed = code.substring(0, pos) + c + code.substring(pos + 1);
          assertEquals(Defect.CHECK_DIGIT, IDS.socialCreditCode(changed).defect(), changed);
        }
      }
    }
  }
}
