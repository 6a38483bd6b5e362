package org.shutong.io;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;

/**
 * A database reached through JDBC: its URL, the credentials and any further driver properties, and
 * the time zone in which zoned timestamps are shown. Tested with PostgreSQL (driver bundled with the
 * CLI) and H2 (embedded, bundled for examples and tests); any JDBC 4 driver on the class path works
 * the same way.
 *
 * <p>The password never appears in {@link #toString()}, in {@link #displayName()} or in messages. A
 * URL that itself carries a password ({@code password=} in PostgreSQL's query string, H2's
 * {@code ;PASSWORD=}, {@code user:secret@host}) is refused: credentials come from the caller, who
 * reads them from a file or an environment variable.
 *
 * @param url the JDBC URL, e.g. {@code jdbc:postgresql://db.example:5432/his} or {@code jdbc:h2:./his}
 * @param user the user name, or {@code null} to let the driver decide (H2: empty, PostgreSQL: the OS user)
 * @param password the password, or {@code null}
 * @param properties further driver properties (e.g. {@code sslmode}); never the password
 * @param zone the zone that {@code timestamp with time zone} values are converted to before they are
 *     written as {@code yyyy-MM-dd HH:mm:ss}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Database(String url, String user, String password, Map<String, String> properties, ZoneId zone) {
  /** China Standard Time, the zone of the first-page standard's times. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private static final Pattern SECRET_IN_URL = Pattern.compile(
      "(?i)(password|passwd|pwd|sslpassword)\\s*=|//[^/@?;]*:[^/@?;]*@");

  /** Copies the properties and checks required components. */
  public Database {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(zone, "zone");
    properties = Map.copyOf(properties == null ? Map.of() : properties);
  }

  /** A database at {@code url} with no credentials, no extra properties, times in China Standard Time. */
  public static Database of(String url) {
    return new Database(url, null, null, Map.of(), CHINA);
  }

  /** With a user and password ({@code password} may be {@code null}). */
  public Database withCredentials(String u, String p) {
    return new Database(url, u, p, properties, zone);
  }

  /** With further driver properties. */
  public Database withProperties(Map<String, String> p) {
    return new Database(url, user, password, p, zone);
  }

  /** With the zone for zoned timestamps. */
  public Database withZone(ZoneId z) {
    return new Database(url, user, password, properties, z);
  }

  /**
   * The URL as it may be shown in reports and messages: without user information, query string or
   * {@code ;key=value} settings (which may carry credentials), e.g. {@code jdbc:postgresql://db:5432/his}.
   */
  public String displayName() {
    return display(url);
  }

  static String display(String url) {
    String u = url;
    int cut = u.length();
    for (char c : new char[] {'?', ';'}) {
      int i = u.indexOf(c);
      if (i >= 0 && i < cut) {
        cut = i;
      }
    }
    u = u.substring(0, cut);
    int slashes = u.indexOf("//");
    if (slashes >= 0) {
      int at = u.indexOf('@', slashes);
      int nextSlash = u.indexOf('/', slashes + 2);
      if (at >= 0 && (nextSlash < 0 || at < nextSlash)) {
        u = u.substring(0, slashes + 2) + u.substring(at + 1);
      }
    }
    return u;
  }

  /** Whether {@code url} carries a password itself (such URLs are refused). */
  public static boolean hasSecret(String url) {
    return SECRET_IN_URL.matcher(url).find();
  }

  /** The password is never shown. */
  @Override
  public String toString() {
    return "Database[" + displayName() + (user == null ? "" : ", user=" + user) + "]";
  }

  /**
   * Opens a connection; messages name the input or output as {@code name}.
   *
   * @throws InputException naming the database when the URL has no driver, carries a password, the
   *     server cannot be reached or refuses the credentials
   */
  Connection connect(String name, Lang lang) {
    Messages m = messages(lang);
    if (hasSecret(url)) {
      throw new InputException(name, m.get("db.secretInUrl", name));
    }
    Properties p = new Properties();
    p.putAll(new TreeMap<>(properties));
    for (String k : properties.keySet()) {
      if (k.toLowerCase(Locale.ROOT).contains("password")) {
        throw new InputException(name, m.get("db.secretInUrl", name));
      }
    }
    if (user != null) {
      p.setProperty("user", user);
    }
    if (password != null) {
      p.setProperty("password", password);
    }
    try {
      return DriverManager.getConnection(url, p);
    } catch (SQLException e) {
      throw failure(name, e, m, "db.connectFailed");
    }
  }

  static Messages messages(Lang lang) {
    return Messages.of("org.shutong.io.messages", lang);
  }

  /**
   * An {@link InputException} for a failed database operation, classified by SQLSTATE: no driver,
   * bad credentials, unreachable server, or {@code fallbackKey} with the driver's message.
   */
  static InputException failure(String name, SQLException e, Messages m, String fallbackKey) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String detail = oneLine(e.getMessage());
    String key;
    if (state.isEmpty() && detail.startsWith("No suitable driver")) {
      key = "db.noDriver";
    } else if (state.startsWith("28")) {
      key = "db.authFailed";
    } else if (state.startsWith("08")) {
      key = "db.unreachable";
    } else {
      key = fallbackKey;
    }
    return new InputException(name, 0, 0, m.get(key, name, detail), e);
  }

  static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    String t = s.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl).strip();
  }
}
