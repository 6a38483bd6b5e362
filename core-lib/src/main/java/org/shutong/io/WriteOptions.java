package org.shutong.io;

import java.util.Objects;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;

/**
 * How to write a table.
 *
 * @param format the format, or {@code null} to take it from the file name
 * @param encoding the encoding of text formats
 * @param force whether an existing file may be replaced
 * @param lang language of error messages
 */
@API(status = API.Status.STABLE, since = "0.1")
public record WriteOptions(TableFormat format, OutputEncoding encoding, boolean force, Lang lang) {
  /** Checks required components. */
  public WriteOptions {
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(lang, "lang");
  }

  /** Format from the file name, UTF-8, no overwrite, Chinese messages. */
  public static WriteOptions defaults() {
    return new WriteOptions(null, OutputEncoding.UTF_8, false, Lang.ZH);
  }

  /** With a format. */
  public WriteOptions withFormat(TableFormat f) {
    return new WriteOptions(f, encoding, force, lang);
  }

  /** With an encoding. */
  public WriteOptions withEncoding(OutputEncoding e) {
    return new WriteOptions(format, e, force, lang);
  }

  /** With overwrite allowed or not. */
  public WriteOptions withForce(boolean f) {
    return new WriteOptions(format, encoding, f, lang);
  }

  /** With a message language. */
  public WriteOptions withLang(Lang l) {
    return new WriteOptions(format, encoding, force, l);
  }
}
