package org.shutong.stats;

import java.util.Locale;
import org.apiguardian.api.API;

/** The three levels of the GB/T 2260 administrative division code: 省级, 地级, 县级. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RegionLevel {
  /** 省、自治区、直辖市 (code {@code PP0000}). */
  PROVINCE,
  /** 地级 (code {@code PPCC00}). */
  CITY,
  /** 县级 (code {@code PPCCDD}). */
  COUNTY;

  /** Parses {@code province|city|county} or 省/市/县. */
  public static RegionLevel parse(String s) {
    String v = s.strip().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "province", "省", "省级" -> PROVINCE;
      case "city", "市", "地级", "地市" -> CITY;
      case "county", "县", "县级", "区县" -> COUNTY;
      default -> throw new IllegalArgumentException("not a region level (province|city|county): '" + s + "'");
    };
  }

  /** The level of a 6-digit code by its trailing zeros. */
  public static RegionLevel of(String code6) {
    if (code6.endsWith("0000")) {
      return PROVINCE;
    }
    return code6.endsWith("00") ? CITY : COUNTY;
  }
}
