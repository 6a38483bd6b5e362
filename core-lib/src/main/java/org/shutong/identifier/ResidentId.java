package org.shutong.identifier;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a resident identity number (公民身份号码, GB 11643-1999) encodes: the address code of the
 * place of permanent residence at issue (clause 5.2, GB/T 2260), the birth date (clause 5.3) and the
 * sex from the parity of the sequence code (clause 5.4: odd male, even female).
 *
 * @param number the 18-character number (a legacy 15-digit number converted, {@code x} upper-cased)
 * @param regionCode the six-digit address code
 * @param birthDate the birth date
 * @param sexCode the sex as GB/T 2261.1 codes it: {@code 1} male, {@code 2} female
 * @param legacy whether the input was the legacy 15-digit form
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ResidentId(String number, String regionCode, LocalDate birthDate, int sexCode, boolean legacy) {
  /** Checks the components. */
  public ResidentId {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(regionCode, "regionCode");
    Objects.requireNonNull(birthDate, "birthDate");
    if (sexCode != 1 && sexCode != 2) {
      throw new IllegalArgumentException("sexCode must be 1 or 2");
    }
  }
}
