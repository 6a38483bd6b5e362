package org.shutong.assess;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.apiguardian.api.API;

/**
 * The evidence for one item: what the evaluator wrote in the workbook, or what a Shutong report
 * shows. Only the fields of the item's answer type are set.
 *
 * @param item the item's id
 * @param conformity CONFORMITY items: the answer
 * @param yes YESNO items: the answer
 * @param option CHOICE items: the option's label as the model writes it
 * @param count COUNT items: the count
 * @param function EMR items: the function level 0–8
 * @param application EMR items: effective application as a share 0–1, or {@code null}
 * @param dataQuality EMR items: the data quality index 0–1, or {@code null}
 * @param raw the answer as written (for reports), or {@code null}
 * @param comment the evaluator's comment, or {@code null}
 * @param attachment the names of the attachments, or {@code null}
 * @param origin where it comes from: {@code workbook!sheet row}, or a report file
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Answer(String item, Conformity conformity, Boolean yes, String option, Long count, Integer function,
    Double application, Double dataQuality, String raw, String comment, String attachment, String origin) {

  /** The answers of a CONFORMITY item (互联互通 评审指标: 无此数据 / 有且完全符合国家标准 / 有，部分符合国家标准 / 无此业务). */
  public enum Conformity {
    /** 有且完全符合国家标准. */
    FULL,
    /** 有，部分符合国家标准. */
    PARTIAL,
    /** 无此数据 / 无此文档 / 无此服务. */
    NONE,
    /** 无此业务 (选测 items only). */
    NOT_APPLICABLE
  }

  /** A copy with another origin and raw text. */
  Answer withOrigin(String newOrigin, String newRaw) {
    return new Answer(item, conformity, yes, option, count, function, application, dataQuality, newRaw, comment,
        attachment, newOrigin);
  }

  /** A copy with another data quality index. */
  Answer withDataQuality(Double dq, String newOrigin) {
    return new Answer(item, conformity, yes, option, count, function, application, dq, raw, comment, attachment,
        newOrigin);
  }
}
