package org.shutong.conformance;

import org.apiguardian.api.API;

/**
 * The memory bounds a profile ran under, as {@code profile.limits} of the JSON report shows them,
 * so that a reader knows which figures are exact.
 *
 * @param distinctExactLimit distinct values counted exactly per column; beyond it a HyperLogLog
 *     sketch estimates the count
 * @param distinctSketch the sketch, e.g. {@code HyperLogLog p=12 (±1.6%)}
 * @param sketchedColumns columns whose distinct count is an estimate
 * @param topValuesCapacity distinct values whose counts are exact per column before Misra–Gries takes over
 * @param duplicateBuffer records sorted in memory for duplicate detection before sorted runs are
 *     written to temporary files and merged
 * @param findingsPerColumnLimit future-date and window findings listed per column (counts stay exact)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ProfileLimits(int distinctExactLimit, String distinctSketch, int sketchedColumns,
    int topValuesCapacity, int duplicateBuffer, int findingsPerColumnLimit) {}
