package org.shutong.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One row of the published monthly table 法定传染病报告发病、死亡统计表, in force from {@code from} to
 * {@code to} (inclusive). A disease whose label or class changed has one entry per period, so that
 * catalogue changes are versioned, not overwritten (e.g. 新型冠状病毒肺炎 → 新型冠状病毒感染,
 * 国家卫生健康委员会公告 2022 年第 7 号).
 *
 * @param id stable ASCII id ({@code hepatitis_b})
 * @param diseaseClass 甲/乙/丙
 * @param parent the id of the group row this is a sub-type of ({@code hepatitis}), or {@code null}
 * @param order position in the published row order
 * @param label the name as printed in the table
 * @param labelEn English name
 * @param from first day in force
 * @param to last day in force, or {@code null} while in force
 * @param rule how the row is counted
 * @param sources source ids of the catalogue's PROVENANCE.md
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record NotifiableDisease(
    String id,
    DiseaseClass diseaseClass,
    String parent,
    int order,
    String label,
    String labelEn,
    LocalDate from,
    LocalDate to,
    CountingRule rule,
    List<String> sources) {

  /** How a row's figures are obtained. */
  public enum CountingRule {
    /** Cases and deaths of cards whose 终审日期 is in the month (seed 002, table note). */
    FINAL_REVIEW,
    /**
     * Cases by 终审日期; deaths are all-cause deaths reported in the month among all AIDS patients
     * ever reported (seed 002, footnote *).
     */
    AIDS_ALL_CAUSE,
    /** The sum of its sub-type rows (病毒性肝炎, seed 002, footnote **). */
    GROUP
  }

  /** Checks the components. */
  public NotifiableDisease {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(diseaseClass, "diseaseClass");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(rule, "rule");
    labelEn = labelEn == null || labelEn.isBlank() ? label : labelEn;
    sources = List.copyOf(sources);
    if (to != null && to.isBefore(from)) {
      throw new IllegalArgumentException(id + ": 'to' " + to + " before 'from' " + from);
    }
  }

  /** Whether this entry is in force on {@code day}. */
  public boolean inForce(LocalDate day) {
    return !day.isBefore(from) && (to == null || !day.isAfter(to));
  }
}
