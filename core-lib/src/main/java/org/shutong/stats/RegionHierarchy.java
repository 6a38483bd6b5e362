package org.shutong.stats;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The GB/T 2260 administrative-division hierarchy as statistics need it: the 6-digit code of an
 * address code, its ancestors at province and city level, and names where known.
 *
 * <p>{@link #structural()} derives ancestors from the code itself (GB/T 2260: digits 1–2 province,
 * 3–4 city, 5–6 county) and knows no names. Once the {@code codesets} module's region table is
 * available, an implementation backed by it adds names and rejects codes that do not exist.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface RegionHierarchy {
  /**
   * The 6-digit county-level code of a GB/T 2260 code or a longer statistical code that starts with
   * one (9-digit township, 12-digit village), or {@code null} if the value is not such a code.
   */
  String county(String raw);

  /** The code of {@code code6}'s ancestor (or itself) at {@code level}. */
  default String at(String code6, RegionLevel level) {
    return switch (level) {
      case PROVINCE -> code6.substring(0, 2) + "0000";
      case CITY -> RegionLevel.of(code6) == RegionLevel.PROVINCE ? code6 : code6.substring(0, 4) + "00";
      case COUNTY -> code6;
    };
  }

  /** Whether {@code code6} lies within {@code area} (a 6-digit code at any level). */
  default boolean within(String code6, String area) {
    return at(code6, RegionLevel.of(area)).equals(area);
  }

  /** The name of a code, if known. */
  Optional<String> name(String code6);

  /** Derives the hierarchy from the code's structure; knows no names. */
  static RegionHierarchy structural() {
    return new RegionHierarchy() {
      @Override
      public String county(String raw) {
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
        if (i != n || (digits != 6 && digits != 9 && digits != 12)) {
          return null;
        }
        String c = raw.substring(start, start + 6);
        if (c.startsWith("00") || c.charAt(0) == '0') {
          return null;
        }
        return c;
      }

      @Override
      public Optional<String> name(String code6) {
        return Optional.empty();
      }
    };
  }
}
