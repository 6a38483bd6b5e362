package org.shutong.interop;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.AtomicOutput;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;
import org.shutong.report.FindingSink;
import org.shutong.report.Severity;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Runs a {@link TestPlan} against a platform's endpoint: builds each step's message (from a file,
 * a bundled sample, the service XSD, or inline; with values set by XPath and {@code ${variables}}),
 * sends it by SOAP 1.1/1.2 or plain POST with the service named in the SOAP action (and the
 * operation element, when the plan uses one), with a timeout and retries on transport failures,
 * and checks the reply: HTTP status, SOAP fault, acknowledgement AA/AE, XSD validity, XPath
 * equals/exists/count/matches, an embedded CDA document. Every failed check is a finding whose
 * rule id is the case id and whose message starts with the kind of check ({@code SVC-STATUS},
 * {@code SVC-FAULT}, {@code SVC-ACK}, {@code SVC-SCHEMA}, {@code SVC-XPATH}, {@code SVC-CDA},
 * {@code SVC-TRANSPORT}, {@code SVC-SAVE}, {@code SVC-PLAN}), with the case's position as record;
 * request/response pairs of failed steps are saved.
 * Not thread-safe: one runner per run.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlanRunner {
  /** Largest reply read; longer replies fail the step. */
  static final int MAX_REPLY_BYTES = 64 << 20;

  /** Configures a {@link PlanRunner}. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final TestPlan plan;
    private final URI endpoint;
    private Level level;
    private Set<String> services = Set.of();
    private String kind;
    private Path saveDir;
    private Lang lang = Lang.ZH;
    private Duration timeout;
    private Integer retries;
    private String binding;
    private Consumer<CaseResult> listener = c -> {};

    private Builder(TestPlan plan, URI endpoint) {
      this.plan = Objects.requireNonNull(plan);
      this.endpoint = Objects.requireNonNull(endpoint);
    }

    /** Only the services the 测评 requires at this level (and below). */
    public Builder level(Level l) {
      this.level = l;
      return this;
    }

    /** Only these services (codes, case-insensitive); empty for all. */
    public Builder services(Set<String> codes) {
      this.services = Set.copyOf(codes);
      return this;
    }

    /** Only T or only F cases; null for both. */
    public Builder kind(String k) {
      this.kind = k;
      return this;
    }

    /** Where request/response pairs of failed steps are written; null to keep none. */
    public Builder saveDir(Path d) {
      this.saveDir = d;
      return this;
    }

    /** Language of failure messages. */
    public Builder lang(Lang l) {
      this.lang = Objects.requireNonNull(l);
      return this;
    }

    /** Overrides every step's timeout. */
    public Builder timeout(Duration d) {
      this.timeout = d;
      return this;
    }

    /** Overrides every step's retries. */
    public Builder retries(Integer n) {
      this.retries = n;
      return this;
    }

    /** Overrides the plan's binding (soap11, soap12, post). */
    public Builder binding(String b) {
      if (b != null) {
        Soap.Binding.parse(b);
      }
      this.binding = b;
      return this;
    }

    /** Called after each case. */
    public Builder listener(Consumer<CaseResult> l) {
      this.listener = Objects.requireNonNull(l);
      return this;
    }

    /** The runner. */
    public PlanRunner build() {
      return new PlanRunner(this);
    }
  }

  /** A builder for running {@code plan} against {@code endpoint}. */
  public static Builder builder(TestPlan plan, URI endpoint) {
    return new Builder(plan, endpoint);
  }

  private final Builder cfg;
  private final Messages m;
  private final Processor processor = new Processor(false);
  private final XPaths xpaths = new XPaths(processor);
  private final Map<String, XPathExecutable> compiled = new HashMap<>();
  private final HttpClient client;
  private final String run;
  private final Random random;
  private CdaValidator cdaValidator;

  private PlanRunner(Builder b) {
    this.cfg = b;
    this.m = Messages.of("org.shutong.interop.messages", b.lang);
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(b.timeout != null ? b.timeout : b.plan.defaults().timeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    this.random = new Random();
    // eight decimal digits: ids built from it also fit the XSDs that type them xs:long
    this.run = String.valueOf(10_000_000 + random.nextInt(90_000_000));
  }

  /** The cases this run would execute (after the level, service and kind filters). */
  public List<TestPlan.TestCase> selected() {
    List<TestPlan.TestCase> out = new ArrayList<>();
    for (TestPlan.TestCase c : cfg.plan.cases()) {
      ServiceSpec s = Catalog.standard().service(c.service());
      if (cfg.level != null && (s == null || s.level() == null || !cfg.level.includes(s.level()))) {
        continue;
      }
      if (!cfg.services.isEmpty() && cfg.services.stream().noneMatch(x -> x.equalsIgnoreCase(c.service()))) {
        continue;
      }
      if (cfg.kind != null && !cfg.kind.equalsIgnoreCase(c.kind())) {
        continue;
      }
      out.add(c);
    }
    return out;
  }

  /** Runs the selected cases in order; failures go to {@code sink} as findings. */
  public List<CaseResult> run(FindingSink sink) {
    List<CaseResult> results = new ArrayList<>();
    int index = 0;
    for (TestPlan.TestCase c : selected()) {
      index++;
      CaseResult r = runCase(c, index, sink);
      results.add(r);
      cfg.listener.accept(r);
    }
    return results;
  }

  // ------------------------------------------------------------------ one case

  private static final class Failed extends Exception {
    private static final long serialVersionUID = 1L;

    Failed() {
      super(null, null, false, false);
    }
  }

  private final class CaseRun {
    final TestPlan.TestCase c;
    final int index;
    final FindingSink sink;
    final Map<String, String> vars = new LinkedHashMap<>();
    final List<String> failures = new ArrayList<>();
    final List<String> saved = new ArrayList<>();
    boolean transport;

    CaseRun(TestPlan.TestCase c, int index, FindingSink sink) {
      this.c = c;
      this.index = index;
      this.sink = sink;
    }

    /**
     * Records a failed check. The finding's rule id is the case id (the unit a 测评 report and a CI
     * server count); the kind of check ({@code SVC-ACK}, {@code SVC-XPATH} …) starts the message.
     */
    void fail(String kind, String field, String value, String message) {
      failures.add(kind + ": " + message);
      sink.accept(new Finding(c.id(), Severity.ERROR, cfg.plan.source(), index, 0, field, value,
          kind + ": " + message));
    }
  }

  private CaseResult runCase(TestPlan.TestCase c, int index, FindingSink sink) {
    long t0 = System.nanoTime();
    CaseRun cr = new CaseRun(c, index, sink);
    cr.vars.put("run", run);
    cr.vars.put("case", c.id());
    cr.vars.put("caseSeq", String.format(java.util.Locale.ROOT, "%08d", index));
    try {
      for (Map.Entry<String, String> v : cfg.plan.variables().entrySet()) {
        cr.vars.put(v.getKey(), expand(v.getValue(), cr));
      }
    } catch (IllegalArgumentException e) {
      cr.fail("SVC-PLAN", c.service(), null, XPathRules.oneLine(e.getMessage()));
    }
    int n = 0;
    for (TestPlan.Step s : c.steps()) {
      n++;
      boolean ok;
      try {
        ok = runStep(cr, s, n);
      } catch (IllegalArgumentException e) {
        // an undefined variable or an XPath that fails at run time: the plan's fault, reported
        cr.fail("SVC-PLAN", s.service(), null, s.name() + ": " + XPathRules.oneLine(e.getMessage()));
        ok = false;
      }
      if (!ok) {
        int rest = c.steps().size() - n;
        if (rest > 0) {
          cr.failures.add(m.get("plan.skippedSteps", rest));
        }
        break;
      }
    }
    ServiceSpec spec = Catalog.standard().service(c.service());
    String status = cr.failures.isEmpty() ? "PASS" : cr.transport ? "ERROR" : "FAIL";
    return new CaseResult(index, c.id(), c.service(), spec == null ? c.service() : spec.name(),
        spec == null || spec.level() == null ? null : spec.level().chinese(), c.kind(), c.title(), status,
        (System.nanoTime() - t0) / 1_000_000, cr.failures, cr.saved);
  }

  /** Runs a step; false if it failed (the case's later steps are then skipped). */
  private boolean runStep(CaseRun cr, TestPlan.Step s, int n) {
    String where = s.name();
    String service = s.service();
    ServiceSpec spec = service == null ? null : Catalog.standard().service(service);
    cr.vars.put("service", service == null ? "" : service);
    byte[] request;
    String body;
    Map<String, String> headers;
    Soap.Binding binding = Soap.Binding.parse(cfg.binding != null ? cfg.binding : cfg.plan.defaults().binding());
    try {
      if (s.send().raw() != null) {
        body = expand(s.send().raw(), cr);
        request = body.getBytes(StandardCharsets.UTF_8);
        headers = Soap.headers(binding, service);
      } else {
        String message = build(cr, s.send(), spec);
        request = message.getBytes(StandardCharsets.UTF_8);
        TestPlan.Operation op = cfg.plan.defaults().operation();
        Soap.Operation sop = op == null ? null : new Soap.Operation(op.name(), op.namespace(), op.action(),
            op.message() == null ? "message" : op.message());
        body = Soap.wrap(message, binding, service, sop);
        headers = Soap.headers(binding, service);
      }
    } catch (Failed f) {
      return false;
    }
    Duration timeout = cfg.timeout != null ? cfg.timeout : s.timeout() != null ? s.timeout() : cfg.plan.defaults().timeout();
    int retries = cfg.retries != null ? cfg.retries : s.retries() != null ? s.retries() : cfg.plan.defaults().retries();
    String path = cfg.plan.defaults().path() == null ? "" : expand(cfg.plan.defaults().path(), cr);
    URI uri = URI.create(cfg.endpoint.toString() + path);
    HttpResponse<byte[]> response = null;
    String transportProblem = null;
    for (int attempt = 0; attempt <= retries; attempt++) {
      try {
        response = send(uri, body, headers, timeout);
        transportProblem = null;
        break;
      } catch (TimeoutException e) {
        transportProblem = m.get("svc.timeout", timeout.toMillis());
      } catch (IOException e) {
        transportProblem = m.get(e instanceof ConnectException ? "svc.refused" : "svc.io", uri,
            XPathRules.oneLine(String.valueOf(e.getMessage())));
      }
      if (attempt < retries) {
        sleep(200L * (attempt + 1));
      }
    }
    if (response == null) {
      cr.transport = true;
      cr.fail("SVC-TRANSPORT", service, null, where + ": " + transportProblem
          + (retries > 0 ? " " + m.get("svc.attempts", retries + 1) : ""));
      save(cr, n, body.getBytes(StandardCharsets.UTF_8), null);
      return false;
    }
    byte[] reply = response.body();
    Soap.Incoming in = Soap.unwrap(processor, reply,
        response.headers().firstValue("Content-Type").orElse(null), null, cfg.lang);
    XdmNode replyDoc = null;
    if (in.message() != null) {
      replyDoc = XmlPipeline.parse(processor, in.message(), null, cfg.lang.locale(), 1,
          (kind, key, msg, line, col, p) -> {}).doc();
    }
    XdmNode requestDoc = XmlPipeline.parse(processor, request, null, cfg.lang.locale(), 1,
        (kind, key, msg, line, col, p) -> {}).doc();
    cr.vars.put("request.id", requestDoc == null ? "" : string("/*/id/@extension", requestDoc));
    int before = cr.failures.size();
    for (TestPlan.Expectation e : s.expect()) {
      check(cr, where, service, e, response.statusCode(), in, replyDoc, request);
    }
    for (Map.Entry<String, String> v : s.save().entrySet()) {
      String x = v.getValue();
      boolean fromRequest = x.startsWith("request:");
      XdmNode from = fromRequest ? requestDoc : replyDoc;
      String value = from == null ? "" : string(fromRequest ? x.substring(8) : x, from);
      if (value.isEmpty()) {
        cr.fail("SVC-SAVE", x, null, where + ": " + m.get("svc.saveEmpty", v.getKey(), x));
      }
      cr.vars.put(v.getKey(), value);
    }
    if (cr.failures.size() > before) {
      save(cr, n, body.getBytes(StandardCharsets.UTF_8), reply);
      return false;
    }
    return true;
  }

  private void check(CaseRun cr, String where, String service, TestPlan.Expectation e, int status, Soap.Incoming in,
      XdmNode reply, byte[] request) {
    String p = where + ": ";
    if (e.status() != null && e.status() != status) {
      cr.fail("SVC-STATUS", service, String.valueOf(status), p + m.get("svc.status", e.status(), status));
    } else if (e.fault() != null && e.fault() != (in.fault() != null)) {
      cr.fail("SVC-FAULT", service, in.fault(), p + (e.fault() ? m.get("svc.noFault") : m.get("svc.fault", in.fault())));
    } else if (e.ack() != null) {
      if (reply == null) {
        cr.fail("SVC-ACK", service, null, p + m.get("svc.noMessage", describe(in)));
        return;
      }
      String ack = string("(//acknowledgement/@typeCode)[1]", reply);
      if (!e.ack().equals(ack)) {
        String detail = string("string-join(//acknowledgement/acknowledgementDetail/text/@value, '; ')", reply);
        cr.fail("SVC-ACK", "/*/acknowledgement/@typeCode", ack,
            p + m.get("svc.ack", e.ack(), ack.isEmpty() ? "-" : ack, detail.isEmpty() ? "-" : detail));
      } else if (e.ack().equals("AE") && string("(//acknowledgement/acknowledgementDetail/text/@value)[1]", reply).isEmpty()) {
        cr.fail("SVC-ACK", "/*/acknowledgement/acknowledgementDetail", null, p + m.get("svc.aeNoReason"));
      }
    } else if (e.schema() != null) {
      boolean ofRequest = "request".equals(e.target());
      byte[] target = ofRequest ? request : in.message();
      if (target == null) {
        cr.fail("SVC-SCHEMA", service, null, p + m.get("svc.noMessage", describe(in)));
        return;
      }
      MessageCheck.Result r = MessageCheck.check(processor, target, Catalog.standard().service(e.schema()), cfg.lang, 5);
      if (!r.ok()) {
        MessageCheck.Issue first = r.issues().get(0);
        cr.fail("SVC-SCHEMA", first.path(), null, p + m.get("svc.schema", ofRequest ? m.get("svc.request") : m.get("svc.response"),
            e.schema(), String.join(" | ", r.reasons(3))));
      }
    } else if (e.xpath() != null) {
      if (reply == null) {
        cr.fail("SVC-XPATH", e.xpath(), null, p + m.get("svc.noMessage", describe(in)));
        return;
      }
      XdmValue v = xpaths.evaluate(compiled(expand(e.xpath(), cr)), reply);
      String actual = v.size() == 0 ? "" : v.itemAt(0).getStringValue().trim();
      if (e.exists() != null && e.exists() != (v.size() > 0 && !(v.size() == 1 && isFalse(v.itemAt(0))))) {
        cr.fail("SVC-XPATH", e.xpath(), actual, p + m.get(e.exists() ? "svc.xpathMissing" : "svc.xpathPresent", e.xpath()));
      } else if (e.equals() != null) {
        String expected = expand(e.equals(), cr);
        if (!expected.equals(actual)) {
          cr.fail("SVC-XPATH", e.xpath(), actual, p + m.get("svc.xpathEquals", e.xpath(), expected, actual));
        }
      } else if (e.count() != null && v.size() != e.count()) {
        cr.fail("SVC-XPATH", e.xpath(), String.valueOf(v.size()), p + m.get("svc.xpathCount", e.xpath(), e.count(), v.size()));
      } else if (e.matches() != null && !Pattern.compile(e.matches()).matcher(actual).find()) {
        cr.fail("SVC-XPATH", e.xpath(), actual, p + m.get("svc.xpathMatches", e.xpath(), e.matches(), actual));
      }
    } else if (e.cda() != null) {
      String b64 = reply == null ? "" : string("(//storageCode/originalText/@value)[1]", reply);
      if (b64.isEmpty()) {
        cr.fail("SVC-CDA", "//storageCode/originalText/@value", null, p + m.get("svc.noCda"));
        return;
      }
      byte[] cda;
      try {
        cda = Base64.getMimeDecoder().decode(b64);
      } catch (IllegalArgumentException ex) {
        cr.fail("SVC-CDA", "//storageCode/originalText/@value", null, p + m.get("platform.base64"));
        return;
      }
      if (cdaValidator == null) {
        cdaValidator = CdaValidator.builder().lang(cfg.lang).build();
      }
      FindingCollector fc = new FindingCollector(20);
      cdaValidator.validate(cda, "originalText", null, fc);
      if (fc.count(Severity.ERROR) > 0) {
        Finding f = fc.findings().stream().filter(x -> x.severity() == Severity.ERROR).findFirst().orElseThrow();
        cr.fail("SVC-CDA", f.field(), f.ruleId(), p + m.get("svc.cdaInvalid", fc.count(Severity.ERROR), f.ruleId() + " " + f.message()));
      }
    }
  }

  private static boolean isFalse(XdmItem i) {
    return i.isAtomicValue() && i.getStringValue().equals("false");
  }

  private String describe(Soap.Incoming in) {
    if (in.fault() != null) {
      return m.get("svc.fault", in.fault());
    }
    return in.problem() != null ? in.problem() : m.get("svc.empty");
  }

  // ------------------------------------------------------------------ building messages

  private static final Pattern VAR = Pattern.compile("\\$\\{([^}]+)}");

  /** Expands {@code ${...}} in {@code s}. */
  private String expand(String s, CaseRun cr) {
    if (s == null || !s.contains("${")) {
      return s;
    }
    Matcher x = VAR.matcher(s);
    StringBuilder b = new StringBuilder();
    while (x.find()) {
      String name = x.group(1);
      String v = switch (name) {
        case "uuid" -> UUID.randomUUID().toString().replace("-", "");
        case "now" -> HlTime.format(LocalDateTime.now(ZoneId.systemDefault()));
        case "today" -> HlTime.format(LocalDateTime.now(ZoneId.systemDefault())).substring(0, 8);
        default -> name.startsWith("doc:") ? document(name.substring(4), cr) : cr.vars.get(name);
      };
      if (v == null) {
        throw new IllegalArgumentException(m.get("svc.undefined", name));
      }
      x.appendReplacement(b, Matcher.quoteReplacement(v));
    }
    x.appendTail(b);
    return b.toString();
  }

  private String document(String name, CaseRun cr) {
    TestPlan.DocumentSpec spec = cfg.plan.documents().get(name);
    if (spec == null) {
      return null;
    }
    String xml = CdaGenerator.standard().generate(spec.type(), random.nextLong());
    try {
      xml = edit(xml, spec.set(), List.of(), cr);
    } catch (Failed f) {
      throw new IllegalArgumentException(m.get("svc.docEdit", name), f);
    }
    return Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
  }

  /** The step's message: loaded, placeholders expanded, nodes removed and set. */
  private String build(CaseRun cr, TestPlan.Message send, ServiceSpec spec) throws Failed {
    String base;
    try {
      if (send.file() != null) {
        Path dir = Path.of(cfg.plan.source()).toAbsolutePath().getParent();
        base = Files.readString(dir.resolve(send.file()), StandardCharsets.UTF_8);
      } else if (send.sample() != null) {
        base = Resources.text("samples/services/" + send.sample());
      } else if (send.generate() != null) {
        base = MessageGenerator.standard().generate(send.generate(), random.nextLong());
      } else {
        base = send.template();
      }
      base = expand(base, cr);
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      cr.fail("SVC-PLAN", spec == null ? null : spec.code(), null, m.get("svc.build", XPathRules.oneLine(e.getMessage())));
      throw new Failed();
    }
    Map<String, String> set = new LinkedHashMap<>();
    // a fresh message id and creation time for every request, unless the plan sets them
    set.put("/*/id/@extension", "${uuid}");
    set.put("/*/creationTime/@value", "${now}");
    set.putAll(send.set());
    return edit(base, set, send.remove(), cr);
  }

  private static final DocumentBuilderFactory DBF = domFactory();

  private static DocumentBuilderFactory domFactory() {
    DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
    f.setNamespaceAware(true);
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
    return f;
  }

  /** Applies XPath removals and settings to {@code xml} (a DOM wrapped for Saxon's XPath). */
  private String edit(String xml, Map<String, String> set, List<String> remove, CaseRun cr) throws Failed {
    Document dom;
    try {
      dom = DBF.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      cr.fail("SVC-PLAN", null, null, m.get("svc.build", XPathRules.oneLine(e.getMessage())));
      throw new Failed();
    }
    XdmNode wrapped = processor.newDocumentBuilder().wrap(dom);
    for (String r : remove) {
      for (XdmItem i : xpaths.evaluate(compiled(r), wrapped)) {
        Node n = domNode(i);
        if (n instanceof Attr a) {
          a.getOwnerElement().removeAttributeNode(a);
        } else if (n != null && n.getParentNode() != null) {
          n.getParentNode().removeChild(n);
        }
      }
    }
    for (Map.Entry<String, String> e : set.entrySet()) {
      String value;
      try {
        value = expand(e.getValue(), cr);
      } catch (IllegalArgumentException ex) {
        cr.fail("SVC-PLAN", e.getKey(), null, ex.getMessage());
        throw new Failed();
      }
      XdmValue targets = xpaths.evaluate(compiled(e.getKey()), wrapped);
      if (targets.size() == 0) {
        if (e.getKey().equals("/*/id/@extension") || e.getKey().equals("/*/creationTime/@value")) {
          continue;
        }
        cr.fail("SVC-PLAN", e.getKey(), null, m.get("svc.setMissing", e.getKey()));
        throw new Failed();
      }
      for (XdmItem i : targets) {
        Node n = domNode(i);
        if (n instanceof Attr a) {
          a.setValue(value);
        } else if (n != null) {
          n.setTextContent(value);
        }
      }
    }
    try {
      Transformer t = TransformerFactory.newDefaultInstance().newTransformer();
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      StringWriter w = new StringWriter();
      t.transform(new DOMSource(dom), new StreamResult(w));
      return w.toString();
    } catch (TransformerException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Node domNode(XdmItem i) {
    return i instanceof XdmNode n && n.getExternalNode() instanceof Node d ? d : null;
  }

  private XPathExecutable compiled(String x) {
    return compiled.computeIfAbsent(x, xpaths::compile);
  }

  private String string(String x, XdmNode doc) {
    return xpaths.string(compiled(x), doc);
  }

  // ------------------------------------------------------------------ transport

  private HttpResponse<byte[]> send(URI uri, String body, Map<String, String> headers, Duration timeout)
      throws IOException, TimeoutException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    headers.forEach(b::header);
    cfg.plan.defaults().headers().forEach(b::header);
    CompletableFuture<HttpResponse<byte[]>> f = client.sendAsync(b.build(), r -> new Limited(MAX_REPLY_BYTES));
    try {
      // the request timeout covers the headers; this bounds the body too
      return f.get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      f.cancel(true);
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof java.net.http.HttpTimeoutException) {
        throw new TimeoutException(c.getMessage());
      }
      if (c instanceof IOException io) {
        throw io;
      }
      throw new IOException(String.valueOf(c), c);
    }
  }

  /** Collects a reply body up to a limit. */
  private static final class Limited implements HttpResponse.BodySubscriber<byte[]> {
    private final int limit;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
    private Flow.Subscription subscription;

    Limited(int limit) {
      this.limit = limit;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      this.subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      for (ByteBuffer b : items) {
        if (buf.size() + b.remaining() > limit) {
          subscription.cancel();
          result.completeExceptionally(new IOException("reply longer than " + limit + " bytes"));
          return;
        }
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        buf.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(buf.toByteArray());
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // ------------------------------------------------------------------ saving failures

  private void save(CaseRun cr, int step, byte[] request, byte[] response) {
    if (cfg.saveDir == null) {
      return;
    }
    try {
      Files.createDirectories(cfg.saveDir);
      String base = cr.c.id().replaceAll("[^A-Za-z0-9_.-]", "_") + "-step" + step;
      write(cfg.saveDir.resolve(base + "-request.xml"), request, cr);
      if (response != null) {
        write(cfg.saveDir.resolve(base + "-response.xml"), response, cr);
      }
    } catch (IOException e) {
      cr.failures.add(m.get("svc.saveFailed", cfg.saveDir, XPathRules.oneLine(e.getMessage())));
    }
  }

  private void write(Path p, byte[] bytes, CaseRun cr) throws IOException {
    try (AtomicOutput out = AtomicOutput.create(p, true, cfg.lang)) {
      out.stream().write(bytes);
      out.commit();
    }
    cr.saved.add(p.toString());
  }
}
