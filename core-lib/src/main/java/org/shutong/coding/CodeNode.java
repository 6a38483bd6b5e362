package org.shutong.coding;

import org.apiguardian.api.API;

/**
 * One node of a classification's hierarchy: a table code, or a level the table implies (the 亚目
 * {@code I21.9} of the 国临版 table, the 细目 {@code 36.07} of an ICD-9-CM-3 table).
 *
 * @param code the code of the node ({@code I21.9}); a table code as published
 * @param name its name, or {@code null} when no table names the level
 * @param nameFrom the id of the table the name comes from (the system's own, or for implied ICD-10
 *     levels {@code icd10-nhsa-2.0-all-levels}), or {@code null}
 * @param level its level
 * @param leaf whether it is a leaf code of the table (usable in coding)
 * @param inTable whether it is a row of the table (otherwise implied by its descendants)
 * @param parent the parent node's code, or {@code null} at the top (a category)
 * @param childCount number of child nodes, or -1 when not counted (a quick lookup)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record CodeNode(
    String code, String name, String nameFrom, CodeLevel level, boolean leaf, boolean inTable, String parent, int childCount) {}
