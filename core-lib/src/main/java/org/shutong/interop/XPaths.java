package org.shutong.interop;

import java.util.IdentityHashMap;
import java.util.Map;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;

/**
 * XPath 3.1 expressions over HL7 v3 trees: unprefixed element names are in {@code urn:hl7-org:v3}.
 * Compile once; evaluate from any thread (selectors are kept per thread, as loading one builds a
 * dynamic context).
 */
final class XPaths {
  private final Processor processor;
  private final ThreadLocal<Map<XPathExecutable, XPathSelector>> selectors =
      ThreadLocal.withInitial(IdentityHashMap::new);

  XPaths(Processor processor) {
    this.processor = processor;
  }

  Processor processor() {
    return processor;
  }

  /**
   * Compiles {@code expr}.
   *
   * @throws IllegalArgumentException with Saxon's message if it does not compile
   */
  XPathExecutable compile(String expr) {
    XPathCompiler c = XPathRules.compiler(processor);
    try {
      return c.compile(expr);
    } catch (SaxonApiException e) {
      throw new IllegalArgumentException(XPathRules.oneLine(e.getMessage()), e);
    }
  }

  XdmValue evaluate(XPathExecutable x, XdmItem context) {
    XPathSelector s = selectors.get().computeIfAbsent(x, XPathExecutable::load);
    try {
      s.setContextItem(context);
      return s.evaluate();
    } catch (SaxonApiException e) {
      throw new IllegalArgumentException(XPathRules.oneLine(e.getMessage()), e);
    }
  }

  /** The string value of the first item, or {@code ""}. */
  String string(XPathExecutable x, XdmItem context) {
    XdmValue v = evaluate(x, context);
    return v.size() == 0 ? "" : v.itemAt(0).getStringValue().trim();
  }

  /** The first item if it is a node, else {@code null}. */
  XdmNode node(XPathExecutable x, XdmItem context) {
    XdmValue v = evaluate(x, context);
    return v.size() > 0 && v.itemAt(0) instanceof XdmNode n ? n : null;
  }
}
