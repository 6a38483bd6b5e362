package org.shutong.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.apiguardian.api.API;

/** The tool's name and version, as reports and {@code shutong --version} print them. */
@API(status = API.Status.STABLE, since = "0.1")
public final class ToolInfo {
  private static final String VERSION = load();

  private ToolInfo() {}

  /** The version of Shutong, e.g. {@code 0.1.0}. */
  public static String version() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = ToolInfo.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
