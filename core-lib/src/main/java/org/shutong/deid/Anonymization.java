package org.shutong.deid;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The outcome of the k-anonymity search over the generalisation lattice of the quasi-identifiers
 * (GB/T 37964-2019 附录B K-匿名模型): the levels chosen per column, the information loss and the
 * records whose quasi-identifiers are suppressed because their class stays smaller than k.
 *
 * @param k the k asked for
 * @param maxSuppression the largest share of records that may be suppressed (0 to 1)
 * @param columns the quasi-identifier columns (headers), in lattice order
 * @param levels the level chosen for each column
 * @param levelLabels the chosen levels' names ({@code year}, {@code width 10}, {@code city})
 * @param informationLoss the loss of the chosen transformation, 0 (none) to 1 (all suppressed): the
 *     mean over columns and records of Iyengar's loss metric, a suppressed value counting 1
 * @param suppressedRecords records suppressed
 * @param records records
 * @param latticeSize transformations in the lattice
 * @param evaluated transformations whose classes were computed (the rest were pruned)
 * @param found whether a transformation met k within the suppression limit
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Anonymization(
    int k,
    double maxSuppression,
    List<String> columns,
    List<Integer> levels,
    List<String> levelLabels,
    double informationLoss,
    long suppressedRecords,
    long records,
    long latticeSize,
    long evaluated,
    boolean found) {

  /** Copies the lists. */
  public Anonymization {
    columns = List.copyOf(columns);
    levels = List.copyOf(levels);
    levelLabels = List.copyOf(levelLabels);
  }
}
