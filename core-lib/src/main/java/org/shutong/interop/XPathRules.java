package org.shutong.interop;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import org.shutong.i18n.Lang;
import org.shutong.io.InputException;
import org.shutong.report.Severity;

/**
 * Rules as data: a YAML file of XPath assertions (the format is documented at the top of the
 * bundled {@code rules/header.yaml}), compiled once with Saxon-HE and evaluated on each document.
 */
final class XPathRules {
  static final String HL7 = "urn:hl7-org:v3";
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  /** One rule as written in the file. */
  record RuleDef(
      String id,
      String severity,
      String context,
      String test,
      String at,
      List<String> args,
      Map<String, String> message,
      String source,
      List<String> docTypes) {}

  /** A rule file. */
  record RuleFile(List<RuleDef> rules) {}

  /** A compiled rule. */
  record Rule(
      String id,
      Severity severity,
      XPathExecutable context,
      XPathExecutable test,
      XPathExecutable at,
      List<XPathExecutable> args,
      String messageZh,
      String messageEn,
      String source,
      Set<String> docTypes) {
    String message(Lang lang) {
      return lang == Lang.EN && messageEn != null ? messageEn : messageZh;
    }
  }

  /** Receives one failed assertion. */
  interface Sink {
    void fail(Rule rule, XdmNode at, List<String> args);
  }

  private final List<Rule> rules;

  private XPathRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  List<Rule> rules() {
    return rules;
  }

  static XPathCompiler compiler(Processor p) {
    XPathCompiler c = p.newXPathCompiler();
    c.setLanguageVersion("3.1");
    c.declareNamespace("", HL7);
    c.declareNamespace("hl7", HL7);
    c.declareNamespace("xsi", XSI);
    c.declareNamespace("st", Functions.NS);
    return c;
  }

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  /**
   * Reads and compiles rule files in order; a later rule with the id of an earlier one replaces
   * it.
   *
   * @throws InputException if a file does not parse or an expression does not compile
   */
  static XPathRules load(Processor p, List<NamedStream> files) {
    XPathCompiler c = compiler(p);
    Map<String, Rule> byId = new LinkedHashMap<>();
    for (NamedStream f : files) {
      RuleFile rf;
      try (InputStream in = f.open()) {
        rf = YAML.readValue(in, RuleFile.class);
      } catch (IOException e) {
        throw new InputException(f.name(), 0, 0, f.name() + ": " + oneLine(e.getMessage()), e);
      }
      if (rf == null || rf.rules() == null) {
        continue;
      }
      for (RuleDef d : rf.rules()) {
        Rule r = compile(c, d, f.name());
        byId.put(r.id(), r);
      }
    }
    return new XPathRules(new ArrayList<>(byId.values()));
  }

  private static Rule compile(XPathCompiler c, RuleDef d, String file) {
    String where = file + ": " + (d.id() == null ? "(rule without id)" : d.id());
    if (d.id() == null || d.context() == null || d.test() == null || d.message() == null
        || d.message().get("zh") == null) {
      throw new InputException(file, 0, 0, where + ": id, context, test and message.zh are required", null);
    }
    try {
      List<XPathExecutable> args = new ArrayList<>();
      if (d.args() != null) {
        for (String a : d.args()) {
          args.add(c.compile(a));
        }
      }
      return new Rule(
          d.id(),
          d.severity() == null ? Severity.ERROR : Severity.parse(d.severity()),
          c.compile(d.context()),
          c.compile(d.test()),
          d.at() == null ? null : c.compile(d.at()),
          List.copyOf(args),
          d.message().get("zh"),
          d.message().get("en"),
          d.source(),
          d.docTypes() == null ? Set.of() : Set.copyOf(d.docTypes()));
    } catch (SaxonApiException | IllegalArgumentException e) {
      throw new InputException(file, 0, 0, where + ": " + oneLine(e.getMessage()), e);
    }
  }

  /**
   * Loaded selectors per thread. {@link XPathExecutable#load()} builds a dynamic context (a
   * Saxon controller with its own error reporter) each time, which costs more than evaluating most
   * rules; a selector can be reused with a new context item.
   */
  private final ThreadLocal<Map<XPathExecutable, XPathSelector>> selectors =
      ThreadLocal.withInitial(java.util.IdentityHashMap::new);

  XPathSelector selector(XPathExecutable x) {
    return selectors.get().computeIfAbsent(x, XPathExecutable::load);
  }

  /** Evaluates every rule that applies to {@code docType} on {@code doc}. */
  void evaluate(XdmNode doc, String docType, Sink sink) throws SaxonApiException {
    for (Rule r : rules) {
      if (!r.docTypes().isEmpty() && !r.docTypes().contains(docType)) {
        continue;
      }
      XPathSelector ctx = selector(r.context());
      ctx.setContextItem(doc);
      XPathSelector t = selector(r.test());
      for (XdmItem item : ctx.evaluate()) {
        if (!(item instanceof XdmNode node)) {
          continue;
        }
        t.setContextItem(node);
        if (t.effectiveBooleanValue()) {
          continue;
        }
        XdmNode at = node;
        if (r.at() != null) {
          XPathSelector a = selector(r.at());
          a.setContextItem(node);
          XdmValue v = a.evaluate();
          if (v.size() > 0 && v.itemAt(0) instanceof XdmNode n) {
            at = n;
          }
        }
        List<String> args = new ArrayList<>();
        for (XPathExecutable x : r.args()) {
          XPathSelector a = selector(x);
          a.setContextItem(node);
          XdmValue v = a.evaluate();
          args.add(v.size() == 0 ? "" : v.itemAt(0).getStringValue());
        }
        sink.fail(r, at, args);
      }
    }
  }

  static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").trim();
  }

  /** A rule file: its name for messages and how to open it. */
  interface NamedStream {
    String name();

    InputStream open() throws IOException;
  }
}
