/**
 * The national 住院病案首页 (inpatient case first page, 卫医政发〔2011〕84号; fields coded as in the
 * 绩效考核/HQMS upload interface): the field dictionary ({@link org.shutong.firstpage.FirstPageFields}),
 * the record layout with its repeated groups ({@link org.shutong.firstpage.FirstPageLayout},
 * {@link org.shutong.firstpage.FirstPageRecord}), and its validation.
 *
 * <p>Entry points: {@link org.shutong.firstpage.FirstPageFields#standard()},
 * {@link org.shutong.firstpage.FirstPageLayout#of}.
 */
package org.shutong.firstpage;
