package org.shutong.coding;

import org.apiguardian.api.API;

/**
 * One chapter of a classification: the 22 chapters of ICD-10 ({@code I A00–B99 某些传染病和寄生虫病}) or
 * the chapters of ICD-9-CM-3 by two-digit category ({@code 35–39 心血管系统手术}). Source and derivation:
 * {@code org/shutong/coding/PROVENANCE.md}.
 *
 * @param number the chapter's number as published ({@code IX}; for ICD-9-CM-3 {@code 8}), or {@code ""}
 *     where the source gives none
 * @param first the first category of the range ({@code I00}, {@code 35})
 * @param last the last category of the range ({@code I99}, {@code 39})
 * @param title the Chinese title, or {@code ""} where no source gives one
 * @param titleEn the English title, or {@code ""}
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Chapter(String number, String first, String last, String title, String titleEn) {
  /** Whether the three-character ICD-10 category or two-digit ICD-9 category lies in this chapter. */
  public boolean contains(String category) {
    return category.compareTo(first) >= 0 && category.compareTo(last) <= 0;
  }

  /** The range as written, {@code A00–B99}. */
  public String range() {
    return first.equals(last) ? first : first + "–" + last;
  }
}
