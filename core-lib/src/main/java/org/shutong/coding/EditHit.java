package org.shutong.coding;

import org.apiguardian.api.API;
import org.shutong.report.Severity;

/**
 * One edit that fired on a {@link CodedRecord}: a small immutable value. Turn it into a message with
 * {@link CodeEdits#message(EditHit, org.shutong.i18n.Lang)}; the rule and its source are documented in
 * {@code org/shutong/coding/edits/edits.csv} and {@code docs/coding.md}.
 *
 * @param ruleId the stable rule id, e.g. {@code EDIT-SEX-FEMALE-ONLY}
 * @param severity how serious
 * @param role which part of the record: {@code principal}, {@code other}, {@code external}, {@code morphology},
 *     {@code procedure}
 * @param position 0-based position within that part (0 for the principal)
 * @param code the code the edit is about (as resolved)
 * @param detail a rule-specific detail for the message (a range, an age, the expected behaviour)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record EditHit(String ruleId, Severity severity, String role, int position, String code, String detail) {}
