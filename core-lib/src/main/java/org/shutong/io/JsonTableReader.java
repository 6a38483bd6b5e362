package org.shutong.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.shutong.i18n.Messages;
import org.shutong.report.Finding;
import org.shutong.report.FindingSink;
import org.shutong.report.Severity;

/**
 * Reads JSON Lines (one object per line, RFC 8259 values; blank lines skipped) or a JSON array of
 * objects with Jackson's streaming parser. Field values become text as written: strings verbatim,
 * numbers in their original spelling, {@code true}/{@code false}, {@code null} as empty, nested
 * objects and arrays as compact JSON. A record that is not an object, or (in JSON Lines) a line that
 * is not valid JSON, is reported and skipped; a JSON array that breaks off is unreadable. The header
 * is every field name of the input ({@link #scanKeys}, a first pass that skips values), so records
 * that leave out their null fields lose nothing.
 */
final class JsonTableReader extends KeyedTextReader {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final boolean lines;
  private final BufferedReader lineReader;
  private final JsonParser arrayParser;

  private long physicalLine;

  /** At most this many distinct field names are collected by {@link #scanKeys}. */
  static final int MAX_KEYS = 16_384;

  JsonTableReader(boolean lines, DecodingReader reader, TableSource source, InputEncoding choice, long size,
      FindingSink problems, Messages messages) {
    this(lines, reader, source, choice, size, problems, messages, null);
  }

  /**
   * @param keys the field names of every record ({@link #scanKeys}), or {@code null} to take the
   *     first record's
   */
  JsonTableReader(boolean lines, DecodingReader reader, TableSource source, InputEncoding choice, long size,
      FindingSink problems, Messages messages, List<String> keys) {
    super(reader, source, choice, size, problems, messages);
    this.lines = lines;
    if (keys != null && !keys.isEmpty()) {
      keyed.preset(keys);
    }
    try {
      if (lines) {
        this.lineReader = new BufferedReader(reader, 1 << 16);
        this.arrayParser = null;
      } else {
        this.lineReader = null;
        this.arrayParser = FACTORY.createParser(reader);
        JsonToken t = arrayParser.nextToken();
        if (t != JsonToken.START_ARRAY) {
          JsonLocation l = arrayParser.currentTokenLocation();
          throw new InputException(name, l.getLineNr(), l.getColumnNr(),
              messages.get("in.jsonNotArray", name, l.getLineNr(), l.getColumnNr()), null);
        }
      }
    } catch (IOException e) {
      close();
      throw failure(e);
    } catch (InputException e) {
      close();
      throw e;
    }
    requireRecord();
  }

  /**
   * The top-level field names of every object in a JSON Lines text or JSON array, in order of first
   * appearance (at most {@link #MAX_KEYS}). JSON written by serialisers commonly leaves out null
   * fields, so the first record alone does not name every column. Values are skipped, not read;
   * lines or elements that are not objects or not valid JSON are passed over here (the reading pass
   * reports them), and an array that breaks off ends the scan.
   */
  static List<String> scanKeys(Reader text, boolean lines) throws IOException {
    Set<String> keys = new LinkedHashSet<>();
    if (lines) {
      BufferedReader r = new BufferedReader(text, 1 << 16);
      String line;
      while ((line = r.readLine()) != null && keys.size() < MAX_KEYS) {
        if (line.isBlank()) {
          continue;
        }
        try (JsonParser p = FACTORY.createParser(line)) {
          if (p.nextToken() == JsonToken.START_OBJECT) {
            objectKeys(p, keys);
          }
        } catch (JsonProcessingException e) {
          // reported by the reading pass, with its record and line
        }
      }
      return new ArrayList<>(keys);
    }
    try (JsonParser p = FACTORY.createParser(text)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        return new ArrayList<>(keys);
      }
      JsonToken t;
      while ((t = p.nextToken()) != null && t != JsonToken.END_ARRAY && keys.size() < MAX_KEYS) {
        if (t == JsonToken.START_OBJECT) {
          objectKeys(p, keys);
        } else {
          p.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      // the reading pass stops at the same place and says where
    }
    return new ArrayList<>(keys);
  }

  private static void objectKeys(JsonParser p, Set<String> keys) throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      if (keys.size() < MAX_KEYS) {
        keys.add(p.currentName());
      }
      p.nextToken();
      p.skipChildren();
    }
    if (t != JsonToken.END_OBJECT) {
      throw new JsonParseException(p, "expected a field name");
    }
  }

  @Override
  Row advance() {
    try {
      return lines ? nextLine() : nextElement();
    } catch (IOException e) {
      close();
      throw failure(e);
    }
  }

  private Row nextLine() throws IOException {
    String text;
    while ((text = lineReader.readLine()) != null) {
      physicalLine++;
      if (text.isBlank()) {
        continue;
      }
      records++;
      try (JsonParser p = FACTORY.createParser(text)) {
        JsonToken t = p.nextToken();
        if (t != JsonToken.START_OBJECT) {
          notAnObject(physicalLine, t);
          continue;
        }
        String[] values = object(p, physicalLine);
        JsonToken after = p.nextToken();
        if (after != null) {
          problems.accept(new Finding("IO-MALFORMED-RECORD", Severity.ERROR, name, records, physicalLine, null,
              null, messages.get("in.jsonTrailing", p.currentTokenLocation().getColumnNr())));
          continue;
        }
        return new Row(name, records, physicalLine, values);
      } catch (JsonProcessingException e) {
        JsonLocation l = e.getLocation();
        problems.accept(new Finding("IO-MALFORMED-RECORD", Severity.ERROR, name, records, physicalLine, null,
            null, messages.get("in.jsonMalformed", l == null ? 0 : l.getColumnNr(),
                XlsxTableReader.firstLine(e.getOriginalMessage()))));
      }
    }
    return null;
  }

  private Row nextElement() throws IOException {
    while (true) {
      JsonToken t;
      try {
        t = arrayParser.nextToken();
      } catch (JsonProcessingException e) {
        throw malformedDocument(e);
      }
      if (t == null) {
        throw new InputException(name, arrayParser.currentLocation().getLineNr(), 0,
            messages.get("in.jsonUnterminated", name, arrayParser.currentLocation().getLineNr()), null);
      }
      if (t == JsonToken.END_ARRAY) {
        return null;
      }
      records++;
      long line = arrayParser.currentTokenLocation().getLineNr();
      try {
        if (t != JsonToken.START_OBJECT) {
          notAnObject(line, t);
          arrayParser.skipChildren();
          continue;
        }
        return new Row(name, records, line, object(arrayParser, line));
      } catch (JsonProcessingException e) {
        throw malformedDocument(e);
      }
    }
  }

  private void notAnObject(long line, JsonToken t) {
    problems.accept(new Finding("IO-NOT-AN-OBJECT", Severity.ERROR, name, records, line, null, null,
        messages.get("in.jsonNotObject", t == null ? "?" : t.asString() == null ? t.name() : t.asString())));
  }

  /** Reads an object (current token START_OBJECT) into a row's values. */
  private String[] object(JsonParser p, long line) throws IOException {
    keyed.begin(records, line);
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
      if (t != JsonToken.FIELD_NAME) {
        throw new IllegalStateException("expected a field name, got " + t);
      }
      String key = p.currentName();
      JsonToken v = p.nextToken();
      keyed.put(key, text(p, v));
    }
    return keyed.end();
  }

  private static String text(JsonParser p, JsonToken v) throws IOException {
    return switch (v) {
      case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> p.getText();
      case VALUE_NULL -> "";
      case START_OBJECT, START_ARRAY -> {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
          g.copyCurrentStructure(p);
        }
        yield w.toString();
      }
      default -> p.getText() == null ? "" : p.getText();
    };
  }

  private InputException malformedDocument(JsonProcessingException e) {
    JsonLocation l = e.getLocation();
    long line = l == null ? 0 : Math.max(0, l.getLineNr());
    long col = l == null ? 0 : Math.max(0, l.getColumnNr());
    return new InputException(name, line, col,
        messages.get("in.jsonSyntax", name, line, col, XlsxTableReader.firstLine(e.getOriginalMessage())), e);
  }

  private RuntimeException failure(IOException e) {
    if (e instanceof DecodingReader.Malformed mal) {
      return decodeFailure(mal, e);
    }
    if (e instanceof JsonProcessingException jpe) {
      return malformedDocument(jpe);
    }
    return new InputException(name, 0, 0, messages.get("in.readFailed", name, e.getMessage()), e);
  }

  @Override
  public void close() {
    try {
      if (arrayParser != null) {
        arrayParser.close();
      }
      decoding.close();
    } catch (IOException ignored) {
      // read-only: nothing to lose
    }
  }
}
