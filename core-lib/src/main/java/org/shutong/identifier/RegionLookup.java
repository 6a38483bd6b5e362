package org.shutong.identifier;

import org.apiguardian.api.API;

/**
 * Whether a six-digit administrative-division code (GB/T 2260 行政区划代码) exists, for the address
 * code of a resident identity number (GB 11643-1999 clause 5.2). Implemented by the region table of
 * {@code org.shutong.codesets}; a lambda or method reference will do ({@code set::contains}).
 */
@API(status = API.Status.STABLE, since = "0.1")
@FunctionalInterface
public interface RegionLookup {
  /**
   * Whether {@code code} (six digits) is a known administrative division.
   *
   * @param code six ASCII digits
   */
  boolean exists(String code);
}
