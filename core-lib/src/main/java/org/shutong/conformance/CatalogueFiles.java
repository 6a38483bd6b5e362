package org.shutong.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.identifier.IdentifierType;
import org.shutong.io.InputException;
import org.shutong.io.ReadOptions;
import org.shutong.io.Row;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;

/**
 * Reads catalogue files: the bundled ones (listed in {@code catalogue-files.txt}, parsed with
 * Jackson's CSV parser from the class path) and users' files (through {@link TableReaders}, any
 * encoding and delimiter). Columns are found by header name, so extra columns are ignored.
 */
final class CatalogueFiles {
  static final String BASE = "/org/shutong/conformance/";
  static final String BUNDLE = "org.shutong.conformance.messages";

  private CatalogueFiles() {}

  /** One row of a CSV data file, keyed by lower-case header name, with its line for messages. */
  record RawRow(long line, Map<String, String> values) {}

  static DataElementCatalogue loadBuiltIn() {
    Map<String, DataElement> byId = new LinkedHashMap<>();
    List<String> files = new ArrayList<>();
    for (String f : resourceLines("catalogue-files.txt")) {
      for (RawRow r : readResource(f)) {
        DataElement e = element(r, f, Lang.EN);
        if (byId.putIfAbsent(e.id(), e) != null) {
          throw new IllegalStateException(f + ":" + r.line() + ": element " + e.id() + " defined twice in the bundled catalogue");
        }
      }
      files.add("bundled:" + f);
    }
    Map<String, DataElementCatalogue.IdentifierCondition> conditions = new HashMap<>();
    for (RawRow r : readResource("element-identifiers.csv")) {
      String id = r.values().get("element");
      DataElement e = byId.get(id);
      if (e == null) {
        throw new IllegalStateException("element-identifiers.csv:" + r.line() + ": unknown element " + id);
      }
      byId.put(id, e.withIdentifier(IdentifierType.valueOf(r.values().get("identifier"))));
      String when = r.values().getOrDefault("when_element", "");
      if (!when.isBlank()) {
        conditions.put(id, new DataElementCatalogue.IdentifierCondition(when,
            List.of(r.values().getOrDefault("when_values", "").split("\\|", -1))));
      }
    }
    return DataElementCatalogue.of(byId, files, List.of(), conditions);
  }

  static List<String> resourceLines(String name) {
    try (InputStream in = CatalogueFiles.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BASE + name);
      }
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        String s = l.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a bundled UTF-8 CSV file of this package (header names lower-cased, values stripped). */
  static List<RawRow> readResource(String name) {
    List<String[]> rows = org.shutong.codesets.BundledCsv.read(CatalogueFiles.class, BASE + name);
    List<RawRow> out = new ArrayList<>(Math.max(0, rows.size() - 1));
    if (rows.isEmpty()) {
      return out;
    }
    String[] header = rows.get(0).clone();
    for (int i = 0; i < header.length; i++) {
      header[i] = header[i].strip().toLowerCase(Locale.ROOT);
    }
    for (int r = 1; r < rows.size(); r++) {
      String[] v = rows.get(r);
      Map<String, String> m = new HashMap<>();
      for (int i = 0; i < header.length && i < v.length; i++) {
        m.put(header[i], v[i].strip());
      }
      out.add(new RawRow(r + 1, m));
    }
    return out;
  }

  static List<DataElement> readUserFile(Path file, Lang lang) {
    Messages m = Messages.of(BUNDLE, lang);
    String name = file.toString();
    List<DataElement> out = new ArrayList<>();
    try (TableReader r = TableReaders.open(file, ReadOptions.defaults().withLang(lang).withName(name))) {
      List<String> header = r.header();
      Map<String, Integer> col = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        col.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
      }
      for (String required : List.of("id", "name", "format")) {
        if (!col.containsKey(required)) {
          throw new InputException(name, 1, 0, m.get("cat.missingColumn", name, required), null);
        }
      }
      while (r.hasNext()) {
        Row row = r.next();
        Map<String, String> values = new HashMap<>();
        for (Map.Entry<String, Integer> e : col.entrySet()) {
          values.put(e.getKey(), row.get(e.getValue()).strip());
        }
        out.add(element(new RawRow(row.line(), values), name, lang));
      }
    }
    return out;
  }

  private static DataElement element(RawRow r, String file, Lang lang) {
    Map<String, String> v = r.values();
    String id = v.getOrDefault("id", "");
    Messages m = Messages.of(BUNDLE, lang);
    if (id.isEmpty()) {
      throw new InputException(file, r.line(), 0, m.get("cat.noId", file, r.line()), null);
    }
    RepresentationFormat format;
    try {
      format = RepresentationFormat.parse(v.getOrDefault("format", ""));
    } catch (IllegalArgumentException e) {
      throw new InputException(file, r.line(), 0, m.get("cat.badFormat", file, r.line(), id, e.getMessage()), e);
    }
    String source = v.getOrDefault("source", "");
    return new DataElement(id, v.getOrDefault("name", ""), v.getOrDefault("definition", ""),
        v.getOrDefault("type", ""), format, v.getOrDefault("value_domain", ""), null,
        source.isEmpty() ? file : file + " (" + source + ")");
  }
}
