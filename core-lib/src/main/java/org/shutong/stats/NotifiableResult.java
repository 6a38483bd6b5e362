package org.shutong.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.shutong.report.InputSummary;

/**
 * What {@link NotifiableTabulator} produced: a table per month, the report month's breakdowns, and
 * the counts of cards not counted, by reason, so that nothing is dropped silently.
 *
 * @param months the months
 * @param tables one table per month, ascending
 * @param byRegion the report month by region (empty unless asked)
 * @param byWeek the report month by ISO week of 终审日期 (empty unless asked)
 * @param counts what happened to the cards
 * @param unknownNames disease names not in the mapping, with the number of cards
 * @param notCountedNames names known but not counted in the table (e.g. HIV), with the number of cards
 * @param caseClasses 病例分类 values of in-month cards, with the number of cards
 * @param inputs the inputs read
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record NotifiableResult(
    ReportMonths months,
    List<NotifiableTable> tables,
    List<Breakdown> byRegion,
    List<Breakdown> byWeek,
    CardCounts counts,
    Map<String, Long> unknownNames,
    Map<String, Long> notCountedNames,
    Map<String, Long> caseClasses,
    List<InputSummary> inputs) {

  /**
   * One part of a breakdown.
   *
   * @param key the region code or ISO week ({@code 2022-W45}); {@code unknown} for cards without a
   *     usable region code
   * @param label region name or week with its days in the month
   * @param table the table for that part
   */
  public record Breakdown(String key, String label, NotifiableTable table) {}

  /**
   * What happened to the cards, by reason: every record read is in exactly one of malformed,
   * unusable, counted, deleted, duplicates, notReviewed, invalidReview, outsideMonths, unknownDisease,
   * notCountedDisease, excludedDisease, caseClassExcluded, caseClassUnknown, outsideRegion,
   * regionInvalid, aidsCumulative ({@link #accounted()} equals {@link #records()}).
   *
   * @param records data records read
   * @param malformed records the reader reported as malformed and skipped
   * @param unusable records of files lacking a required column
   * @param counted cards counted as cases in one of the months
   * @param deleted cards with a 删除时间
   * @param duplicates cards whose 卡片ID was seen before (counted once)
   * @param notReviewed cards without 终审时间
   * @param invalidReview cards whose 终审时间 is not a date
   * @param outsideMonths cards whose 终审日期 is outside the months
   * @param unknownDisease cards whose disease name is not in the mapping
   * @param notCountedDisease cards of diseases the table does not count (HIV; names not in force)
   * @param excludedDisease cards of diseases left out on request
   * @param caseClassExcluded cards whose 病例分类 is not counted (疑似病例, 病原携带者)
   * @param caseClassUnknown cards whose 病例分类 is not a known value
   * @param outsideRegion cards outside the requested region
   * @param regionInvalid cards without a usable region code when a region was requested
   * @param aidsCumulative AIDS cards reviewed outside the months, read for the AIDS death rule only
   * @param aidsDeaths AIDS deaths counted by the all-cause rule
   */
  public record CardCounts(long records, long malformed, long unusable, long counted, long deleted, long duplicates, long notReviewed,
      long invalidReview, long outsideMonths, long unknownDisease, long notCountedDisease,
      long excludedDisease, long caseClassExcluded, long caseClassUnknown, long outsideRegion,
      long regionInvalid, long aidsCumulative, long aidsDeaths) {
    /** The sum of the disjoint categories; equals {@link #records()}. */
    public long accounted() {
      return malformed + unusable + counted + deleted + duplicates + notReviewed + invalidReview + outsideMonths
          + unknownDisease + notCountedDisease + excludedDisease + caseClassExcluded + caseClassUnknown
          + outsideRegion + regionInvalid + aidsCumulative;
    }
  }

  /** Copies. */
  public NotifiableResult {
    tables = List.copyOf(tables);
    byRegion = List.copyOf(byRegion);
    byWeek = List.copyOf(byWeek);
    unknownNames = Collections.unmodifiableMap(new LinkedHashMap<>(unknownNames));
    notCountedNames = Collections.unmodifiableMap(new LinkedHashMap<>(notCountedNames));
    caseClasses = Collections.unmodifiableMap(new LinkedHashMap<>(caseClasses));
    inputs = List.copyOf(inputs);
  }

  /** The report month's table. */
  public NotifiableTable table() {
    return tables.get(tables.size() - 1);
  }
}
