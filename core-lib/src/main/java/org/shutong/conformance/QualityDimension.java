package org.shutong.conformance;

import org.apiguardian.api.API;
import org.shutong.i18n.Lang;

/**
 * The data-quality dimensions of a profile, named as Chinese data-governance work names them, with
 * the English names of DAMA UK's "six primary dimensions for data quality assessment" (2013);
 * GB/T 36344-2018 信息技术 数据质量评价指标 calls timeliness 时效性.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum QualityDimension {
  /** 完整性: values present where they should be (filled cells; key columns filled). */
  COMPLETENESS("完整性", "Completeness"),
  /** 唯一性: no record twice (exact duplicates; one key, different content). */
  UNIQUENESS("唯一性", "Uniqueness"),
  /** 有效性: values of the right type, format, domain (the mapping's conformance, else the inferred type). */
  VALIDITY("有效性", "Validity"),
  /** 一致性: values that agree across columns (declared rules: date order, ID number vs birth date and sex …). */
  CONSISTENCY("一致性", "Consistency"),
  /** 及时性: dates not in the future, inside the expected window, recorded within the allowed delay. */
  TIMELINESS("及时性", "Timeliness");

  private final String zh;
  private final String en;

  QualityDimension(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /** The Chinese name, e.g. 完整性. */
  public String chinese() {
    return zh;
  }

  /** The English name, e.g. Completeness. */
  public String english() {
    return en;
  }

  /** "完整性 Completeness" in Chinese runs, "Completeness (完整性)" in English ones. */
  public String label(Lang lang) {
    return lang == Lang.ZH ? zh + " " + en : en + " (" + zh + ")";
  }
}
