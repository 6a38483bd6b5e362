package org.shutong.interop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * Passes SAX events on and keeps the XPath of the current element ({@code
 * /ClinicalDocument/recordTarget/patientRole/id[2]}: local names, a position only after the first
 * sibling of the same name), so that a schema error raised by the validator downstream can name
 * where it is. Also stops documents nested deeper than {@link SafeXml#MAX_DEPTH}.
 */
final class PathTracker implements ContentHandler {
  private final ContentHandler next;
  private final List<String> names = new ArrayList<>();
  /** Sibling counts per open element; maps are reused by depth, cleared when an element opens. */
  private final List<Map<String, Integer>> counters = new ArrayList<>();
  private int depth;
  private final StringBuilder path = new StringBuilder();
  private final List<Integer> lengths = new ArrayList<>();
  private String rootNamespace;
  private String rootName;

  PathTracker(ContentHandler next) {
    this.next = next;
    counters.add(new HashMap<>());
  }

  private Map<String, Integer> countersAt(int d) {
    while (counters.size() <= d) {
      counters.add(new HashMap<>());
    }
    return counters.get(d);
  }

  /** The path of the element being read (its start tag seen, its end tag not yet). */
  String current() {
    return path.length() == 0 ? "/" : path.toString();
  }

  String rootNamespace() {
    return rootNamespace;
  }

  String rootName() {
    return rootName;
  }

  @Override
  public void setDocumentLocator(Locator locator) {
    next.setDocumentLocator(locator);
  }

  @Override
  public void startDocument() throws SAXException {
    next.startDocument();
  }

  @Override
  public void endDocument() throws SAXException {
    next.endDocument();
  }

  @Override
  public void startPrefixMapping(String prefix, String uri) throws SAXException {
    next.startPrefixMapping(prefix, uri);
  }

  @Override
  public void endPrefixMapping(String prefix) throws SAXException {
    next.endPrefixMapping(prefix);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    if (names.size() >= SafeXml.MAX_DEPTH) {
      throw new SafeXml.TooDeepException();
    }
    if (names.isEmpty()) {
      rootNamespace = uri;
      rootName = localName;
    }
    Map<String, Integer> siblings = countersAt(depth);
    int n = siblings.merge(localName, 1, Integer::sum);
    lengths.add(path.length());
    path.append('/').append(localName);
    if (n > 1) {
      path.append('[').append(n).append(']');
    }
    names.add(localName);
    depth++;
    countersAt(depth).clear();
    next.startElement(uri, localName, qName, atts);
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    next.endElement(uri, localName, qName);
    names.remove(names.size() - 1);
    depth--;
    path.setLength(lengths.remove(lengths.size() - 1));
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    next.characters(ch, start, length);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    next.ignorableWhitespace(ch, start, length);
  }

  @Override
  public void processingInstruction(String target, String data) throws SAXException {
    next.processingInstruction(target, data);
  }

  @Override
  public void skippedEntity(String name) throws SAXException {
    next.skippedEntity(name);
  }
}
