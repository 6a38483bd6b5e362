/**
 * The coding service over the national code tables of {@code org.shutong.codesets}: lookup,
 * validation and normalisation of ICD-10 and ICD-9-CM-3 codes, hierarchy, name and 拼音首字母 search,
 * the 国临版↔医保版 crosswalk, and the coding edits. Also reads user-supplied tables in the bundled
 * tables' shape ({@link org.shutong.coding.UserTables}).
 */
package org.shutong.coding;
