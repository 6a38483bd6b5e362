package org.shutong.conformance;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.identifier.IdentifierType;
import org.shutong.io.ColumnDictionary;
import org.shutong.io.InputException;
import org.shutong.io.ReadOptions;
import org.shutong.io.Row;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;
import org.shutong.report.Finding;

/**
 * Reads mapping files.
 *
 * <p>YAML:
 *
 * <pre>
 * catalogue: local-elements.csv        # optional: more elements, path relative to this file
 * dataset:                             # optional
 *   name: 门诊就诊记录
 *   required: [DE02.01.039.00, DE02.01.040.00]
 *   optional: [DE02.01.026.00]
 * columns:                             # column: element, or column: {element, identifier}
 *   XM: DE02.01.039.00
 *   SFZH: {element: DE02.01.030.00, identifier: RESIDENT_ID}
 * </pre>
 *
 * <p>{@code columns} may also be a list of {@code {column, element, identifier, required}}. CSV: the
 * header {@code column,element}, optionally {@code required} (yes/true/1/是 make the element
 * required in a data set named after the file) and {@code identifier}.
 */
final class MappingFiles {
  private MappingFiles() {}

  static Mapping read(Path file, DataElementCatalogue catalogue, Lang lang) {
    String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".yaml") || n.endsWith(".yml")) {
      return readYaml(file, catalogue, lang);
    }
    return readCsv(file, catalogue, lang);
  }

  private static Messages messages(Lang lang) {
    return Messages.of(CatalogueFiles.BUNDLE, lang);
  }

  // ---------------------------------------------------------------- YAML

  private static Mapping readYaml(Path file, DataElementCatalogue catalogue, Lang lang) {
    Messages m = messages(lang);
    String name = file.toString();
    List<ColumnBinding> bindings = new ArrayList<>();
    List<String> inlineRequired = new ArrayList<>();
    Dataset dataset = null;
    String catalogueFile = null;
    ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
    try (Reader reader = new java.io.StringReader(decode(Files.readAllBytes(file)));
        JsonParser p = mapper.getFactory().createParser(reader)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new InputException(name, m.get("map.empty", name));
      }
      if (t != JsonToken.START_OBJECT) {
        throw new InputException(name, line(p), 0, m.get("map.notObject", name, line(p)), null);
      }
      boolean sawColumns = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        long keyLine = line(p);
        p.nextToken();
        switch (key) {
          case "columns" -> {
            sawColumns = true;
            readColumns(p, mapper, bindings, inlineRequired, name, m);
          }
          case "dataset" -> dataset = readDataset(mapper.readTree(p), keyLine, name, m, file);
          case "catalogue", "catalog" -> {
            JsonNode v = mapper.readTree(p);
            if (!v.isTextual()) {
              throw new InputException(name, keyLine, 0, m.get("map.badValue", name, keyLine, key), null);
            }
            catalogueFile = v.asText();
          }
          default -> throw new InputException(name, keyLine, 0, m.get("map.unknownKey", name, keyLine, key), null);
        }
      }
      if (!sawColumns) {
        throw new InputException(name, m.get("map.noColumns", name));
      }
    } catch (NoSuchFileException e) {
      throw new InputException(name, messages(lang).get("map.missing", name));
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      long l = loc == null ? 0 : loc.getLineNr();
      throw new InputException(name, l, loc == null ? 0 : loc.getColumnNr(),
          m.get("map.syntax", name, l, e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new InputException(name, 0, 0, m.get("map.readFailed", name, e.getMessage()), e);
    }
    DataElementCatalogue cat = catalogue;
    if (catalogueFile != null) {
      Path p = file.toAbsolutePath().getParent() == null ? Path.of(catalogueFile)
          : file.toAbsolutePath().getParent().resolve(catalogueFile);
      cat = catalogue.withFile(p, lang);
    }
    if (dataset == null && !inlineRequired.isEmpty()) {
      dataset = new Dataset(baseName(file), inlineRequired, List.of());
    }
    return build(name, bindings, dataset, cat, lang);
  }

  /** UTF-8 (BOM skipped) if the bytes are valid UTF-8, else GB18030, as data files from Windows often are. */
  static String decode(byte[] bytes) {
    int from = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return new String(bytes, java.nio.charset.Charset.forName("GB18030"));
    }
  }

  private static long line(JsonParser p) {
    return p.currentTokenLocation().getLineNr();
  }

  private static void readColumns(JsonParser p, ObjectMapper mapper, List<ColumnBinding> out, List<String> required,
      String name, Messages m) throws IOException {
    if (p.currentToken() == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String column = p.currentName();
        long l = line(p);
        p.nextToken();
        JsonNode v = mapper.readTree(p);
        if (v.isTextual()) {
          out.add(new ColumnBinding(column, v.asText().strip(), null, l));
        } else if (v.isObject()) {
          out.add(binding(column, v, l, name, m, required));
        } else {
          throw new InputException(name, l, 0, m.get("map.badBinding", name, l, column), null);
        }
      }
    } else if (p.currentToken() == JsonToken.START_ARRAY) {
      while (p.nextToken() == JsonToken.START_OBJECT) {
        long l = line(p);
        JsonNode v = mapper.readTree(p);
        String column = text(v, "column");
        if (column == null) {
          throw new InputException(name, l, 0, m.get("map.badBinding", name, l, v.toString()), null);
        }
        out.add(binding(column, v, l, name, m, required));
      }
      if (p.currentToken() != JsonToken.END_ARRAY) {
        throw new InputException(name, line(p), 0, m.get("map.badBinding", name, line(p), p.getText()), null);
      }
    } else if (p.currentToken() == JsonToken.VALUE_NULL) {
      // "columns:" with every line under it commented out, as conform suggest writes doubtful columns
      throw new InputException(name, line(p), 0, m.get("map.columnsEmpty", name, line(p)), null);
    } else {
      throw new InputException(name, line(p), 0, m.get("map.badValue", name, line(p), "columns"), null);
    }
  }

  private static ColumnBinding binding(String column, JsonNode v, long l, String name, Messages m, List<String> required) {
    String element = text(v, "element");
    if (element == null) {
      throw new InputException(name, l, 0, m.get("map.badBinding", name, l, column), null);
    }
    IdentifierType id = null;
    String idText = text(v, "identifier");
    if (idText != null) {
      id = identifier(idText).orElseThrow(() ->
          new InputException(name, l, 0, m.get("map.badIdentifier", name, l, idText, identifierNames()), null));
    }
    JsonNode req = v.get("required");
    if (req != null && (req.asBoolean(false) || truthy(req.asText()))) {
      required.add(element.strip());
    }
    return new ColumnBinding(column, element.strip(), id, l);
  }

  private static String text(JsonNode v, String field) {
    JsonNode n = v.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }

  private static Dataset readDataset(JsonNode v, long l, String name, Messages m, Path file) {
    if (!v.isObject()) {
      throw new InputException(name, l, 0, m.get("map.badValue", name, l, "dataset"), null);
    }
    String dsName = text(v, "name");
    return new Dataset(dsName == null ? baseName(file) : dsName, list(v.get("required"), l, name, m),
        list(v.get("optional"), l, name, m));
  }

  private static List<String> list(JsonNode v, long l, String name, Messages m) {
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw new InputException(name, l, 0, m.get("map.badValue", name, l, "dataset"), null);
    }
    for (JsonNode e : v) {
      out.add(e.asText().strip());
    }
    return out;
  }

  // ---------------------------------------------------------------- CSV

  private static Mapping readCsv(Path file, DataElementCatalogue catalogue, Lang lang) {
    Messages m = messages(lang);
    String name = file.toString();
    List<ColumnBinding> bindings = new ArrayList<>();
    List<String> required = new ArrayList<>();
    try (TableReader r = TableReaders.open(file, ReadOptions.defaults().withLang(lang).withName(name))) {
      Map<String, Integer> col = new HashMap<>();
      for (int i = 0; i < r.header().size(); i++) {
        col.putIfAbsent(r.header().get(i).strip().toLowerCase(Locale.ROOT), i);
      }
      if (!col.containsKey("column") || !col.containsKey("element")) {
        throw new InputException(name, 1, 0, m.get("map.csvHeader", name), null);
      }
      int c = col.get("column");
      int e = col.get("element");
      int req = col.getOrDefault("required", -1);
      int idc = col.getOrDefault("identifier", -1);
      while (r.hasNext()) {
        Row row = r.next();
        String column = row.get(c).strip();
        String element = row.get(e).strip();
        if (column.isEmpty() && element.isEmpty()) {
          continue;
        }
        if (column.isEmpty() || element.isEmpty()) {
          throw new InputException(name, row.line(), 0, m.get("map.badBinding", name, row.line(), column + "," + element), null);
        }
        IdentifierType id = null;
        if (idc >= 0 && !row.get(idc).isBlank()) {
          String idText = row.get(idc).strip();
          long l = row.line();
          id = identifier(idText).orElseThrow(() ->
              new InputException(name, l, 0, m.get("map.badIdentifier", name, l, idText, identifierNames()), null));
        }
        bindings.add(new ColumnBinding(column, element, id, row.line()));
        if (req >= 0 && truthy(row.get(req))) {
          required.add(element);
        }
      }
    }
    Dataset ds = required.isEmpty() ? null : new Dataset(baseName(file), required, List.of());
    return build(name, bindings, ds, catalogue, lang);
  }

  private static boolean truthy(String s) {
    String v = s.strip().toLowerCase(Locale.ROOT);
    return v.equals("yes") || v.equals("y") || v.equals("true") || v.equals("1") || v.equals("是") || v.equals("必填");
  }

  private static Optional<IdentifierType> identifier(String s) {
    String v = s.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (IdentifierType t : IdentifierType.values()) {
      if (t.name().equals(v)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private static String identifierNames() {
    StringBuilder sb = new StringBuilder();
    for (IdentifierType t : IdentifierType.values()) {
      sb.append(sb.length() == 0 ? "" : "|").append(t.name());
    }
    return sb.toString();
  }

  private static String baseName(Path file) {
    String n = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  // ---------------------------------------------------------------- checks

  static Mapping build(String name, List<ColumnBinding> raw, Dataset dataset, DataElementCatalogue catalogue, Lang lang) {
    Messages m = messages(lang);
    List<Finding> problems = new ArrayList<>();
    List<ColumnBinding> kept = new ArrayList<>();
    Map<String, ColumnBinding> byColumn = new HashMap<>();
    Map<String, String> columnOfElement = new LinkedHashMap<>();
    for (ColumnBinding b : raw) {
      String key = ColumnDictionary.key(b.column());
      ColumnBinding first = byColumn.get(key);
      if (first != null) {
        problems.add(problem(ConformanceRule.MAP_DUPLICATE_COLUMN, name, b.line(), b.column(), b.element(),
            m.get("map.duplicateColumn", b.column(), first.line())));
        continue;
      }
      Optional<DataElement> e = catalogue.find(b.element());
      if (e.isEmpty()) {
        problems.add(problem(ConformanceRule.MAP_UNKNOWN_ELEMENT, name, b.line(), b.column(), b.element(),
            m.get("map.unknownElement", b.element(), b.column())));
        continue;
      }
      ColumnBinding normalised = new ColumnBinding(b.column(), e.get().id(), b.identifier(), b.line());
      byColumn.put(key, normalised);
      String other = columnOfElement.putIfAbsent(normalised.element(), b.column());
      if (other != null) {
        problems.add(problem(ConformanceRule.MAP_DUPLICATE_ELEMENT, name, b.line(), b.column(), normalised.element(),
            m.get("map.duplicateElement", normalised.element(), other)));
      }
      kept.add(normalised);
    }
    Dataset ds = null;
    if (dataset != null) {
      List<String> req = new ArrayList<>();
      List<String> opt = new ArrayList<>();
      for (String id : dataset.required()) {
        knownOrProblem(id, catalogue, name, m, problems).ifPresent(req::add);
      }
      for (String id : dataset.optional()) {
        knownOrProblem(id, catalogue, name, m, problems).ifPresent(opt::add);
      }
      ds = new Dataset(dataset.name(), req, opt);
    }
    return new Mapping(name, kept, Optional.ofNullable(ds), catalogue, problems);
  }

  private static Optional<String> knownOrProblem(String id, DataElementCatalogue catalogue, String name, Messages m,
      List<Finding> problems) {
    Optional<DataElement> e = catalogue.find(id);
    if (e.isEmpty()) {
      problems.add(problem(ConformanceRule.DATASET_UNKNOWN_ELEMENT, name, 0, id, id, m.get("map.datasetUnknown", id)));
      return Optional.empty();
    }
    return Optional.of(e.get().id());
  }

  private static Finding problem(ConformanceRule rule, String file, long line, String field, String value, String msg) {
    return new Finding(rule.id(), rule.severity(), file, 0, line, field, value, msg);
  }
}
