package org.shutong.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * Whether the process's standard output and standard error are terminals: a progress bar and
 * colour are for people at a terminal, never for files or pipes.
 *
 * <p>On Linux the answer comes from {@code /proc/self/fd/N} (a terminal is {@code /dev/pts/*} or
 * {@code /dev/tty*}); elsewhere from the console (on Java 22 and later, its {@code isTerminal()}).
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Terminal {
  private Terminal() {}

  /** Whether standard output is a terminal. */
  public static boolean stdout() {
    return isTerminal(1);
  }

  /** Whether standard error is a terminal. */
  public static boolean stderr() {
    return isTerminal(2);
  }

  private static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    if (Files.isSymbolicLink(link)) {
      try {
        return isTerminalDevice(Files.readSymbolicLink(link).toString());
      } catch (IOException | UnsupportedOperationException | SecurityException e) {
        // not readable: fall back to the console check below
      }
    }
    return consoleIsTerminal();
  }

  /**
   * Java 17–21: a console exists only when attached to a terminal. Java 22+ always has one, and
   * says whether it is a terminal by {@code Console.isTerminal()}, which the Java 17 API lacks.
   */
  @SuppressWarnings("SystemConsoleNull") // on Java 17-21 null means no terminal; 22+ is asked isTerminal()
  private static boolean consoleIsTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true; // Java 17-21: a console is a terminal
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /** Whether a device path names a terminal. */
  static boolean isTerminalDevice(String target) {
    return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
  }
}
