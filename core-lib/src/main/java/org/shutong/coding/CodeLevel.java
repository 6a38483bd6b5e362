package org.shutong.coding;

import org.apiguardian.api.API;

/** The level of a code in its classification's hierarchy. */
@API(status = API.Status.STABLE, since = "0.1")
public enum CodeLevel {
  /** ICD-10 类目 ({@code A00}) or ICD-9-CM-3 类目 (two digits, {@code 36}). */
  CATEGORY,
  /** 亚目: ICD-10 {@code A00.0}; ICD-9-CM-3 {@code 36.0}. */
  SUBCATEGORY,
  /** ICD-9-CM-3 细目 ({@code 36.07}). */
  SUBCLASSIFICATION,
  /** The national six-digit code: ICD-10 {@code A00.000}, {@code I10.x00}; ICD-9-CM-3 {@code 36.0700}. */
  DETAIL,
  /** A clinical extension code with {@code x}: {@code A01.000x002}, {@code 36.0700x001}. */
  EXTENSION,
  /** A tumour morphology (M) code. */
  MORPHOLOGY,
  /** A code whose structure is not known (user tables of other systems). */
  OTHER
}
