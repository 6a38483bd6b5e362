package org.shutong.conformance;

import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Finds value domains by the name a data element gives (WS 364 / GB/T tables). Conformance checks
 * values against the domains found; a domain the tables lack is reported once
 * ({@code CF-DOMAIN-UNAVAILABLE}) and its values are not checked against it.
 */
@API(status = API.Status.STABLE, since = "0.1")
@FunctionalInterface
public interface ValueDomains {
  /** The domain named {@code name}, if the tables have it. */
  Optional<ValueDomain> find(String name);

  /**
   * The national tables of {@code org.shutong.codesets}: value domains by id, {@code ICD-10} and
   * {@code ICD-9-CM-3} as the union of the 医保版 and 国家临床版 tables (loaded when first needed).
   */
  static ValueDomains of(org.shutong.codesets.Codesets codesets) {
    return new CodesetDomains(codesets);
  }

  /** No tables at all: every domain is unavailable. */
  static ValueDomains none() {
    return name -> Optional.empty();
  }

  /** Domains given as code → label maps, for tests and user-supplied tables. */
  static ValueDomains of(Map<String, Map<String, String>> domains) {
    Map<String, Map<String, String>> copy = Map.copyOf(domains);
    return name -> {
      Map<String, String> codes = copy.get(name);
      if (codes == null) {
        return Optional.empty();
      }
      Map<String, String> c = Map.copyOf(codes);
      return Optional.of(new ValueDomain() {
        @Override
        public String name() {
          return name;
        }

        @Override
        public boolean contains(String code) {
          return c.containsKey(code);
        }

        @Override
        public Optional<String> label(String code) {
          return Optional.ofNullable(c.get(code));
        }

        @Override
        public long size() {
          return c.size();
        }
      });
    };
  }
}
