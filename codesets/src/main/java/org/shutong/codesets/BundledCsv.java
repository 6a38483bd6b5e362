package org.shutong.codesets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Reads the CSV data files Shutong ships on its class path (code tables, value domains, rule
 * catalogues, statistics definitions): UTF-8 with or without a byte-order mark, RFC 4180 quoting,
 * LF or CRLF, header first. It is the one parser for bundled resources in every module; users'
 * files go through {@code org.shutong.io.TableReaders}, which detect encodings and report bad rows
 * as findings. A malformed bundled file is a packaging bug and raises {@link IllegalStateException}
 * naming the resource and line.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class BundledCsv {
  private BundledCsv() {}

  /**
   * The rows of the resource {@code name}, resolved like {@link Class#getResourceAsStream(String)}
   * against {@code owner} (relative to its package, or absolute with a leading {@code /}); the
   * header is row 0 and blank lines are skipped.
   *
   * @throws IllegalStateException if the resource is missing or malformed
   */
  public static List<String[]> read(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + name + " (beside " + owner.getName() + ")");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + name, e);
    }
  }

  /**
   * Parses CSV {@code text} (named {@code name} in errors) into rows, header included, skipping
   * blank lines and a leading byte-order mark.
   */
  public static List<String[]> parse(String text, String name) {
    List<String[]> rows = new ArrayList<>();
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Csv.parse(body, name, (fields, line) -> {
      if (fields.length > 1 || !fields[0].isEmpty()) {
        rows.add(fields);
      }
    });
    return rows;
  }
}
