package org.shutong.coding;

import org.apiguardian.api.API;

/**
 * One block (节, "block of categories") of ICD-10, e.g. {@code I20-I25 Ischaemic heart diseases}: a range
 * of three-character categories inside a chapter, possibly inside a wider block ({@code C00-C14} lies in
 * {@code C00-C75}, which lies in {@code C00-C97}). The blocks are those of WHO ICD-10 (2019 version);
 * source, derivation and the 医保版 categories that no 2019 block holds: {@code org/shutong/coding/PROVENANCE.md}.
 *
 * @param code the block as published, {@code I20-I25} (also {@code C50-C50} for a one-category block)
 * @param first the first category of the range ({@code I20})
 * @param last the last category of the range ({@code I25})
 * @param chapter the number of the chapter it lies in ({@code IX})
 * @param parent the code of the block it lies in, or {@code ""} for a block directly under its chapter
 * @param title the Chinese title, or {@code ""} where no published source with provenance gives one
 * @param titleEn the English title as published by WHO
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Block(String code, String first, String last, String chapter, String parent, String title, String titleEn) {
  /** Whether the three-character category lies in this block. */
  public boolean contains(String category) {
    return category.compareTo(first) >= 0 && category.compareTo(last) <= 0;
  }

  /** The title to show: the Chinese one where there is one, else the English one. */
  public String displayTitle() {
    return title.isEmpty() ? titleEn : title;
  }
}
