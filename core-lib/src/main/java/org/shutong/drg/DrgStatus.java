package org.shutong.drg;

import org.apiguardian.api.API;

/**
 * The outcome of grouping one record (CHS-DRG 1.1 grouper result: 分组成功 / 无法入组 /
 * 信息校验不通过).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum DrgStatus {
  /** 分组成功: the record has an MDC, an ADRG and a DRG. */
  GROUPED,
  /** 无法入组: valid, but no MDC yields an ADRG (or the ADRG no DRG). */
  UNGROUPABLE,
  /** 信息校验不通过: sex, age, newborn weight or diagnoses unusable; see the issues. */
  INVALID
}
