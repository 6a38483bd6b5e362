package org.shutong.coding;

import java.util.Locale;
import org.apiguardian.api.API;

/** The coding system a code table belongs to, which decides the code's structure and normalisation. */
@API(status = API.Status.STABLE, since = "0.1")
public enum Family {
  /** ICD-10 and its national extensions (医保版2.0, 国家临床版2.0): {@code A00.000x001}. */
  ICD10,
  /** ICD-9-CM-3 procedures and their national extensions: {@code 36.0700x001}. */
  ICD9CM3,
  /** Tumour morphology (ICD-O M codes, e.g. {@code M81400/3}); tables are user-supplied. */
  MORPHOLOGY,
  /** Any other user table: exact lookups and character clean-up only. */
  OTHER;

  /**
   * The code in its table form after the character-level clean-up that {@link CodingSystem#validate}
   * applies first (full-width forms, spaces, quotes, case, {@code †} for {@code +}, a missing dot:
   * {@code ｊ４４９００} becomes {@code J44.900}), without looking it up in any table; {@code null}
   * when the text cannot be a code (empty, a name, control characters).
   */
  public String cleanForm(String code) {
    return Normalizer.clean(code, this).code();
  }

  /** The family of a table's {@code system} manifest field ({@code ICD-10}, {@code ICD-9-CM-3}, {@code ICD-O-3}). */
  public static Family of(String system) {
    if (system == null) {
      return OTHER;
    }
    String s = system.toUpperCase(Locale.ROOT).replace(" ", "");
    if (s.startsWith("ICD-10") || s.startsWith("ICD10")) {
      return ICD10;
    }
    if (s.startsWith("ICD-9") || s.startsWith("ICD9")) {
      return ICD9CM3;
    }
    if (s.startsWith("ICD-O") || s.startsWith("ICDO") || s.contains("MORPH")) {
      return MORPHOLOGY;
    }
    return OTHER;
  }
}
