package org.shutong.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the data files bundled under {@code org/shutong/interop/}. The catalogues are small
 * tab-separated files with a header line and no quoting (the shared data's own format), so they
 * are read here rather than through {@code io.TableReaders}, which reads user files from paths.
 */
final class Resources {
  static final String BASE = "/org/shutong/interop/";

  private Resources() {}

  static InputStream open(String name) {
    InputStream in = Resources.class.getResourceAsStream(BASE + name);
    if (in == null) {
      throw new IllegalStateException("bundled resource missing: " + BASE + name);
    }
    return in;
  }

  static URL url(String name) {
    URL u = Resources.class.getResource(BASE + name);
    if (u == null) {
      throw new IllegalStateException("bundled resource missing: " + BASE + name);
    }
    return u;
  }

  static boolean exists(String name) {
    return Resources.class.getResource(BASE + name) != null;
  }

  static byte[] bytes(String name) {
    try (InputStream in = open(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /** Rows of a bundled TSV as maps from header name to cell (ordered by header). */
  static List<Map<String, String>> tsv(String name) {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
      String header = r.readLine();
      if (header == null) {
        return List.of();
      }
      String[] cols = header.split("\t", -1);
      List<Map<String, String>> rows = new ArrayList<>();
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        Map<String, String> row = new TreeMap<>();
        for (int i = 0; i < cols.length; i++) {
          row.put(cols[i], i < cells.length ? cells[i].trim() : "");
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
