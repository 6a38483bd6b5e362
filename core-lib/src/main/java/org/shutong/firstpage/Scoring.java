package org.shutong.firstpage;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.report.Severity;

/**
 * How a record's quality score and grade are computed: each rule that fires on a record deducts its
 * points once from {@code start}; the grade is the first whose minimum the score reaches. The
 * bundled thresholds (优 ≥ 97, 良 ≥ 90, 中 ≥ 75, 差) are those of a public QC tool (Q3 in
 * PROVENANCE.md); the default deductions are Shutong's. Immutable.
 *
 * @param start the score of a record without findings (usually 100)
 * @param deduct default deduction per severity
 * @param grades grades from best to worst
 * @param source where the scheme comes from
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Scoring(double start, Map<Severity, Double> deduct, List<Grade> grades, String source) {
  /**
   * One grade.
   *
   * @param grade its Chinese name, e.g. 优
   * @param en its English name
   * @param min the lowest score that earns it
   */
  public record Grade(String grade, String en, double min) {
    /** The name in {@code lang}. */
    public String name(Lang lang) {
      return lang == Lang.EN && en != null ? en : grade;
    }
  }

  /** Sorts the grades from the highest minimum down. */
  public Scoring {
    deduct = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(deduct));
    grades = grades.stream().sorted(Comparator.comparingDouble(Grade::min).reversed()).toList();
    Objects.requireNonNull(source, "source");
    if (grades.isEmpty()) {
      throw new IllegalArgumentException("no grades");
    }
  }

  /** The grade of a score (the last grade if the score is below every minimum). */
  public Grade grade(double score) {
    for (Grade g : grades) {
      if (score >= g.min()) {
        return g;
      }
    }
    return grades.get(grades.size() - 1);
  }

  /** Index (0 = best) of the grade of a score. */
  int gradeIndex(double score) {
    for (int i = 0; i < grades.size(); i++) {
      if (score >= grades.get(i).min()) {
        return i;
      }
    }
    return grades.size() - 1;
  }

  /** The points a rule deducts. */
  public double deductionOf(RuleDef rule) {
    return rule.deduct() != null ? rule.deduct() : deduct.getOrDefault(rule.severity(), 0.0);
  }
}
