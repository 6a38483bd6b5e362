package org.shutong.interop;

import java.util.ArrayList;
import java.util.List;
import javax.xml.validation.Schema;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.report.Severity;

/**
 * Checks an HL7 v3 request message of an interaction service: well-formed and safely parsed, the
 * root element the service's XSD declares (its interaction id) in {@code urn:hl7-org:v3}, and valid
 * against that XSD. Used by the reference platform (to answer AE with the reasons) and by test
 * plans (the {@code schema} assertion).
 */
final class MessageCheck {
  /** One problem, with the XPath of the element being read. */
  record Issue(String ruleId, Severity severity, String message, String path, long line) {}

  /** The tree (null if the XML did not parse) and the problems. */
  record Result(XdmNode doc, String rootName, List<Issue> issues) {
    boolean ok() {
      return doc != null && issues.stream().noneMatch(i -> i.severity() == Severity.ERROR);
    }

    /** Error messages, at most {@code n}. */
    List<String> reasons(int n) {
      List<String> out = new ArrayList<>();
      for (Issue i : issues) {
        if (i.severity() == Severity.ERROR && out.size() < n) {
          out.add(i.path() == null || i.path().equals("/") ? i.message() : i.path() + ": " + i.message());
        }
      }
      return out;
    }
  }

  private MessageCheck() {}

  /**
   * Checks {@code xml} as a request of {@code service} (its XSD), or only as XML if {@code
   * service} is null or has no XSD.
   */
  static Result check(Processor p, byte[] xml, ServiceSpec service, Lang lang, int maxSchemaIssues) {
    return check(p, xml, null, service, lang, maxSchemaIssues);
  }

  /**
   * As {@link #check(Processor, byte[], ServiceSpec, Lang, int)}; if {@code payloadRoot} is not
   * null, {@code xml} is a SOAP envelope whose Body holds the message element of that name, and
   * only the message is checked (in the same pass that reads the envelope).
   */
  static Result check(Processor p, byte[] xml, String payloadRoot, ServiceSpec service, Lang lang, int maxSchemaIssues) {
    Messages m = Messages.of("org.shutong.interop.messages", lang);
    List<Issue> issues = new ArrayList<>();
    XmlPipeline.Head head = payloadRoot != null ? new XmlPipeline.Head(XPathRules.HL7, payloadRoot, null)
        : XmlPipeline.sniff(xml);
    boolean rootOk = service == null || !service.hasSchema()
        || (XPathRules.HL7.equals(head.rootNs()) && service.interaction().equals(head.rootName()));
    Schema schema = rootOk && service != null ? Schemas.service(service.code()) : null;
    XmlPipeline.Result r =
        XmlPipeline.parse(p, xml, schema, lang.locale(), maxSchemaIssues, payloadRoot != null,
            (kind, key, message, line, column, path) -> {
              switch (kind) {
                case DOCTYPE -> issues.add(new Issue("MSG-XML-DOCTYPE", Severity.ERROR, m.get("CDA-XML-DOCTYPE"), path, line));
                case DEPTH -> issues.add(new Issue("MSG-XML-DEPTH", Severity.ERROR,
                    m.get("CDA-XML-DEPTH", SafeXml.MAX_DEPTH), path, line));
                case LIMIT -> issues.add(new Issue("MSG-XML-LIMIT", Severity.ERROR, m.get("CDA-XML-LIMIT", message), path, line));
                case MALFORMED -> issues.add(new Issue("MSG-XML-MALFORMED", Severity.ERROR,
                    m.get("CDA-XML-MALFORMED", line, column, message), path, line));
                case SCHEMA_ERROR -> issues.add(new Issue("MSG-XSD-" + key, Severity.ERROR, m.get("MSG-XSD", message), path, line));
                case SCHEMA_WARNING -> {
                  if (!"TRUNCATED".equals(key)) {
                    issues.add(new Issue("MSG-XSD-" + key, Severity.WARNING, m.get("MSG-XSD", message), path, line));
                  }
                }
              }
            });
    if (r.doc() != null && !rootOk) {
      issues.add(new Issue("MSG-XML-ROOT", Severity.ERROR,
          m.get("MSG-XML-ROOT", service.code(), service.interaction(),
              r.rootNs() == null || r.rootNs().isEmpty() ? "-" : r.rootNs(), r.rootName()),
          "/" + r.rootName(), 1));
    }
    return new Result(r.doc(), r.rootName(), List.copyOf(issues));
  }
}
