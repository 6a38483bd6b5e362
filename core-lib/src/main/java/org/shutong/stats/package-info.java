/**
 * Monthly statistical submissions: the national 法定传染病报告发病、死亡统计表 tabulated from
 * 传染病报告卡 extracts by its footnotes' counting rules, with a verifier of finished tables'
 * arithmetic (seed 002), and the monthly statistics of the 住院病案首页 (discharges, length of stay,
 * mortality, surgery, day-case care per 医疗机构日间医疗质量管理暂行规定, principal diagnoses, costs).
 *
 * <p>Entry points: {@link org.shutong.stats.NotifiableTabulator}, {@link org.shutong.stats.TableVerifier}.
 */
package org.shutong.stats;
