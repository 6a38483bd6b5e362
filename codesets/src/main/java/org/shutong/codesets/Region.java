package org.shutong.codesets;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One administrative region of GB/T 2260 (中华人民共和国行政区划代码).
 *
 * @param code the six-digit code, e.g. {@code 110105}
 * @param name the name as bundled, e.g. {@code 朝阳区}
 * @param level province, city or county
 * @param parent the code of the region it belongs to, or {@code null} for a province
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Region(String code, String name, RegionLevel level, String parent) {
  /** Checks the components. */
  public Region {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    if (parent != null && parent.isEmpty()) {
      parent = null;
    }
  }
}
