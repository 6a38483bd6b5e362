package org.shutong.interop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.validation.Schema;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.InputException;
import org.shutong.report.Finding;
import org.shutong.report.FindingSink;
import org.shutong.report.Severity;

/**
 * Validates WS/T 500-2016 shared documents (CDA R2, Chinese realm) in five layers; the layer is
 * the second part of each rule id:
 *
 * <ol>
 *   <li>{@code CDA-XML-*}: well-formed XML, parsed safely (no DOCTYPE, no external entities, no
 *       network; size and depth limits), root {@code ClinicalDocument} in {@code urn:hl7-org:v3};
 *   <li>{@code CDA-XSD-*}: the document type's XSD (from {@code code/@code} or a forced type),
 *       compiled once per JVM; each error with the XPath of the element being read;
 *   <li>{@code CDA-HDR-*}: header rules ({@code rules/header.yaml}): realm, typeId, document code
 *       ↔ templateId ↔ title against the 53-document table, id OIDs, time values, the patient's
 *       公民身份号码;
 *   <li>{@code CDA-BODY-*}: the sections each document type contains ({@code
 *       rules/body-sections.tsv}) and data-element codes;
 *   <li>{@code CDA-VS-*}: code-system bindings ({@code rules/bindings.tsv}), known OIDs, and codes
 *       against the national tables through {@link ValueSets}.
 * </ol>
 *
 * <p>Each finding names the XPath of the problem in {@code field}, the line in {@code line}, and
 * uses record 1 (a file is one document). Immutable and thread-safe; build once and reuse.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CdaValidator {
  /** Default largest document accepted: 64 MiB. */
  public static final long DEFAULT_MAX_BYTES = 64L << 20;

  /** Default number of schema findings reported per document before the rest are summarised. */
  public static final int DEFAULT_MAX_SCHEMA_FINDINGS = 100;

  private static final String BUNDLE = "org.shutong.interop.messages";
  private static final Pattern DE_CODE = Pattern.compile("DE\\d{2}\\.\\d{2}\\.\\d{3}\\.\\d{2}");
  private static final String LOINC = "2.16.840.1.113883.6.1";
  private static final String DE_SYSTEM = "2.16.156.10011.2.2.1";

  private final Lang lang;
  private final Messages messages;
  private final Catalog catalog;
  private final ValueSets valueSets;
  private final ResidentIdCheck ids;
  private final long maxBytes;
  private final int maxSchemaFindings;
  private final Processor processor;
  private final XPathRules headerRules;
  private final XPathExecutable sectionsX;
  private final XPathExecutable bodyX;
  private final XPathExecutable codedX;
  private final XPathExecutable deCodesX;

  private CdaValidator(Builder b) {
    this.lang = b.lang;
    this.messages = Messages.of(BUNDLE, b.lang);
    this.catalog = Catalog.standard();
    this.valueSets = b.valueSets;
    this.ids = b.ids;
    this.maxBytes = b.maxBytes;
    this.maxSchemaFindings = b.maxSchemaFindings;
    this.processor = new Processor(false);
    Functions.register(processor, catalog, ids);
    List<XPathRules.NamedStream> files = new ArrayList<>();
    files.add(bundled("rules/header.yaml"));
    for (Path p : b.ruleFiles) {
      files.add(
          new XPathRules.NamedStream() {
            @Override
            public String name() {
              return p.toString();
            }

            @Override
            public InputStream open() throws IOException {
              if (!Files.isRegularFile(p)) {
                throw new InputException(p.toString(), Messages.of(BUNDLE, b.lang).get("in.missing", p));
              }
              return Files.newInputStream(p);
            }
          });
    }
    this.headerRules = XPathRules.load(processor, files);
    XPathCompiler c = XPathRules.compiler(processor);
    try {
      this.sectionsX = c.compile("/ClinicalDocument/component/structuredBody/component/section");
      this.bodyX = c.compile("(/ClinicalDocument/component/structuredBody, /ClinicalDocument/component, /ClinicalDocument)[1]");
      this.codedX = c.compile("//*[@codeSystem or @code]");
      this.deCodesX = c.compile("//*[@codeSystem = '" + DE_SYSTEM + "']/@code");
    } catch (SaxonApiException e) {
      throw new IllegalStateException(e);
    }
  }

  private static XPathRules.NamedStream bundled(String name) {
    return new XPathRules.NamedStream() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public InputStream open() {
        return Resources.open(name);
      }
    };
  }

  /** A builder with Chinese messages, the bundled code tables, the GB 11643 check, bundled rules. */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures a {@link CdaValidator}. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private Lang lang = Lang.ZH;
    private ValueSets valueSets = ValueSets.standard();
    private ResidentIdCheck ids = ResidentIdCheck.standard();
    private final List<Path> ruleFiles = new ArrayList<>();
    private long maxBytes = DEFAULT_MAX_BYTES;
    private int maxSchemaFindings = DEFAULT_MAX_SCHEMA_FINDINGS;

    private Builder() {}

    /** Language of messages. */
    public Builder lang(Lang l) {
      this.lang = Objects.requireNonNull(l);
      return this;
    }

    /** The code tables for the value-set layer. */
    public Builder valueSets(ValueSets v) {
      this.valueSets = Objects.requireNonNull(v);
      return this;
    }

    /** The 公民身份号码 check for ids with root 2.16.156.10011.1.3. */
    public Builder residentIds(ResidentIdCheck c) {
      this.ids = Objects.requireNonNull(c);
      return this;
    }

    /** Adds a rule file (YAML, the format of {@code rules/header.yaml}). */
    public Builder rules(Path file) {
      ruleFiles.add(Objects.requireNonNull(file));
      return this;
    }

    /** Largest document accepted, in bytes; larger ones get {@code CDA-XML-TOO-LARGE}. */
    public Builder maxBytes(long n) {
      if (n <= 0) {
        throw new IllegalArgumentException("maxBytes must be > 0");
      }
      this.maxBytes = n;
      return this;
    }

    /** Schema findings reported per document before the rest are counted in one finding. */
    public Builder maxSchemaFindings(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("maxSchemaFindings must be >= 1");
      }
      this.maxSchemaFindings = n;
      return this;
    }

    /**
     * Builds the validator.
     *
     * @throws InputException if a rule file does not parse or compile
     */
    public CdaValidator build() {
      return new CdaValidator(this);
    }
  }

  /** The ids of the rules this validator checks (layers 1–5), for reports that list clean rules. */
  public List<String> ruleIds() {
    List<String> ids = new ArrayList<>(List.of("CDA-XML-MALFORMED", "CDA-XML-DOCTYPE", "CDA-XML-ROOT"));
    for (XPathRules.Rule r : headerRules.rules()) {
      ids.add(r.id());
    }
    ids.addAll(List.of("CDA-BODY-SECTION-MISSING", "CDA-BODY-SECTION-UNKNOWN", "CDA-BODY-DE-FORMAT",
        "CDA-VS-BINDING", "CDA-VS-SYSTEM-UNKNOWN", "CDA-VS-CODE", "CDA-VS-DISPLAY"));
    return ids;
  }

  /** Notes for the report about what this validator could not check (localised), may be empty. */
  public List<String> notes() {
    List<String> notes = new ArrayList<>();
    if (valueSets.lookup("GB/T 2261.1", "1").status() == ValueSets.Status.UNKNOWN_TABLE) {
      notes.add(messages.get("note.noValueSets"));
    }
    if (!ids.checksDigit()) {
      notes.add(messages.get("note.idFormatOnly"));
    }
    return notes;
  }

  /**
   * Validates the document in {@code file}.
   *
   * @param name how the file is named in findings, or {@code null} for the path as given
   * @param docType a document type to force ({@code C0001}…), or {@code null} to take {@code
   *     code/@code}
   * @throws InputException if the file cannot be read at all (missing, a directory, unreadable)
   */
  public CdaResult validate(Path file, String name, String docType, FindingSink sink) {
    String n = name != null ? name : file.toString();
    if (!Files.exists(file)) {
      throw new InputException(n, messages.get("in.missing", n));
    }
    if (Files.isDirectory(file)) {
      throw new InputException(n, messages.get("in.directory", n));
    }
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        Counting c = new Counting(sink);
        c.accept(finding("CDA-XML-TOO-LARGE", Severity.ERROR, n, "/", String.valueOf(size),
            messages.get("CDA-XML-TOO-LARGE", size, maxBytes)));
        return new CdaResult(n, docType, false, false, c.errors, c.warnings);
      }
      return validate(Files.readAllBytes(file), n, docType, sink);
    } catch (IOException e) {
      throw new InputException(n, messages.get("in.unreadable", n, XPathRules.oneLine(e.getMessage())));
    }
  }

  /** Validates a document given as bytes (see {@link #validate(Path, String, String, FindingSink)}). */
  public CdaResult validate(byte[] xml, String name, String docType, FindingSink sink) {
    Counting out = new Counting(sink);
    if (xml.length > maxBytes) {
      out.accept(finding("CDA-XML-TOO-LARGE", Severity.ERROR, name, "/", String.valueOf(xml.length),
          messages.get("CDA-XML-TOO-LARGE", xml.length, maxBytes)));
      return new CdaResult(name, docType, false, false, out.errors, out.warnings);
    }
    XmlPipeline.Head sniff = XmlPipeline.sniff(xml);
    String forced = docType == null ? null : docType.trim().toUpperCase(Locale.ROOT);
    if (forced != null && catalog.document(forced) == null) {
      throw new IllegalArgumentException(messages.get("docType.unknown", docType));
    }
    String type = forced != null ? forced : sniff.code();
    boolean isCda = sniff.rootName() == null
        || (XPathRules.HL7.equals(sniff.rootNs()) && "ClinicalDocument".equals(sniff.rootName()));
    Schema schema = isCda && catalog.document(type) != null ? Schemas.cda(catalog.document(type).code()) : null;

    XmlPipeline.Result parsed = parse(xml, name, schema, out);
    if (parsed.doc() == null) {
      return new CdaResult(name, type, false, false, out.errors, out.warnings);
    }
    if (!XPathRules.HL7.equals(parsed.rootNs()) || !"ClinicalDocument".equals(parsed.rootName())) {
      out.accept(finding("CDA-XML-ROOT", Severity.ERROR, name, "/" + parsed.rootName(), parsed.rootNs(),
          messages.get("CDA-XML-ROOT", parsed.rootNs() == null || parsed.rootNs().isEmpty() ? "-" : parsed.rootNs(),
              parsed.rootName())));
      return new CdaResult(name, type, true, false, out.errors, out.warnings);
    }
    if (schema == null) {
      out.accept(finding("CDA-XSD-SKIPPED", Severity.INFO, name, "/ClinicalDocument/code/@code", type,
          messages.get("CDA-XSD-SKIPPED", type == null ? "-" : type)));
    }
    try {
      header(parsed.doc(), name, type, out);
      if (catalog.document(type) != null) {
        body(parsed.doc(), name, catalog.document(type).code(), out);
      }
      valueSets(parsed.doc(), name, out);
    } catch (SaxonApiException e) {
      throw new IllegalStateException("rule evaluation failed on " + name + ": " + e.getMessage(), e);
    }
    return new CdaResult(name, type, true, schema != null, out.errors, out.warnings);
  }

  // ---------------------------------------------------------------- layers 1 and 2

  private XmlPipeline.Result parse(byte[] xml, String name, Schema schema, Counting out) {
    return XmlPipeline.parse(
        processor,
        xml,
        schema,
        lang.locale(),
        maxSchemaFindings,
        (kind, key, message, line, column, path) -> {
          switch (kind) {
            case DOCTYPE -> out.accept(finding("CDA-XML-DOCTYPE", Severity.ERROR, name, path, null,
                messages.get("CDA-XML-DOCTYPE")));
            case DEPTH -> out.accept(finding("CDA-XML-DEPTH", Severity.ERROR, name, path, null,
                messages.get("CDA-XML-DEPTH", SafeXml.MAX_DEPTH)));
            case LIMIT -> out.accept(finding("CDA-XML-LIMIT", Severity.ERROR, name, path, null,
                messages.get("CDA-XML-LIMIT", message)));
            case MALFORMED -> out.accept(new Finding("CDA-XML-MALFORMED", Severity.ERROR, name, 1, line, path, null,
                messages.get("CDA-XML-MALFORMED", line, column, message)));
            case SCHEMA_ERROR, SCHEMA_WARNING -> {
              if ("TRUNCATED".equals(key)) {
                out.accept(finding("CDA-XSD-TRUNCATED", Severity.INFO, name, "/", null,
                    messages.get("CDA-XSD-TRUNCATED", message)));
              } else {
                out.accept(new Finding("CDA-XSD-" + key,
                    kind == XmlPipeline.Problem.SCHEMA_ERROR ? Severity.ERROR : Severity.WARNING,
                    name, 1, line, path, null, messages.get("CDA-XSD", message)));
              }
            }
          }
        });
  }

  // ---------------------------------------------------------------- layer 3

  private void header(XdmNode doc, String name, String type, Counting out) throws SaxonApiException {
    headerRules.evaluate(
        doc,
        type,
        (rule, at, args) -> {
          Object[] a = new Object[args.size() + 1];
          a[0] = at.getStringValue();
          for (int i = 0; i < args.size(); i++) {
            a[i + 1] = args.get(i);
          }
          String text = java.text.MessageFormat.format(rule.message(lang).replace("'", "''"), a);
          out.accept(new Finding(rule.id(), rule.severity(), name, 1, NodePaths.line(at), NodePaths.of(at),
              at.getStringValue(), text));
        });
  }

  // ---------------------------------------------------------------- layer 4

  private void body(XdmNode doc, String name, String type, Counting out) throws SaxonApiException {
    List<Catalog.Section> expected = catalog.sections(type);
    Set<String> codes = new HashSet<>();
    Set<String> names = new HashSet<>();
    List<XdmNode> sections = new ArrayList<>();
    XPathSelector s = headerRules.selector(sectionsX);
    s.setContextItem(doc);
    for (XdmItem i : s.evaluate()) {
      XdmNode sec = (XdmNode) i;
      sections.add(sec);
      XdmNode code = child(sec, "code");
      if (code != null) {
        codes.add(attr(code, "code"));
        names.add(attr(code, "displayName"));
      }
    }
    XPathSelector b = headerRules.selector(bodyX);
    b.setContextItem(doc);
    XdmNode body = (XdmNode) b.evaluateSingle();
    Set<String> expectedCodes = new HashSet<>();
    for (Catalog.Section e : expected) {
      boolean present = e.code().isEmpty() ? names.contains(e.displayName()) : codes.contains(e.code());
      if (!e.code().isEmpty()) {
        expectedCodes.add(e.code());
      }
      if (!present) {
        out.accept(new Finding("CDA-BODY-SECTION-MISSING", Severity.WARNING, name, 1, NodePaths.line(body),
            NodePaths.of(body), e.code().isEmpty() ? e.displayName() : e.code(),
            messages.get("CDA-BODY-SECTION-MISSING", e.label(), type)));
      }
    }
    if (!expectedCodes.isEmpty()) {
      for (XdmNode sec : sections) {
        XdmNode code = child(sec, "code");
        String c = code == null ? "" : attr(code, "code");
        if (!c.isEmpty() && LOINC.equals(attr(code, "codeSystem")) && !expectedCodes.contains(c)) {
          out.accept(new Finding("CDA-BODY-SECTION-UNKNOWN", Severity.WARNING, name, 1, NodePaths.line(code),
              NodePaths.of(code) + "/@code", c, messages.get("CDA-BODY-SECTION-UNKNOWN", c, type)));
        }
      }
    }
    XPathSelector de = headerRules.selector(deCodesX);
    de.setContextItem(doc);
    for (XdmItem i : de.evaluate()) {
      XdmNode a = (XdmNode) i;
      String v = a.getStringValue().trim();
      if (!DE_CODE.matcher(v).matches()) {
        out.accept(new Finding("CDA-BODY-DE-FORMAT", Severity.ERROR, name, 1, NodePaths.line(a), NodePaths.of(a),
            v, messages.get("CDA-BODY-DE-FORMAT", v)));
      }
    }
  }

  // ---------------------------------------------------------------- layer 5

  private void valueSets(XdmNode doc, String name, Counting out) throws SaxonApiException {
    XPathSelector s = headerRules.selector(codedX);
    s.setContextItem(doc);
    Set<String> known = catalog.knownCodeSystems();
    for (XdmItem i : s.evaluate()) {
      XdmNode el = (XdmNode) i;
      String cs = attr(el, "codeSystem");
      String code = attr(el, "code");
      XdmNode parent = el.getParent();
      String local = el.getNodeName().getLocalName();
      String parentLocal = parent == null || parent.getNodeName() == null ? "" : parent.getNodeName().getLocalName();
      if (!cs.isEmpty()) {
        for (Catalog.Binding bnd : catalog.bindings()) {
          if (bnd.element().equals(local) && bnd.parent().equals(parentLocal) && !bnd.codeSystems().contains(cs)) {
            out.accept(new Finding("CDA-VS-BINDING", Severity.ERROR, name, 1, NodePaths.line(el),
                NodePaths.of(el) + "/@codeSystem", cs,
                messages.get("CDA-VS-BINDING", parentLocal + "/" + local, String.join(" | ", bnd.codeSystems()),
                    bnd.name(), cs)));
          }
        }
        if (cs.startsWith("2.16.156.10011.") && !known.contains(cs)) {
          out.accept(new Finding("CDA-VS-SYSTEM-UNKNOWN", Severity.WARNING, name, 1, NodePaths.line(el),
              NodePaths.of(el) + "/@codeSystem", cs, messages.get("CDA-VS-SYSTEM-UNKNOWN", cs)));
        }
      }
      String table = catalog.tableOf(cs);
      if (table != null && !code.isEmpty()) {
        ValueSets.Lookup l = valueSets.lookup(table, code);
        if (l.status() == ValueSets.Status.NOT_FOUND) {
          out.accept(new Finding("CDA-VS-CODE", Severity.ERROR, name, 1, NodePaths.line(el),
              NodePaths.of(el) + "/@code", code, messages.get("CDA-VS-CODE", code, table, cs)));
        } else if (l.status() == ValueSets.Status.FOUND && l.name() != null) {
          String display = attr(el, "displayName");
          if (!display.isEmpty() && !display.equals(l.name())) {
            out.accept(new Finding("CDA-VS-DISPLAY", Severity.WARNING, name, 1, NodePaths.line(el),
                NodePaths.of(el) + "/@displayName", display,
                messages.get("CDA-VS-DISPLAY", display, code, table, l.name())));
          }
        }
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  private static XdmNode child(XdmNode n, String local) {
    for (XdmNode c : n.children()) {
      if (c.getNodeName() != null && c.getNodeName().getLocalName().equals(local)
          && XPathRules.HL7.equals(c.getNodeName().getNamespace())) {
        return c;
      }
    }
    return null;
  }

  private static String attr(XdmNode n, String name) {
    String v = n.attribute(name);
    return v == null ? "" : v.trim();
  }

  private static Finding finding(String id, Severity sev, String file, String field, String value, String message) {
    return new Finding(id, sev, file, 1, 0, field, value, message);
  }

  /** Counts this document's findings on their way to the caller's sink. */
  private static final class Counting implements FindingSink {
    private final FindingSink next;
    long errors;
    long warnings;

    Counting(FindingSink next) {
      this.next = next;
    }

    @Override
    public void accept(Finding f) {
      if (f.severity() == Severity.ERROR) {
        errors++;
      } else if (f.severity() == Severity.WARNING) {
        warnings++;
      }
      next.accept(f);
    }
  }
}
