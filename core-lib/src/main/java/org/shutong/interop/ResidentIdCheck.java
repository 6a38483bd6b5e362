package org.shutong.interop;

import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Checks a 公民身份号码 (GB 11643) where a document's id root says it is one (2.16.156.10011.1.3,
 * 患者身份证件号码). {@link #standard()} is {@code org.shutong.identifier}'s GB 11643 check (form,
 * birth date, check digit); {@link #formatOnly()} checks the form only.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface ResidentIdCheck {
  /** Whether {@code id} is a valid 18-character 公民身份号码. */
  boolean isValid(String id);

  /** Whether this check verifies the GB 11643 check digit (reported in the run's notes). */
  default boolean checksDigit() {
    return true;
  }

  /** GB 11643 as {@code org.shutong.identifier.Identifiers} checks it. */
  static ResidentIdCheck standard() {
    return id -> id != null && org.shutong.identifier.Identifiers.standard().residentId(id).valid();
  }

  /** Form only: 17 digits then a digit or {@code X}. Does not verify the check digit. */
  static ResidentIdCheck formatOnly() {
    Pattern form = Pattern.compile("[0-9]{17}[0-9X]");
    return new ResidentIdCheck() {
      @Override
      public boolean isValid(String id) {
        return id != null && form.matcher(id).matches();
      }

      @Override
      public boolean checksDigit() {
        return false;
      }
    };
  }
}
