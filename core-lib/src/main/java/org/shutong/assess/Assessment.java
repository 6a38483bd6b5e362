package org.shutong.assess;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The result of scoring one model against the evidence ({@link Assessor#assess}): every item's
 * score with how it was derived, the domains and the total, each level with what decided it, the
 * level reached, and the gaps to the next level sorted by effort. What {@code assess interop} and
 * {@code assess emr} print under the JSON keys {@code items}, {@code domains}, {@code score},
 * {@code levels}, {@code level} and {@code gaps}.
 *
 * @param model the model's id
 * @param items one result per item, in the model's order
 * @param domains one result per domain, in the model's order
 * @param total the total score
 * @param levels one result per level, lowest first
 * @param level what was reached
 * @param gaps what is missing for the next level, least effort first
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Assessment(String model, List<ItemResult> items, List<DomainResult> domains, Total total,
    List<LevelResult> levels, LevelReached level, List<Gap> gaps) {

  /** Copies the lists. */
  public Assessment {
    items = List.copyOf(items);
    domains = List.copyOf(domains);
    levels = List.copyOf(levels);
    gaps = List.copyOf(gaps);
  }

  /**
   * One item.
   *
   * @param id the item
   * @param domain its domain
   * @param title what is assessed
   * @param status {@code met}, {@code partial}, {@code unmet}, {@code unanswered}, {@code not-applicable},
   *     {@code incomplete} (EMR: a factor missing) or {@code info} (not scored)
   * @param answer the answer as shown to people, or {@code null}
   * @param function EMR: function level
   * @param application EMR: effective application 0–1 used in the score
   * @param dataQuality EMR: data quality index used in the score
   * @param score the score, or {@code null} when the item is not scored
   * @param max the most it can score, or {@code null}
   * @param level the level the answer reaches (interop), or {@code null}
   * @param requiredFrom the lowest level that requires it (interop), or {@code null}
   * @param origin where the answer came from, or {@code null}
   * @param comment the evaluator's comment, or {@code null}
   * @param attachment names of the attachments, or {@code null}
   * @param derivation how the score was computed, in the run's language
   * @param source the source of the item's numbers (id and status)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ItemResult(String id, String domain, String title, String status, String answer, Integer function,
      Double application, Double dataQuality, Double score, Double max, String level, String requiredFrom,
      String origin, String comment, String attachment, String derivation, String source) {}

  /**
   * One domain.
   *
   * @param id the domain
   * @param parent its first-level domain, or {@code null}
   * @param name its name in the run's language
   * @param score the sum of its items' scores, or {@code null} when none is scored
   * @param max the sum of its items' maxima, or {@code null}
   * @param printed the points the scheme prints for it, or {@code null}
   * @param items items in it
   * @param answered items with an answer
   * @param derivation how the score was computed, and any disagreement with the printed points
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DomainResult(String id, String parent, String name, Double score, Double max, Double printed,
      int items, int answered, String derivation) {}

  /**
   * The total.
   *
   * @param score the sum of the first-level domains (or of all items), or {@code null}
   * @param max the most the items can score, or {@code null}
   * @param printed the sum of the points the scheme prints for its first-level domains, or {@code null}
   * @param derivation how it was computed
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Total(Double score, Double max, Double printed, String derivation) {}

  /**
   * One level.
   *
   * @param id the level
   * @param name its name in the run's language
   * @param rank its rank
   * @param state {@code reached}, {@code possible} (EMR without the basic/optional classification:
   *     reached under some classifications, not all) or {@code not-reached}
   * @param checks what was checked, one line each, in the run's language
   * @param unmet items that keep the level from being reached
   */
  public record LevelResult(String id, String name, int rank, String state, List<String> checks, List<String> unmet) {
    /** Copies the lists. */
    public LevelResult {
      checks = List.copyOf(checks);
      unmet = List.copyOf(unmet);
    }
  }

  /**
   * The level reached.
   *
   * @param id the highest level whose every requirement (and every lower level's) is met, or
   *     {@code null} when not even the lowest is
   * @param name its name, or {@code null}
   * @param possible EMR without classification: the highest level that may be reached, else equal to {@code id}
   * @param possibleName its name, or {@code null}
   * @param next the next level (the gaps are for it), or {@code null} at the top
   * @param nextName its name, or {@code null}
   * @param provisional whether the result rests on unconfirmed model data
   * @param explanation one sentence on how it was decided, in the run's language
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record LevelReached(String id, String name, String possible, String possibleName, String next,
      String nextName, boolean provisional, String explanation) {}

  /**
   * One thing missing for the next level.
   *
   * @param level the next level's id
   * @param item the item (or {@code total} for the total score)
   * @param title what is assessed
   * @param required what the level requires, in the run's language
   * @param evidence what the evidence shows, in the run's language
   * @param effort effort rank, 1 (supply evidence) to higher (build new capability)
   * @param effortLabel the rank in words
   * @param gain points the item would add when met, or {@code null}
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Gap(String level, String item, String title, String required, String evidence, int effort,
      String effortLabel, Double gain) {}
}
