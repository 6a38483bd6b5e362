package org.shutong.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway PostgreSQL cluster for tests: {@code initdb} into a temporary directory, started with
 * {@code pg_ctl} on a free loopback port (no Unix socket outside that directory, fsync off), stopped
 * and deleted on {@link #close()}. Password authentication (SCRAM) is on, so tests can present wrong
 * credentials.
 *
 * <p>{@code initdb} refuses to run as root. As root (CI), every server command runs as the
 * unprivileged {@code postgres} user that Debian's package creates ({@code runuser -u postgres --}),
 * and the directory is handed to that user. The binaries are taken from {@code SHUTONG_PG_BIN}, else
 * the newest {@code /usr/lib/postgresql/N/bin}, else {@code PATH}. Without them the test is skipped
 * with a message, except under {@code CI=true}, where it fails ({@code .ci/run} installs them).
 */
public final class PostgresServer implements AutoCloseable {
  /** The superuser created by initdb. */
  public static final String USER = "shutong";

  private final Path bin;
  private final Path dir;
  private final List<String> asUser;
  private final int port;
  private final String password;

  private PostgresServer(Path bin, Path dir, List<String> asUser, int port, String password) {
    this.bin = bin;
    this.dir = dir;
    this.asUser = asUser;
    this.port = port;
    this.password = password;
  }

  /** Starts a new cluster, or skips the calling test when the server binaries are absent outside CI. */
  public static PostgresServer start() {
    Path bin = binaries();
    if (bin == null) {
      String why = "PostgreSQL server binaries (initdb, pg_ctl) not found: install Debian's postgresql package"
          + " or set SHUTONG_PG_BIN; .ci/run installs it";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(why);
      }
      Assumptions.abort(why);
    }
    try {
      Path dir = Files.createTempDirectory("shutong-pg-");
      List<String> asUser = new ArrayList<>();
      if (isRoot()) {
        String user = System.getenv().getOrDefault("SHUTONG_PG_OS_USER", "postgres");
        asUser = List.of("runuser", "-u", user, "--");
        UserPrincipalLookupService lookup = dir.getFileSystem().getUserPrincipalLookupService();
        try {
          Files.setOwner(dir, lookup.lookupPrincipalByName(user));
        } catch (java.nio.file.attribute.UserPrincipalNotFoundException e) {
          throw new IllegalStateException("running as root, and initdb refuses root: no OS user '" + user
              + "' to run PostgreSQL as (Debian's postgresql package creates 'postgres'; or set SHUTONG_PG_OS_USER)", e);
        }
      }
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
      String password = "pw-" + Long.toHexString(System.nanoTime());
      Path pwfile = dir.resolve("pwfile");
      Files.writeString(pwfile, password + "\n", StandardCharsets.UTF_8);
      if (!asUser.isEmpty()) {
        Files.setOwner(pwfile, Files.getOwner(dir));
      }
      run(asUser, bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", USER,
          "--pwfile=" + pwfile, "-A", "scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync");
      int port = freePort();
      String opts = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + dir
          + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=20";
      run(asUser, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
          dir.resolve("log").toString(), "-w", "-t", "120", "-o", opts, "start");
      return new PostgresServer(bin, dir, asUser, port, password);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JDBC URL of the {@code postgres} database. */
  public String url() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  /** The superuser's password (tests hand it over through a file or an environment variable). */
  public String password() {
    return password;
  }

  /** The database with the superuser's credentials. */
  public Database database() {
    return Database.of(url()).withCredentials(USER, password);
  }

  /** Runs SQL statements as the superuser. */
  public void sql(String... statements) {
    try (Connection c = DriverManager.getConnection(url(), USER, password); Statement st = c.createStatement()) {
      for (String s : statements) {
        st.execute(s);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    try {
      run(asUser, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
    } finally {
      try (Stream<Path> s = Files.walk(dir)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // a temporary directory left behind does no harm
      }
    }
  }

  private static Path binaries() {
    String env = System.getenv("SHUTONG_PG_BIN");
    if (env != null && Files.isExecutable(Path.of(env, "initdb"))) {
      return Path.of(env);
    }
    Path lib = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(lib)) {
      try (Stream<Path> s = Files.list(lib)) {
        Path best = s.filter(p -> Files.isExecutable(p.resolve("bin/initdb")))
            .max(Comparator.comparingInt(PostgresServer::version)).orElse(null);
        if (best != null) {
          return best.resolve("bin");
        }
      } catch (IOException ignored) {
        // fall through to PATH
      }
    }
    for (String d : java.util.regex.Pattern.compile(":").splitAsStream(System.getenv().getOrDefault("PATH", "")).toList()) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, "initdb")) && Files.isExecutable(Path.of(d, "pg_ctl"))) {
        return Path.of(d);
      }
    }
    return null;
  }

  private static int version(Path p) {
    try {
      return Integer.parseInt(p.getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static boolean isRoot() {
    try {
      return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static void run(List<String> prefix, String... command) {
    List<String> cmd = new ArrayList<>(prefix);
    cmd.addAll(List.of(command));
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(180, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("timed out: " + String.join(" ", cmd));
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", cmd).toLowerCase(Locale.ROOT).contains("initdb")
            ? "initdb failed:\n" + out : "failed (" + p.exitValue() + "): " + String.join(" ", cmd) + "\n" + out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
