package org.shutong.coding;

import org.apiguardian.api.API;

/**
 * One result of a name search, best first.
 *
 * @param code the table code
 * @param name its name
 * @param leaf whether it is a leaf code (usable in coding)
 * @param match how the query matched
 * @param score the ranking score (higher is better; only the order is meaningful)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record SearchHit(String code, String name, boolean leaf, Match match, long score) {
  /** How a query matched, from the strongest to the weakest. */
  public enum Match {
    /** The code itself, or a code starting with the query ({@code I21}). */
    CODE,
    /** The name contains the Chinese text as typed. */
    NAME,
    /** The name contains the characters in order, with others between (心梗 → 心肌梗死). */
    NAME_IN_ORDER,
    /** The 拼音首字母 of the name contain the query ({@code jxxjgs}). */
    INITIALS,
    /** The full pinyin of the name contains the query ({@code xinjigengsi}). */
    PINYIN,
    /** The 拼音首字母 contain the query's letters in order ({@code xjgs} in {@code jxxjgs}). */
    INITIALS_IN_ORDER
  }
}
