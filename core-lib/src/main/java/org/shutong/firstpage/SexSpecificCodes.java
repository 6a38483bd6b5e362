package org.shutong.firstpage;

import java.util.ArrayList;
import java.util.List;
import org.shutong.coding.CodeEdits;

/**
 * The ICD-10 codes that apply to one sex only, taken from the coding service's edits
 * ({@code org.shutong.coding.CodeEdits}, rules {@code EDIT-SEX-MALE-ONLY}/{@code EDIT-SEX-FEMALE-ONLY}:
 * the split of the HQMS validator's lists, Q1 in PROVENANCE.md; HQMS-E1/E2 of qc-rules.csv), so that
 * first-page checks and {@code shutong code edits} use one list. Loaded on first use.
 */
final class SexSpecificCodes {
  private static final class Holder {
    static final SexSpecificCodes BUNDLED = of(org.shutong.coding.Coding.bundled().edits());
  }

  final IcdRanges maleOnly;
  final IcdRanges femaleOnly;

  private SexSpecificCodes(IcdRanges maleOnly, IcdRanges femaleOnly) {
    this.maleOnly = maleOnly;
    this.femaleOnly = femaleOnly;
  }

  static SexSpecificCodes bundled() {
    return Holder.BUNDLED;
  }

  static SexSpecificCodes of(CodeEdits edits) {
    List<String> male = new ArrayList<>();
    List<String> female = new ArrayList<>();
    for (CodeEdits.Rule r : edits.rules()) {
      String range = r.from().equals(r.to()) ? r.from() : r.from() + "-" + r.to();
      switch (r.kind()) {
        case "SEX_MALE_ONLY" -> male.add(range);
        case "SEX_FEMALE_ONLY" -> female.add(range);
        default -> {
          // other edits are applied through rules of kind coding-edit
        }
      }
    }
    return new SexSpecificCodes(IcdRanges.parse(male), IcdRanges.parse(female));
  }
}
