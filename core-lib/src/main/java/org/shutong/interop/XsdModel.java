package org.shutong.interop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A read-only model of the XSD subset the bundled (XMLSpy-generated, "Russian doll") schemas
 * use: nested anonymous element declarations, sequences and choices, attributes, simple types
 * restricting built-in types with enumeration, pattern and length facets, simple content, and named
 * complex types (the HL7 v3 data types the service schemas define for {@code xsi:type}). The
 * generators walk it to write instances that the same XSDs accept. It is not a schema validator;
 * validation is done by the JDK's XSD 1.0 validator.
 */
final class XsdModel {
  static final String XS = "http://www.w3.org/2001/XMLSchema";
  static final int UNBOUNDED = -1;

  /** An element declaration. */
  record Decl(String name, int min, int max, String doc, Type type) {}

  /** The type of an element. */
  sealed interface Type permits Simple, Complex {}

  /**
   * A simple type: a built-in base restricted by facets.
   *
   * @param base the built-in base type's local name, e.g. {@code string}, {@code byte}
   * @param enums enumeration values, empty if none
   * @param patterns patterns (XSD regular expressions, implicitly anchored; any one may match)
   */
  record Simple(
      String base,
      List<String> enums,
      List<Pattern> patterns,
      Integer minLength,
      Integer maxLength,
      Integer length,
      String minInclusive,
      String maxInclusive,
      String minExclusive,
      String maxExclusive)
      implements Type {
    static final Simple STRING = new Simple("string", List.of(), List.of(), null, null, null, null, null, null, null);

    static Simple builtin(String base) {
      return new Simple(base, List.of(), List.of(), null, null, null, null, null, null, null);
    }

    /** Whether {@code v} satisfies the facets this model checks (pattern, length, enumeration). */
    boolean accepts(String v) {
      if (!enums.isEmpty() && !enums.contains(v)) {
        return false;
      }
      int n = v.codePointCount(0, v.length());
      if (length != null && n != length) {
        return false;
      }
      if (minLength != null && n < minLength) {
        return false;
      }
      if (maxLength != null && n > maxLength) {
        return false;
      }
      // patterns of one restriction step are alternatives (XSD 1.0 Part 2, 4.3.4.3)
      if (!patterns.isEmpty() && patterns.stream().noneMatch(p -> p.matcher(v).matches())) {
        return false;
      }
      return baseAccepts(v);
    }

    private boolean baseAccepts(String v) {
      try {
        switch (base) {
          case "byte" -> checkRange(Long.parseLong(v), -128, 127);
          case "short" -> checkRange(Long.parseLong(v), -32768, 32767);
          case "int" -> checkRange(Long.parseLong(v), Integer.MIN_VALUE, Integer.MAX_VALUE);
          case "long", "integer" -> Long.parseLong(v);
          case "positiveInteger" -> checkRange(Long.parseLong(v), 1, Long.MAX_VALUE);
          case "nonNegativeInteger" -> checkRange(Long.parseLong(v), 0, Long.MAX_VALUE);
          case "float", "decimal", "double" -> Double.parseDouble(v);
          case "boolean" -> {
            if (!List.of("true", "false", "1", "0").contains(v)) {
              return false;
            }
          }
          default -> {
            // string and friends: anything
          }
        }
      } catch (IllegalArgumentException e) {
        return false;
      }
      if (minInclusive != null && Double.parseDouble(v) < Double.parseDouble(minInclusive)) {
        return false;
      }
      if (minExclusive != null && Double.parseDouble(v) <= Double.parseDouble(minExclusive)) {
        return false;
      }
      if (maxExclusive != null && Double.parseDouble(v) >= Double.parseDouble(maxExclusive)) {
        return false;
      }
      return maxInclusive == null || Double.parseDouble(v) <= Double.parseDouble(maxInclusive);
    }

    private static void checkRange(long v, long lo, long hi) {
      if (v < lo || v > hi) {
        throw new IllegalArgumentException("out of range");
      }
    }
  }

  /**
   * A complex type.
   *
   * @param name the type name for named types, else {@code null}
   * @param any an element declared without a type (xs:anyType): any content, any attributes
   * @param mixed whether text may appear between child elements
   * @param attributes declared attributes
   * @param content the content model, or {@code null} if none
   * @param text the simple type of simple content, or {@code null} if not simple content
   */
  record Complex(
      String name,
      boolean any,
      boolean mixed,
      List<Attr> attributes,
      Group content,
      Simple text)
      implements Type {
    static final Complex ANY = new Complex(null, true, true, List.of(), null, null);
  }

  /** An attribute declaration. */
  record Attr(String name, boolean required, String fixed, Simple type) {}

  /** A particle of a content model. */
  sealed interface Particle permits Group, Child {}

  /** A sequence or choice. */
  record Group(boolean choice, int min, int max, List<Particle> particles) implements Particle {}

  /** An element particle. */
  record Child(Decl decl) implements Particle {}

  private final Decl root;
  private final Map<String, Complex> namedTypes;

  private XsdModel(Decl root, Map<String, Complex> namedTypes) {
    this.root = root;
    this.namedTypes = namedTypes;
  }

  /** The (first) global element: the document or message root. */
  Decl root() {
    return root;
  }

  /** A named complex type (an HL7 v3 data type used with {@code xsi:type}), or {@code null}. */
  Complex namedType(String name) {
    return namedTypes.get(name);
  }

  /** Parses a bundled XSD. */
  static XsdModel parse(InputStream in, String name) {
    Document d;
    try {
      d = SafeXml.parseDom(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SAXException e) {
      throw new IllegalStateException("bundled schema " + name + " does not parse", e);
    }
    Element schema = d.getDocumentElement();
    Decl root = null;
    Map<String, Complex> named = new HashMap<>();
    for (Element e : children(schema)) {
      if (e.getLocalName().equals("element") && root == null) {
        root = decl(e);
      } else if (e.getLocalName().equals("complexType")) {
        named.put(e.getAttribute("name"), complex(e, e.getAttribute("name")));
      }
    }
    if (root == null) {
      throw new IllegalStateException("bundled schema " + name + " declares no element");
    }
    return new XsdModel(root, Map.copyOf(named));
  }

  private static Decl decl(Element e) {
    int min = occurs(e.getAttribute("minOccurs"));
    int max = occurs(e.getAttribute("maxOccurs"));
    StringBuilder doc = new StringBuilder();
    Type type = null;
    for (Element c : children(e)) {
      switch (c.getLocalName()) {
        case "annotation" -> {
          for (Element dd : children(c)) {
            if (dd.getLocalName().equals("documentation")) {
              doc.append(dd.getTextContent().trim()).append(' ');
            }
          }
        }
        case "complexType" -> type = complex(c, null);
        case "simpleType" -> type = simple(c);
        default -> {
          // unique/key constraints are not used by the bundled schemas
        }
      }
    }
    if (type == null) {
      String t = e.getAttribute("type");
      type = t.isEmpty() ? Complex.ANY : Simple.builtin(local(t));
    }
    return new Decl(e.getAttribute("name"), min, max, doc.toString().trim(), type);
  }

  private static int occurs(String v) {
    if (v.isEmpty()) {
      return 1;
    }
    return v.equals("unbounded") ? UNBOUNDED : Integer.parseInt(v);
  }

  private static Complex complex(Element ct, String name) {
    boolean mixed = "true".equals(ct.getAttribute("mixed"));
    List<Attr> attrs = new ArrayList<>();
    Group content = null;
    Simple text = null;
    for (Element c : children(ct)) {
      switch (c.getLocalName()) {
        case "sequence", "choice" -> content = group(c);
        case "attribute" -> attrs.add(attr(c));
        case "simpleContent" -> {
          for (Element ext : children(c)) {
            text = Simple.builtin(local(ext.getAttribute("base")));
            for (Element a : children(ext)) {
              if (a.getLocalName().equals("attribute")) {
                attrs.add(attr(a));
              }
            }
          }
        }
        case "complexContent" ->
            throw new IllegalStateException("complexContent is not used by the bundled schemas");
        default -> {
          // annotation, anyAttribute
        }
      }
    }
    return new Complex(name, false, mixed, List.copyOf(attrs), content, text);
  }

  private static Group group(Element g) {
    List<Particle> ps = new ArrayList<>();
    for (Element c : children(g)) {
      switch (c.getLocalName()) {
        case "element" -> ps.add(new Child(decl(c)));
        case "sequence", "choice" -> ps.add(group(c));
        default -> {
          // annotation
        }
      }
    }
    return new Group(
        g.getLocalName().equals("choice"),
        occurs(g.getAttribute("minOccurs")),
        occurs(g.getAttribute("maxOccurs")),
        List.copyOf(ps));
  }

  private static Attr attr(Element a) {
    Simple type = null;
    for (Element c : children(a)) {
      if (c.getLocalName().equals("simpleType")) {
        type = simple(c);
      }
    }
    if (type == null) {
      String t = a.getAttribute("type");
      type = t.isEmpty() ? Simple.STRING : Simple.builtin(local(t));
    }
    String fixed = a.hasAttribute("fixed") ? a.getAttribute("fixed") : null;
    return new Attr(a.getAttribute("name"), "required".equals(a.getAttribute("use")), fixed, type);
  }

  private static Simple simple(Element st) {
    for (Element r : children(st)) {
      if (!r.getLocalName().equals("restriction")) {
        continue;
      }
      List<String> enums = new ArrayList<>();
      List<Pattern> patterns = new ArrayList<>();
      Integer minLength = null;
      Integer maxLength = null;
      Integer length = null;
      String minInclusive = null;
      String maxInclusive = null;
      String minExclusive = null;
      String maxExclusive = null;
      for (Element f : children(r)) {
        String v = f.getAttribute("value");
        switch (f.getLocalName()) {
          case "enumeration" -> enums.add(v);
          case "pattern" -> patterns.add(Pattern.compile(v));
          case "minLength" -> minLength = Integer.valueOf(v);
          case "maxLength" -> maxLength = Integer.valueOf(v);
          case "length" -> length = Integer.valueOf(v);
          case "minInclusive" -> minInclusive = v;
          case "maxInclusive" -> maxInclusive = v;
          case "minExclusive" -> minExclusive = v;
          case "maxExclusive" -> maxExclusive = v;
          default -> {
            // whiteSpace, totalDigits, fractionDigits: generators write plain values that satisfy them
          }
        }
      }
      return new Simple(
          local(r.getAttribute("base")),
          List.copyOf(enums),
          List.copyOf(patterns),
          minLength,
          maxLength,
          length,
          minInclusive,
          maxInclusive,
          minExclusive,
          maxExclusive);
    }
    return Simple.STRING;
  }

  private static String local(String qname) {
    int i = qname.indexOf(':');
    return i < 0 ? qname : qname.substring(i + 1);
  }

  private static List<Element> children(Element e) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element el && XS.equals(el.getNamespaceURI())) {
        out.add(el);
      }
    }
    return out;
  }
}
