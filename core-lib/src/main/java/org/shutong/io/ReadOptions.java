package org.shutong.io;

import java.util.Objects;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.report.FindingSink;

/**
 * How to read a tabular input. Immutable; start from {@link #defaults()} and use the {@code with}
 * methods.
 *
 * @param format the format, or {@code null} to take it from the file name (and content)
 * @param encoding the encoding choice for text formats
 * @param delimiter the CSV delimiter, or {@code null} to choose by extension and header line
 * @param sheet XLSX sheet name or 1-based index, or {@code null} for the first sheet
 * @param problems where malformed records are reported (ragged rows, unterminated quotes)
 * @param lang language of messages
 * @param name how the input is named in findings, or {@code null} for the path as given
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ReadOptions(
    TableFormat format,
    InputEncoding encoding,
    Character delimiter,
    String sheet,
    FindingSink problems,
    Lang lang,
    String name) {

  /** Checks required components. */
  public ReadOptions {
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(problems, "problems");
    Objects.requireNonNull(lang, "lang");
  }

  /** Format from the file name, encoding detected, first sheet, problems discarded, Chinese messages. */
  public static ReadOptions defaults() {
    return new ReadOptions(null, InputEncoding.AUTO, null, null, FindingSink.discard(), Lang.ZH, null);
  }

  /** With an explicit format. */
  public ReadOptions withFormat(TableFormat f) {
    return new ReadOptions(f, encoding, delimiter, sheet, problems, lang, name);
  }

  /** With an encoding choice. */
  public ReadOptions withEncoding(InputEncoding e) {
    return new ReadOptions(format, e, delimiter, sheet, problems, lang, name);
  }

  /** With a CSV delimiter. */
  public ReadOptions withDelimiter(Character d) {
    return new ReadOptions(format, encoding, d, sheet, problems, lang, name);
  }

  /** With an XLSX sheet (name or 1-based index). */
  public ReadOptions withSheet(String s) {
    return new ReadOptions(format, encoding, delimiter, s, problems, lang, name);
  }

  /** With a sink for malformed-record findings. */
  public ReadOptions withProblems(FindingSink p) {
    return new ReadOptions(format, encoding, delimiter, sheet, p, lang, name);
  }

  /** With a message language. */
  public ReadOptions withLang(Lang l) {
    return new ReadOptions(format, encoding, delimiter, sheet, problems, l, name);
  }

  /** With the name used for the input in findings. */
  public ReadOptions withName(String n) {
    return new ReadOptions(format, encoding, delimiter, sheet, problems, lang, n);
  }
}
