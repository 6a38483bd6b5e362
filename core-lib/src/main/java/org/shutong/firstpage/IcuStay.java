package org.shutong.firstpage;

import java.time.LocalDateTime;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One ICU stay of a first-page record ({@code C48xNNC/C49xNN/C50xNN}, NN = 01…05; newer export
 * columns, names inferred). Values are trimmed; an empty box is {@code null}.
 *
 * @param slot where it is in {@link FieldGroup#ICU}
 * @param unit 重症监护室名称 (RC015)
 * @param entered 进入时间 as written
 * @param left 退出时间 as written
 */
@API(status = API.Status.STABLE, since = "0.1")
public record IcuStay(FieldGroup.Slot slot, String unit, String entered, String left) {
  /** When the patient entered the unit, if filled and readable. */
  public Optional<LocalDateTime> enteredAt() {
    return FirstPageRecord.toDateTime(Values.parseDateTime(entered));
  }

  /** When the patient left the unit, if filled and readable. */
  public Optional<LocalDateTime> leftAt() {
    return FirstPageRecord.toDateTime(Values.parseDateTime(left));
  }
}
