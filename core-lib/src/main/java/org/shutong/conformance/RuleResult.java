package org.shutong.conformance;

import java.util.List;
import org.apiguardian.api.API;

/**
 * How one declared rule fared, as {@code profile.rules[]} of the JSON report shows it.
 *
 * @param id the rule's id (the findings' {@code ruleId})
 * @param type the rule's type as written in rule files ({@code order}, {@code id-sex} …)
 * @param dimension the dimension it scores ({@code CONSISTENCY} or {@code TIMELINESS})
 * @param columns the columns it compares
 * @param severity severity of its findings
 * @param description what it requires
 * @param source where it comes from
 * @param applicable records where all its columns had values it could compare
 * @param failed records that broke it
 * @param passRate {@code (applicable - failed) / applicable}, or {@code null}
 */
@API(status = API.Status.STABLE, since = "0.1")
public record RuleResult(String id, String type, String dimension, List<String> columns, String severity,
    String description, String source, long applicable, long failed, Double passRate) {
  /** Copies the list. */
  public RuleResult {
    columns = List.copyOf(columns);
  }
}
