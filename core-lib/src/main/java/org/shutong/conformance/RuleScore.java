package org.shutong.conformance;

import org.apiguardian.api.API;

/**
 * How often one rule was applied and failed, as {@code conformance.rules[]} of the JSON report shows it.
 *
 * @param ruleId the rule's id
 * @param severity its severity label
 * @param source the standard and clause it implements
 * @param checked values (or, for file-level rules, items) the rule was applied to
 * @param failed findings the rule produced
 * @param passRate {@code (checked - failed) / checked}, or {@code null} when not applied
 */
@API(status = API.Status.STABLE, since = "0.1")
public record RuleScore(String ruleId, String severity, String source, long checked, long failed, Double passRate) {}
