package org.shutong.codesets;

import org.apiguardian.api.API;

/** What a bundled or user-supplied table holds. */
@API(status = API.Status.STABLE, since = "0.1")
public enum TableKind {
  /** Codes with names, e.g. ICD-10 医保版2.0: see {@link CodeTable}. */
  CODE_TABLE,
  /** Pairs of codes from one code table to another: see {@link Crosswalk}. */
  CROSSWALK,
  /** One or more value domains (值域代码表) in one file: see {@link ValueDomain}. */
  VALUE_DOMAINS,
  /** Administrative regions (GB/T 2260): see {@link Regions}. */
  REGIONS
}
