package org.shutong.codesets;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader for the module's own resources (UTF-8, comma, double quotes, LF or CRLF).
 * User files are read by core-lib's table readers, which detect encodings and report bad rows as
 * findings; this one only has to read files this module ships, so a malformed row is a bug and
 * raises {@link IllegalStateException}.
 */
final class Csv {
  /** Receives each row with the physical line where it starts (the header is line 1). */
  @FunctionalInterface
  interface RowHandler {
    void row(String[] fields, int line);
  }

  private Csv() {}

  /** Parses {@code text}, calling {@code handler} for every row including the header. */
  static void parse(String text, String name, RowHandler handler) {
    List<String> fields = new ArrayList<>(8);
    StringBuilder quoted = new StringBuilder();
    int n = text.length();
    int i = 0;
    int line = 1;
    while (i < n) {
      int rowLine = line;
      fields.clear();
      while (true) {
        if (i < n && text.charAt(i) == '"') {
          quoted.setLength(0);
          i++;
          while (true) {
            if (i >= n) {
              throw new IllegalStateException(name + " line " + rowLine + ": unterminated quote");
            }
            char c = text.charAt(i++);
            if (c == '"') {
              if (i < n && text.charAt(i) == '"') {
                quoted.append('"');
                i++;
              } else {
                break;
              }
            } else {
              if (c == '\n') {
                line++;
              }
              quoted.append(c);
            }
          }
          fields.add(quoted.toString());
        } else {
          int start = i;
          while (i < n) {
            char c = text.charAt(i);
            if (c == ',' || c == '\n' || c == '\r') {
              break;
            }
            i++;
          }
          fields.add(text.substring(start, i));
        }
        if (i >= n) {
          break;
        }
        char c = text.charAt(i);
        if (c == ',') {
          i++;
          continue;
        }
        if (c == '\r') {
          i++;
          if (i < n && text.charAt(i) == '\n') {
            i++;
          }
          line++;
          break;
        }
        if (c == '\n') {
          i++;
          line++;
          break;
        }
        throw new IllegalStateException(name + " line " + rowLine + ": unexpected character after a quoted field");
      }
      handler.row(fields.toArray(new String[0]), rowLine);
    }
  }
}
