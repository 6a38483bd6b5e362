package org.shutong.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import org.shutong.i18n.Messages;
import org.shutong.report.Finding;
import org.shutong.report.FindingSink;
import org.shutong.report.Severity;

/**
 * Reads JSON Lines (one object per line, RFC 8259 values; blank lines skipped) or a JSON array of
 * objects with Jackson's streaming parser. Field values become text as written: strings verbatim,
 * numbers in their original spelling, {@code true}/{@code false}, {@code null} as empty, nested
 * objects and arrays as compact JSON. A record that is not an object, or (in JSON Lines) a line that
 * is not valid JSON, is reported and skipped; a JSON array that breaks off is unreadable.
 */
final class JsonTableReader extends KeyedTextReader {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final boolean lines;
  private final BufferedReader lineReader;
  private final JsonParser arrayParser;

  private long physicalLine;

  JsonTableReader(boolean lines, DecodingReader reader, TableSource source, InputEncoding choice, long size,
      FindingSink problems, Messages messages) {
    super(reader, source, choice, size, problems, messages);
    this.lines = lines;
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
