package org.shutong.firstpage;

import java.util.List;

/**
 * The tables the checks consult, behind small interfaces so that the checks do not depend on how
 * tables are stored: code tables and value domains come from {@code org.shutong.codesets}, a
 * procedure attribute table from the user.
 */
final class Lookups {
  private Lookups() {}

  /** A code table (ICD-10, ICD-9-CM-3): exact code to preferred name. */
  interface Codes {
    /** The table's id, e.g. {@code icd10-nhsa-2.0}. */
    String id();

    /** The table's title for messages, e.g. {@code 医保疾病诊断分类与代码 2.0}. */
    String title();

    /**
     * Validates a code as written: valid (possibly after normalising its form), not a leaf,
     * unknown, ambiguous or malformed, with the table's code and name.
     */
    org.shutong.coding.CodeCheck check(String code);
  }

  /** One value domain. */
  interface Domain {
    boolean contains(String code);

    String name(String code);

    List<String> codes();
  }

  /** Value domains (RC tables). */
  interface Domains {
    /** The domain, or {@code null} if unknown. */
    default Domain get(String domain) {
      if (!defined(domain)) {
        return null;
      }
      return new Domain() {
        @Override
        public boolean contains(String code) {
          return Domains.this.contains(domain, code);
        }

        @Override
        public String name(String code) {
          return Domains.this.name(domain, code);
        }

        @Override
        public List<String> codes() {
          return Domains.this.codes(domain);
        }
      };
    }

    /** Whether the domain is known (its codes can be checked). */
    boolean defined(String domain);

    /** Whether {@code code} is a value of {@code domain}. */
    boolean contains(String domain, String code);

    /** The meaning of {@code code} in {@code domain}, or {@code null}. */
    String name(String domain, String code);

    /** The codes of {@code domain}, in published order. */
    List<String> codes(String domain);
  }

  /** What kind of procedure a code is: 手术, 介入治疗, 诊断性操作, 治疗性操作; {@code null} if unknown. */
  interface ProcedureKinds {
    String kind(String code);
  }
}
