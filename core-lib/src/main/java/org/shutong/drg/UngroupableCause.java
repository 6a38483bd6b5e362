package org.shutong.drg;

import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;

/**
 * Why a valid record is 无法入组 (CHS-DRG grouper status "无法入组"). Immutable.
 *
 * @param reason the kind of reason
 * @param mdc the MDC the reason is about, or {@code null}
 * @param rule the rule token that failed, or {@code null}
 * @param principal the principal diagnosis code
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record UngroupableCause(Reason reason, String mdc, String rule, String principal) {

  /** The kinds of reason, from the most to the least common in practice. */
  public enum Reason {
    /** The principal diagnosis is in no MDC's principal-diagnosis list (often an unknown code). */
    PDX_NOT_IN_ANY_MDC,
    /** The principal diagnosis belongs to a sex-specific MDC (MDCM/MDCN) of the other sex. */
    SEX_CONFLICT,
    /** The principal diagnosis belongs to an MDC with an age condition (MDCP: age 0) not met. */
    AGE_CONFLICT,
    /** Another MDC entry condition failed (e.g. MDCZ: fewer than 2 trauma regions). */
    ENTRY_CONDITION_NOT_MET,
    /** An MDC's entry rule matched, but none of its ADRGs did. */
    NO_ADRG_MATCHED,
    /** An ADRG matched but none of its DRG split rules did (a table set without a fallback DRG). */
    NO_DRG_MATCHED
  }

  /** The explanation in {@code lang}. */
  public String message(Lang lang) {
    return Messages.of(Engine.BUNDLE, lang)
        .get("cause." + reason.name(), principal, mdc == null ? "" : mdc, rule == null ? "" : rule);
  }
}
