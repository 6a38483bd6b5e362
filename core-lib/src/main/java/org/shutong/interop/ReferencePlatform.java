package org.shutong.interop;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XdmNode;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;
import org.shutong.report.Severity;

/**
 * A reference 医院信息平台 for interface testing: a real HTTP/SOAP server (the JDK's {@code
 * com.sun.net.httpserver}) implementing the core interaction services of the 互联互通测评 —
 * 个人信息注册/更新/合并/查询, 医疗卫生机构（科室）与医疗卫生人员信息注册/更新/查询, 电子病历文档注册/检索/调阅 —
 * as {@code platform/services.yaml} describes them. Every request is checked against its
 * service's XSD (documents registered also through all layers of {@link CdaValidator}); invalid
 * requests get an AE acknowledgement with the reasons. The other catalogued services are validated
 * and acknowledged, their messages kept. State is kept in H2 under the data directory (in memory
 * without one), and every exchange is logged.
 *
 * <p>It accepts SOAP 1.1, SOAP 1.2 (message in the Body or in an operation element such as {@code
 * HIPMessageServer(action, message)}) and plain POST, at {@code /services} or {@code
 * /services/{服务代码}}; the service is taken from the path, the operation's action, the SOAP
 * action, or the message's root element when that names one service. {@code GET /} shows a status
 * page.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReferencePlatform implements AutoCloseable {
  /**
   * One exchange as the log records it.
   *
   * @param service the service code, or null if none could be determined
   * @param ack AA or AE, {@code FAULT} for a SOAP fault, or the HTTP status for other failures
   * @param detail the reasons of an AE or fault, else a short note
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Exchange(Instant at, String remote, String service, String requestId, String ack, String detail,
      long millis) {}

  /** Configures and starts a {@link ReferencePlatform}. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = 8080;
    private Path dataDir;
    private int threads = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);
    private long maxBodyBytes = 16L << 20;
    private Lang lang = Lang.ZH;
    private Consumer<Exchange> listener = e -> {};

    private Builder() {}

    /** The address to listen on (default 127.0.0.1). */
    public Builder host(String h) {
      this.host = Objects.requireNonNull(h);
      return this;
    }

    /** The port (default 8080; 0 for an ephemeral port, see {@link #port()}). */
    public Builder port(int p) {
      this.port = p;
      return this;
    }

    /** Where state is kept across restarts; {@code null} (default) keeps it in memory. */
    public Builder dataDir(Path d) {
      this.dataDir = d;
      return this;
    }

    /** Worker threads. */
    public Builder threads(int n) {
      this.threads = Math.max(1, n);
      return this;
    }

    /** Largest request body accepted (default 16 MiB); larger ones get HTTP 413. */
    public Builder maxBodyBytes(long n) {
      this.maxBodyBytes = n;
      return this;
    }

    /** Language of acknowledgement texts. */
    public Builder lang(Lang l) {
      this.lang = Objects.requireNonNull(l);
      return this;
    }

    /** Called after every exchange (must be quick and must not throw). */
    public Builder listener(Consumer<Exchange> l) {
      this.listener = Objects.requireNonNull(l);
      return this;
    }

    /**
     * Opens the store and starts listening.
     *
     * @throws IOException if the port cannot be bound or the data directory cannot be used (for
     *     example, another platform has it open)
     */
    public ReferencePlatform start() throws IOException {
      return new ReferencePlatform(this);
    }
  }

  /** A builder: 127.0.0.1:8080, state in memory. */
  public static Builder builder() {
    return new Builder();
  }

  private static final int MAX_LOGGED_BODY = 1 << 20;
  private static final java.time.ZoneId ZONE = java.time.ZoneId.systemDefault();

  private final Builder config;
  private final Messages m;
  private final Processor processor = new Processor(false);
  private final XPaths xpaths = new XPaths(processor);
  private final PlatformServices services = PlatformServices.load(xpaths);
  private final Catalog catalog = Catalog.standard();
  private final CdaValidator cdaValidator;
  private final PlatformStore store;
  private final HttpServer server;
  private final ExecutorService workers;
  private final BlockingQueue<PlatformStore.Exchange> logQueue = new ArrayBlockingQueue<>(20_000);
  private final Thread logWriter;
  private final AtomicLong served = new AtomicLong();
  private final AtomicLong logDropped = new AtomicLong();
  private final XPathExecutable requestIdX = xpaths.compile("/*/id/@extension");
  private final XPathExecutable deviceX = xpaths.compile("/*/sender/device/id/item/@extension");
  private volatile boolean closing;

  private ReferencePlatform(Builder b) throws IOException {
    this.config = b;
    this.m = Messages.of("org.shutong.interop.messages", b.lang);
    this.cdaValidator = CdaValidator.builder().lang(b.lang).maxBytes(b.maxBodyBytes).build();
    if (b.dataDir != null) {
      Files.createDirectories(b.dataDir);
    }
    try {
      this.store = new PlatformStore(b.dataDir, b.threads + 2);
    } catch (SQLException e) {
      throw new IOException(m.get("platform.store", b.dataDir == null ? "-" : b.dataDir, XPathRules.oneLine(e.getMessage())), e);
    }
    // Bound how long a request may take to arrive and a response to leave, so that a client that
    // stalls cannot hold a worker forever. These JDK properties are read once per JVM; a value the
    // user set is kept.
    System.getProperties().putIfAbsent("sun.net.httpserver.maxReqTime", "60");
    System.getProperties().putIfAbsent("sun.net.httpserver.maxRspTime", "60");
    // Reply headers and body go out in separate writes; with Nagle's algorithm and the client's
    // delayed ACK every kept-alive exchange would wait ~40 ms. Send at once.
    System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
    try {
      this.server = HttpServer.create(new InetSocketAddress(b.host, b.port), 256);
    } catch (IOException e) {
      store.close();
      throw new IOException(m.get("platform.bind", b.host, b.port, XPathRules.oneLine(e.getMessage())), e);
    }
    this.workers = new ThreadPoolExecutor(b.threads, b.threads, 0, TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>(4096), r -> {
          Thread t = new Thread(r, "shutong-platform");
          t.setDaemon(true);
          return t;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
    server.setExecutor(workers);
    server.createContext("/", this::handle);
    this.logWriter = new Thread(this::writeLog, "shutong-platform-log");
    logWriter.setDaemon(true);
    logWriter.start();
    server.start();
  }

  /** The port listened on (the actual one when started with port 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The services endpoint, e.g. {@code http://127.0.0.1:8080/services}. */
  public URI endpoint() {
    return URI.create("http://" + hostForUri() + ":" + port() + "/services");
  }

  private String hostForUri() {
    String h = config.host;
    return h.contains(":") ? "[" + h + "]" : h;
  }

  /** Requests answered since start. */
  public long served() {
    return served.get();
  }

  /** Stops listening (waiting up to 2 seconds for exchanges in progress), flushes the log, closes the store. */
  @Override
  public void close() {
    closing = true;
    server.stop(2);
    workers.shutdown();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
      logWriter.interrupt();
      logWriter.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    flushLog();
    store.close();
  }

  // ------------------------------------------------------------------ HTTP

  @SuppressWarnings("ArrayRecordComponent") // internal carrier of one reply: never compared or hashed
  private record Reply(int status, String contentType, byte[] body, String service, String requestId, String ack,
      String detail) {}

  private void handle(HttpExchange ex) {
    long t0 = System.nanoTime();
    byte[] body = null;
    Reply reply = null;
    try {
      String method = ex.getRequestMethod();
      String path = ex.getRequestURI().getPath();
      if (method.equals("GET") || method.equals("HEAD")) {
        reply = status(path);
      } else if (!method.equals("POST")) {
        reply = new Reply(405, "text/plain; charset=utf-8", m.get("platform.method", method).getBytes(StandardCharsets.UTF_8),
            null, null, "405", method);
      } else {
        body = readBody(ex);
        if (body == null) {
          reply = new Reply(413, "text/plain; charset=utf-8",
              m.get("platform.tooLarge", config.maxBodyBytes).getBytes(StandardCharsets.UTF_8), null, null, "413", null);
        } else {
          String pathService = path.startsWith("/services/") ? path.substring("/services/".length()) : null;
          reply = process(body, ex.getRequestHeaders().getFirst("Content-Type"),
              ex.getRequestHeaders().getFirst("SOAPAction"), pathService);
        }
      }
      ex.getResponseHeaders().set("Content-Type", reply.contentType());
      if (method.equals("HEAD")) {
        ex.sendResponseHeaders(reply.status(), -1);
      } else {
        ex.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(reply.body());
        }
      }
    } catch (IOException e) {
      // the client went away or stalled past the limit; nothing to answer
      reply = reply == null ? new Reply(0, "", new byte[0], null, null, "IO", XPathRules.oneLine(e.getMessage())) : reply;
    } catch (RuntimeException e) {
      reply = new Reply(500, "text/plain; charset=utf-8", new byte[0], null, null, "500", e.toString());
      try {
        ex.sendResponseHeaders(500, -1);
      } catch (IOException ignored) {
        // already failing
      }
    } finally {
      ex.close();
      served.incrementAndGet();
      if (reply != null && ex.getRequestMethod().equals("POST")) {
        log(ex, body, reply, (System.nanoTime() - t0) / 1_000_000);
      }
    }
  }

  /**
   * The body, or null if longer than the limit. A longer body is read on (and dropped) up to a
   * bound, so that the client gets the 413 reply rather than a reset connection.
   */
  private byte[] readBody(HttpExchange ex) throws IOException {
    long drainLimit = Math.min(Math.max(config.maxBodyBytes * 4, 1L << 20), 256L << 20);
    String len = ex.getRequestHeaders().getFirst("Content-Length");
    long declared = -1;
    if (len != null) {
      try {
        declared = Long.parseLong(len.trim());
      } catch (NumberFormatException e) {
        // read and count instead
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 && declared <= config.maxBodyBytes
        ? (int) declared : 8192);
    byte[] buf = new byte[16384];
    boolean tooLarge = declared > config.maxBodyBytes;
    try (InputStream in = ex.getRequestBody()) {
      if (tooLarge && declared > drainLimit) {
        return null;
      }
      int n;
      long total = 0;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > config.maxBodyBytes) {
          tooLarge = true;
          if (total > drainLimit) {
            break;
          }
          continue;
        }
        out.write(buf, 0, n);
      }
    }
    return tooLarge ? null : out.toByteArray();
  }

  private Reply status(String path) {
    if (path.equals("/health")) {
      return new Reply(200, "text/plain; charset=utf-8", "ok\n".getBytes(StandardCharsets.UTF_8), null, null, "200", null);
    }
    StringBuilder b = new StringBuilder();
    b.append(m.get("platform.title")).append('\n');
    try {
      b.append(m.get("platform.counts", store.count("entity"), store.count("document"), store.count("message"),
          store.count("exchange"))).append("\n\n");
    } catch (SQLException e) {
      b.append(XPathRules.oneLine(e.getMessage())).append("\n\n");
    }
    b.append(m.get("platform.core")).append('\n');
    for (String code : services.codes().stream().sorted().toList()) {
      ServiceSpec s = catalog.service(code);
      b.append("  POST ").append(endpoint()).append('/').append(code).append("  ").append(s == null ? "" : s.name())
          .append('\n');
    }
    b.append(m.get("platform.others")).append('\n');
    return new Reply(200, "text/plain; charset=utf-8", b.toString().getBytes(StandardCharsets.UTF_8), null, null,
        "200", null);
  }

  // ------------------------------------------------------------------ messages

  private Reply process(byte[] body, String contentType, String soapAction, String pathService) {
    // The common case, a message alone in the SOAP Body or posted bare, is checked in one pass over
    // the request; anything else (an operation element, escaped text, a fault) is unwrapped first.
    Soap.Scan scan = Soap.scan(body, contentType, soapAction);
    Soap.Binding binding;
    String action;
    byte[] message;
    String payloadRoot;
    Soap.Operation operation = null;
    if (scan.inlineRoot() != null) {
      binding = scan.binding();
      action = scan.action();
      message = body;
      payloadRoot = scan.binding() == Soap.Binding.POST ? null : scan.inlineRoot();
    } else {
      Soap.Incoming in = Soap.unwrap(processor, body, contentType, soapAction, config.lang);
      binding = in.binding();
      if (in.problem() != null && contentType != null) {
        String ct = contentType.toLowerCase(java.util.Locale.ROOT);
        if (ct.contains("soap+xml")) {
          binding = Soap.Binding.SOAP12;
        } else if (soapAction != null) {
          binding = Soap.Binding.SOAP11;
        }
      }
      if (in.problem() != null || in.fault() != null) {
        String reason = in.problem() != null ? m.get("platform.unreadable", in.problem())
            : m.get("platform.faultIn", in.fault());
        if (binding == Soap.Binding.POST) {
          return ack(binding, null, null, HlResponses.ACK_INTERACTION, null, null, "AE", List.of(reason), null);
        }
        return fault(binding, reason);
      }
      if (in.message() == null) {
        return fault(binding, m.get("platform.noMessage"));
      }
      action = in.action();
      message = in.message();
      payloadRoot = null;
      operation = in.operation();
    }
    String code = pathService != null ? pathService : action;
    ServiceSpec spec = code == null ? null : catalog.service(code);
    String rootName = scan.inlineRoot() != null ? scan.inlineRoot() : XmlPipeline.sniff(message).rootName();
    if (code == null) {
      List<ServiceSpec> candidates = new ArrayList<>();
      for (ServiceSpec s : catalog.services()) {
        if (s.hasSchema() && s.interaction().equals(rootName)) {
          candidates.add(s);
        }
      }
      if (candidates.size() == 1) {
        spec = candidates.get(0);
      } else {
        String reason = candidates.isEmpty()
            ? m.get("platform.noService", rootName == null ? "-" : rootName)
            : m.get("platform.ambiguous", rootName,
                String.join(", ", candidates.stream().map(ServiceSpec::code).toList()));
        return ack(binding, operation, null, HlResponses.ACK_INTERACTION, null, null, "AE", List.of(reason), null);
      }
    } else if (spec == null || !spec.hasSchema()) {
      return ack(binding, operation, code, HlResponses.ACK_INTERACTION, null, null, "AE",
          List.of(m.get("platform.unknownService", code)), null);
    }
    MessageCheck.Result check = MessageCheck.check(processor, message, payloadRoot, spec, config.lang, 20);
    XdmNode root = check.doc() == null ? null : Soap.firstElement(check.doc());
    String requestId = root == null ? null : xpaths.string(requestIdX, check.doc());
    String device = root == null ? null : xpaths.string(deviceX, check.doc());
    PlatformServices.Service core = services.get(spec.code());
    String interaction = core != null && core.def().response() != null ? core.def().response() : HlResponses.ACK_INTERACTION;
    if (!check.ok()) {
      return ack(binding, operation, spec.code(), interaction, requestId, device, "AE", check.reasons(5),
          core != null && core.def().response() != null ? HlResponses.queryAck(null, "QE", 0) : null);
    }
    try {
      if (core == null) {
        store.storeMessage(spec.code(), requestId, payloadRoot == null ? message : Soap.serialize(processor, root));
        return ack(binding, operation, spec.code(), HlResponses.ACK_INTERACTION, requestId, device, "AA",
            List.of(m.get(spec.query() ? "platform.acceptedQuery" : "platform.accepted")), null);
      }
      // the paths in platform/services.yaml are relative to the message's root element
      Result r = serve(core, root);
      return ack(binding, operation, spec.code(), interaction, requestId, device, r.ack, r.details, r.controlAct);
    } catch (SQLException e) {
      return ack(binding, operation, spec.code(), interaction, requestId, device, "AE",
          List.of(m.get("platform.internal", XPathRules.oneLine(e.getMessage()))), null);
    }
  }

  private record Result(String ack, List<String> details, String controlAct) {
    static Result aa(String detail, String controlAct) {
      return new Result("AA", List.of(detail), controlAct);
    }

    static Result ae(String detail, String controlAct) {
      return new Result("AE", List.of(detail), controlAct);
    }
  }

  private Result serve(PlatformServices.Service s, XdmNode doc) throws SQLException {
    PlatformServices.Def d = s.def();
    String entity = d.entity();
    switch (d.action()) {
      case "register", "update" -> {
        String key = xpaths.string(s.key(), doc);
        if (key.isEmpty()) {
          return Result.ae(m.get("platform.noKey", entityName(entity)), null);
        }
        XdmNode rec = xpaths.node(s.record(), doc);
        byte[] record = rec == null ? null : Soap.serialize(processor, rec);
        String idCard = field(s, "idCard", doc);
        String name = field(s, "name", doc);
        boolean ok = d.action().equals("register")
            ? store.insert(entity, key, idCard, name, record)
            : store.update(entity, key, idCard, name, record);
        if (!ok) {
          return Result.ae(m.get(d.action().equals("register") ? "platform.exists" : "platform.notFoundUpdate",
              entityName(entity), key), null);
        }
        return Result.aa(m.get(d.action().equals("register") ? "platform.registered" : "platform.updated",
            entityName(entity), key), null);
      }
      case "merge" -> {
        String survivor = xpaths.string(s.key(), doc);
        String merged = xpaths.string(s.merged(), doc);
        if (survivor.isEmpty() || merged.isEmpty()) {
          return Result.ae(m.get("platform.noKey", entityName(entity)), null);
        }
        if (!store.merge(entity, survivor, merged)) {
          return Result.ae(m.get("platform.mergeFailed", merged, survivor), null);
        }
        return Result.aa(m.get("platform.merged", merged, survivor), null);
      }
      case "query" -> {
        PlatformStore.Entity e = null;
        String asked = null;
        for (Map.Entry<String, XPathExecutable> by : s.by().entrySet()) {
          String v = xpaths.string(by.getValue(), doc);
          if (!v.isEmpty()) {
            asked = v;
            e = store.find(entity, switch (by.getKey()) {
              case "idCard" -> "id_card";
              case "name" -> "name";
              default -> "id";
            }, v);
            break;
          }
        }
        String queryId = s.queryId() == null ? null : xpaths.string(s.queryId(), doc);
        if (asked == null) {
          return Result.ae(m.get("platform.noCriteria"), HlResponses.queryAck(queryId, "QE", 0));
        }
        if (e == null) {
          return Result.ae(m.get("platform.notFound", entityName(entity), asked), HlResponses.queryAck(queryId, "NF", 0));
        }
        String record = e.record() == null ? "" : new String(e.record(), StandardCharsets.UTF_8);
        List<String> wrap = d.wrap() == null ? List.of() : d.wrap();
        StringBuilder b = new StringBuilder();
        for (String w : wrap) {
          b.append('<').append(w).append(wrapAttributes(w)).append('>');
          if (w.equals("registrationEvent")) {
            b.append("<statusCode code=\"active\"/>");
          }
        }
        b.append(record);
        for (int i = wrap.size() - 1; i >= 0; i--) {
          b.append("</").append(wrap.get(i)).append('>');
        }
        b.append('\n').append(HlResponses.queryAck(queryId, "OK", 1));
        return Result.aa(m.get("platform.found", entityName(entity), e.id()), b.toString());
      }
      case "register-document" -> {
        return registerDocument(s, doc);
      }
      case "search-documents", "retrieve-document" -> {
        String queryId = s.queryId() == null ? null : xpaths.string(s.queryId(), doc);
        List<PlatformStore.Doc> docs = new ArrayList<>();
        if (d.action().equals("retrieve-document")) {
          String id = xpaths.string(s.by().get("key"), doc);
          if (id.isEmpty()) {
            return Result.ae(m.get("platform.noCriteria"), HlResponses.queryAck(queryId, "QE", 0));
          }
          PlatformStore.Doc one = store.document(id);
          if (one == null) {
            return Result.ae(m.get("platform.notFound", m.get("entity.document"), id), HlResponses.queryAck(queryId, "NF", 0));
          }
          docs.add(one);
        } else {
          String patient = "";
          for (net.sf.saxon.s9api.XdmItem i : xpaths.evaluate(s.by().get("patient"), doc)) {
            if (!i.getStringValue().isBlank()) {
              patient = i.getStringValue().trim();
              break;
            }
          }
          String type = xpaths.string(s.by().get("docType"), doc);
          if (patient.isEmpty()) {
            return Result.ae(m.get("platform.noCriteria"), HlResponses.queryAck(queryId, "QE", 0));
          }
          docs.addAll(store.documentsOf(patient, type, 100));
          if (docs.isEmpty()) {
            return Result.ae(m.get("platform.notFound", m.get("entity.document"), patient), HlResponses.queryAck(queryId, "NF", 0));
          }
        }
        boolean withContent = d.action().equals("retrieve-document");
        StringBuilder b = new StringBuilder();
        for (PlatformStore.Doc x : docs) {
          b.append("    <subject typeCode=\"SUBJ\">\n      <clinicalDocument classCode=\"DOCCLIN\" moodCode=\"EVN\">\n")
              .append("        <id><item root=\"2.16.156.10011.1.1\" extension=\"").append(HlResponses.esc(x.id())).append("\"/></id>\n")
              .append("        <code code=\"").append(HlResponses.esc(x.docType()))
              .append("\" codeSystem=\"2.16.156.10011.2.4\" codeSystemName=\"卫生信息共享文档规范编码体系\"><displayName value=\"")
              .append(HlResponses.esc(x.title() == null ? "" : x.title())).append("\"/></code>\n")
              .append("        <effectiveTime value=\"").append(HlResponses.esc(x.effectiveTime())).append("\"/>\n");
          if (withContent) {
            b.append("        <storageCode><originalText value=\"").append(Base64.getEncoder().encodeToString(x.cda()))
                .append("\"/></storageCode>\n");
          }
          b.append("        <recordTarget typeCode=\"RCT\"><patient classCode=\"PAT\"><id><item root=\"2.16.156.10011.2.5.1.4\" extension=\"")
              .append(HlResponses.esc(x.patient())).append("\"/></id></patient></recordTarget>\n")
              .append("      </clinicalDocument>\n    </subject>\n");
        }
        b.append(HlResponses.queryAck(queryId, "OK", docs.size()));
        return Result.aa(m.get("platform.documents", docs.size()), b.toString());
      }
      default -> throw new IllegalStateException("unknown platform action " + d.action());
    }
  }

  private static String wrapAttributes(String element) {
    return switch (element) {
      case "subject" -> " typeCode=\"SUBJ\"";
      case "registrationEvent" -> " classCode=\"REG\" moodCode=\"EVN\"";
      case "subject1" -> " typeCode=\"SBJ\"";
      default -> "";
    };
  }

  private Result registerDocument(PlatformServices.Service s, XdmNode doc) throws SQLException {
    String key = xpaths.string(s.key(), doc);
    if (key.isEmpty()) {
      return Result.ae(m.get("platform.noKey", m.get("entity.document")), null);
    }
    byte[] cda;
    try {
      cda = Base64.getMimeDecoder().decode(xpaths.string(s.document(), doc));
    } catch (IllegalArgumentException e) {
      return Result.ae(m.get("platform.base64"), null);
    }
    if (cda.length == 0) {
      return Result.ae(m.get("platform.base64"), null);
    }
    FindingCollector findings = new FindingCollector(50);
    cdaValidator.validate(cda, "originalText", null, findings);
    if (findings.count(Severity.ERROR) > 0) {
      List<String> reasons = new ArrayList<>();
      reasons.add(m.get("platform.cdaInvalid", findings.count(Severity.ERROR)));
      for (Finding f : findings.findings()) {
        if (f.severity() == Severity.ERROR && reasons.size() < 6) {
          reasons.add(f.ruleId() + " " + f.field() + ": " + f.message());
        }
      }
      return new Result("AE", reasons, null);
    }
    XmlPipeline.Result parsed = XmlPipeline.parse(processor, cda, null, config.lang.locale(), 1,
        (kind, k, message, line, column, path) -> {});
    List<String> mismatches = new ArrayList<>();
    for (Map.Entry<String, XPathExecutable> c : s.consistency().entrySet()) {
      String inMessage = c.getKey().equals("key") ? key : field(s, c.getKey(), doc);
      String inDocument = xpaths.string(c.getValue(), parsed.doc());
      if (!inMessage.isEmpty() && !inMessage.equals(inDocument)) {
        mismatches.add(m.get("platform.mismatch", c.getKey(), inMessage, inDocument));
      }
    }
    if (!mismatches.isEmpty()) {
      return new Result("AE", mismatches, null);
    }
    String docType = field(s, "docType", doc);
    DocumentType t = catalog.document(docType);
    PlatformStore.Doc d = new PlatformStore.Doc(key, docType, t == null ? field(s, "title", doc) : t.title(),
        field(s, "patient", doc), field(s, "effectiveTime", doc), cda);
    if (!store.insertDocument(d)) {
      return Result.ae(m.get("platform.exists", m.get("entity.document"), key), null);
    }
    return Result.aa(m.get("platform.registered", m.get("entity.document"), key), null);
  }

  private String field(PlatformServices.Service s, String name, XdmNode doc) {
    XPathExecutable x = s.fields().get(name);
    return x == null ? "" : xpaths.string(x, doc);
  }

  private String entityName(String entity) {
    return m.get("entity." + entity);
  }

  private Reply ack(Soap.Binding binding, Soap.Operation op, String service, String interaction, String requestId,
      String device, String code, List<String> details, String controlAct) {
    // a random id without SecureRandom (UUID.randomUUID serialises every reply on one lock)
    java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
    String id = new UUID(r.nextLong(), r.nextLong()).toString();
    String ts = HlTime.format(LocalDateTime.now(ZONE));
    String msg = HlResponses.reply(interaction, id, ts, requestId, device, code, details, controlAct);
    String body = binding == Soap.Binding.POST && op == null ? msg : Soap.wrapResponse(msg, binding, op);
    return new Reply(200, binding.contentType(null), body.getBytes(StandardCharsets.UTF_8), service, requestId, code,
        String.join("; ", details));
  }

  private Reply fault(Soap.Binding binding, String reason) {
    Soap.Binding b = binding == Soap.Binding.POST ? Soap.Binding.SOAP11 : binding;
    int status = b == Soap.Binding.SOAP12 ? 400 : 500;
    return new Reply(status, b.contentType(null), Soap.fault(b, true, reason).getBytes(StandardCharsets.UTF_8), null,
        null, "FAULT", reason);
  }

  // ------------------------------------------------------------------ exchange log

  private void log(HttpExchange ex, byte[] request, Reply reply, long millis) {
    String remote = ex.getRemoteAddress() == null ? "-" : ex.getRemoteAddress().getAddress().getHostAddress();
    Exchange e = new Exchange(Instant.now(), remote, reply.service(), reply.requestId(), reply.ack(), reply.detail(), millis);
    try {
      config.listener.accept(e);
    } catch (RuntimeException ignored) {
      // a listener must not break the server
    }
    PlatformStore.Exchange row = new PlatformStore.Exchange(e.at(), remote, e.service(), e.requestId(), e.ack(),
        e.detail(), millis, cap(request), cap(reply.body()));
    if (!logQueue.offer(row)) {
      logDropped.incrementAndGet();
    }
  }

  private static byte[] cap(byte[] b) {
    return b == null || b.length <= MAX_LOGGED_BODY ? b : java.util.Arrays.copyOf(b, MAX_LOGGED_BODY);
  }

  private void writeLog() {
    List<PlatformStore.Exchange> batch = new ArrayList<>();
    while (!closing || !logQueue.isEmpty()) {
      try {
        PlatformStore.Exchange first = logQueue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        logQueue.drainTo(batch, 499);
        store.log(batch);
      } catch (InterruptedException e) {
        break;
      } catch (SQLException e) {
        logDropped.addAndGet(batch.size());
      } finally {
        batch.clear();
      }
    }
  }

  private void flushLog() {
    List<PlatformStore.Exchange> rest = new ArrayList<>();
    logQueue.drainTo(rest);
    if (!rest.isEmpty()) {
      try {
        store.log(rest);
      } catch (SQLException e) {
        logDropped.addAndGet(rest.size());
      }
    }
  }

  /** Exchanges not written to the log (queue full or store failure); 0 in normal operation. */
  public long logDropped() {
    return logDropped.get();
  }

  /** Rows in the store's tables (entity, document, message, exchange), for status and tests. */
  long count(String table) throws SQLException {
    return store.count(table);
  }
}
