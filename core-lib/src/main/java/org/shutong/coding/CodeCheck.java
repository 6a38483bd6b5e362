package org.shutong.coding;

import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The result of validating one code: a small immutable value. For a code that is in the table exactly
 * as given, the same instance is returned every time (no allocation per call).
 *
 * @param status the verdict
 * @param input the code as given
 * @param code the table's code it resolved to (after normalisation), or {@code null} for
 *     {@link CheckStatus#UNKNOWN}, {@link CheckStatus#AMBIGUOUS} and {@link CheckStatus#MALFORMED}
 * @param name the code's name in the table, or {@code null}
 * @param changeMask the normalisation steps applied, as a bit mask (see {@link #changes()})
 * @param problem why it is malformed, or {@code null}
 * @param candidates for {@link CheckStatus#AMBIGUOUS}, the codes it could be; otherwise empty
 */
@API(status = API.Status.STABLE, since = "0.1")
public record CodeCheck(
    CheckStatus status, String input, String code, String name, int changeMask, Problem problem, List<String> candidates) {

  /** Copies the candidates. */
  public CodeCheck {
    candidates = List.copyOf(candidates);
  }

  /** Whether the code resolved to a table code only after normalisation. */
  public boolean normalized() {
    return changeMask != 0 && code != null;
  }

  /** The normalisation steps applied (empty when the input was exact). */
  public Set<Change> changes() {
    return Change.of(changeMask);
  }

  /** Whether the code is usable as it stands: {@link CheckStatus#VALID} without normalisation. */
  public boolean exact() {
    return status == CheckStatus.VALID && changeMask == 0;
  }
}
