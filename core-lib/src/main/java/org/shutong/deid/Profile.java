package org.shutong.deid;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A de-identification profile: data, not code (YAML or JSON, see {@code docs/deid.md}). Maps
 * columns to one action each, names the person key used for date shifts and keyed noise, and says
 * what happens to columns no rule names. Load with {@link Profiles}.
 *
 * @param name the profile's name ({@code firstpage})
 * @param description what it is for
 * @param hash the keyed hash of pseudonyms, shifts and noise (HMAC-SM3 by default)
 * @param person the person-key columns (e.g. 身份证号, then 病案号): the first non-empty one
 *     identifies the person of a record
 * @param unlisted what happens to columns no rule names: {@link Action#KEEP} or {@link Action#DROP}
 * @param checkUnlisted whether a kept unlisted column whose header or content looks like a direct
 *     identifier stops the run (before any output) rather than being released
 * @param marker the suppression marker ({@code *})
 * @param rules the rules, first match wins
 * @param sha256 SHA-256 of the profile file's bytes (for reports)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Profile(
    String name,
    String description,
    HashAlgorithm hash,
    List<String> person,
    Action unlisted,
    boolean checkUnlisted,
    String marker,
    List<Rule> rules,
    String sha256) {

  /** Copies the lists. */
  public Profile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(hash, "hash");
    person = List.copyOf(person);
    Objects.requireNonNull(unlisted, "unlisted");
    Objects.requireNonNull(marker, "marker");
    rules = List.copyOf(rules);
  }

  /** The rule with this id, if any. */
  public java.util.Optional<Rule> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
