package org.shutong.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;

/**
 * An output file written to a temporary file in the target's directory and renamed over the target
 * only on {@link #commit()}, so that an interrupted or failed run leaves no half file (CONVENTIONS,
 * "Bad input and safety"). Closing without committing deletes the temporary file. An existing
 * target is refused unless {@code force} is set.
 *
 * <pre>{@code
 * try (AtomicOutput out = AtomicOutput.create(path, force, lang)) {
 *   write(out.stream());
 *   out.commit();
 * }
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class AtomicOutput implements AutoCloseable {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path target;
  private final Path temp;
  private final OutputStream stream;
  private final Messages messages;
  private boolean committed;
  private boolean closed;

  private AtomicOutput(Path target, Path temp, OutputStream stream, Messages messages) {
    this.target = target;
    this.temp = temp;
    this.stream = stream;
    this.messages = messages;
  }

  /**
   * Opens a temporary file beside {@code target}.
   *
   * @throws OutputException if the directory is missing, the target exists without {@code force},
   *     the target is a directory, or the temporary file cannot be created
   */
  public static AtomicOutput create(Path target, boolean force, Lang lang) {
    Messages m = Messages.of("org.shutong.io.messages", lang);
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      Path file = dir == null ? null : existingFileAbove(dir);
      if (file != null) {
        throw new OutputException(target.toString(), m.get("out.parentIsFile", target, file), null);
      }
      throw new OutputException(target.toString(), m.get("out.noDir", target, dir), null);
    }
    if (Files.isDirectory(abs)) {
      throw new OutputException(target.toString(), m.get("out.isDir", target), null);
    }
    if (Files.exists(abs) && !force) {
      throw new OutputException(target.toString(), m.get("out.exists", target), null);
    }
    try {
      // Not Files.createTempFile: that creates the file with mode 0600, which the rename would
      // carry over to the output. A new file here gets the permissions the user's umask gives.
      Path temp = null;
      OutputStream raw = null;
      for (int attempt = 0; raw == null; attempt++) {
        temp = dir.resolve("." + abs.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part");
        try {
          raw = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
          if (attempt > 100) {
            throw e;
          }
        }
      }
      OutputStream s = new BufferedOutputStream(raw, 1 << 16);
      return new AtomicOutput(target, temp, s, m);
    } catch (IOException e) {
      throw new OutputException(target.toString(), m.get("out.failed", target, reason(e, m)), e);
    }
  }

  /** The nearest ancestor of {@code dir} (itself included) that exists as something other than a directory. */
  private static Path existingFileAbove(Path dir) {
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        return Files.isDirectory(p) ? null : p;
      }
    }
    return null;
  }

  /**
   * Why an I/O operation on an output failed, in words: the operating system's reason ("Permission
   * denied", "Read-only file system", "No space left on device") rather than the bare path that
   * {@link java.nio.file.FileSystemException#getMessage()} often is.
   */
  static String reason(Exception e, Messages m) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return m.get("out.reason.denied");
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return m.get("out.reason.cannotCreate");
    }
    if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    String msg = e.getMessage();
    return msg == null || msg.isBlank() ? e.getClass().getSimpleName() : msg;
  }

  /** The stream to write to (buffered). Do not close it; {@link #commit()} or {@link #close()}. */
  public OutputStream stream() {
    return stream;
  }

  /** The final path. */
  public Path target() {
    return target;
  }

  /**
   * Flushes, closes and renames the temporary file over the target.
   *
   * @throws OutputException if that fails (the temporary file is then removed)
   */
  public void commit() {
    if (committed) {
      return;
    }
    try {
      stream.close();
      closed = true;
      try {
        Files.move(temp, target.toAbsolutePath(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING);
      }
      committed = true;
    } catch (IOException e) {
      deleteTemp();
      throw new OutputException(target.toString(), messages.get("out.failed", target, reason(e, messages)), e);
    }
  }

  /** Discards the output unless it was committed. */
  @Override
  public void close() {
    if (committed) {
      return;
    }
    if (!closed) {
      try {
        stream.close();
      } catch (IOException ignored) {
        // the temporary file is deleted below; nothing else to do
      }
      closed = true;
    }
    deleteTemp();
  }

  private void deleteTemp() {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // best effort: a leftover ".part" file is visible and harmless
    }
  }
}
