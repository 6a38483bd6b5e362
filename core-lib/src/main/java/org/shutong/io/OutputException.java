package org.shutong.io;

import org.apiguardian.api.API;

/**
 * An output that cannot be written: its directory is missing, it exists and {@code --force} was not
 * given, or the disk refused it. The message is localised and names the path. The CLI turns it into
 * exit code 2; no partial file is left behind.
 */
@API(status = API.Status.STABLE, since = "0.1")
public class OutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;

  /** An output problem with {@code path}. */
  public OutputException(String path, String message, Throwable cause) {
    super(message, cause);
    this.path = path;
  }

  /** The output path as the user named it. */
  public String path() {
    return path;
  }
}
