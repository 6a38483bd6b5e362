package org.shutong.firstpage;

import java.time.LocalDateTime;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One operation or procedure of a first-page record: the main operation ({@code C14x01C…C23x01},
 * F13, F15; slot 0) or another one ({@code C35xNNC…C44xNN}, F14xNN, F16xNN; slot NN). Values are
 * trimmed; an empty box (blank or {@code -}) is {@code null}.
 *
 * @param slot where it is in {@link FieldGroup#PROCEDURE}; {@code slot.field(0)} is the code's field
 * @param code the ICD-9-CM-3 code as written
 * @param name the name as written
 * @param performed 手术及操作日期 as written ({@code yyyy-MM-dd HH:mm:ss})
 * @param level 手术级别 (RC029)
 * @param surgeon 术者
 * @param assistant1 Ⅰ助
 * @param assistant2 Ⅱ助
 * @param incision 切口愈合等级 (RC014)
 * @param anaesthesia 麻醉方式 (RC013)
 * @param anaesthetist 麻醉医师
 * @param duration 手术持续时间 in hours (newer export columns, inferred)
 * @param asa 麻醉分级 (RC024, newer export columns, inferred)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Procedure(
    FieldGroup.Slot slot,
    String code,
    String name,
    String performed,
    String level,
    String surgeon,
    String assistant1,
    String assistant2,
    String incision,
    String anaesthesia,
    String anaesthetist,
    String duration,
    String asa) {

  /** Whether this is the main operation. */
  public boolean main() {
    return slot.number() == 0;
  }

  /** The field code of the procedure code ({@code C14x01C} or {@code C35xNNC}). */
  public String codeField() {
    return slot.field(0);
  }

  /** The operation date and time, if filled and readable. */
  public Optional<LocalDateTime> performedAt() {
    return FirstPageRecord.toDateTime(Values.parseDateTime(performed));
  }
}
