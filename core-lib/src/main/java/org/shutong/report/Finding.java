package org.shutong.report;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One problem found in the input, with where it is. The same shape for every validator in Shutong
 * (first page, conformance, interop documents, interface tests), as {@code CONVENTIONS.md} fixes it.
 *
 * @param ruleId stable ASCII id of the rule, documented with its source (e.g. {@code FP-DATE-ORDER})
 * @param severity how serious it is
 * @param file the input file (as the user named it), or {@code null} when not about a file
 * @param record 1-based data record (header not counted), or {@code 0} when not about one record
 * @param line physical line in the file where it applies, or {@code 0} when unknown
 * @param field the standard's field or data-element code ({@code C03C}, {@code DE02.01.040.00}, an
 *     XPath for XML documents), whatever the input's column header was; {@code null} if none
 * @param value the offending value as found (may be shortened), or {@code null}
 * @param message the message in the run's language
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Finding(
    String ruleId,
    Severity severity,
    String file,
    long record,
    long line,
    String field,
    String value,
    String message) {

  /** Longest value kept in a finding; longer values are cut and marked with an ellipsis. */
  public static final int MAX_VALUE_LENGTH = 200;

  /** Validates and normalises the components. */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    if (record < 0 || line < 0) {
      throw new IllegalArgumentException("record and line must be >= 0");
    }
    if (value != null && value.length() > MAX_VALUE_LENGTH) {
      value = value.substring(0, MAX_VALUE_LENGTH) + "…";
    }
  }
}
