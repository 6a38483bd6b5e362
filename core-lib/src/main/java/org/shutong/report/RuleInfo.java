package org.shutong.report;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A rule that a run checked, whether or not it found anything. Reports that carry the rules they
 * ran show clean rules too: the JUnit renderer as passing testcases, HTML and XLSX in the per-rule
 * summary.
 *
 * @param id the rule's stable ASCII id, as in {@link Finding#ruleId()}
 * @param title a short description in the run's language, or {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RuleInfo(String id, String title) {
  /** Checks the id. */
  public RuleInfo {
    Objects.requireNonNull(id, "id");
  }
}
