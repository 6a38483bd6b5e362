package org.shutong.coding;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the small CSV data files bundled in this package (chapters, edits): UTF-8, comma, double
 * quotes, header first. They ship with the jar, so a malformed row is a bug and fails loudly. (User
 * files go through {@link org.shutong.io.TableReaders}.)
 */
final class DataFiles {
  private DataFiles() {}

  /** The data rows of a bundled resource (header skipped; {@code #} lines are comments). */
  static List<String[]> read(String resource) {
    String text = Coding.resource(resource);
    List<String[]> rows = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    int expected = -1;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = split(line, resource, i + 1);
      if (expected < 0) {
        expected = f.length;
        continue;
      }
      if (f.length != expected) {
        throw new IllegalStateException(resource + " line " + (i + 1) + ": " + f.length + " fields, header has " + expected);
      }
      rows.add(f);
    }
    return rows;
  }

  private static String[] split(String line, String resource, int lineNo) {
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            sb.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          sb.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(sb.toString());
        sb.setLength(0);
      } else {
        sb.append(c);
      }
    }
    if (quoted) {
      throw new IllegalStateException(resource + " line " + lineNo + ": unterminated quote");
    }
    out.add(sb.toString());
    return out.toArray(new String[0]);
  }
}
