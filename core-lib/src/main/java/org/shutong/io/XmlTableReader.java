package org.shutong.io;

import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.shutong.i18n.Messages;
import org.shutong.report.FindingSink;

/**
 * Reads an XML record set with StAX: every child element of the root is a record; its attributes
 * and its child elements are the fields, named by local name (namespace prefixes dropped; {@code
 * xsi:} attributes ignored); a field's value is its text content. Parsed without DTDs or external
 * entities ({@link SecureXml}); a document with a DOCTYPE is refused. A document that is not
 * well-formed is unreadable and reported with its line and column.
 */
final class XmlTableReader extends KeyedTextReader {
  private final XMLStreamReader xml;
  private final StringBuilder text = new StringBuilder();

  XmlTableReader(DecodingReader reader, TableSource source, InputEncoding choice, long size, FindingSink problems,
      Messages messages) {
    super(reader, source, choice, size, problems, messages);
    try {
      this.xml = SecureXml.inputFactory().createXMLStreamReader(reader);
      // find the root element
      while (true) {
        int ev = xml.next();
        if (ev == XMLStreamConstants.DTD) {
          throw new InputException(name, line(xml.getLocation()), 0,
              messages.get("in.xmlDtd", name, line(xml.getLocation())), null);
        }
        if (ev == XMLStreamConstants.START_ELEMENT) {
          break;
        }
        if (ev == XMLStreamConstants.END_DOCUMENT) {
          throw new InputException(name, messages.get("in.noObjects", name));
        }
      }
    } catch (XMLStreamException e) {
      close();
      throw failure(e);
    } catch (InputException e) {
      close();
      throw e;
    }
    requireRecord();
  }

  private static long line(Location l) {
    return l == null ? 0 : Math.max(0, l.getLineNumber());
  }

  @Override
  Row advance() {
    try {
      return nextRecord();
    } catch (XMLStreamException e) {
      close();
      throw failure(e);
    }
  }

  /** The next child of the root as a row, or null after the root's end. */
  private Row nextRecord() throws XMLStreamException {
    while (true) {
      int ev = xml.next();
      if (ev == XMLStreamConstants.END_ELEMENT || ev == XMLStreamConstants.END_DOCUMENT) {
        // the root's end: check that nothing but comments and whitespace follows
        while (xml.hasNext()) {
          xml.next();
        }
        return null;
      }
      if (ev != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      records++;
      long line = line(xml.getLocation());
      keyed.begin(records, line);
      for (int i = 0; i < xml.getAttributeCount(); i++) {
        if (XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(xml.getAttributeNamespace(i))) {
          continue;
        }
        keyed.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
      }
      while (true) {
        int e = xml.next();
        if (e == XMLStreamConstants.END_ELEMENT) {
          break;
        }
        if (e == XMLStreamConstants.START_ELEMENT) {
          String field = xml.getLocalName();
          keyed.put(field, content());
        }
      }
      return new Row(name, records, line, keyed.end());
    }
  }

  /** The text content of the current element (all descendants' text), leaving it at its end tag. */
  private String content() throws XMLStreamException {
    text.setLength(0);
    int depth = 1;
    while (depth > 0) {
      int e = xml.next();
      switch (e) {
        case XMLStreamConstants.START_ELEMENT -> depth++;
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        default -> {}
      }
    }
    return text.toString();
  }

  private RuntimeException failure(XMLStreamException e) {
    Throwable c = e.getNestedException() != null ? e.getNestedException() : e.getCause();
    if (c instanceof DecodingReader.Malformed mal) {
      return decodeFailure(mal, e);
    }
    Location l = e.getLocation();
    long line = line(l);
    long col = l == null ? 0 : Math.max(0, l.getColumnNumber());
    return new InputException(name, line, col,
        messages.get("in.xmlMalformed", name, line, col, XlsxTableReader.firstLine(stripLocation(e.getMessage()))), e);
  }

  /** StAX messages often start with "ParseError at [row,col]:[..]" — the place is said separately. */
  private static String stripLocation(String m) {
    if (m == null) {
      return "";
    }
    int i = m.indexOf("Message:");
    return i >= 0 ? m.substring(i + "Message:".length()).strip() : m;
  }

  @Override
  public void close() {
    try {
      if (xml != null) {
        xml.close();
      }
    } catch (XMLStreamException ignored) {
      // read-only: nothing to lose
    }
    try {
      decoding.close();
    } catch (IOException ignored) {
      // read-only: nothing to lose
    }
  }
}
