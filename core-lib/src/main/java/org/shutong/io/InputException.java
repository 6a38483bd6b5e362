package org.shutong.io;

import org.apiguardian.api.API;

/**
 * An input that cannot be read at all: a missing file, a directory, an empty or binary file, bytes
 * that are neither UTF-8 nor GB18030, a workbook without the named sheet, a rule or mapping file that
 * does not parse. The message is localised and names the file and, where it applies, the line and
 * column. The CLI turns it into exit code 2 without a stack trace.
 */
@API(status = API.Status.STABLE, since = "0.1")
public class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;
  private final long column;

  /**
   * @param file the file as the user named it
   * @param line 1-based line, or 0 if not applicable
   * @param column 1-based column, or 0 if not applicable
   * @param message the localised message (it should already name the file and place)
   * @param cause the underlying exception, or {@code null}
   */
  public InputException(String file, long line, long column, String message, Throwable cause) {
    super(message, cause);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  /** Without line and column. */
  public InputException(String file, String message) {
    this(file, 0, 0, message, null);
  }

  /** The file as the user named it. */
  public String file() {
    return file;
  }

  /** 1-based line, or 0. */
  public long line() {
    return line;
  }

  /** 1-based column, or 0. */
  public long column() {
    return column;
  }
}
