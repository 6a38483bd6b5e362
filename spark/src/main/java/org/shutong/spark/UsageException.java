package org.shutong.spark;

/** A usage error found after parsing (a bad option value); exit code 2. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
