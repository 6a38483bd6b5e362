/**
 * Assessment scoring: the 国家医疗健康信息互联互通标准化成熟度测评 (hospital scheme 2020, regional
 * scheme as a second model) and the 电子病历系统应用水平分级评价 (国卫办医函〔2018〕1079号) as
 * versioned data files ({@link org.shutong.assess.AssessmentModels}), the evidence workbook
 * ({@link org.shutong.assess.EvidenceTemplate}, {@link org.shutong.assess.EvidenceWorkbook}),
 * machine evidence read from Shutong's own JSON reports ({@link org.shutong.assess.MachineEvidence}),
 * the scoring itself as a pure function ({@link org.shutong.assess.Assessor}), the standards
 * self-assessment ({@link org.shutong.assess.SelfAssessment}) and the reports
 * ({@link org.shutong.assess.AssessmentReports}). See {@code docs/assess.md}.
 */
package org.shutong.assess;
