package org.shutong.firstpage;

import java.util.ArrayList;
import java.util.List;

/**
 * The ICD-10 codes that apply to one sex only, from the bundled {@code sex-specific-icd10.csv}
 * (split of the HQMS validator's lists, Q1 in PROVENANCE.md; HQMS-E1/E2 of qc-rules.csv).
 */
final class SexSpecificCodes {
  static final SexSpecificCodes BUNDLED = load();

  final IcdRanges maleOnly;
  final IcdRanges femaleOnly;

  private SexSpecificCodes(IcdRanges maleOnly, IcdRanges femaleOnly) {
    this.maleOnly = maleOnly;
    this.femaleOnly = femaleOnly;
  }

  private static SexSpecificCodes load() {
    List<String[]> rows = ResourceCsv.read("sex-specific-icd10.csv");
    List<String> male = new ArrayList<>();
    List<String> female = new ArrayList<>();
    for (String[] r : rows.subList(1, rows.size())) {
      String range = r[1].equals(r[2]) ? r[1] : r[1] + "-" + r[2];
      switch (r[0]) {
        case "male-only" -> male.add(range);
        case "female-only" -> female.add(range);
        default -> throw new IllegalStateException("sex-specific-icd10.csv: unknown applies_to " + r[0]);
      }
    }
    return new SexSpecificCodes(IcdRanges.parse(male), IcdRanges.parse(female));
  }
}
