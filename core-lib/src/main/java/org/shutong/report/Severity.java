package org.shutong.report;

import java.util.Locale;
import org.apiguardian.api.API;

/** How serious a {@link Finding} is. Ordered from most to least serious. */
@API(status = API.Status.STABLE, since = "0.1")
public enum Severity {
  /** The data breaks a rule of the standard; the record should not be submitted as it is. */
  ERROR,
  /** Probably wrong, or not as the standard recommends; a person should look. */
  WARNING,
  /** Worth knowing; nothing is wrong. */
  INFO;

  /** The lower-case name used in reports and rule files: {@code error}, {@code warning}, {@code info}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this severity is at least as serious as {@code other}. */
  public boolean atLeast(Severity other) {
    return compareTo(other) <= 0;
  }

  /**
   * Parses {@code error}, {@code warning} or {@code info} (case-insensitive).
   *
   * @throws IllegalArgumentException for any other value
   */
  public static Severity parse(String s) {
    return switch (s.trim().toLowerCase(Locale.ROOT)) {
      case "error" -> ERROR;
      case "warning", "warn" -> WARNING;
      case "info" -> INFO;
      default -> throw new IllegalArgumentException("unknown severity '" + s + "' (error|warning|info)");
    };
  }
}
