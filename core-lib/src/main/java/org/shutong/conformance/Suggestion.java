package org.shutong.conformance;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The proposed element for one column of an extract, for a person to confirm
 * ({@code shutong conform suggest}).
 *
 * @param index the column's 0-based position
 * @param column the column header
 * @param sampled values looked at
 * @param nonEmpty non-empty values among them
 * @param candidates candidate elements, best first (at most {@link MappingSuggester#MAX_CANDIDATES});
 *     empty when nothing fits
 * @param chosen the element proposed for the mapping (the best candidate not already proposed for
 *     a column with a higher confidence, at or above {@link MappingSuggester#PROPOSE_AT}), or {@code null}
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Suggestion(int index, String column, long sampled, long nonEmpty, List<Candidate> candidates, String chosen) {
  /** Copies the list. */
  public Suggestion {
    Objects.requireNonNull(column, "column");
    candidates = List.copyOf(candidates);
  }

  /**
   * One candidate element with a confidence from 0 to 1 and the evidence behind it.
   *
   * @param element the element's identifier
   * @param name the element's name
   * @param format its representation format
   * @param confidence from 0 (a guess) to 1 (the header is the identifier)
   * @param evidence why: {@code id}, {@code name}, {@code synonym:患者姓名}, {@code similar:0.67},
   *     {@code values:0.98} (share of sampled values that fit the element's format, domain and identifier rules)
   */
  public record Candidate(String element, String name, String format, double confidence, List<String> evidence) {
    /** Copies the list. */
    public Candidate {
      evidence = List.copyOf(evidence);
    }
  }
}
