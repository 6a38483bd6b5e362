package org.shutong.interop;

import java.util.ArrayDeque;
import java.util.Deque;
import net.sf.saxon.s9api.Axis;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XdmSequenceIterator;

/**
 * XPaths of nodes for the {@code field} of findings, in the form {@link PathTracker} writes for
 * schema errors: local names from the root, a position after the first same-named sibling, an
 * attribute as {@code /@name}.
 */
final class NodePaths {
  private NodePaths() {}

  static String of(XdmNode node) {
    Deque<String> steps = new ArrayDeque<>();
    XdmNode n = node;
    while (n != null && n.getNodeKind() != XdmNodeKind.DOCUMENT) {
      switch (n.getNodeKind()) {
        case ATTRIBUTE -> steps.push("@" + n.getNodeName().getLocalName());
        case ELEMENT -> {
          String name = n.getNodeName().getLocalName();
          int pos = 1;
          XdmSequenceIterator<XdmNode> it = n.axisIterator(Axis.PRECEDING_SIBLING);
          while (it.hasNext()) {
            XdmItem s = it.next();
            if (s instanceof XdmNode sn
                && sn.getNodeKind() == XdmNodeKind.ELEMENT
                && sn.getNodeName().getLocalName().equals(name)) {
              pos++;
            }
          }
          steps.push(pos > 1 ? name + "[" + pos + "]" : name);
        }
        case TEXT -> steps.push("text()");
        default -> steps.push("node()");
      }
      n = n.getParent();
    }
    return "/" + String.join("/", steps);
  }

  /** The line of the node (its own, or its element's for attributes and text), or 0. */
  static long line(XdmNode node) {
    XdmNode n = node;
    if (n.getNodeKind() != XdmNodeKind.ELEMENT && n.getParent() != null) {
      n = n.getParent();
    }
    int l = n.getLineNumber();
    return l < 0 ? 0 : l;
  }
}
