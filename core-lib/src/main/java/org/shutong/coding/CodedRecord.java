package org.shutong.coding;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The coded part of one patient record that the edits look at: sex, age, diagnoses and procedures.
 * Codes may be dirty; the edits normalise them first and skip codes that do not resolve (validation
 * reports those).
 *
 * @param sex the sex as RC001/GB/T 2261.1 code: {@code 1} male, {@code 2} female, anything else unknown
 * @param ageYears age in completed years (住院病案首页 A14), or {@code null}
 * @param ageDays age in days when under one year (A16), or {@code null}
 * @param principal the principal diagnosis code (C03C), or {@code null}
 * @param others the other diagnosis codes (C06xNNC)
 * @param externalCauses the injury/poisoning external-cause codes (C12C)
 * @param morphologies the pathology morphology codes (C09C)
 * @param procedures the procedure codes (C14x01C, C35xNNC)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record CodedRecord(
    String sex,
    Integer ageYears,
    Integer ageDays,
    String principal,
    List<String> others,
    List<String> externalCauses,
    List<String> morphologies,
    List<String> procedures) {

  /** Copies the lists (nulls become empty lists). */
  public CodedRecord {
    others = others == null ? List.of() : List.copyOf(others);
    externalCauses = externalCauses == null ? List.of() : List.copyOf(externalCauses);
    morphologies = morphologies == null ? List.of() : List.copyOf(morphologies);
    procedures = procedures == null ? List.of() : List.copyOf(procedures);
  }

  /** The age in days: {@code ageDays} if given, else {@code ageYears × 365}, else {@code -1}. */
  public int ageInDays() {
    if (ageDays != null) {
      return ageDays;
    }
    return ageYears == null ? -1 : ageYears * 365;
  }

  /** Whether the record's sex is male ({@code 1}). */
  public boolean male() {
    return Objects.equals(sex == null ? null : sex.strip(), "1");
  }

  /** Whether the record's sex is female ({@code 2}). */
  public boolean female() {
    return Objects.equals(sex == null ? null : sex.strip(), "2");
  }
}
