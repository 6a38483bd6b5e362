package org.shutong.drg;

import java.util.List;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.report.Severity;

/**
 * A problem with a record's grouping input (the CHS-DRG grouper's 信息校验, ALGORITHM.md step 0):
 * an error makes the record {@link DrgStatus#INVALID}; a warning (a code the table set does not
 * know) leaves it grouped as far as the tables allow. Immutable.
 *
 * @param ruleId stable id, e.g. {@code DRG-SEX-INVALID} (documented in docs/drg.md)
 * @param severity error or warning
 * @param field the record field
 * @param index for {@link DrgField#DIAGNOSIS}/{@link DrgField#PROCEDURE} the position in the
 *     record's list (0 = principal / main), else 0
 * @param value the value as found, or {@code null} when missing
 * @param args message arguments
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DrgIssue(
    String ruleId, Severity severity, DrgField field, int index, String value, List<String> args) {

  /**
   * Every rule id the grouper and {@link FirstPageDrgLayout} report, in documentation order (see
   * docs/drg.md): validation errors, unknown-code and layout warnings, and {@code DRG-UNGROUPABLE}
   * (a valid record that no MDC takes; reported by callers from {@link DrgResult#cause()}).
   */
  public static final List<String> RULE_IDS = List.of("DRG-SEX-MISSING", "DRG-SEX-INVALID",
      "DRG-AGE-MISSING", "DRG-AGE-INVALID", "DRG-AGEDAYS-MISSING", "DRG-AGEDAYS-INVALID",
      "DRG-WEIGHT-MISSING", "DRG-WEIGHT-INVALID", "DRG-PDX-MISSING", "DRG-DX-UNMAPPED",
      "DRG-PROC-UNMAPPED", "DRG-DX-UNKNOWN", "DRG-PROC-UNKNOWN", "DRG-DX-FORM", "DRG-PROC-FORM",
      "DRG-MAINPROC-MISSING",
      "DRG-UNGROUPABLE");

  /** The short title of a rule id of {@link #RULE_IDS} in {@code lang}. */
  public static String title(String ruleId, Lang lang) {
    return Messages.of(Engine.BUNDLE, lang).get("rule." + ruleId);
  }

  /** Copies the arguments. */
  public DrgIssue {
    args = List.copyOf(args);
  }

  /** The message in {@code lang}: what is wrong and what would be right. */
  public String message(Lang lang) {
    return Messages.of(Engine.BUNDLE, lang).get("issue." + ruleId, args.toArray());
  }
}
