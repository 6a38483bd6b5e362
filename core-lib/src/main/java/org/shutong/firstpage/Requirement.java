package org.shutong.firstpage;

import org.apiguardian.api.API;

/**
 * Whether a first-page field must be filled, as the sources say (see the bundled
 * {@code PROVENANCE.md}): {@code UNSPECIFIED} means no source says, not "optional".
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Requirement {
  /** Always required ({@code required=Y} in {@code fields.csv}). */
  REQUIRED,
  /** Required under a condition the notes state (e.g. {@code C12C} for S/T principal diagnoses). */
  CONDITIONAL,
  /** No source states a requirement. */
  UNSPECIFIED;

  static Requirement parse(String s) {
    return switch (s.strip()) {
      case "Y" -> REQUIRED;
      case "conditional" -> CONDITIONAL;
      case "" -> UNSPECIFIED;
      default -> throw new IllegalArgumentException("unknown requirement '" + s + "'");
    };
  }
}
