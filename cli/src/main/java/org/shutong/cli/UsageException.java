package org.shutong.cli;

/** A usage error found by a command after parsing (conflicting or missing options); exit code 2. */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a localised message. */
  public UsageException(String message) {
    super(message);
  }
}
