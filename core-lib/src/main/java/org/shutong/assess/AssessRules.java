package org.shutong.assess;

import java.util.List;
import org.shutong.i18n.Lang;
import org.shutong.report.RuleInfo;

/**
 * The rule ids of the findings the assessment reports, documented in {@code docs/assess.md}. They
 * check the evidence, not the hospital: a finding means a piece of evidence could not be used (or
 * should be looked at), never that an item failed — failed items are in the gap list.
 */
final class AssessRules {
  private AssessRules() {}

  static final String WB_SHEET = "ASSESS-WB-SHEET";
  static final String WB_VERSION = "ASSESS-WB-VERSION";
  static final String WB_MODEL = "ASSESS-WB-MODEL";
  static final String WB_COLUMN = "ASSESS-WB-COLUMN";
  static final String WB_UNKNOWN_ITEM = "ASSESS-WB-UNKNOWN-ITEM";
  static final String WB_DUPLICATE = "ASSESS-WB-DUPLICATE";
  static final String WB_MISSING_ITEM = "ASSESS-WB-MISSING-ITEM";
  static final String WB_NOT_NUMBER = "ASSESS-WB-NOT-NUMBER";
  static final String WB_RANGE = "ASSESS-WB-RANGE";
  static final String WB_CHOICE = "ASSESS-WB-CHOICE";
  static final String WB_INCOMPLETE = "ASSESS-WB-INCOMPLETE";
  static final String WB_FRACTION = "ASSESS-WB-FRACTION";
  static final String WB_NO_LEVEL = "ASSESS-WB-NO-LEVEL";
  static final String REPORT_NOT_JSON = "ASSESS-REPORT-NOT-JSON";
  static final String REPORT_FOREIGN = "ASSESS-REPORT-FOREIGN";
  static final String REPORT_COMMAND = "ASSESS-REPORT-COMMAND";
  static final String REPORT_SHAPE = "ASSESS-REPORT-SHAPE";
  static final String REPORT_STALE = "ASSESS-REPORT-STALE";
  static final String REPORT_UNUSED = "ASSESS-REPORT-UNUSED";
  static final String EVIDENCE_CONFLICT = "ASSESS-EVIDENCE-CONFLICT";
  static final String MODEL_SUM = "ASSESS-MODEL-SUM";
  static final String MODEL_UNCONFIRMED = "ASSESS-MODEL-UNCONFIRMED";

  static final List<String> WORKBOOK = List.of(WB_SHEET, WB_VERSION, WB_MODEL, WB_COLUMN, WB_UNKNOWN_ITEM,
      WB_DUPLICATE, WB_MISSING_ITEM, WB_NOT_NUMBER, WB_RANGE, WB_CHOICE, WB_INCOMPLETE, WB_FRACTION, WB_NO_LEVEL);
  static final List<String> REPORTS = List.of(REPORT_NOT_JSON, REPORT_FOREIGN, REPORT_COMMAND, REPORT_SHAPE,
      REPORT_STALE, REPORT_UNUSED, EVIDENCE_CONFLICT);
  static final List<String> MODEL = List.of(MODEL_SUM, MODEL_UNCONFIRMED);

  /** The rules with their titles in the run's language. */
  static List<RuleInfo> infos(List<String> ids, Lang lang) {
    return ids.stream().map(id -> new RuleInfo(id, AssessText.messages(lang).get("rule." + id))).toList();
  }
}
