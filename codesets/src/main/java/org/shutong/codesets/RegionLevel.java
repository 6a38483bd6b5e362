package org.shutong.codesets;

import org.apiguardian.api.API;

/** The three levels of the GB/T 2260 administrative division code. */
@API(status = API.Status.STABLE, since = "0.1")
public enum RegionLevel {
  /** 省级：省、自治区、直辖市、特别行政区 ({@code PP0000}). */
  PROVINCE,
  /** 地级：地级市、地区、自治州、盟，及省直辖县级行政区划的归类行 ({@code PPCC00}). */
  CITY,
  /** 县级：市辖区、县级市、县、自治县、旗 ({@code PPCCDD}). */
  COUNTY
}
