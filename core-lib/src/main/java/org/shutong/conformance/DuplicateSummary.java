package org.shutong.conformance;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Duplicates found by a profile (唯一性), as {@code profile.duplicates} of the JSON report shows them.
 * Records are compared by a 64-bit hash of all their values (and of the key columns' values), so
 * two different records are taken for equal only on a hash collision (about one in 10^19 pairs).
 *
 * @param keyColumns the declared key columns (empty when none was given)
 * @param exactDuplicateRecords records equal to an earlier record in every value
 * @param exactDuplicateGroups sets of two or more equal records
 * @param keyConflictKeys key values shared by records with different content
 * @param keyConflictRecords records whose key an earlier record has, with different content
 * @param emptyKeys records whose key columns are all empty
 * @param spilledRuns sorted runs written to temporary files because the file had more records than
 *     the in-memory buffer (0: everything was sorted in memory)
 * @param exampleGroups up to 20 groups of equal records (record numbers, at most 10 each)
 * @param exampleConflicts up to 20 groups of records sharing a key with different content
 */
@API(status = API.Status.STABLE, since = "0.1")
public record DuplicateSummary(
    List<String> keyColumns,
    long exactDuplicateRecords,
    long exactDuplicateGroups,
    long keyConflictKeys,
    long keyConflictRecords,
    long emptyKeys,
    int spilledRuns,
    List<List<Long>> exampleGroups,
    List<List<Long>> exampleConflicts) {
  /** Copies the lists. */
  public DuplicateSummary {
    keyColumns = List.copyOf(keyColumns);
    exampleGroups = exampleGroups.stream().map(List::copyOf).toList();
    exampleConflicts = exampleConflicts.stream().map(List::copyOf).toList();
  }

  /** The same summary with another number of spilled runs (to compare runs made with other buffers). */
  public DuplicateSummary withRuns(int runs) {
    return new DuplicateSummary(keyColumns, exactDuplicateRecords, exactDuplicateGroups, keyConflictKeys,
        keyConflictRecords, emptyKeys, runs, exampleGroups, exampleConflicts);
  }
}
