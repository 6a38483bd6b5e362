package org.shutong.deid;

import java.util.Locale;
import org.apiguardian.api.API;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The keyed hash of pseudonyms, date shifts and noise: HMAC (RFC 2104) over SM3 (GM/T 0004-2012,
 * GB/T 32905-2016), the default as 商用密码, or over SHA-256 (FIPS 180-4) where a recipient
 * requires it. Both give 256-bit outputs.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum HashAlgorithm {
  /** HMAC-SM3 (GM/T 0004-2012). */
  HMAC_SM3("HMAC-SM3"),
  /** HMAC-SHA-256 (FIPS 180-4). */
  HMAC_SHA256("HMAC-SHA-256");

  private final String label;

  HashAlgorithm(String label) {
    this.label = label;
  }

  /** The name used in profiles and reports: {@code HMAC-SM3}, {@code HMAC-SHA-256}. */
  public String label() {
    return label;
  }

  /** A new digest instance of the underlying hash. */
  Digest newDigest() {
    return this == HMAC_SM3 ? new SM3Digest() : new SHA256Digest();
  }

  /**
   * Parses {@code HMAC-SM3}, {@code SM3}, {@code HMAC-SHA-256}, {@code SHA-256}, {@code SHA256}
   * (case-insensitive).
   *
   * @throws IllegalArgumentException for anything else
   */
  public static HashAlgorithm parse(String s) {
    String v = s.strip().toUpperCase(Locale.ROOT).replace("_", "-");
    return switch (v) {
      case "HMAC-SM3", "SM3" -> HMAC_SM3;
      case "HMAC-SHA-256", "HMAC-SHA256", "SHA-256", "SHA256" -> HMAC_SHA256;
      default -> throw new IllegalArgumentException(s);
    };
  }
}
