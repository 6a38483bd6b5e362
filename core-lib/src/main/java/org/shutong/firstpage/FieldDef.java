package org.shutong.firstpage;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One field of the national 住院病案首页 record (绩效考核 / HQMS interface), as the bundled
 * {@code fields.csv} defines it. Immutable.
 *
 * @param code the 绩效考核 field code, e.g. {@code C03C}; used as {@code field} in findings
 * @param name the Chinese name, e.g. {@code 出院主要诊断编码}
 * @param type the value type
 * @param requirement whether the sources require it
 * @param valueDomain the value domain or coding system it takes values from ({@code RC023},
 *     {@code ICD-10}, {@code ICD-9-CM-3}, {@code ICD-O(M码)}), or {@code null}
 * @param notes the filling notes and derivation, verbatim from {@code fields.csv}
 * @param order 1-based position in the standard's field order (the interface's column order)
 * @param sourceCode the {@code fields.csv} row it comes from: its own code, or the pattern row
 *     ({@code F06xNN}) an expanded field belongs to
 * @param inferred whether the field's name or meaning is inferred rather than stated by a source
 *     (marked "(inferred)" or EXTRA in {@code fields.csv}); treat as unverified
 * @param group the repeated group it belongs to, or {@code null}
 * @param slot its slot number in the group (0 = principal/main), or -1 if not in a group
 * @param member its member name in the group ({@code code}, {@code name}, …), or {@code null}
 * @param aliases other headers accepted for it: its HQMS P-code ({@code P321}), and for the
 *     discharge diagnoses the name without the prefix 出院 ({@code 主要诊断编码}); see PROVENANCE.md
 */
@API(status = API.Status.STABLE, since = "0.1")
public record FieldDef(
    String code,
    String name,
    FieldType type,
    Requirement requirement,
    String valueDomain,
    String notes,
    int order,
    String sourceCode,
    boolean inferred,
    FieldGroup group,
    int slot,
    String member,
    List<String> aliases) {

  /** Checks required components. */
  public FieldDef {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(notes, "notes");
    aliases = List.copyOf(aliases);
  }

  /** Whether values come from an RC value domain (e.g. {@code RC023}). */
  public boolean hasValueDomain() {
    return valueDomain != null && valueDomain.startsWith("RC");
  }
}
