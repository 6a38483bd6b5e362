package org.shutong.conformance;

import org.apiguardian.api.API;

/**
 * The score of one quality dimension, as {@code profile.dimensions[]} of the JSON report shows it.
 *
 * @param dimension the dimension's stable name ({@code COMPLETENESS} …)
 * @param chinese its Chinese name (完整性 …)
 * @param english its English name
 * @param score {@code passed / checked}, or {@code null} when nothing was checked
 * @param passed items that passed
 * @param checked items checked
 * @param basis what the items are, in the run's language
 */
@API(status = API.Status.STABLE, since = "0.1")
public record DimensionScore(String dimension, String chinese, String english, Double score, long passed,
    long checked, String basis) {}
