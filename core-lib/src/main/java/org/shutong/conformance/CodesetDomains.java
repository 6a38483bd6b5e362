package org.shutong.conformance;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.shutong.codesets.CodeTable;
import org.shutong.codesets.Codesets;

/**
 * Value domains from {@link Codesets}: the value-domain tables by id ({@code GB/T 2261.1},
 * {@code CV02.01.101}, {@code RC001}), and the classifications data elements name by system:
 * {@code ICD-10} is a code of 医保版 2.0 (all levels) or 国家临床版 2.0, {@code ICD-9-CM-3} a code of
 * 医保版 2.0 or 国家临床版 3.0, the national tables of the 四统一.
 */
final class CodesetDomains implements ValueDomains {
  private final Codesets codesets;

  CodesetDomains(Codesets codesets) {
    this.codesets = codesets;
  }

  @Override
  public Optional<ValueDomain> find(String name) {
    String key = name.replace(" ", "").toUpperCase(Locale.ROOT);
    if (key.equals("ICD-10") || key.equals("ICD10")) {
      return Optional.of(classification(name, List.of("icd10-nhsa-2.0", "icd10-gb-clinical-2.0")));
    }
    if (key.equals("ICD-9-CM-3") || key.equals("ICD9CM3") || key.equals("ICD-9-CM3")) {
      return Optional.of(classification(name, List.of("icd9cm3-nhsa-2.0", "icd9cm3-gb-clinical-3.0")));
    }
    return codesets.findValueDomain(name).map(d -> new ValueDomain() {
      @Override
      public String name() {
        return d.id();
      }

      @Override
      public boolean contains(String code) {
        return d.contains(code);
      }

      @Override
      public Optional<String> label(String code) {
        return Optional.ofNullable(d.name(code));
      }

      @Override
      public long size() {
        return d.size();
      }
    });
  }

  private ValueDomain classification(String name, List<String> ids) {
    List<CodeTable> tables = ids.stream().filter(id -> codesets.find(id).isPresent()).map(codesets::codeTable).toList();
    return new ValueDomain() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public boolean contains(String code) {
        for (CodeTable t : tables) {
          if (t.contains(code)) {
            return true;
          }
        }
        return false;
      }

      @Override
      public Optional<String> label(String code) {
        for (CodeTable t : tables) {
          String n = t.name(code);
          if (n != null) {
            return Optional.of(n);
          }
        }
        return Optional.empty();
      }
    };
  }
}
