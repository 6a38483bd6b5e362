package org.shutong.stats;

import java.util.Optional;
import org.shutong.codesets.Region;
import org.shutong.codesets.RegionLevel;
import org.shutong.codesets.Regions;

/**
 * Places GB/T 2260 codes of case cards in the region hierarchy of the {@code codesets} region table:
 * the 6-digit county code of a longer address code, its province and city, names. Codes the table
 * does not hold (the bundled table is of 2021-01; later changes are missing) are placed by the code's
 * structure (digits 1–2 province, 3–4 city, 5–6 county) and reported by the caller. Districts of the
 * municipalities have no city level in the table; grouped by city they fall under the municipality.
 */
final class RegionGroups {
  private final Regions regions;

  RegionGroups(Regions regions) {
    this.regions = regions;
  }

  /**
   * The 6-digit county-level code of a GB/T 2260 code or a longer statistical code that starts with
   * one (9-digit township, 12-digit village), or {@code null} if the value is not such a code.
   */
  static String county(String raw) {
    int n = raw.length();
    int i = 0;
    while (i < n && raw.charAt(i) == ' ') {
      i++;
    }
    int start = i;
    while (i < n && raw.charAt(i) >= '0' && raw.charAt(i) <= '9') {
      i++;
    }
    int digits = i - start;
    while (i < n && raw.charAt(i) == ' ') {
      i++;
    }
    if (i != n || (digits != 6 && digits != 9 && digits != 12) || raw.charAt(start) == '0') {
      return null;
    }
    return raw.substring(start, start + 6);
  }

  /** The level of a 6-digit code by its trailing zeros. */
  static RegionLevel levelOf(String code6) {
    if (code6.endsWith("0000")) {
      return RegionLevel.PROVINCE;
    }
    return code6.endsWith("00") ? RegionLevel.CITY : RegionLevel.COUNTY;
  }

  /** Whether the table holds {@code code6}. */
  boolean known(String code6) {
    return regions.contains(code6);
  }

  /** The code of {@code code6}'s region at {@code level} (itself at its own level). */
  String at(String code6, RegionLevel level) {
    Optional<Region> a = regions.ancestor(code6, level);
    if (a.isPresent()) {
      return a.get().code();
    }
    if (level == RegionLevel.CITY && regions.contains(code6)) {
      Optional<Region> p = regions.ancestor(code6, RegionLevel.PROVINCE);
      if (p.isPresent()) {
        return p.get().code();
      }
    }
    return structural(code6, level);
  }

  static String structural(String code6, RegionLevel level) {
    return switch (level) {
      case PROVINCE -> code6.substring(0, 2) + "0000";
      case CITY -> levelOf(code6) == RegionLevel.PROVINCE ? code6 : code6.substring(0, 4) + "00";
      case COUNTY -> code6;
    };
  }

  /** Whether {@code code6} lies within {@code area} (a 6-digit code at any level). */
  boolean within(String code6, String area) {
    Optional<Region> r = regions.get(area);
    if (r.isPresent()) {
      return at(code6, r.get().level()).equals(area);
    }
    return structural(code6, levelOf(area)).equals(area);
  }

  /** The name of a code, if the table holds it. */
  Optional<String> name(String code6) {
    return regions.get(code6).map(Region::name);
  }
}
