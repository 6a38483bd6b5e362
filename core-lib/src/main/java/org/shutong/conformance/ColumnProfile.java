package org.shutong.conformance;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The profile of one column, as {@code profile.columns[]} of the JSON report shows it.
 *
 * @param index 0-based position
 * @param header the header as found
 * @param element the data element the mapping binds the column to, or {@code null}
 * @param inferredType {@code integer}, {@code code} (digit strings, some with leading zeros, such as
 *     {@code 01}), {@code decimal}, {@code date}, {@code datetime}, {@code time}, {@code boolean},
 *     {@code text}, {@code mixed} (no type has 95% of the values) or {@code empty}
 * @param typeCounts non-empty values per recognised type
 * @param records records read
 * @param filled non-empty values (spaces only count as empty)
 * @param fillRate {@code filled / records} (完整性), or {@code null} for a file without records
 * @param blankOnly values that were spaces only
 * @param distinct distinct non-empty values (exact, or a HyperLogLog estimate, see {@code distinctExact})
 * @param distinctExact whether {@code distinct} is exact (hash-based) rather than estimated
 * @param topValues most frequent values, most frequent first
 * @param topValuesApproximate whether the counts of {@code topValues} may be low (see the report's limits)
 * @param topValuesMaxError how much a top-value count may be low
 * @param min smallest value for the inferred type (number, date, code by length then digits, or text
 *     order over the text values of text and mixed columns), or {@code null}
 * @param max largest value, or {@code null}
 * @param minLength shortest non-empty value, in characters
 * @param maxLength longest non-empty value
 * @param meanLength mean length of non-empty values, or {@code null}
 * @param lengths values per length bucket ({@code 1}, {@code 2}, … {@code 21-30} … {@code >1000})
 * @param patterns most frequent shapes: {@code 9} digit, {@code A}/{@code a} Latin letter, {@code 汉}
 *     Chinese character, {@code _} space, punctuation as itself; values over 20 characters as
 *     {@code TEXT(21-50)} etc.
 * @param otherPatterns values whose shape is not among the kept patterns
 * @param validity share of non-empty values that are valid: the mapping's conformance when the column
 *     is mapped, else values of the inferred type; {@code null} when nothing was checked
 * @param validityChecked values checked for validity
 * @param validityPassed values found valid
 * @param dateValues values that are dates or date-times
 * @param futureDates dates after the reference date (及时性)
 * @param outsideWindow dates outside the expected window (及时性)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ColumnProfile(
    int index,
    String header,
    String element,
    String inferredType,
    Map<String, Long> typeCounts,
    long records,
    long filled,
    Double fillRate,
    long blankOnly,
    long distinct,
    boolean distinctExact,
    List<ValueCount> topValues,
    boolean topValuesApproximate,
    long topValuesMaxError,
    String min,
    String max,
    int minLength,
    int maxLength,
    Double meanLength,
    List<ValueCount> lengths,
    List<ValueCount> patterns,
    long otherPatterns,
    Double validity,
    long validityChecked,
    long validityPassed,
    long dateValues,
    long futureDates,
    long outsideWindow) {
  /** Copies the collections. */
  public ColumnProfile {
    typeCounts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(typeCounts));
    topValues = List.copyOf(topValues);
    lengths = List.copyOf(lengths);
    patterns = List.copyOf(patterns);
  }
}
