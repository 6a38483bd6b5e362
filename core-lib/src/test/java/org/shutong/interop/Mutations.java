package org.shutong.interop;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** One-defect mutations of generated documents: the negative fixtures of the validator tests. */
final class Mutations {
  /**
   * A mutation: where it applies (an XPath with prefix h: for urn:hl7-org:v3), what it does to the
   * first node found, and the rule id that must flag it.
   */
  record Mutation(String name, String target, Consumer<Node> change, String expectedRule) {
    @Override
    public String toString() {
      return name;
    }
  }

  private Mutations() {}

  private static final DocumentBuilderFactory DBF = DocumentBuilderFactory.newDefaultInstance();
  private static final XPathFactory XPF = XPathFactory.newDefaultInstance();
  private static final TransformerFactory TF = TransformerFactory.newDefaultInstance();

  static {
    DBF.setNamespaceAware(true);
  }

  static Consumer<Node> setValue(String v) {
    return n -> n.setNodeValue(v);
  }

  static Consumer<Node> setText(String v) {
    return n -> n.setTextContent(v);
  }

  static final Consumer<Node> REMOVE = n -> n.getParentNode().removeChild(n);

  static List<Mutation> all() {
    return List.of(
        new Mutation("realm", "/h:ClinicalDocument/h:realmCode/@code", setValue("US"), "CDA-HDR-REALM"),
        new Mutation("typeId", "/h:ClinicalDocument/h:typeId/@extension", setValue("POCD_HD000040"), "CDA-HDR-TYPEID"),
        new Mutation("template", "/h:ClinicalDocument/h:templateId/@root", setValue("2.16.156.10011.2.1.1.99"),
            "CDA-HDR-TEMPLATE"),
        new Mutation("title", "/h:ClinicalDocument/h:title", setText("出院记录（错）"), "CDA-HDR-TITLE"),
        new Mutation("docId", "/h:ClinicalDocument/h:id/@root", setValue("2.16.156.10011.1.13"), "CDA-HDR-DOCID"),
        new Mutation("effectiveTime", "/h:ClinicalDocument/h:effectiveTime/@value", setValue("20230231093000"),
            "CDA-HDR-EFFECTIVETIME"),
        new Mutation("anyTime", "(//h:time/@value | //h:low/@value)[1]", setValue("20231340"), "CDA-HDR-TIME"),
        new Mutation("idOid", "//h:patientRole/h:id/@root", setValue("2.16.156.10011.1.999"), "CDA-HDR-OID"),
        new Mutation("idForm", "//h:patientRole/h:id/@root", setValue("2.16.156.10011.01.2"), "CDA-HDR-OID-FORM"),
        new Mutation("residentId", "//h:id[@root='2.16.156.10011.1.3']/@extension", setValue("1101051949123100"),
            "CDA-HDR-RESIDENT-ID"),
        new Mutation("recordTarget", "/h:ClinicalDocument/h:recordTarget", REMOVE, "CDA-HDR-PATIENT"),
        new Mutation("docCode", "/h:ClinicalDocument/h:code/@code", setValue("C0099"), "CDA-HDR-DOCCODE"),
        new Mutation("docCodeSystem", "/h:ClinicalDocument/h:code/@codeSystem", setValue("2.16.156.10011.2.5"),
            "CDA-HDR-DOCCODE-SYSTEM"),
        new Mutation("requiredElement", "/h:ClinicalDocument/h:languageCode", REMOVE, "CDA-XSD-cvc-complex-type.2.4.a"),
        new Mutation("enumeration", "//h:administrativeGenderCode/@code", setValue("5"), "CDA-XSD-cvc-enumeration-valid"),
        new Mutation("sectionMissing", "/h:ClinicalDocument/h:component/h:structuredBody/h:component[h:section/h:code/@code][1]",
            REMOVE, "CDA-BODY-SECTION-MISSING"),
        new Mutation("sectionUnknown",
            "/h:ClinicalDocument/h:component/h:structuredBody/h:component/h:section/h:code[@codeSystem='2.16.840.1.113883.6.1']/@code",
            setValue("8653-8"), "CDA-BODY-SECTION-UNKNOWN"),
        new Mutation("deFormat", "//h:observation/h:code[@codeSystem='2.16.156.10011.2.2.1']/@code",
            setValue("DE02.10.26.00"), "CDA-BODY-DE-FORMAT"),
        new Mutation("binding", "//h:administrativeGenderCode/@codeSystem", setValue("2.16.156.10011.2.3.3.5"),
            "CDA-VS-BINDING"),
        new Mutation("checkDigit", "//h:id[@root='2.16.156.10011.1.3']/@extension", setValue("110105194912310021"),
            "CDA-HDR-RESIDENT-ID"),
        new Mutation("display", "//h:administrativeGenderCode[@code='2']/@displayName", setValue("男性"),
            "CDA-VS-DISPLAY"),
        new Mutation("icdCode", "//h:procedure/h:code[@codeSystem='2.16.156.10011.2.3.3.12']/@code",
            setValue("99.9999x999"), "CDA-VS-CODE"),
        new Mutation("unknownSystem", "//h:procedure/h:code/@codeSystem", setValue("2.16.156.10011.2.3.3.99"),
            "CDA-VS-SYSTEM-UNKNOWN"));
  }

  static final NamespaceContext NS =
      new NamespaceContext() {
        @Override
        public String getNamespaceURI(String prefix) {
          return "h".equals(prefix) ? "urn:hl7-org:v3" : XMLConstants.NULL_NS_URI;
        }

        @Override
        public String getPrefix(String uri) {
          return null;
        }

        @Override
        public Iterator<String> getPrefixes(String uri) {
          return List.<String>of().iterator();
        }
      };

  /** The mutated document, or {@code null} if the mutation's target is not in it. */
  static String apply(String xml, Mutation m) {
    try {
      Document d = DBF.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
      XPath xp = XPF.newXPath();
      xp.setNamespaceContext(NS);
      NodeList nodes = (NodeList) xp.evaluate(m.target(), d, XPathConstants.NODESET);
      if (nodes.getLength() == 0) {
        return null;
      }
      Node n = nodes.item(0);
      if (n instanceof Attr a) {
        m.change().accept(a);
      } else if (n instanceof Element) {
        m.change().accept(n);
      }
      StringWriter w = new StringWriter();
      var t = TF.newTransformer();
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      t.transform(new DOMSource(d), new StreamResult(w));
      return w.toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
