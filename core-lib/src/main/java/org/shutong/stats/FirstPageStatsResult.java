package org.shutong.stats;

import java.time.YearMonth;
import java.util.List;
import org.apiguardian.api.API;
import org.shutong.report.InputSummary;

/**
 * The first-page monthly statistics: for each month the figures (with their definitions), and for
 * the report month the breakdowns by department, principal-diagnosis category, cost class and
 * 离院方式, and the records not counted by reason.
 *
 * @param months the months
 * @param figures one list of figures per month, ascending
 * @param departments the report month by 出院科别
 * @param diagnoses the report month's most frequent principal-diagnosis ICD-10 categories
 * @param diagnosisCategories the number of distinct categories in the report month
 * @param costs the report month's cost structure by the first page's ten classes
 * @param dischargeModes the report month by 离院方式
 * @param exclusions records not counted, by reason
 * @param outsideMonths records discharged outside the months
 * @param unplaceable records without a readable 出院时间
 * @param inputs the inputs read
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FirstPageStatsResult(
    ReportMonths months,
    List<List<Figure>> figures,
    List<Department> departments,
    List<DiagnosisGroup> diagnoses,
    int diagnosisCategories,
    List<CostClass> costs,
    List<Share> dischargeModes,
    List<Exclusion> exclusions,
    long outsideMonths,
    long unplaceable,
    List<InputSummary> inputs) {

  /**
   * One figure with its definition.
   *
   * @param id stable id ({@code alos})
   * @param label Chinese label
   * @param labelEn English label
   * @param unit unit (人, 日, %, 元)
   * @param value the value, or {@code null} when undefined (no denominator)
   * @param numerator the numerator of a ratio, or {@code null}
   * @param denominator the denominator of a ratio, or {@code null}
   * @param definition how it is computed (Chinese)
   * @param definitionEn how it is computed (English)
   * @param source the sources (ids of the definitions' PROVENANCE.md)
   */
  public record Figure(String id, String label, String labelEn, String unit, Double value, Double numerator,
      Double denominator, String definition, String definitionEn, String source) {}

  /**
   * One 出院科别.
   *
   * @param code the RC023 code as recorded (empty when not recorded)
   * @param name its RC023 name, or empty
   * @param discharges 出院人数
   * @param bedDays 出院者占用总床日数
   * @param deaths deaths
   * @param surgery discharges with surgery
   * @param dayCases day-case discharges
   * @param costSum sum of total costs
   * @param costCount discharges with a valid total cost
   */
  public record Department(String code, String name, long discharges, long bedDays, long deaths, long surgery,
      long dayCases, double costSum, long costCount) {}

  /**
   * One ICD-10 category of the principal diagnosis.
   *
   * @param rank 1-based rank by discharges
   * @param category the 3-character category ({@code I21}), or empty when the code is missing or malformed
   * @param name the category's name from the ICD-10 table, or empty
   * @param discharges discharges with it as principal diagnosis
   * @param deaths deaths among them
   * @param bedDays their bed-days
   */
  public record DiagnosisGroup(int rank, String category, String name, long discharges, long deaths, long bedDays) {}

  /**
   * One cost class.
   *
   * @param id stable id
   * @param label Chinese label
   * @param labelEn English label
   * @param fields the field codes summed
   * @param sum the sum over discharges with a valid total cost
   */
  public record CostClass(String id, String label, String labelEn, List<String> fields, double sum) {}

  /**
   * A count with its code and name.
   *
   * @param code the code as recorded
   * @param name its name in the value domain, or empty
   * @param count the count
   */
  public record Share(String code, String name, long count) {}

  /**
   * Records not counted for one reason.
   *
   * @param ruleId the rule that excluded them
   * @param message the first message seen for it
   * @param records how many
   */
  public record Exclusion(String ruleId, String message, long records) {}

  /** Copies. */
  public FirstPageStatsResult {
    figures = figures.stream().map(List::copyOf).toList();
    departments = List.copyOf(departments);
    diagnoses = List.copyOf(diagnoses);
    costs = List.copyOf(costs);
    dischargeModes = List.copyOf(dischargeModes);
    exclusions = List.copyOf(exclusions);
    inputs = List.copyOf(inputs);
  }

  /** The report month. */
  public YearMonth month() {
    return months.reportMonth();
  }

  /** The report month's figures. */
  public List<Figure> reportFigures() {
    return figures.get(figures.size() - 1);
  }

  /** A report-month figure by id. */
  public Figure figure(String id) {
    return reportFigures().stream().filter(f -> f.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no figure " + id));
  }
}
