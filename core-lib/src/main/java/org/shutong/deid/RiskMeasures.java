package org.shutong.deid;

import java.util.Map;
import org.apiguardian.api.API;

/**
 * Re-identification risk of a table over its quasi-identifiers (GB/T 37964-2019 附录B K-匿名模型;
 * the prosecutor model of El Emam, as ARX computes it): records sharing all quasi-identifier values
 * form an equivalence class; k is the size of the smallest class; a record's prosecutor risk is one
 * over the size of its class. Records whose quasi-identifiers were all suppressed are left out of
 * the classes and counted in {@code suppressed}.
 *
 * @param records records in classes (suppressed ones excluded)
 * @param suppressed records left out because their quasi-identifiers were suppressed
 * @param k the smallest class size (0 when there are no records)
 * @param classes number of equivalence classes
 * @param recordsInClassesBelow per threshold (2, 5, 10): the share of records in classes smaller
 *     than it, from 0 to 1
 * @param prosecutorMax the highest prosecutor risk, 1/k
 * @param prosecutorAvg the average prosecutor risk, classes / records
 * @param lDiversity per sensitive column: the smallest number of distinct values in a class
 *     (distinct l-diversity, Machanavajjhala et al.)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record RiskMeasures(
    long records,
    long suppressed,
    long k,
    long classes,
    Map<String, Double> recordsInClassesBelow,
    double prosecutorMax,
    double prosecutorAvg,
    Map<String, Long> lDiversity) {

  /** Copies the maps. */
  public RiskMeasures {
    recordsInClassesBelow = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(recordsInClassesBelow));
    lDiversity = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(lDiversity));
  }
}
