package org.shutong.firstpage;

import org.apiguardian.api.API;

/**
 * One diagnosis of a first-page record: the principal diagnosis ({@code C03C/C04N/C05C/F05}, slot 0)
 * or another diagnosis ({@code C06xNNC/C07xNNN/C08xNNC/F06xNN}, slot NN). Values are trimmed;
 * an empty box (blank or {@code -}) is {@code null}.
 *
 * @param slot where it is in {@link FieldGroup#DIAGNOSIS}; {@code slot.field(0)} is the code's field
 * @param code the ICD-10 code as written, or {@code null}
 * @param name the diagnosis name as written, or {@code null}
 * @param admissionCondition 入院病情 (RC027), or {@code null}
 * @param outcome 出院情况 (RC005, newer export columns F05/F06xNN), or {@code null}
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Diagnosis(
    FieldGroup.Slot slot, String code, String name, String admissionCondition, String outcome) {

  /** Whether this is the principal diagnosis. */
  public boolean principal() {
    return slot.number() == 0;
  }

  /** The field code of the diagnosis code ({@code C03C} or {@code C06xNNC}). */
  public String codeField() {
    return slot.field(0);
  }
}
