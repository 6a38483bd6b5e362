package org.shutong.firstpage;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Which national code tables the diagnoses (ICD-10) and procedures (ICD-9-CM-3) of a first page are
 * checked against: the NHSA 医保版2.0 tables (the default; what 医保 settlement and DRG use) or the
 * NHC 国家临床版 tables (疾病分类与代码国家临床版2.0 and 手术操作分类代码国家临床版3.0, which the
 * 绩效考核 interface notes name). Table ids are those of {@code org.shutong.codesets}.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum IcdTables {
  /** 医保版2.0: {@code icd10-nhsa-2.0} and {@code icd9cm3-nhsa-2.0}. */
  NHSA("icd10-nhsa-2.0", "icd9cm3-nhsa-2.0"),
  /** 国家临床版: {@code icd10-gb-clinical-2.0} and {@code icd9cm3-gb-clinical-3.0}. */
  GB_CLINICAL("icd10-gb-clinical-2.0", "icd9cm3-gb-clinical-3.0");

  private final String diagnoses;
  private final String procedures;

  IcdTables(String diagnoses, String procedures) {
    this.diagnoses = diagnoses;
    this.procedures = procedures;
  }

  /** The id of the ICD-10 table. */
  public String diagnosisTable() {
    return diagnoses;
  }

  /** The id of the ICD-9-CM-3 table. */
  public String procedureTable() {
    return procedures;
  }

  /** The command-line name: {@code nhsa} or {@code gb-clinical}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Parses {@code nhsa} or {@code gb-clinical} (case-insensitive).
   *
   * @throws IllegalArgumentException for anything else
   */
  public static IcdTables parse(String s) {
    for (IcdTables c : values()) {
      if (c.label().equalsIgnoreCase(s.strip()) || c.name().equalsIgnoreCase(s.strip())) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown coding '" + s + "' (nhsa|gb-clinical)");
  }
}
