package org.shutong.interop;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import net.sf.saxon.s9api.BuildingContentHandler;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One pass over an XML input: safe SAX parsing ({@link SafeXml}), the XPath of the current
 * element ({@link PathTracker}), XSD validation in the stream when a schema is given, and a Saxon
 * tree with line numbers for the rule layers. Problems are reported to a listener with their kind,
 * line, column and path; a fatal one ends the pass without a tree.
 */
final class XmlPipeline {
  /** What went wrong. */
  enum Problem {
    MALFORMED,
    DOCTYPE,
    DEPTH,
    LIMIT,
    SCHEMA_ERROR,
    SCHEMA_WARNING
  }

  /** Receives problems. */
  interface Listener {
    /**
     * Called once per problem.
     *
     * @param key for schema problems the XSD constraint name ({@code cvc-complex-type.2.4.a}),
     *     else {@code null}
     * @param message the parser's or validator's message, one line, without the key
     */
    void problem(Problem kind, String key, String message, long line, long column, String path);
  }

  /** The tree (null after a fatal problem) and the root element's name. */
  record Result(XdmNode doc, String rootNs, String rootName) {}

  /** The root element and, if among its first children, {@code code/@code} (HL7 namespace). */
  record Head(String rootNs, String rootName, String code) {}

  private XmlPipeline() {}

  /**
   * A reader per thread, reused: creating a SAX parser costs more than parsing a small document.
   * Its handlers are set anew for each use.
   */
  private static final ThreadLocal<java.util.Map<Locale, XMLReader>> READERS =
      ThreadLocal.withInitial(java.util.HashMap::new);

  /**
   * Validator handlers per thread, language and schema, reused the same way (a schema is never
   * released). Setting a property on a handler reconfigures it, so the language is fixed at creation.
   */
  private static final ThreadLocal<java.util.Map<Locale, java.util.Map<Schema, ValidatorHandler>>> VALIDATORS =
      ThreadLocal.withInitial(java.util.HashMap::new);

  /** This thread's reader for messages in {@code locale}; set its handlers before each use. */
  static XMLReader reader(Locale locale) {
    return READERS.get().computeIfAbsent(locale, l -> {
      XMLReader r = SafeXml.newReader(null);
      try {
        r.setProperty("http://apache.org/xml/properties/locale", l);
      } catch (SAXException e) {
        // parser messages stay in the JVM's default language
      }
      return r;
    });
  }

  private static final class Stop extends SAXException {
    private static final long serialVersionUID = 1L;
  }

  /** Reads only the head of a document: cheap, and never fails (problems come from the full pass). */
  static Head sniff(byte[] xml) {
    String[] found = new String[3];
    DefaultHandler h =
        new DefaultHandler() {
          int depth;
          int children;

          @Override
          public void startElement(String uri, String local, String q, Attributes a) throws SAXException {
            depth++;
            if (depth == 1) {
              found[0] = uri;
              found[1] = local;
            } else if (depth == 2) {
              children++;
              if (local.equals("code") && XPathRules.HL7.equals(uri)) {
                found[2] = a.getValue("code");
                throw new Stop();
              }
              if (children > 32) {
                throw new Stop();
              }
            }
          }

          @Override
          public void endElement(String uri, String local, String q) {
            depth--;
          }
        };
    try {
      XMLReader r = reader(Locale.ROOT);
      r.setContentHandler(h);
      r.setErrorHandler(h);
      r.parse(new InputSource(new ByteArrayInputStream(xml)));
    } catch (SAXException | IOException | RuntimeException e) {
      // Stop, or a problem the full pass reports with its place
    }
    String code = found[2] == null ? null : found[2].trim().toUpperCase(Locale.ROOT);
    return new Head(found[0], found[1], code);
  }

  /**
   * Parses {@code xml}, validating against {@code schema} if not null.
   *
   * @param maxSchemaProblems schema problems reported before the rest are only counted
   * @return the tree (or null after a fatal problem) and the number of schema problems in all
   */
  static Result parse(
      Processor processor, byte[] xml, Schema schema, Locale locale, int maxSchemaProblems, Listener listener) {
    return parse(processor, xml, schema, locale, maxSchemaProblems, false, listener);
  }

  /**
   * As {@link #parse(Processor, byte[], Schema, Locale, int, Listener)}; with {@code payloadOnly}
   * only the first element in {@code urn:hl7-org:v3} (the message inside a SOAP envelope) is
   * validated and built, and paths start at it. The result's tree is null if there is none.
   */
  static Result parse(Processor processor, byte[] xml, Schema schema, Locale locale, int maxSchemaProblems,
      boolean payloadOnly, Listener listener) {
    DocumentBuilder db = processor.newDocumentBuilder();
    db.setLineNumbering(true);
    BuildingContentHandler builder;
    try {
      builder = db.newBuildingContentHandler();
    } catch (SaxonApiException e) {
      throw new IllegalStateException(e);
    }
    PathTracker[] tracker = new PathTracker[1];
    int[] count = new int[1];
    ErrorHandler schemaErrors =
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {
            report(e, Problem.SCHEMA_WARNING);
          }

          @Override
          public void error(SAXParseException e) {
            report(e, Problem.SCHEMA_ERROR);
          }

          @Override
          public void fatalError(SAXParseException e) throws SAXException {
            throw e;
          }

          private void report(SAXParseException e, Problem kind) {
            count[0]++;
            if (count[0] > maxSchemaProblems) {
              return;
            }
            String msg = XPathRules.oneLine(e.getMessage());
            String key = schemaKey(msg);
            String detail = msg.startsWith(key + ":") ? msg.substring(key.length() + 1).trim() : msg;
            listener.problem(kind, key, detail, Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber()),
                tracker[0].current());
          }
        };
    ContentHandler downstream = builder;
    if (schema != null) {
      ValidatorHandler vh = VALIDATORS.get().computeIfAbsent(locale, l -> new java.util.IdentityHashMap<>())
          .computeIfAbsent(schema, s -> Schemas.handler(s, null, locale));
      vh.setErrorHandler(schemaErrors);
      vh.setContentHandler(builder);
      downstream = vh;
    }
    tracker[0] = new PathTracker(downstream);
    PayloadFilter payload = payloadOnly ? new PayloadFilter(tracker[0]) : null;
    XMLReader reader = reader(locale);
    reader.setContentHandler(payload != null ? payload : tracker[0]);
    reader.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {
            // parser warnings are not problems of the document
          }

          @Override
          public void error(SAXParseException e) throws SAXException {
            throw e;
          }

          @Override
          public void fatalError(SAXParseException e) throws SAXException {
            throw e;
          }
        });
    XdmNode doc = null;
    try {
      reader.parse(new InputSource(new ByteArrayInputStream(xml)));
      if (payload == null || payload.found()) {
        doc = builder.getDocumentNode();
      }
    } catch (SafeXml.DoctypeException e) {
      listener.problem(Problem.DOCTYPE, null, "DOCTYPE", 0, 0, "/");
    } catch (SafeXml.TooDeepException e) {
      listener.problem(Problem.DEPTH, null, "depth", 0, 0, tracker[0].current());
    } catch (SAXParseException e) {
      listener.problem(Problem.MALFORMED, null, XPathRules.oneLine(e.getMessage()),
          Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber()), tracker[0].current());
    } catch (SAXException | IOException | SaxonApiException e) {
      listener.problem(Problem.MALFORMED, null, XPathRules.oneLine(e.getMessage()), 0, 0, tracker[0].current());
    } catch (IllegalStateException | IllegalArgumentException e) {
      // a JAXP limit (entity size, attribute count) surfacing as a runtime exception
      listener.problem(Problem.LIMIT, null, XPathRules.oneLine(e.getMessage()), 0, 0, tracker[0].current());
    }
    if (count[0] > maxSchemaProblems) {
      listener.problem(Problem.SCHEMA_WARNING, "TRUNCATED", String.valueOf(count[0] - maxSchemaProblems), 0, 0, "/");
    }
    return new Result(doc, tracker[0].rootNamespace(), tracker[0].rootName());
  }

  private static final Pattern KEY = Pattern.compile("^(cvc-[A-Za-z0-9.-]+|[a-z]+-[a-z-]+\\.[0-9.a-z]+):");

  /** The XSD 1.0 constraint name a Xerces message starts with ({@code cvc-complex-type.2.4.a}). */
  static String schemaKey(String msg) {
    Matcher m = KEY.matcher(msg);
    return m.find() ? m.group(1) : "INVALID";
  }
}
