package org.shutong.firstpage;

import java.nio.ByteBuffer;
import java.util.AbstractList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.shutong.report.Severity;

/**
 * What a first-page check found beyond the findings themselves: counts per rule, per field and per
 * department, each record's quality score and grade, and the indicators of the 2016
 * 《住院病案首页数据质量管理与控制指标》 that the data alone can compute. Immutable.
 *
 * @param ruleSet id and version of the rule set used, e.g. {@code nhc-2016 2016.1}
 * @param coding the code tables used for diagnoses and procedures
 * @param records records checked (malformed rows the reader skipped are not counted)
 * @param recordsWithErrors records with at least one error
 * @param meanScore mean quality score over the records (NaN if none)
 * @param grades records per grade, best grade first
 * @param rules per rule that fired: findings and records, most findings first
 * @param fields per field with findings, most findings first
 * @param departments per discharge department (B16C), in code order
 * @param indicators the 2016 indicators, computed or marked as needing a reviewer
 * @param lowest the records with the lowest scores (at most 20), lowest first
 * @param scores every record's score, in file and record order (a compact view)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record CheckResult(
    String ruleSet,
    String coding,
    long records,
    long recordsWithErrors,
    double meanScore,
    List<GradeCount> grades,
    List<RuleSummary> rules,
    List<FieldSummary> fields,
    List<DepartmentSummary> departments,
    List<Indicator> indicators,
    List<RecordScore> lowest,
    List<RecordScore> scores) {

  /** Copies the lists (the score list is a view and is kept as it is). */
  public CheckResult {
    grades = List.copyOf(grades);
    rules = List.copyOf(rules);
    fields = List.copyOf(fields);
    departments = List.copyOf(departments);
    indicators = List.copyOf(indicators);
    lowest = List.copyOf(lowest);
    Objects.requireNonNull(scores, "scores");
  }

  /**
   * Records with one grade.
   *
   * @param grade the grade's name (优, 良 …)
   * @param en its English name
   * @param min the lowest score of the grade
   * @param records records with that grade
   */
  public record GradeCount(String grade, String en, double min, long records) {}

  /**
   * How often one rule fired.
   *
   * @param ruleId the rule
   * @param severity its severity in this run
   * @param category its category
   * @param findings findings it produced
   * @param records records it fired on
   * @param source its source
   */
  public record RuleSummary(String ruleId, Severity severity, String category, long findings,
      long records, String source) {}

  /**
   * Findings about one field.
   *
   * @param field the field code
   * @param name its Chinese name
   * @param findings findings naming it
   * @param errors of which errors
   */
  public record FieldSummary(String field, String name, long findings, long errors) {}

  /**
   * Quality of one discharge department.
   *
   * @param code the 出院科别 code as written (empty if not filled)
   * @param name its name in RC023, or {@code null}
   * @param records records
   * @param recordsWithErrors records with at least one error
   * @param errors error findings
   * @param warnings warning findings
   * @param meanScore mean score
   * @param grades records per grade name
   */
  public record DepartmentSummary(String code, String name, long records, long recordsWithErrors,
      long errors, long warnings, double meanScore, Map<String, Long> grades) {
    /** Copies the map, keeping its order (best grade first), so that JSON reports are the same every run. */
    public DepartmentSummary {
      grades = Collections.unmodifiableMap(new LinkedHashMap<>(grades));
    }
  }

  /**
   * One indicator of the 2016 《住院病案首页数据质量管理与控制指标》.
   *
   * @param id stable id, e.g. {@code completeness-records}
   * @param name the indicator's Chinese name
   * @param en its English name
   * @param value the rate in percent, or {@code null} when it needs a reviewer
   * @param numerator the numerator, or {@code null}
   * @param denominator the denominator, or {@code null}
   * @param note definition, or why it cannot be computed from the data
   */
  public record Indicator(String id, String name, String en, Double value, Long numerator,
      Long denominator, String note) {}

  /**
   * One record's quality.
   *
   * @param file the input
   * @param record the 1-based record number
   * @param line the line where it starts
   * @param score the score
   * @param grade the grade's name
   */
  public record RecordScore(String file, long record, long line, double score, String grade) {}

  /**
   * A list view over the run's per-record scores, 24 bytes each in a {@link SpillBytes} store (in
   * memory up to its budget, then in a temporary file), so that a JSON report of ten million records
   * streams its {@code recordScores} instead of holding them on the heap.
   */
  static final class ScoreList extends AbstractList<RecordScore> {
    /** Bytes per record: file index (int), record (long), line (long), score (float). */
    static final int WIDTH = 24;
    private final List<String> files;
    private final SpillBytes store;
    private final int size;
    private final Scoring scoring;

    ScoreList(List<String> files, SpillBytes store, int size, Scoring scoring) {
      this.files = List.copyOf(files);
      this.store = store;
      this.size = size;
      this.scoring = scoring;
    }

    static void encode(byte[] b, int file, long record, long line, float score) {
      ByteBuffer.wrap(b).putInt(file).putLong(record).putLong(line).putFloat(score);
    }

    @Override
    public RecordScore get(int i) {
      Objects.checkIndex(i, size);
      byte[] b = new byte[WIDTH];
      store.read((long) i * WIDTH, b, 0, WIDTH);
      ByteBuffer bb = ByteBuffer.wrap(b);
      int file = bb.getInt();
      long record = bb.getLong();
      long line = bb.getLong();
      double s = bb.getFloat();
      return new RecordScore(files.get(file), record, line, s, scoring.grade(s).grade());
    }

    @Override
    public int size() {
      return size;
    }
  }
}
