package org.shutong.interop;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.InputException;

/**
 * A test plan for a platform's interaction services: cases (positive T and negative F, as the
 * 互联互通测评 names them), each a list of steps that send a message and check the reply. A data
 * file in YAML; the format is documented in {@code docs/interop.md} and in the bundled plan
 * ({@code plans/bundled.yaml}), which covers every HL7 v3 service of the catalogue. Immutable.
 *
 * @param name a title for reports
 * @param source where it was read from (a path, or {@code bundled})
 * @param defaults transport and timing for every step unless a step says otherwise
 * @param variables values for {@code ${name}} placeholders (may use {@code ${run}})
 * @param documents CDA documents a step can embed as {@code ${doc:name}} (Base64)
 * @param cases the cases in order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TestPlan(
    String name,
    String source,
    Defaults defaults,
    Map<String, String> variables,
    Map<String, DocumentSpec> documents,
    List<TestCase> cases) {

  /** Copies the collections. */
  public TestPlan {
    variables = Map.copyOf(variables);
    documents = Map.copyOf(documents);
    cases = List.copyOf(cases);
  }

  /**
   * Transport defaults.
   *
   * @param binding {@code soap12} (default), {@code soap11} or {@code post}
   * @param operation the operation element wrapping the message in the Body, or null for the
   *     message itself in the Body
   * @param path appended to the endpoint, may use {@code ${service}} (default none)
   * @param timeout per attempt (default 10 s)
   * @param retries further attempts after a transport failure (default 1)
   * @param headers extra HTTP headers
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Defaults(
      String binding, Operation operation, String path, Duration timeout, int retries, Map<String, String> headers) {
    /** Copies the headers. */
    public Defaults {
      headers = Map.copyOf(headers);
    }
  }

  /**
   * An operation element: {@code <name xmlns="namespace"><action>service</action><message>escaped
   * message</message></name>} (e.g. {@code HIPMessageServer} in {@code urn:hl7-org:v3}).
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Operation(String name, String namespace, String action, String message) {}

  /**
   * A CDA document generated for embedding: a document type and XPath → value changes.
   *
   * @param type C0001…C0053
   * @param set XPath (unprefixed names in urn:hl7-org:v3) → value, templated
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record DocumentSpec(String type, Map<String, String> set) {
    /** Copies the map. */
    public DocumentSpec {
      set = set == null ? Map.of() : Map.copyOf(set);
    }
  }

  /**
   * A case.
   *
   * @param id unique id, e.g. {@code PatientInfoRegister-T01}
   * @param service the service code it tests
   * @param kind {@code T} (the platform must accept) or {@code F} (must refuse)
   * @param title what it checks
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record TestCase(String id, String service, String kind, String title, List<Step> steps) {
    /** Copies the steps. */
    public TestCase {
      steps = List.copyOf(steps);
    }
  }

  /**
   * A step: send a message, check the reply, keep values for later steps.
   *
   * @param name a short name for reports
   * @param service the service this step calls (default the case's)
   * @param send the message
   * @param expect the checks, all of which must hold
   * @param save variable → XPath on the reply ({@code request:} before the XPath reads the request)
   * @param timeout per attempt, or null for the default
   * @param retries or null for the default
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Step(
      String name,
      String service,
      Message send,
      List<Expectation> expect,
      Map<String, String> save,
      Duration timeout,
      Integer retries) {
    /** Copies the collections. */
    public Step {
      expect = List.copyOf(expect);
      save = save == null ? Map.of() : Map.copyOf(save);
    }
  }

  /**
   * Where the message comes from (exactly one of file, sample, generate, template, raw) and what
   * to change in it.
   *
   * @param file a file, relative to the plan's directory
   * @param sample a bundled sample message (file name under {@code samples/services/})
   * @param generate a service code: the message is built from the service's XSD
   * @param template the message inline
   * @param raw sent as it is: no envelope, no changes (for robustness tests)
   * @param set XPath → value, templated
   * @param remove XPaths of nodes to remove
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Message(
      String file, String sample, String generate, String template, String raw, Map<String, String> set,
      List<String> remove) {
    /** Copies the collections. */
    public Message {
      set = set == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(set));
      remove = remove == null ? List.of() : List.copyOf(remove);
    }
  }

  /**
   * One check of the reply. Exactly one of status, fault, ack, schema, xpath, cda is set.
   *
   * @param status the HTTP status
   * @param fault whether the reply is a SOAP fault
   * @param ack {@code acknowledgement/@typeCode}: AA, AE or AR
   * @param schema a service code whose XSD the {@code target} message must satisfy
   * @param target {@code response} (default) or {@code request}
   * @param xpath an XPath on the reply's HL7 message, with one of exists, equals, count, matches
   * @param cda {@code valid}: the document in {@code storageCode/originalText/@value} passes all
   *     layers of {@link CdaValidator}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Expectation(
      Integer status,
      Boolean fault,
      String ack,
      String schema,
      String target,
      String xpath,
      Boolean exists,
      String equals,
      Integer count,
      String matches,
      String cda) {}

  // ------------------------------------------------------------------ loading

  private record RawPlan(
      String name, RawDefaults defaults, Map<String, String> variables, Map<String, DocumentSpec> documents,
      List<RawCase> cases) {}

  private record RawDefaults(
      String binding, Operation operation, String path, String timeout, Integer retries, Map<String, String> headers) {}

  private record RawCase(String id, String service, String kind, String title, List<RawStep> steps) {}

  private record RawStep(
      String name, String service, Message send, List<Expectation> expect, Map<String, String> save, String timeout,
      Integer retries) {}

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  /**
   * Reads a plan file.
   *
   * @throws InputException if it is missing, not YAML, or not a valid plan (the message names the
   *     file and, where known, the line, the case and the step)
   */
  public static TestPlan load(Path file, Lang lang) {
    Messages m = Messages.of("org.shutong.interop.messages", lang);
    if (!Files.isRegularFile(file)) {
      throw new InputException(file.toString(), m.get("in.missing", file));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString(), m);
    } catch (IOException e) {
      throw new InputException(file.toString(), m.get("in.unreadable", file, XPathRules.oneLine(e.getMessage())));
    }
  }

  /** The bundled plan covering every HL7 v3 service of the catalogue. */
  public static TestPlan bundled(Lang lang) {
    try (InputStream in = Resources.open("plans/bundled.yaml")) {
      return parse(in, "bundled", Messages.of("org.shutong.interop.messages", lang));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static TestPlan parse(InputStream in, String source, Messages m) throws IOException {
    RawPlan raw;
    try {
      raw = YAML.readValue(in, RawPlan.class);
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      long line = l == null ? 0 : l.getLineNr();
      throw new InputException(source, line, l == null ? 0 : l.getColumnNr(),
          m.get("plan.syntax", source, line, XPathRules.oneLine(e.getOriginalMessage())), e);
    }
    if (raw == null || raw.cases() == null || raw.cases().isEmpty()) {
      throw new InputException(source, m.get("plan.noCases", source));
    }
    RawDefaults d = raw.defaults() == null ? new RawDefaults(null, null, null, null, null, null) : raw.defaults();
    String binding = d.binding() == null ? "soap12" : d.binding();
    try {
      Soap.Binding.parse(binding);
    } catch (IllegalArgumentException e) {
      throw new InputException(source, m.get("plan.invalid", source, "defaults.binding", e.getMessage()));
    }
    Defaults defaults = new Defaults(binding, d.operation(), d.path(),
        duration(d.timeout(), Duration.ofSeconds(10), source, "defaults.timeout", m),
        d.retries() == null ? 1 : d.retries(), d.headers() == null ? Map.of() : d.headers());
    List<TestCase> cases = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    XPaths check = new XPaths(new net.sf.saxon.s9api.Processor(false));
    for (RawCase c : raw.cases()) {
      String where = c.id() == null ? "cases[" + cases.size() + "]" : c.id();
      if (c.id() == null || !ids.add(c.id())) {
        throw new InputException(source, m.get("plan.invalid", source, where, m.get("plan.caseId")));
      }
      if (c.steps() == null || c.steps().isEmpty()) {
        throw new InputException(source, m.get("plan.invalid", source, where, m.get("plan.noSteps")));
      }
      String kind = c.kind() == null ? "T" : c.kind().trim().toUpperCase(Locale.ROOT);
      if (!kind.equals("T") && !kind.equals("F")) {
        throw new InputException(source, m.get("plan.invalid", source, where, "kind: T|F"));
      }
      List<Step> steps = new ArrayList<>();
      int n = 0;
      for (RawStep s : c.steps()) {
        n++;
        String stepWhere = where + " step " + n;
        if (s.send() == null || sources(s.send()) != 1) {
          throw new InputException(source, m.get("plan.invalid", source, stepWhere, m.get("plan.oneSource")));
        }
        String service = s.service() != null ? s.service() : c.service();
        if (service == null && s.send().raw() == null) {
          throw new InputException(source, m.get("plan.invalid", source, stepWhere, m.get("plan.noService")));
        }
        List<Expectation> expect = s.expect() == null ? List.of() : s.expect();
        for (Expectation e : expect) {
          String problem = checkExpectation(e, check);
          if (problem != null) {
            throw new InputException(source, m.get("plan.invalid", source, stepWhere, problem));
          }
        }
        for (String x : s.send().set().keySet()) {
          compiles(check, x, source, stepWhere, m);
        }
        for (String x : s.send().remove()) {
          compiles(check, x, source, stepWhere, m);
        }
        if (s.save() != null) {
          for (String x : s.save().values()) {
            compiles(check, x.startsWith("request:") ? x.substring(8) : x, source, stepWhere, m);
          }
        }
        steps.add(new Step(s.name() == null ? "step" + n : s.name(), service, s.send(), expect, s.save(),
            s.timeout() == null ? null : duration(s.timeout(), null, source, stepWhere + ".timeout", m), s.retries()));
      }
      cases.add(new TestCase(c.id(), c.service(), kind, c.title() == null ? "" : c.title(), steps));
    }
    Map<String, DocumentSpec> docs = raw.documents() == null ? Map.of() : raw.documents();
    for (Map.Entry<String, DocumentSpec> e : docs.entrySet()) {
      if (Catalog.standard().document(e.getValue().type()) == null) {
        throw new InputException(source, m.get("plan.invalid", source, "documents." + e.getKey(),
            m.get("docType.unknown", e.getValue().type())));
      }
      for (String x : e.getValue().set().keySet()) {
        compiles(check, x, source, "documents." + e.getKey(), m);
      }
    }
    return new TestPlan(raw.name() == null ? source : raw.name(), source, defaults,
        raw.variables() == null ? Map.of() : raw.variables(), docs, cases);
  }

  private static int sources(Message s) {
    int n = 0;
    for (Object o : new Object[] {s.file(), s.sample(), s.generate(), s.template(), s.raw()}) {
      if (o != null) {
        n++;
      }
    }
    return n;
  }

  private static String checkExpectation(Expectation e, XPaths check) {
    int kinds = 0;
    for (Object o : new Object[] {e.status(), e.fault(), e.ack(), e.schema(), e.xpath(), e.cda()}) {
      if (o != null) {
        kinds++;
      }
    }
    if (kinds != 1) {
      return "expect: one of status, fault, ack, schema, xpath, cda per entry";
    }
    if (e.ack() != null && !List.of("AA", "AE", "AR").contains(e.ack())) {
      return "ack: AA|AE|AR";
    }
    if (e.target() != null && !List.of("request", "response").contains(e.target())) {
      return "target: request|response";
    }
    if (e.schema() != null && Catalog.standard().service(e.schema()) == null) {
      return "schema: unknown service " + e.schema();
    }
    if (e.cda() != null && !e.cda().equals("valid")) {
      return "cda: valid";
    }
    if (e.xpath() != null) {
      int ops = 0;
      for (Object o : new Object[] {e.exists(), e.equals(), e.count(), e.matches()}) {
        if (o != null) {
          ops++;
        }
      }
      if (ops != 1) {
        return "xpath: one of exists, equals, count, matches";
      }
      try {
        check.compile(e.xpath());
        if (e.matches() != null) {
          Pattern.compile(e.matches());
        }
      } catch (IllegalArgumentException ex) {
        return e.xpath() + ": " + ex.getMessage();
      }
    }
    return null;
  }

  private static void compiles(XPaths check, String x, String source, String where, Messages m) {
    try {
      check.compile(x);
    } catch (IllegalArgumentException e) {
      throw new InputException(source, m.get("plan.invalid", source, where, x + ": " + e.getMessage()));
    }
  }

  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)?");

  /** {@code 500ms}, {@code 10s}, {@code 2m}, or a number of seconds. */
  static Duration duration(String s, Duration dflt, String source, String where, Messages m) {
    if (s == null) {
      return dflt;
    }
    Matcher x = DURATION.matcher(s.trim());
    if (!x.matches()) {
      throw new InputException(source, m.get("plan.invalid", source, where, "duration: 500ms | 10s | 2m"));
    }
    double v = Double.parseDouble(x.group(1));
    String unit = x.group(2) == null ? "s" : x.group(2);
    long ms = (long) (v * switch (unit) {
      case "ms" -> 1;
      case "m" -> 60_000;
      default -> 1000;
    });
    return Duration.ofMillis(Math.max(1, ms));
  }
}
