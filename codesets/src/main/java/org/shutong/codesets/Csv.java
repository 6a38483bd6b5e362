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
    int n = text.length();
    int[] cursor = {0, 1}; // position, line
    String[] buf = new String[8];
    int nextQuote = text.indexOf('"'); // searched again only once the cursor has passed it
    while (cursor[0] < n) {
      int pos = cursor[0];
      int eol = text.indexOf('\n', pos);
      if (eol < 0) {
        eol = n;
      }
      int end = eol > pos && text.charAt(eol - 1) == '\r' ? eol - 1 : eol;
      if (nextQuote >= 0 && nextQuote < pos) {
        nextQuote = text.indexOf('"', pos);
      }
      if (nextQuote >= 0 && nextQuote < end) {
        handler.row(slowRow(text, name, cursor), cursor[1] - lineBreaks(text, pos, cursor[0]));
        continue;
      }
      // fast path: a row without quotes, split at commas with String.indexOf
      int count = 0;
      int start = pos;
      while (true) {
        int comma = text.indexOf(',', start);
        if (count == buf.length) {
          buf = java.util.Arrays.copyOf(buf, count * 2);
        }
        if (comma < 0 || comma >= end) {
          buf[count++] = text.substring(start, end);
          break;
        }
        buf[count++] = text.substring(start, comma);
        start = comma + 1;
      }
      handler.row(java.util.Arrays.copyOf(buf, count), cursor[1]);
      cursor[0] = eol + 1;
      cursor[1]++;
    }
  }

  private static int lineBreaks(String text, int from, int to) {
    int k = 0;
    for (int i = from; i < to && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        k++;
      }
    }
    return k;
  }

  /** Reads one row that has quotes (it may span lines); advances the cursor past its line end. */
  private static String[] slowRow(String text, String name, int[] cursor) {
    List<String> fields = new ArrayList<>(8);
    StringBuilder quoted = new StringBuilder();
    int n = text.length();
    int i = cursor[0];
    int line = cursor[1];
    int rowLine = line;
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
    cursor[0] = i;
    cursor[1] = line;
    return fields.toArray(new String[0]);
  }
}
