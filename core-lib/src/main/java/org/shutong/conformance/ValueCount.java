package org.shutong.conformance;

import org.apiguardian.api.API;

/**
 * A value (or a pattern, or a length bucket) and how many times it occurs.
 *
 * @param value the value as found (cut at 200 characters)
 * @param count occurrences (a lower bound when the profile says counts are approximate)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ValueCount(String value, long count) {}
