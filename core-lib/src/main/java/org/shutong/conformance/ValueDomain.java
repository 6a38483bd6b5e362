package org.shutong.conformance;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One value domain (值域): a WS 364 卫生信息数据元值域代码 table ({@code CV02.01.101}) or a national
 * code list (GB/T 2261.1, GB/T 3304, ICD-10 …), as the code tables of {@code org.shutong.codesets}
 * provide it.
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface ValueDomain {
  /** The domain's name as data elements name it, e.g. {@code GB/T 2261.1}. */
  String name();

  /** Whether {@code code} is a value of the domain. */
  boolean contains(String code);

  /** The meaning of {@code code}, if it is a value. */
  Optional<String> label(String code);

  /** Number of values, or -1 if unknown (large classifications). */
  default long size() {
    return -1;
  }
}
