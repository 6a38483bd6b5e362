package org.shutong.deid;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One rule of a {@link Profile}: which columns it applies to and what it does with them.
 *
 * @param id a short name for reports ({@code name}, {@code resident-id}); unique in the profile
 * @param columns columns by the standard's code ({@code A11}), Chinese name ({@code 姓名}) or the
 *     exact header; each must be present in the input unless {@code optional}
 * @param pattern a regular expression matched (whole, case-insensitive) against headers, or
 *     {@code null}
 * @param fieldPattern a regular expression matched (whole) against the first-page field code a
 *     header names ({@code C3[5-9]x\d\dC}), whatever the header's spelling, or {@code null}
 * @param optional whether the listed columns may be absent
 * @param columnClass what kind of attribute the columns hold
 * @param action what is done with the values
 * @param options the action's settings as written in the profile (e.g. {@code keepFirst},
 *     {@code length}, {@code type}, {@code level}); checked when the profile is loaded
 * @param cite the clauses of the standards the choice rests on
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Rule(
    String id,
    List<String> columns,
    String pattern,
    String fieldPattern,
    boolean optional,
    ColumnClass columnClass,
    Action action,
    Map<String, Object> options,
    String cite) {

  /** Copies the collections. */
  public Rule {
    Objects.requireNonNull(id, "id");
    columns = List.copyOf(columns);
    Objects.requireNonNull(columnClass, "columnClass");
    Objects.requireNonNull(action, "action");
    options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
    cite = cite == null ? "" : cite;
  }
}
