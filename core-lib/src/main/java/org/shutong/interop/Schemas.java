package org.shutong.interop;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;

/**
 * The bundled XSDs compiled once (JDK XSD 1.0 validator) and kept for the life of the JVM. CDA
 * schemas are compiled together with the data types of {@code hl7-datatypes-lax.xsd} they do not
 * define themselves, so that any {@code xsi:type} of HL7 V3 on an untyped element resolves;
 * service schemas are compiled as they are. Includes resolve only to
 * bundled files; nothing is fetched.
 */
final class Schemas {
  private static final String BASE = "shutong:/schemas/";
  private static final ConcurrentHashMap<String, Schema> CACHE = new ConcurrentHashMap<>();

  private Schemas() {}

  /** The schema of a WS/T 500 document type ({@code C0001}…), or {@code null} if none is bundled. */
  static Schema cda(String docCode) {
    if (docCode == null || !Resources.exists("schemas/cda/" + docCode + ".xsd")) {
      return null;
    }
    return CACHE.computeIfAbsent("cda:" + docCode, k -> compileCda(docCode));
  }

  /** The request schema of an HL7 v3 service ({@code PatientInfoRegister}…), or {@code null}. */
  static Schema service(String serviceCode) {
    if (serviceCode == null || !Resources.exists("schemas/services/" + serviceCode + ".xsd")) {
      return null;
    }
    return CACHE.computeIfAbsent("svc:" + serviceCode, k -> compile(
        new StreamSource(Resources.open("schemas/services/" + serviceCode + ".xsd"),
            BASE + "services/" + serviceCode + ".xsd")));
  }

  /**
   * The document's XSD plus a lax definition of every HL7 V3 data type name (from {@code
   * hl7-datatypes-lax.xsd}) that the XSD does not define itself; the XSD's own definitions (most
   * define CD, ST, PQ, TS …) are kept.
   */
  private static Schema compileCda(String docCode) {
    Set<String> own = globalTypeNames(Resources.bytes("schemas/cda/" + docCode + ".xsd"));
    StringBuilder wrapper = new StringBuilder(
        "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='urn:hl7-org:v3'"
            + " elementFormDefault='qualified'>"
            + "<xs:include schemaLocation='cda/" + docCode + ".xsd'/>");
    for (Map.Entry<String, String> lax : LAX.entrySet()) {
      if (!own.contains(lax.getKey())) {
        wrapper.append(lax.getValue());
      }
    }
    wrapper.append("</xs:schema>");
    Reader r = new StringReader(wrapper.toString());
    return compile(new StreamSource(r, BASE + "wrapper-" + docCode + ".xsd"));
  }

  /** The lax data type definitions by name, from {@code hl7-datatypes-lax.xsd}. */
  private static final Map<String, String> LAX = laxTypes();

  private static Map<String, String> laxTypes() {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = Pattern.compile("<xs:complexType name=\"([A-Z_]+)\".*?</xs:complexType>")
        .matcher(Resources.text("schemas/hl7-datatypes-lax.xsd"));
    while (m.find()) {
      out.put(m.group(1), m.group());
    }
    return out;
  }

  private static Set<String> globalTypeNames(byte[] xsd) {
    Set<String> names = new HashSet<>();
    try {
      Document d = SafeXml.parseDom(xsd);
      for (Node n = d.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e && (e.getLocalName().equals("complexType") || e.getLocalName().equals("simpleType"))) {
          names.add(e.getAttribute("name"));
        }
      }
    } catch (IOException | SAXException e) {
      throw new IllegalStateException("bundled schema does not parse", e);
    }
    return names;
  }

  private static Schema compile(StreamSource source) {
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      // The resolver below serves every include from the bundle and refuses anything else.
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "all");
      f.setResourceResolver(new BundleResolver());
      return f.newSchema(source);
    } catch (SAXException e) {
      throw new IllegalStateException("bundled schema " + source.getSystemId() + " does not compile: " + e.getMessage(), e);
    }
  }

  /** A new validator handler for {@code schema}, reporting to {@code errors} in {@code locale}. */
  static ValidatorHandler handler(Schema schema, ErrorHandler errors, Locale locale) {
    ValidatorHandler h = schema.newValidatorHandler();
    h.setErrorHandler(errors);
    locale(h, locale);
    return h;
  }

  /** Sets the language of the handler's messages. */
  static void locale(ValidatorHandler h, Locale locale) {
    try {
      h.setProperty("http://apache.org/xml/properties/locale", locale);
    } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
      // messages stay in the JVM's default language
    }
  }

  /** Serves {@code shutong:/schemas/...} from the bundle; anything else is refused. */
  private static final class BundleResolver implements LSResourceResolver {
    @Override
    public LSInput resolveResource(
        String type, String namespaceUri, String publicId, String systemId, String baseUri) {
      String resolved = resolve(systemId, baseUri);
      if (resolved == null || !resolved.startsWith(BASE)) {
        throw new IllegalStateException("schema include outside the bundle refused: " + systemId);
      }
      String name = "schemas/" + resolved.substring(BASE.length());
      return new Input(resolved, Resources.bytes(name));
    }

    private static String resolve(String systemId, String baseUri) {
      if (systemId == null) {
        return null;
      }
      if (systemId.startsWith(BASE)) {
        return systemId;
      }
      if (systemId.contains(":") || baseUri == null) {
        return null;
      }
      String dir = baseUri.substring(0, baseUri.lastIndexOf('/') + 1);
      String path = dir + systemId;
      // normalise "a/../b"
      while (path.contains("/../")) {
        int i = path.indexOf("/../");
        int j = path.lastIndexOf('/', i - 1);
        if (j < BASE.length() - 1) {
          return null;
        }
        path = path.substring(0, j) + path.substring(i + 3);
      }
      return path;
    }
  }

  /** A resolved bundled file. */
  private static final class Input implements LSInput {
    private final String systemId;
    private final byte[] bytes;

    Input(String systemId, byte[] bytes) {
      this.systemId = systemId;
      this.bytes = bytes;
    }

    @Override
    public Reader getCharacterStream() {
      return null;
    }

    @Override
    public void setCharacterStream(Reader characterStream) {}

    @Override
    public InputStream getByteStream() {
      return new ByteArrayInputStream(bytes);
    }

    @Override
    public void setByteStream(InputStream byteStream) {}

    @Override
    public String getStringData() {
      return null;
    }

    @Override
    public void setStringData(String stringData) {}

    @Override
    public String getSystemId() {
      return systemId;
    }

    @Override
    public void setSystemId(String systemId) {}

    @Override
    public String getPublicId() {
      return null;
    }

    @Override
    public void setPublicId(String publicId) {}

    @Override
    public String getBaseURI() {
      return null;
    }

    @Override
    public void setBaseURI(String baseUri) {}

    @Override
    public String getEncoding() {
      return null;
    }

    @Override
    public void setEncoding(String encoding) {}

    @Override
    public boolean getCertifiedText() {
      return false;
    }

    @Override
    public void setCertifiedText(boolean certifiedText) {}
  }
}
