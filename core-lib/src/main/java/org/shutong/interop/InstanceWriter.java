package org.shutong.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes an instance of an {@link XsdModel} that the same XSD accepts: every required element and
 * attribute, and the optional ones that carry meaning (so documents look like the standard's
 * examples), with values from {@link FillRules} where the schema leaves them open and values that
 * satisfy the schema's facets elsewhere. Subclasses decide repetitions and resolve {@code ${...}}
 * placeholders. Deterministic for a given seed. Not thread-safe: one writer per instance.
 */
abstract class InstanceWriter {
  static final String HL7 = "urn:hl7-org:v3";
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  /** Optional attributes written even without a fill rule. */
  private static final Set<String> OPTIONAL_ATTRS =
      Set.of("code", "codeSystem", "codeSystemName", "displayName", "root", "extension", "value", "unit",
          "classCode", "moodCode", "typeCode", "determinerCode", "use");

  protected final XsdModel model;
  protected final FillRules fill;
  protected final String scope;
  protected final Random random;
  protected final List<String> path = new ArrayList<>();
  private final StringBuilder out = new StringBuilder(1 << 15);
  private int seq;

  InstanceWriter(XsdModel model, String scope, long seed) {
    this.model = model;
    this.fill = FillRules.standard();
    this.scope = scope;
    this.random = new Random(seed);
  }

  /** The document. */
  final String write() {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    element(model.root(), 0, true);
    return out.toString();
  }

  /** How many times to write {@code d} (at least its minOccurs, at most its maxOccurs). */
  protected int occurrences(XsdModel.Decl d) {
    return Math.max(d.min(), 1);
  }

  /** Called before each occurrence of an element, with its 0-based index. */
  protected void enter(XsdModel.Decl d, int index) {}

  /** Called after each occurrence. */
  protected void leave(XsdModel.Decl d, int index) {}

  /** The option of a choice to write. */
  protected int choose(XsdModel.Group g) {
    for (int i = 0; i < g.particles().size(); i++) {
      if (g.particles().get(i) instanceof XsdModel.Child c && c.decl().name().equals("observation")) {
        return i;
      }
    }
    return 0;
  }

  /** The value of placeholder {@code name} (without {@code ${}}), or {@code null} if unknown. */
  protected abstract String placeholder(String name);

  /** Extra attributes of the root element (after the namespace declarations). */
  protected String rootAttributes() {
    return "";
  }

  /** A new identifier extension, unique within the instance. */
  protected final String nextSeq() {
    seq++;
    return String.format(Locale.ROOT, "SYN%06d", seq);
  }

  /** 32 hexadecimal digits from the seed. */
  protected final String uuid() {
    StringBuilder b = new StringBuilder(32);
    for (int i = 0; i < 32; i++) {
      b.append(Character.forDigit(random.nextInt(16), 16));
    }
    return b.toString();
  }

  private void element(XsdModel.Decl d, int depth, boolean root) {
    path.add(d.name());
    try {
      indent(depth);
      out.append('<').append(d.name());
      if (root) {
        out.append(" xmlns=\"").append(HL7).append("\" xmlns:xsi=\"").append(XSI).append('"');
        out.append(rootAttributes());
      }
      if (d.type() instanceof XsdModel.Simple s) {
        out.append('>');
        text(value("#text", s, null));
        out.append("</").append(d.name()).append(">\n");
      } else {
        complex(d, (XsdModel.Complex) d.type(), depth);
      }
    } finally {
      path.remove(path.size() - 1);
    }
  }

  private void complex(XsdModel.Decl d, XsdModel.Complex c, int depth) {
    XsdModel.Complex type = c;
    if (c.any()) {
      String xsiType = resolve(fill.lookup(scope, path, "#xsi:type"));
      XsdModel.Complex named = xsiType == null ? namedTypeFor(d.name()) : model.namedType(xsiType);
      if (named != null) {
        xsiType = named.name();
        type = named;
      }
      if (xsiType != null && !xsiType.isEmpty()) {
        out.append(" xsi:type=\"").append(esc(xsiType)).append('"');
      }
      if (named == null) {
        String t = resolve(fill.lookup(scope, path, "#text"));
        if (t == null || t.isEmpty()) {
          out.append("/>\n");
        } else {
          out.append('>');
          text(t);
          out.append("</").append(d.name()).append(">\n");
        }
        return;
      }
    }
    attributes(type.attributes());
    if (type.text() != null) {
      String rule = fill.lookup(scope, path, "#text");
      // simple content (attributes and text): no text unless a rule asks for it
      String t = rule == null && type.text().accepts("") ? "" : value("#text", type.text(), rule);
      if (t.isEmpty()) {
        out.append("/>\n");
      } else {
        out.append('>');
        text(t);
        out.append("</").append(d.name()).append(">\n");
      }
      return;
    }
    if (type.content() == null || type.content().particles().isEmpty()) {
      out.append("/>\n");
      return;
    }
    out.append(">\n");
    group(type.content(), depth + 1);
    indent(depth);
    out.append("</").append(d.name()).append(">\n");
  }

  private void group(XsdModel.Group g, int depth) {
    if (g.choice()) {
      particle(g.particles().get(choose(g)), depth);
    } else {
      for (XsdModel.Particle p : g.particles()) {
        particle(p, depth);
      }
    }
  }

  private void particle(XsdModel.Particle p, int depth) {
    if (p instanceof XsdModel.Group g) {
      group(g, depth);
      return;
    }
    XsdModel.Decl d = ((XsdModel.Child) p).decl();
    int n = occurrences(d);
    if (d.max() != XsdModel.UNBOUNDED) {
      n = Math.min(n, d.max());
    }
    for (int i = 0; i < n; i++) {
      enter(d, i);
      element(d, depth, false);
      leave(d, i);
    }
  }

  /**
   * The named type (one of those a service XSD declares for {@code xsi:type}) an untyped element
   * takes, chosen by the HL7 v3 data type its name implies; {@code null} if none or ambiguous.
   */
  private XsdModel.Complex namedTypeFor(String element) {
    List<String> suffixes =
        switch (element) {
          case "name" -> List.of("EN", "PN");
          case "telecom" -> List.of("TEL");
          case "addr" -> List.of("AD");
          case "effectiveTime", "time" -> List.of("IVL_TS", "TS");
          default -> List.of();
        };
    for (String suffix : suffixes) {
      XsdModel.Complex found = null;
      int count = 0;
      for (String prefix : List.of("", "LIST_", "DSET_", "BAG_")) {
        XsdModel.Complex t = model.namedType(prefix + suffix);
        if (t != null) {
          found = t;
          count++;
        }
      }
      if (count == 1) {
        return found;
      }
    }
    return null;
  }

  private void attributes(List<XsdModel.Attr> attrs) {
    String chosenCode = null;
    int codeIndex = -1;
    XsdModel.Attr codeAttr = null;
    for (XsdModel.Attr a : attrs) {
      if (a.name().equals("code") && !a.type().enums().isEmpty()) {
        codeAttr = a;
      }
    }
    if (codeAttr != null) {
      chosenCode = value("@code", codeAttr.type(), null);
      codeIndex = codeAttr.type().enums().indexOf(chosenCode);
    }
    for (XsdModel.Attr a : attrs) {
      String rule = fill.lookup(scope, path, "@" + a.name());
      if (!a.required() && a.fixed() == null && rule == null && !OPTIONAL_ATTRS.contains(a.name())) {
        continue;
      }
      if (rule != null && !a.required() && a.fixed() == null && !a.equals(codeAttr)
          && firstAccepted(rule, a.type()) == null
          && (resolve(rule.split("\\|\\|", -1)[0]) == null || a.name().equals("code"))) {
        // the rule has no value here (an uncoded section), or is a code this XSD cannot hold
        // (C0003 types procedure/code/@code as xs:byte, which no ICD-9-CM-3 code is; any other
        // value would be a wrong code): leave the optional attribute out
        continue;
      }
      String v;
      if (a.fixed() != null) {
        v = a.fixed();
      } else if (a.equals(codeAttr)) {
        v = chosenCode;
      } else if (codeIndex >= 0 && a.name().equals("displayName")
          && a.type().enums().size() == codeAttr.type().enums().size()) {
        v = a.type().enums().get(codeIndex);
      } else {
        v = value("@" + a.name(), a.type(), rule);
      }
      if (v == null || (v.isEmpty() && !a.required())) {
        continue;
      }
      out.append(' ').append(a.name()).append("=\"").append(esc(v)).append('"');
    }
  }

  /** A value for an attribute or text at the current path that {@code type} accepts. */
  /** The first of the rule's alternatives ({@code a||b}) that {@code type} accepts, or null. */
  private String firstAccepted(String rule, XsdModel.Simple type) {
    if (rule == null) {
      return null;
    }
    for (String alt : rule.split("\\|\\|", -1)) {
      String v = resolve(alt);
      if (v != null && type.accepts(v)) {
        return v;
      }
    }
    return null;
  }

  private String value(String attr, XsdModel.Simple type, String rule) {
    String template = rule != null ? rule : fill.lookup(scope, path, attr);
    String v = firstAccepted(template, type);
    if (v != null) {
      return v;
    }
    if (!type.enums().isEmpty()) {
      return type.enums().get(0);
    }
    for (String c : candidates(attr)) {
      if (type.accepts(c)) {
        return c;
      }
    }
    Integer len = type.length() != null ? type.length()
        : type.minLength() != null ? Integer.valueOf(Math.max(type.minLength(), 1)) : null;
    if (len != null) {
      StringBuilder b = new StringBuilder();
      while (b.length() < len) {
        b.append(random.nextInt(10));
      }
      if (type.accepts(b.toString())) {
        return b.toString();
      }
    }
    throw new IllegalStateException(
        "no value satisfies the schema at /" + String.join("/", path) + "/" + attr + " (" + type + ")");
  }

  private List<String> candidates(String attr) {
    String ts = placeholder("ts");
    String date = ts == null ? "20240315" : ts.substring(0, 8);
    List<String> c = new ArrayList<>();
    switch (attr) {
      case "@extension" -> c.add(nextSeq());
      case "@code", "@value" -> c.add("1");
      default -> c.add("示例");
    }
    c.addAll(List.of("1", "12", "示例"));
    if (ts != null) {
      c.add(ts);
    }
    c.addAll(List.of(date, "12.34", "1.0000", "0.00", "true", "active", uuid(), "00000000000000", ""));
    return c;
  }

  /** Expands {@code ${name}} placeholders; {@code null} stays {@code null}. */
  protected final String resolve(String template) {
    if (template == null || !template.contains("${")) {
      return template;
    }
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      int s = template.indexOf("${", i);
      if (s < 0) {
        b.append(template, i, template.length());
        break;
      }
      int e = template.indexOf('}', s);
      b.append(template, i, s);
      String name = template.substring(s + 2, e);
      String v = name.equals("seq") ? nextSeq() : name.equals("uuid") ? uuid() : placeholder(name);
      if (v == null) {
        return null;
      }
      b.append(v);
      i = e + 1;
    }
    return b.toString();
  }

  private void text(String t) {
    out.append(esc(t));
  }

  private void indent(int depth) {
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> b.append(ch);
      }
    }
    return b.toString();
  }
}
