package org.shutong.interop;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * Passes on only the first element in {@code urn:hl7-org:v3} and its content, as a document of its
 * own: the HL7 v3 message inside a SOAP envelope, read in the same pass as the envelope (no second
 * parse, no serialising in between). Namespace declarations in scope at the message element (for
 * example an {@code xsi} prefix declared on the Envelope) are passed on at its start.
 */
final class PayloadFilter implements ContentHandler {
  private final ContentHandler next;
  private final Deque<Map<String, String>> scopes = new ArrayDeque<>();
  private Map<String, String> pending = new LinkedHashMap<>();
  private int depth;
  private int payloadDepth = -1;
  private boolean done;
  private boolean found;

  PayloadFilter(ContentHandler next) {
    this.next = next;
  }

  /** Whether a message element was found. */
  boolean found() {
    return found;
  }

  @Override
  public void setDocumentLocator(Locator locator) {
    next.setDocumentLocator(locator);
  }

  @Override
  public void startDocument() {}

  @Override
  public void endDocument() {}

  @Override
  public void startPrefixMapping(String prefix, String uri) throws SAXException {
    if (payloadDepth >= 0) {
      next.startPrefixMapping(prefix, uri);
    } else {
      pending.put(prefix, uri);
    }
  }

  @Override
  public void endPrefixMapping(String prefix) throws SAXException {
    if (payloadDepth >= 0) {
      next.endPrefixMapping(prefix);
    }
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
    depth++;
    if (payloadDepth < 0) {
      Map<String, String> scope = new LinkedHashMap<>(scopes.isEmpty() ? Map.of() : scopes.peek());
      scope.putAll(pending);
      pending = new LinkedHashMap<>();
      scopes.push(scope);
      if (!done && XPathRules.HL7.equals(uri)) {
        payloadDepth = depth;
        found = true;
        next.startDocument();
        for (Map.Entry<String, String> e : scope.entrySet()) {
          next.startPrefixMapping(e.getKey(), e.getValue());
        }
        next.startElement(uri, localName, qName, atts);
      }
      return;
    }
    next.startElement(uri, localName, qName, atts);
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    if (payloadDepth >= 0) {
      next.endElement(uri, localName, qName);
      if (depth == payloadDepth) {
        for (String prefix : scopes.peek().keySet()) {
          next.endPrefixMapping(prefix);
        }
        next.endDocument();
        payloadDepth = -1;
        done = true;
        scopes.pop();
      }
    } else {
      scopes.pop();
    }
    depth--;
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (payloadDepth >= 0) {
      next.characters(ch, start, length);
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    if (payloadDepth >= 0) {
      next.ignorableWhitespace(ch, start, length);
    }
  }

  @Override
  public void processingInstruction(String target, String data) throws SAXException {
    if (payloadDepth >= 0) {
      next.processingInstruction(target, data);
    }
  }

  @Override
  public void skippedEntity(String name) throws SAXException {
    if (payloadDepth >= 0) {
      next.skippedEntity(name);
    }
  }
}
