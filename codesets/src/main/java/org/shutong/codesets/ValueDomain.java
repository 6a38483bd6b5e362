package org.shutong.codesets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One value domain (值域代码表): the allowed codes of a field, e.g. {@code RC001} 性别 of the 住院病案首页,
 * {@code RC032} 医疗付费方式 (codes such as {@code 1.1}, so codes are strings, never numbers),
 * {@code GB/T 2261.1} 人的性别代码, {@code CV02.01.101} 身份证件类别代码.
 *
 * <p>Immutable and thread-safe; {@link #contains(String)} is O(1) and allocates nothing.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ValueDomain {
  /**
   * One allowed value.
   *
   * @param code the code as published (a string: {@code 01} and {@code 1} differ)
   * @param name its meaning as published
   */
  public record Value(String code, String name) {
    /** Checks the components. */
    public Value {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
    }
  }

  private final String id;
  private final String title;
  private final TableInfo table;
  private final List<Value> values;
  private final Map<String, Value> byCode;

  private ValueDomain(String id, String title, TableInfo table, List<Value> values) {
    this.id = id;
    this.title = title;
    this.table = table;
    this.values = List.copyOf(values);
    Map<String, Value> m = new HashMap<>();
    for (Value v : this.values) {
      m.putIfAbsent(v.code(), v);
    }
    this.byCode = m;
  }

  /**
   * A value domain.
   *
   * @param id its id, e.g. {@code RC032}
   * @param title its title, e.g. {@code 医疗付费方式代码表}, or {@code ""} if the source gives none
   * @param table the manifest of the file it comes from
   * @param values its values in published order (a repeated code keeps its first meaning)
   */
  public static ValueDomain of(String id, String title, TableInfo table, List<Value> values) {
    return new ValueDomain(
        Objects.requireNonNull(id, "id"), title == null ? "" : title, Objects.requireNonNull(table, "table"), values);
  }

  /** The id, e.g. {@code RC001}, {@code GB/T 2261.1}. */
  public String id() {
    return id;
  }

  /** The title as the source gives it, or {@code ""}. */
  public String title() {
    return title;
  }

  /** The manifest of the file this domain comes from. */
  public TableInfo table() {
    return table;
  }

  /** The values in published order. */
  public List<Value> values() {
    return values;
  }

  /** The codes in published order. */
  public List<String> codes() {
    List<String> out = new ArrayList<>(values.size());
    for (Value v : values) {
      out.add(v.code());
    }
    return out;
  }

  /** Number of values. */
  public int size() {
    return values.size();
  }

  /** Whether {@code code} is an allowed value, compared exactly (no trimming, no number parsing). */
  public boolean contains(String code) {
    return code != null && byCode.containsKey(code);
  }

  /** The meaning of {@code code}, or {@code null} if it is not in the domain. */
  public String name(String code) {
    Value v = code == null ? null : byCode.get(code);
    return v == null ? null : v.name();
  }

  @Override
  public String toString() {
    return "ValueDomain[" + id + ", " + values.size() + " values]";
  }
}
