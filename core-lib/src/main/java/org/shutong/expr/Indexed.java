package org.shutong.expr;

import org.apiguardian.api.API;

/**
 * A context whose values are numbered, so that compiled expressions read them with one direct call
 * (no lambda per value). Values declared with {@link Scope.Builder#indexed} are read through it; the
 * index's meaning (a column, a member of the bound slot …) is the context's.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface Indexed {
  /** Text value {@code i}, or {@code null} when missing. */
  String text(int i);

  /** Number value {@code i}, or NaN when missing or unreadable. */
  double number(int i);

  /** Time value {@code i} (seconds), or {@link Logic#NO_TIME} when missing or unreadable. */
  long time(int i);

  /** Whether value {@code i} is present (for {@code present()} and {@code sum()}). */
  boolean present(int i);

  /** Whether value {@code i} is blank (for {@code blank()}). */
  boolean blank(int i);
}
