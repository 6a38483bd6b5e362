package org.shutong.conformance;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.identifier.Identifiers;

/**
 * How to profile a file. Immutable; start from {@link #defaults()} and use the {@code with} methods.
 *
 * @param keyColumns the columns that identify a record (headers or, with a mapping, element
 *     identifiers); records sharing them with different content are reported (唯一性)
 * @param mapping a mapping whose conformance gives 有效性 for mapped columns, or {@code null}
 * @param rules declared rules, reference date and window (一致性, 及时性)
 * @param asOf the reference date when the rules give none
 * @param domains value domains for the mapping's conformance
 * @param identifiers identifier checks for the mapping's conformance
 * @param distinctBudget distinct values counted exactly over all columns together; each column gets
 *     {@code budget / columns} (at least 1,000, at most 1,000,000) before it switches to a sketch
 * @param topValues most frequent values reported per column
 * @param topCapacity distinct values counted exactly per column for top values
 * @param duplicateBuffer records sorted in memory for duplicate detection before spilling to disk
 * @param tempDir where sorted runs are spilled
 * @param examplesPerColumn timeliness findings listed per column
 * @param lang language of findings and labels
 * @param threads statistics threads beside the reading thread: 0 (everything on the caller's
 *     thread) or 1 (column statistics and record hashes on their own thread, a batch of rows at a time)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ProfileOptions(
    List<String> keyColumns,
    Mapping mapping,
    ProfileRules rules,
    LocalDate asOf,
    ValueDomains domains,
    Identifiers identifiers,
    int distinctBudget,
    int topValues,
    int topCapacity,
    int duplicateBuffer,
    Path tempDir,
    int examplesPerColumn,
    Lang lang,
    int threads) {

  /** Checks the components. */
  public ProfileOptions {
    keyColumns = List.copyOf(keyColumns);
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(domains, "domains");
    Objects.requireNonNull(identifiers, "identifiers");
    Objects.requireNonNull(tempDir, "tempDir");
    Objects.requireNonNull(lang, "lang");
    if (distinctBudget < 1 || topValues < 1 || topCapacity < topValues || duplicateBuffer < 1024 || examplesPerColumn < 0
        || threads < 0 || threads > 1) {
      throw new IllegalArgumentException("limits out of range");
    }
  }

  /**
   * No key, no mapping, no rules, today as reference date, no value domains, identifiers without
   * region table; 500,000 exact distinct values over all columns, top 10 values from 512 counted
   * exactly per column, 1,000,000 records sorted in memory, the system temporary directory, 1,000
   * timeliness findings per column, Chinese, a statistics thread when the machine has two cores or more.
   */
  public static ProfileOptions defaults() {
    return new ProfileOptions(List.of(), null, ProfileRules.none(), LocalDate.now(java.time.ZoneId.systemDefault()), ValueDomains.none(),
        Identifiers.standard(), 500_000, 10, 512, 1_000_000, Path.of(System.getProperty("java.io.tmpdir")),
        1_000, Lang.ZH, Runtime.getRuntime().availableProcessors() > 1 ? 1 : 0);
  }

  /** With key columns. */
  public ProfileOptions withKey(List<String> columns) {
    return with(c -> c.keyColumns = columns);
  }

  /** With a mapping (validity from conformance). */
  public ProfileOptions withMapping(Mapping m) {
    return with(c -> c.mapping = m);
  }

  /** With rules. */
  public ProfileOptions withRules(ProfileRules r) {
    return with(c -> c.rules = r);
  }

  /** With a reference date (used when the rules give none). */
  public ProfileOptions withAsOf(LocalDate d) {
    return with(c -> c.asOf = d);
  }

  /** With value domains and identifier checks for the mapping's conformance. */
  public ProfileOptions withChecks(ValueDomains d, Identifiers ids) {
    return with(c -> {
      c.domains = d;
      c.identifiers = ids;
    });
  }

  /** With memory limits. */
  public ProfileOptions withLimits(int distinctBudget, int topCapacity, int duplicateBuffer) {
    return with(c -> {
      c.distinctBudget = distinctBudget;
      c.topCapacity = topCapacity;
      c.duplicateBuffer = duplicateBuffer;
    });
  }

  /** With a directory for spilled duplicate runs. */
  public ProfileOptions withTempDir(Path dir) {
    return with(c -> c.tempDir = dir);
  }

  /** With a message language. */
  public ProfileOptions withLang(Lang l) {
    return with(c -> c.lang = l);
  }

  /** With 0 (no) or 1 statistics thread. */
  public ProfileOptions withThreads(int n) {
    return with(c -> c.threads = n);
  }

  /** A copy with {@code change} applied to its components (checked again by the constructor). */
  private ProfileOptions with(Consumer<Components> change) {
    Components c = new Components(this);
    change.accept(c);
    return c.build();
  }

  /** The components as variables, for the {@code with} methods. */
  private static final class Components {
    List<String> keyColumns;
    Mapping mapping;
    ProfileRules rules;
    LocalDate asOf;
    ValueDomains domains;
    Identifiers identifiers;
    int distinctBudget;
    int topValues;
    int topCapacity;
    int duplicateBuffer;
    Path tempDir;
    int examplesPerColumn;
    Lang lang;
    int threads;

    Components(ProfileOptions o) {
      keyColumns = o.keyColumns;
      mapping = o.mapping;
      rules = o.rules;
      asOf = o.asOf;
      domains = o.domains;
      identifiers = o.identifiers;
      distinctBudget = o.distinctBudget;
      topValues = o.topValues;
      topCapacity = o.topCapacity;
      duplicateBuffer = o.duplicateBuffer;
      tempDir = o.tempDir;
      examplesPerColumn = o.examplesPerColumn;
      lang = o.lang;
      threads = o.threads;
    }

    ProfileOptions build() {
      return new ProfileOptions(keyColumns, mapping, rules, asOf, domains, identifiers, distinctBudget, topValues,
          topCapacity, duplicateBuffer, tempDir, examplesPerColumn, lang, threads);
    }
  }

  /** The exact distinct limit per column for a file of {@code columns} columns. */
  public int distinctLimit(int columns) {
    long per = distinctBudget / Math.max(1, columns);
    return (int) Math.max(1_000, Math.min(1_000_000, per));
  }
}
