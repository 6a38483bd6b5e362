package org.shutong.firstpage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shutong.codesets.CodeTable;
import org.shutong.codesets.Codesets;
import org.shutong.codesets.ValueDomain;
import org.shutong.coding.CodeCheck;
import org.shutong.coding.CodingSystem;

/** {@link Lookups} over {@code org.shutong.codesets} and the coding service {@code org.shutong.coding}. */
final class CodesetLookups {
  private CodesetLookups() {}

  /** A code table through the coding service, which validates and normalises codes. */
  static Lookups.Codes codes(CodingSystem s) {
    CodeTable t = s.table();
    String title = t.info().name() + " " + t.info().version();
    return new Lookups.Codes() {
      @Override
      public String id() {
        return t.id();
      }

      @Override
      public String title() {
        return title;
      }

      @Override
      public CodeCheck check(String code) {
        return s.validate(code);
      }
    };
  }

  /** The value domains of a codesets instance (bundled RC tables and any user-supplied ones). */
  static Lookups.Domains domains(Codesets cs) {
    Map<String, Optional<ValueDomain>> cache = new java.util.concurrent.ConcurrentHashMap<>();
    return new Lookups.Domains() {
      private ValueDomain vd(String d) {
        return cache.computeIfAbsent(d, cs::findValueDomain).orElse(null);
      }

      @Override
      public Lookups.Domain get(String domain) {
        ValueDomain v = cache.computeIfAbsent(domain, cs::findValueDomain).orElse(null);
        if (v == null) {
          return null;
        }
        return new Lookups.Domain() {
          @Override
          public boolean contains(String code) {
            return v.contains(code);
          }

          @Override
          public String name(String code) {
            return v.name(code);
          }

          @Override
          public List<String> codes() {
            return v.codes();
          }
        };
      }

      @Override
      public boolean defined(String domain) {
        return vd(domain) != null;
      }

      @Override
      public boolean contains(String domain, String code) {
        ValueDomain v = vd(domain);
        return v != null && v.contains(code);
      }

      @Override
      public String name(String domain, String code) {
        ValueDomain v = vd(domain);
        return v == null ? null : v.name(code);
      }

      @Override
      public List<String> codes(String domain) {
        ValueDomain v = vd(domain);
        return v == null ? List.of() : v.codes();
      }
    };
  }
}
