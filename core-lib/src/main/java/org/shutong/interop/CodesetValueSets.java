package org.shutong.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.shutong.codesets.CodeTable;
import org.shutong.codesets.Codesets;
import org.shutong.codesets.ValueDomain;

/**
 * {@link ValueSets} over the bundled code tables of {@code org.shutong.codesets}: each table name of
 * {@code rules/codesystems.tsv} maps (column {@code codesets}) to one or more value domains or code
 * tables. A code is found if any of them has it; for ICD-10 and ICD-9-CM-3 these are the 国家临床版
 * and the 医保版 (with 类目/亚目), as documents may be coded in either. The name for the
 * displayName check is given only when the tables that have the code agree on it. Tables are
 * loaded on first use. Thread-safe.
 */
final class CodesetValueSets implements ValueSets {
  private static final class Holder {
    static final CodesetValueSets BUNDLED = new CodesetValueSets(Codesets.bundled(), Catalog.standard().codesetRefs());
  }

  private final Codesets codesets;
  private final Map<String, List<String>> refs;
  private final Map<String, List<Function<String, String>>> loaded = new ConcurrentHashMap<>();
  private final Map<String, java.util.regex.Pattern> forms = new ConcurrentHashMap<>();

  private CodesetValueSets(Codesets codesets, Map<String, List<String>> refs) {
    this.codesets = codesets;
    this.refs = refs;
  }

  static CodesetValueSets bundled() {
    return Holder.BUNDLED;
  }

  @Override
  public Lookup lookup(String table, String code) {
    List<String> r = refs.get(table);
    if (r == null || r.isEmpty()) {
      return Lookup.UNKNOWN;
    }
    String form = Catalog.standard().codeForm(table);
    if (form != null && !forms.computeIfAbsent(form, java.util.regex.Pattern::compile).matcher(code).matches()) {
      return Lookup.UNKNOWN; // a code of a form the bundled table does not hold (GB/T 2659 numeric)
    }
    List<Function<String, String>> sources = loaded.computeIfAbsent(table, t -> load(r));
    String name = null;
    boolean found = false;
    boolean agree = true;
    for (Function<String, String> s : sources) {
      String n = s.apply(code);
      if (n != null) {
        if (found && !n.equals(name)) {
          agree = false;
        }
        found = true;
        name = n;
      }
    }
    if (!found) {
      return new Lookup(Status.NOT_FOUND, null);
    }
    return new Lookup(Status.FOUND, agree ? name : null);
  }

  private List<Function<String, String>> load(List<String> r) {
    List<Function<String, String>> out = new ArrayList<>();
    for (String ref : r) {
      int i = ref.indexOf(':');
      String kind = ref.substring(0, i);
      String id = ref.substring(i + 1);
      if (kind.equals("valueDomain")) {
        ValueDomain d = codesets.valueDomain(id);
        out.add(c -> d.contains(c) ? d.name(c) : null);
      } else if (kind.equals("codeTable")) {
        CodeTable t = codesets.codeTable(id);
        out.add(c -> t.contains(c) ? t.name(c) : null);
      } else {
        throw new IllegalStateException("unknown codesets reference " + ref + " in rules/codesystems.tsv");
      }
    }
    return List.copyOf(out);
  }
}
