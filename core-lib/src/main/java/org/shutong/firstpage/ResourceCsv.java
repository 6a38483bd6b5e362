package org.shutong.firstpage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CSV files bundled with this package (UTF-8, RFC 4180, header first). Only for our own
 * resources, which the build ships and tests check; users' files go through
 * {@link org.shutong.io.TableReaders}.
 */
final class ResourceCsv {
  private ResourceCsv() {}

  /** The rows of resource {@code name} (relative to this package), header included. */
  static List<String[]> read(String name) {
    try (InputStream in = ResourceCsv.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource org/shutong/firstpage/" + name);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String[]> parse(String text) {
    List<String[]> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            f.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        any = true;
      } else if (c == ',') {
        fields.add(f.toString());
        f.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || f.length() > 0) {
          fields.add(f.toString());
          rows.add(fields.toArray(new String[0]));
        }
        fields.clear();
        f.setLength(0);
        any = false;
      } else {
        if (c != '\uFEFF' || i != 0) {
          f.append(c);
        }
        any = true;
      }
    }
    if (any || f.length() > 0) {
      fields.add(f.toString());
      rows.add(fields.toArray(new String[0]));
    }
    return rows;
  }
}
