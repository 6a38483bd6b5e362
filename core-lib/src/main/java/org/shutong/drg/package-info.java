/**
 * DRG grouping by CHS-DRG (国家医疗保障疾病诊断相关分组, version 1.1 built in): assigns a discharge's
 * 病案首页 data (sex, age, newborn weight, diagnoses in ICD-10 医保版, procedures in ICD-9-CM-3
 * 医保版) to an MDC, an ADRG and a DRG, and explains why.
 *
 * <p>The rules are data: a table set (MDC/ADRG/DRG tables with rule tokens, diagnosis and procedure
 * lists, MCC/CC lists with exclusion tables, the OR-procedure list, code maps) lives in a version
 * folder with a manifest, built in ({@link org.shutong.drg.DrgTables#builtIn}) or in a user's
 * directory of the same shape ({@link org.shutong.drg.DrgTables#load}). The grouping steps follow the
 * table set's {@code ALGORITHM.md}; see {@code docs/drg.md}.
 *
 * <p>Entry points: {@link org.shutong.drg.Grouper} (group, explain, what-if),
 * {@link org.shutong.drg.FirstPageDrgLayout} (first-page rows to {@link org.shutong.drg.DrgRecord}),
 * {@link org.shutong.drg.GroupSummary} (counts per MDC/ADRG/DRG).
 */
package org.shutong.drg;
