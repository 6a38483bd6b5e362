package org.shutong.io;

import java.nio.charset.Charset;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * What a reader is reading: the file, how it is named in messages, its format, and the encoding
 * actually used (detected or chosen).
 *
 * @param path the file
 * @param name the file as the user named it (used in findings)
 * @param format the format being read
 * @param encoding the charset used, or {@code null} for XLSX
 * @param sheet the sheet name for XLSX, else {@code null}
 */
@API(status = API.Status.STABLE, since = "0.1")
public record TableSource(Path path, String name, TableFormat format, Charset encoding, String sheet) {

  /** The encoding name as reports show it ({@code UTF-8}, {@code GB18030}), or {@code null}. */
  public String encodingName() {
    return encoding == null ? null : encoding.name();
  }
}
