package org.shutong.deid;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * What a profile does with a column, each a technique of GB/T 37964-2019 附录A (常用去标识化技术).
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Action {
  /** Keep the values as they are. */
  KEEP,
  /** Drop the column from the output (抑制技术, whole attribute). */
  DROP,
  /** Keep the first and last characters and mask the rest, e.g. {@code 138****5678} (屏蔽). */
  MASK,
  /** Keyed deterministic pseudonym, HMAC-SM3 by default (假名化技术). */
  PSEUDONYMIZE,
  /** Reversible SM4-GCM token for the authorised party (密码技术). */
  ENCRYPT,
  /** Generalise through a hierarchy: bands, date precision, region and ICD levels (泛化技术). */
  GENERALIZE,
  /** Move dates by a keyed per-person offset, keeping each person's intervals (随机化技术). */
  SHIFT,
  /** Replace every value with the suppression marker (抑制技术). */
  SUPPRESS,
  /** Add keyed noise to numbers (随机化技术, 噪声添加). */
  NOISE,
  /** Replace identifiers inside free text with typed tags such as {@code [身份证号]}. */
  SCRUB;

  /** The name as written in profiles: {@code keep}, {@code pseudonymize}, … */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a profile's action name (case-insensitive; {@code pseudonymise}, {@code generalise} accepted). */
  public static Action parse(String s) {
    String v = s.strip().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "pseudonymise", "pseudonym" -> PSEUDONYMIZE;
      case "generalise" -> GENERALIZE;
      case "remove", "delete" -> DROP;
      default -> valueOf(v.toUpperCase(Locale.ROOT));
    };
  }
}
