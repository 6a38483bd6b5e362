package org.shutong.drg;

import org.apiguardian.api.API;
import org.shutong.i18n.Lang;

/**
 * One decision of the grouper, in the order taken (the CHS-DRG grouper's message list): the input
 * read, each MDC entry rule tried, each ADRG rule tried, each secondary diagnosis found MCC/CC with
 * the exclusion table that applied, each DRG split, the result. Immutable.
 *
 * @param step the kind of step: {@code INPUT}, {@code MAP}, {@code MDC}, {@code ADRG},
 *     {@code CONDITION}, {@code SEVERITY}, {@code DRG}, {@code RESULT}
 * @param subject what the step is about (an MDC, ADRG or DRG code, a diagnosis code), or {@code null}
 * @param matched for rules: whether it matched; {@code null} for steps that are not a test
 * @param zh the step in Chinese
 * @param en the step in English
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TraceStep(String step, String subject, Boolean matched, String zh, String en) {
  /** The text in {@code lang}. */
  public String text(Lang lang) {
    return lang == Lang.EN ? en : zh;
  }
}
