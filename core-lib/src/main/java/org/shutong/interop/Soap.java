package org.shutong.interop;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.shutong.i18n.Lang;

/**
 * The transports of the platform's interaction services: SOAP 1.1 and SOAP 1.2 envelopes (with the
 * HL7 v3 message directly in the Body, or inside an operation element such as {@code
 * HIPMessageServer(action, message)} that many platforms expose), or a plain HTTP POST of the
 * message. Wrapping is what a test plan sends; unwrapping accepts any of these forms, so the
 * reference platform serves them all and the runner reads any reply.
 */
final class Soap {
  static final String NS_SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
  static final String NS_SOAP12 = "http://www.w3.org/2003/05/soap-envelope";
  private static final Pattern INTERACTION = Pattern.compile("[A-Z]{4}_IN\\d{6}[A-Z]{2}\\d{0,2}");

  /** How a message travels. */
  enum Binding {
    SOAP11,
    SOAP12,
    POST;

    static Binding parse(String s) {
      return switch (s.trim().toLowerCase(Locale.ROOT).replace(".", "").replace(" ", "")) {
        case "soap11", "soap" -> SOAP11;
        case "soap12" -> SOAP12;
        case "post", "http", "plain" -> POST;
        default -> throw new IllegalArgumentException("unknown binding '" + s + "' (soap11|soap12|post)");
      };
    }

    String contentType(String action) {
      return switch (this) {
        case SOAP11 -> "text/xml; charset=utf-8";
        case SOAP12 -> "application/soap+xml; charset=utf-8" + (action == null ? "" : "; action=\"" + action + "\"");
        case POST -> "application/xml; charset=utf-8";
      };
    }

    String namespace() {
      return this == SOAP11 ? NS_SOAP11 : NS_SOAP12;
    }
  }

  /**
   * An operation element wrapping the message in the Body: {@code <name xmlns="namespace"><action
   * >code</action><message>escaped message</message></name>}.
   */
  record Operation(String name, String namespace, String actionElement, String messageElement) {}

  /** The body of a request. */
  static String wrap(String message, Binding binding, String action, Operation op) {
    String body = stripDeclaration(message);
    if (op != null) {
      body = "<" + op.name() + " xmlns=\"" + InstanceWriter.esc(op.namespace()) + "\">"
          + (op.actionElement() == null || action == null ? ""
              : "<" + op.actionElement() + ">" + InstanceWriter.esc(action) + "</" + op.actionElement() + ">")
          + "<" + op.messageElement() + ">" + escText(body) + "</" + op.messageElement() + ">"
          + "</" + op.name() + ">";
    }
    if (binding == Binding.POST) {
      return op == null ? message : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + body;
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<soap:Envelope xmlns:soap=\"" + binding.namespace() + "\"><soap:Header/><soap:Body>"
        + body + "</soap:Body></soap:Envelope>";
  }

  /** A reply in the form of the request: in an envelope, and in {@code <op>Response/<op>Result}. */
  static String wrapResponse(String message, Binding binding, Operation op) {
    String body = stripDeclaration(message);
    if (op != null) {
      body = "<" + op.name() + "Response xmlns=\"" + InstanceWriter.esc(op.namespace()) + "\"><" + op.name()
          + "Result>" + body + "</" + op.name() + "Result></" + op.name() + "Response>";
    }
    if (binding == Binding.POST) {
      return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + body;
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<soap:Envelope xmlns:soap=\"" + binding.namespace() + "\"><soap:Body>" + body
        + "</soap:Body></soap:Envelope>";
  }

  /** A SOAP fault ({@code sender}: the request was at fault). */
  static String fault(Binding binding, boolean sender, String reason) {
    String r = InstanceWriter.esc(reason);
    String ns = binding.namespace();
    String inner = binding == Binding.SOAP11
        ? "<faultcode>soap:" + (sender ? "Client" : "Server") + "</faultcode><faultstring xml:lang=\"zh\">" + r + "</faultstring>"
        : "<soap:Code><soap:Value>soap:" + (sender ? "Sender" : "Receiver") + "</soap:Value></soap:Code>"
            + "<soap:Reason><soap:Text xml:lang=\"zh\">" + r + "</soap:Text></soap:Reason>";
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soap:Envelope xmlns:soap=\"" + ns + "\"><soap:Body><soap:Fault>"
        + inner + "</soap:Fault></soap:Body></soap:Envelope>";
  }

  /**
   * What arrived.
   *
   * @param binding the form (POST for a bare message)
   * @param action the service code named by the envelope, operation or SOAP action, or null
   * @param message the HL7 v3 message, or null if none was found
   * @param fault the text of a SOAP fault, or null
   * @param operation the operation element wrapping the message, or null
   * @param problem why the body could not be read (not XML, DOCTYPE …), or null
   */
  @SuppressWarnings("ArrayRecordComponent") // internal carrier of one unwrapped body: never compared or hashed
  record Incoming(Binding binding, String action, byte[] message, String fault, Operation operation, String problem) {}

  /**
   * The result of a quick look at a body.
   *
   * @param binding the form
   * @param action the service code named by the SOAP action, or null
   * @param inlineRoot the root element of an HL7 v3 message that is the whole body (POST) or the
   *     Body's first element (SOAP), else null: then {@link #unwrap} must read the body
   */
  record Scan(Binding binding, String action, String inlineRoot) {}

  private static final class Done extends org.xml.sax.SAXException {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Reads only as far as the message element: cheap, for the common case of a message in the Body
   * (or posted bare), which is then checked in one pass with {@link MessageCheck}. Never throws.
   */
  static Scan scan(byte[] body, String contentType, String soapAction) {
    String action = actionOf(soapAction, contentType);
    String[] found = new String[2];
    org.xml.sax.helpers.DefaultHandler h = new org.xml.sax.helpers.DefaultHandler() {
      int depth;
      boolean inBody;

      @Override
      public void startElement(String uri, String local, String q, org.xml.sax.Attributes a)
          throws org.xml.sax.SAXException {
        depth++;
        if (depth == 1) {
          found[0] = uri;
          if (XPathRules.HL7.equals(uri) && INTERACTION.matcher(local).matches()) {
            found[1] = local;
          }
          if (!uri.equals(NS_SOAP11) && !uri.equals(NS_SOAP12)) {
            throw new Done();
          }
        } else if (depth == 2 && local.equals("Body") && uri.equals(found[0])) {
          inBody = true;
        } else if (depth == 3 && inBody) {
          if (XPathRules.HL7.equals(uri) && INTERACTION.matcher(local).matches()) {
            found[1] = local;
          }
          throw new Done();
        }
      }

      @Override
      public void endElement(String uri, String local, String q) {
        depth--;
      }
    };
    try {
      org.xml.sax.XMLReader r = XmlPipeline.reader(java.util.Locale.ROOT);
      r.setContentHandler(h);
      r.setErrorHandler(h);
      r.parse(new org.xml.sax.InputSource(new java.io.ByteArrayInputStream(body)));
    } catch (org.xml.sax.SAXException | java.io.IOException | RuntimeException e) {
      // Done, or a problem unwrap reports
    }
    Binding b = NS_SOAP11.equals(found[0]) ? Binding.SOAP11 : NS_SOAP12.equals(found[0]) ? Binding.SOAP12 : Binding.POST;
    return new Scan(b, action, found[1]);
  }

  /** Reads a request or reply body. Never throws for bad input: see {@link Incoming#problem()}. */
  static Incoming unwrap(Processor p, byte[] body, String contentType, String soapAction, Lang lang) {
    String headerAction = actionOf(soapAction, contentType);
    String[] problem = new String[1];
    XmlPipeline.Result r = XmlPipeline.parse(p, body, null, lang.locale(), 1,
        (kind, key, message, line, column, path) -> {
          if (problem[0] == null) {
            problem[0] = kind == XmlPipeline.Problem.DOCTYPE ? "DOCTYPE" : message + " (" + line + ":" + column + ")";
          }
        });
    if (r.doc() == null) {
      return new Incoming(Binding.POST, headerAction, null, null, null, problem[0]);
    }
    XdmNode root = firstElement(r.doc());
    String ns = root.getNodeName().getNamespace();
    if (!ns.equals(NS_SOAP11) && !ns.equals(NS_SOAP12)) {
      if (XPathRules.HL7.equals(ns) && INTERACTION.matcher(root.getNodeName().getLocalName()).matches()) {
        return new Incoming(Binding.POST, headerAction, body, null, null, null);
      }
      return fromOperation(p, Binding.POST, root, headerAction);
    }
    Binding binding = ns.equals(NS_SOAP11) ? Binding.SOAP11 : Binding.SOAP12;
    XdmNode soapBody = child(root, ns, "Body");
    if (soapBody == null) {
      return new Incoming(binding, headerAction, null, null, null, "no soap:Body");
    }
    XdmNode first = firstElement(soapBody);
    if (first == null) {
      return new Incoming(binding, headerAction, null, null, null, null);
    }
    if (first.getNodeName().getLocalName().equals("Fault") && ns.equals(first.getNodeName().getNamespace())) {
      String text = first.getStringValue().replaceAll("\\s+", " ").trim();
      return new Incoming(binding, headerAction, null, text.isEmpty() ? "Fault" : text, null, null);
    }
    if (XPathRules.HL7.equals(first.getNodeName().getNamespace())
        && INTERACTION.matcher(first.getNodeName().getLocalName()).matches()) {
      return new Incoming(binding, headerAction, serialize(p, first), null, null, null);
    }
    return fromOperation(p, binding, first, headerAction);
  }

  private static final java.util.Set<String> ACTION_NAMES =
      java.util.Set.of("action", "serviceCode", "servicecode", "service", "method", "methodName", "arg0");

  private static Incoming fromOperation(Processor p, Binding binding, XdmNode op, String headerAction) {
    String action = headerAction;
    byte[] message = null;
    XdmNode actionNode = null;
    for (XdmNode d : op.select(net.sf.saxon.s9api.streams.Steps.descendant()).toList()) {
      if (d.getNodeKind() != XdmNodeKind.ELEMENT) {
        continue;
      }
      String local = d.getNodeName().getLocalName();
      if (message == null && XPathRules.HL7.equals(d.getNodeName().getNamespace())
          && INTERACTION.matcher(local).matches()) {
        message = serialize(p, d);
      }
      if (actionNode == null && ACTION_NAMES.contains(local) && firstElement(d) == null) {
        actionNode = d;
      }
    }
    if (actionNode != null && !actionNode.getStringValue().isBlank()) {
      action = normalizeAction(actionNode.getStringValue());
    }
    if (message == null) {
      for (XdmNode d : op.select(net.sf.saxon.s9api.streams.Steps.descendant()).toList()) {
        if (d.getNodeKind() == XdmNodeKind.ELEMENT && firstElement(d) == null) {
          String t = d.getStringValue().trim();
          if (t.startsWith("<")) {
            message = t.getBytes(StandardCharsets.UTF_8);
            break;
          }
        }
      }
    }
    Operation operation = new Operation(op.getNodeName().getLocalName(), op.getNodeName().getNamespace(),
        actionNode == null ? null : actionNode.getNodeName().getLocalName(), "message");
    return new Incoming(binding, action, message, null, operation, null);
  }

  /** The service code named by a SOAPAction header or a SOAP 1.2 {@code action} parameter. */
  static String actionOf(String soapAction, String contentType) {
    if (soapAction != null && !soapAction.isBlank()) {
      return normalizeAction(soapAction);
    }
    if (contentType != null) {
      Matcher m = Pattern.compile("action\\s*=\\s*\"?([^\";]+)\"?").matcher(contentType);
      if (m.find()) {
        return normalizeAction(m.group(1));
      }
    }
    return null;
  }

  /** {@code "urn:hl7-org:v3/PatientInfoRegister"} → {@code PatientInfoRegister}. */
  static String normalizeAction(String a) {
    String s = a.trim().replace("\"", "");
    int i = Math.max(s.lastIndexOf('/'), Math.max(s.lastIndexOf('#'), s.lastIndexOf(':')));
    s = i >= 0 ? s.substring(i + 1) : s;
    return s.isEmpty() ? null : s;
  }

  static byte[] serialize(Processor p, XdmNode node) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Serializer s = p.newSerializer(out);
    s.setOutputProperty(Serializer.Property.OMIT_XML_DECLARATION, "yes");
    s.setOutputProperty(Serializer.Property.ENCODING, "UTF-8");
    try {
      s.serializeNode(node);
    } catch (SaxonApiException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  static XdmNode firstElement(XdmNode n) {
    for (XdmNode c : n.children()) {
      if (c.getNodeKind() == XdmNodeKind.ELEMENT) {
        return c;
      }
    }
    return null;
  }

  private static XdmNode child(XdmNode n, String ns, String local) {
    for (XdmNode c : n.children()) {
      if (c.getNodeKind() == XdmNodeKind.ELEMENT && c.getNodeName().getLocalName().equals(local)
          && ns.equals(c.getNodeName().getNamespace())) {
        return c;
      }
    }
    return null;
  }

  private static String stripDeclaration(String xml) {
    String s = xml.stripLeading();
    if (s.startsWith("\uFEFF")) {
      s = s.substring(1);
    }
    if (s.startsWith("<?xml")) {
      int end = s.indexOf("?>");
      s = s.substring(end + 2).stripLeading();
    }
    return s;
  }

  private static String escText(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Content type and headers for an outgoing request. */
  static Map<String, String> headers(Binding b, String action) {
    if (b == Binding.SOAP11) {
      return Map.of("Content-Type", b.contentType(null), "SOAPAction", "\"" + (action == null ? "" : action) + "\"");
    }
    return Map.of("Content-Type", b.contentType(action));
  }
}
