package org.shutong.deid;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The kind of attribute a column holds, as GB/T 37964-2019 (3.6–3.8, 标识符) and GB/T 39725-2020
 * (附录A, 个人健康医疗数据) distinguish them.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ColumnClass {
  /** 直接标识符: identifies a person on its own (name, resident ID, phone, record number). */
  DIRECT,
  /** 准标识符: identifies a person in combination (birth date, sex, region, dates, occupation). */
  QUASI,
  /** 敏感属性: health status and care the person would not want linked to them (diagnoses, procedures). */
  SENSITIVE,
  /** Anything else. */
  OTHER;

  /** {@code direct}, {@code quasi}, {@code sensitive}, {@code other}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a label (case-insensitive; {@code quasi-identifier}, {@code direct-identifier} accepted). */
  public static ColumnClass parse(String s) {
    String v = s.strip().toLowerCase(Locale.ROOT);
    if (v.startsWith("direct")) {
      return DIRECT;
    }
    if (v.startsWith("quasi")) {
      return QUASI;
    }
    return valueOf(v.toUpperCase(Locale.ROOT));
  }
}
