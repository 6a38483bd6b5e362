package org.shutong.interop;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * XML parsers that cannot be turned against the machine: no external entities, no external DTD
 * or schema fetched, JAXP secure-processing limits on, and any DOCTYPE stopped before its internal
 * subset is read (so neither XXE nor an entity-expansion bomb gets a chance). WS/T 500 documents
 * and HL7 v3 messages never carry a DOCTYPE.
 */
final class SafeXml {
  /** Thrown from {@code startDTD}: the input has a DOCTYPE declaration. */
  static final class DoctypeException extends SAXException {
    private static final long serialVersionUID = 1L;

    DoctypeException() {
      super("DOCTYPE");
    }
  }

  /** Thrown when the input nests elements deeper than {@link #MAX_DEPTH}. */
  static final class TooDeepException extends SAXException {
    private static final long serialVersionUID = 1L;

    TooDeepException() {
      super("depth");
    }
  }

  /** Deepest element nesting accepted; real CDA documents stay well below 100. */
  static final int MAX_DEPTH = 512;

  private static final SAXParserFactory SAX = saxFactory();

  private SafeXml() {}

  private static SAXParserFactory saxFactory() {
    SAXParserFactory f = SAXParserFactory.newInstance();
    f.setNamespaceAware(true);
    f.setValidating(false);
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setXIncludeAware(false);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("XML parser lacks a required security feature", e);
    }
    return f;
  }

  /**
   * A new namespace-aware reader with the protections above; {@code lexical} (may be {@code null})
   * also receives comments. A DOCTYPE raises {@link DoctypeException}.
   */
  static XMLReader newReader(DefaultHandler2 lexical) {
    try {
      XMLReader r = SAX.newSAXParser().getXMLReader();
      r.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      r.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      DefaultHandler2 guard =
          new DefaultHandler2() {
            @Override
            public void startDTD(String name, String publicId, String systemId) throws SAXException {
              throw new DoctypeException();
            }

            @Override
            public void comment(char[] ch, int start, int length) throws SAXException {
              if (lexical != null) {
                lexical.comment(ch, start, length);
              }
            }
          };
      r.setProperty("http://xml.org/sax/properties/lexical-handler", guard);
      r.setEntityResolver(
          (publicId, systemId) -> {
            throw new DoctypeException();
          });
      return r;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("cannot create XML parser", e);
    }
  }

  /** Parses trusted, bundled XML (schemas, samples) into a DOM with the same protections. */
  static Document parseDom(InputStream in, String systemId) throws IOException, SAXException {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setExpandEntityReferences(false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(
          new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void warning(org.xml.sax.SAXParseException e) {
              // warnings on bundled files are not actionable
            }

            @Override
            public void error(org.xml.sax.SAXParseException e) throws SAXException {
              throw e;
            }
          });
      InputSource src = new InputSource(in);
      src.setSystemId(systemId);
      return b.parse(src);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("cannot create XML parser", e);
    }
  }

  /** Parses bytes into a DOM (see {@link #parseDom(InputStream, String)}). */
  static Document parseDom(byte[] bytes) throws IOException, SAXException {
    return parseDom(new ByteArrayInputStream(bytes), null);
  }
}
