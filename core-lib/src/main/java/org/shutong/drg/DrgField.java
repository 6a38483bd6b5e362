package org.shutong.drg;

import org.apiguardian.api.API;

/**
 * The record fields the CHS-DRG grouper reads, independent of how an input names them. A layout
 * ({@link DrgInputLayout}) says which input column (first-page code such as {@code A12C}) each came
 * from.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum DrgField {
  /** 性别 (first page A12C): 1 male, 2 female. */
  SEX,
  /** 年龄（岁） (A14). */
  AGE_YEARS,
  /** 年龄不足1周岁的年龄（天） (A16). */
  AGE_DAYS,
  /** 新生儿体重（克）: birth weight A18x01, else admission weight A17. */
  WEIGHT,
  /** A diagnosis: index 0 is the principal (C03C), then the other diagnoses (C06xNNC). */
  DIAGNOSIS,
  /** A procedure: index 0 is the main procedure (C14x01C), then the others (C35xNNC). */
  PROCEDURE
}
