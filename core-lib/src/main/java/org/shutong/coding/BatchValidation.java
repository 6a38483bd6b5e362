package org.shutong.coding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.InputException;
import org.shutong.io.ReadOptions;
import org.shutong.io.TableInput;
import org.shutong.report.Finding;
import org.shutong.report.FindingSink;
import org.shutong.report.Severity;

/**
 * Validates a file of codes against one {@link CodingSystem}: a plain list (one code per line; empty
 * lines skipped and counted) or one column of a table file. Reports a finding per code that is not exact:
 * {@code CODE-NORMALIZED} (warning; the message and {@link Result#normalizations()} carry the table's
 * code), {@code CODE-NOT-LEAF}, {@code CODE-UNKNOWN}, {@code CODE-AMBIGUOUS}, {@code CODE-MALFORMED}
 * (errors). {@code record} is the line of a list or the data row of a table.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class BatchValidation {
  /** Rule ids of the findings. */
  public static final String NORMALIZED = "CODE-NORMALIZED";
  /** A 类目/亚目/细目 where a leaf code belongs. */
  public static final String NOT_LEAF = "CODE-NOT-LEAF";
  /** Not in the table. */
  public static final String UNKNOWN = "CODE-UNKNOWN";
  /** Normalisation gives several table codes. */
  public static final String AMBIGUOUS = "CODE-AMBIGUOUS";
  /** Not a code at all. */
  public static final String MALFORMED = "CODE-MALFORMED";

  /**
   * Counts of one run.
   *
   * @param valid exact and valid
   * @param normalized valid after normalisation
   * @param notLeaf not leaf codes
   * @param unknown not in the table
   * @param ambiguous several candidates
   * @param malformed not codes
   * @param empty empty lines or cells skipped
   */
  public record Counts(long valid, long normalized, long notLeaf, long unknown, long ambiguous, long malformed, long empty) {}

  /**
   * One code that resolved only after normalisation.
   *
   * @param record the line (list) or data row (table)
   * @param line the physical line
   * @param input the code as found
   * @param code the table's code
   * @param changes what was cleaned up
   */
  public record Normalization(long record, long line, String input, String code, Set<Change> changes) {}

  /**
   * The result of one run.
   *
   * @param counts the counts
   * @param records lines or data rows read (empty ones included)
   * @param encoding the encoding the file was read in
   * @param normalizations the normalised codes, at most the limit given
   */
  public record Result(Counts counts, long records, String encoding, List<Normalization> normalizations) {
    /** Copies the list. */
    public Result {
      normalizations = List.copyOf(normalizations);
    }
  }

  private final CodingSystem system;
  private final FindingSink sink;
  private final Messages m;
  private final int keep;
  private final List<Normalization> normalizations = new ArrayList<>();
  private long valid;
  private long normalized;
  private long notLeaf;
  private long unknown;
  private long ambiguous;
  private long malformed;
  private long empty;

  private BatchValidation(CodingSystem system, FindingSink sink, Lang lang, int keep) {
    this.system = system;
    this.sink = sink;
    this.m = Messages.of("org.shutong.coding.messages", lang);
    this.keep = keep;
  }

  /**
   * Validates the codes of a file: a plain list ({@code column} {@code null}) or one column of a table.
   *
   * @param keepNormalizations how many {@link Normalization}s to keep in the result
   * @throws InputException if the file cannot be read or lacks the column
   */
  public static Result run(CodingSystem system, Path file, String column, ReadOptions options, FindingSink sink,
      int keepNormalizations) {
    return run(system, file, column, options, sink, keepNormalizations, () -> { });
  }

  /** As {@link #run(CodingSystem, Path, String, ReadOptions, FindingSink, int)}, calling {@code tick} once per value (a progress bar). */
  public static Result run(CodingSystem system, Path file, String column, ReadOptions options, FindingSink sink,
      int keepNormalizations, Runnable tick) {
    BatchValidation b = new BatchValidation(system, sink, options.lang(), keepNormalizations);
    String name = options.name() != null ? options.name() : file.toString();
    CodeFile.Read read = CodeFile.read(file, column, options, (value, record, line, field) -> {
      b.check(value, name, record, line, field);
      tick.run();
    });
    return b.result(read.records(), read.encoding());
  }

  /**
   * As {@link #run(CodingSystem, Path, String, ReadOptions, FindingSink, int, Runnable)} for a file
   * or a database table or query.
   */
  public static Result run(CodingSystem system, TableInput input, String column, ReadOptions options, FindingSink sink,
      int keepNormalizations, Runnable tick) {
    BatchValidation b = new BatchValidation(system, sink, options.lang(), keepNormalizations);
    String name = options.name() != null ? options.name() : input.name();
    CodeFile.Read read = CodeFile.read(input, column, options, (value, record, line, field) -> {
      b.check(value, name, record, line, field);
      tick.run();
    });
    return b.result(read.records(), read.encoding());
  }

  /** A validator that reports to {@code sink} (for callers that walk records themselves). */
  static BatchValidation checker(CodingSystem system, FindingSink sink, Lang lang) {
    return new BatchValidation(system, sink, lang, 0);
  }

  void check(String value, String file, long record, long line, String field) {
    if (value.isBlank()) {
      empty++;
      return;
    }
    CodeCheck c = system.validate(value);
    switch (c.status()) {
      case VALID -> {
        if (c.changeMask() == 0) {
          valid++;
        } else {
          normalized++;
          if (normalizations.size() < keep) {
            normalizations.add(new Normalization(record, line, value, c.code(), c.changes()));
          }
          sink.accept(new Finding(NORMALIZED, Severity.WARNING, file, record, line, field, value,
              m.get("batch.normalized", c.code(), describe(c.changes()))));
        }
      }
      case NOT_LEAF -> {
        notLeaf++;
        List<CodeNode> leaves = system.leavesUnder(c.code(), 4);
        StringBuilder sb = new StringBuilder();
        for (CodeNode n : leaves) {
          sb.append(sb.length() > 0 ? ", " : "").append(n.code());
        }
        String name = c.name() == null || c.name().isBlank() ? "" : " " + c.name();
        String key = !leaves.isEmpty() ? "batch.notLeaf"
            : system.lookup(c.code()).map(CodeInfo::asterisk).orElse(false) ? "batch.notLeafAsterisk" : "batch.notLeafNone";
        sink.accept(new Finding(NOT_LEAF, Severity.ERROR, file, record, line, field, value,
            m.get(key, c.code(), name, sb.toString())));
      }
      case UNKNOWN -> {
        unknown++;
        sink.accept(new Finding(UNKNOWN, Severity.ERROR, file, record, line, field, value, m.get("batch.unknown", system.id())));
      }
      case AMBIGUOUS -> {
        ambiguous++;
        sink.accept(new Finding(AMBIGUOUS, Severity.ERROR, file, record, line, field, value,
            m.get("batch.ambiguous", String.join(", ", c.candidates()))));
      }
      case MALFORMED -> {
        malformed++;
        sink.accept(new Finding(MALFORMED, Severity.ERROR, file, record, line, field, printable(value),
            m.get("batch.malformed." + c.problem().name().toLowerCase(Locale.ROOT), CodingSystem.MAX_CODE_LENGTH)));
      }
    }
  }

  /** The value with control characters shown as {@code \t}, {@code \u0000}. */
  static String printable(String v) {
    StringBuilder sb = new StringBuilder(Math.min(v.length(), 240));
    for (int i = 0; i < v.length() && sb.length() < 240; i++) {
      char c = v.charAt(i);
      if (c == '\t') {
        sb.append("\\t");
      } else if (c < 0x20 || c == 0x7F) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private String describe(Set<Change> changes) {
    StringBuilder sb = new StringBuilder();
    for (Change ch : changes) {
      sb.append(sb.length() > 0 ? m.get("batch.sep") : "").append(m.get("change." + ch.name()));
    }
    return sb.toString();
  }

  private Result result(long records, String encoding) {
    return new Result(new Counts(valid, normalized, notLeaf, unknown, ambiguous, malformed, empty), records, encoding, normalizations);
  }
}
