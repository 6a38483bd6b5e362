package org.shutong.conformance;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.shutong.report.Severity;

/**
 * A rule between columns, declared in a profile rule file and checked on every record where it
 * applies. The rule's {@code id} is the findings' {@code ruleId}; its {@code source} names the
 * standard or local regulation it comes from (the rule file's author supplies it).
 *
 * @param id stable ASCII id, e.g. {@code ADMIT-BEFORE-DISCHARGE}
 * @param type what is checked
 * @param columns the columns (headers or element identifiers), in the order the type gives
 * @param severity severity of its findings
 * @param description what the rule requires, in the author's words
 * @param source where the rule comes from, or the empty string
 * @param whenValues for {@link Type#REQUIRES}: the values of the first column that make the second
 *     required (empty: any non-empty value)
 * @param maxDays for {@link Type#LAG}: the largest allowed delay in days
 * @param line the line of the rule in its file (0 when made in code)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ConsistencyRule(
    String id,
    Type type,
    List<String> columns,
    Severity severity,
    String description,
    String source,
    List<String> whenValues,
    int maxDays,
    long line) {

  /** The kinds of rule. */
  public enum Type {
    /** {@code a ≤ b} for dates, date-times or numbers (入院日期 ≤ 出院日期); {@code columns: [a, b]}. */
    ORDER(QualityDimension.CONSISTENCY, 2),
    /** {@code a < b}. */
    ORDER_STRICT(QualityDimension.CONSISTENCY, 2),
    /** Equal values when both are filled. */
    EQUALS(QualityDimension.CONSISTENCY, 2),
    /** When {@code a} is filled (or one of {@code when} values), {@code b} must be filled. */
    REQUIRES(QualityDimension.CONSISTENCY, 2),
    /** The birth date in a resident identity number (GB 11643-1999 clause 5.3) equals the birth-date column. */
    ID_BIRTHDATE(QualityDimension.CONSISTENCY, 2),
    /** The sex in a resident identity number (GB 11643-1999 clause 5.4: odd male) equals the GB/T 2261.1 sex code. */
    ID_SEX(QualityDimension.CONSISTENCY, 2),
    /** Age in full years (周岁) between birth date {@code b} and date {@code c} equals {@code a}; {@code columns: [age, birth, at]}. */
    AGE(QualityDimension.CONSISTENCY, 3),
    /** {@code recorded − event ≤ maxDays} days; {@code columns: [event, recorded]}. */
    LAG(QualityDimension.TIMELINESS, 2);

    private final QualityDimension dimension;
    private final int arity;

    Type(QualityDimension dimension, int arity) {
      this.dimension = dimension;
      this.arity = arity;
    }

    /** The dimension the rule scores. */
    public QualityDimension dimension() {
      return dimension;
    }

    /** Number of columns it takes. */
    public int arity() {
      return arity;
    }

    /** The name used in rule files: {@code order}, {@code id-birthdate} … */
    public String fileName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** Checks the components. */
  public ConsistencyRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    columns = List.copyOf(columns);
    Objects.requireNonNull(severity, "severity");
    description = description == null ? "" : description;
    source = source == null ? "" : source;
    whenValues = List.copyOf(whenValues);
    if (columns.size() != type.arity()) {
      throw new IllegalArgumentException(id + ": " + type.fileName() + " takes " + type.arity() + " columns");
    }
  }
}
