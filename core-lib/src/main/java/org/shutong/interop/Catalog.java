package org.shutong.interop;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The bundled catalogues of the 互联互通测评: the 53 shared documents of WS/T 500-2016 with their
 * template OIDs, the interaction services with the 测评 level that first requires each, and the
 * OIDs observed in public WS/T 500 documents and messages. Sources and derivations are in {@code
 * org/shutong/interop/PROVENANCE.md}. Immutable; {@link #standard()} is loaded once.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Catalog {
  /** Code system of the document type codes (卫生信息共享文档规范编码体系). */
  public static final String DOC_CODE_SYSTEM = "2.16.156.10011.2.4";

  /** A section a document type contains, from {@code rules/body-sections.tsv}. */
  record Section(
      String docCode, String code, String codeSystem, String displayName, String nameZh, String source) {
    /** How the section is named in messages: its code and name. */
    String label() {
      String n = nameZh.isEmpty() ? displayName : nameZh;
      return code.isEmpty() ? n : code + " " + n;
    }
  }

  /** A code-system binding of an element, from {@code rules/bindings.tsv}. */
  record Binding(String parent, String element, List<String> codeSystems, String name, String source) {}

  private static final class Holder {
    static final Catalog STANDARD = load();
  }

  private final Map<String, DocumentType> documents;
  private final Map<String, ServiceSpec> services;
  private final Map<String, String> oids;
  private final Map<String, List<Section>> sections;
  private final List<Binding> bindings;
  private final Map<String, String> codeSystemTables;
  private final Map<String, List<String>> codesetRefs;
  private final Map<String, String> codeForms;
  private final Set<String> knownCodeSystems;

  private Catalog(
      Map<String, DocumentType> documents,
      Map<String, ServiceSpec> services,
      Map<String, String> oids,
      Map<String, List<Section>> sections,
      List<Binding> bindings,
      Map<String, String> codeSystemTables,
      Map<String, List<String>> codesetRefs,
      Map<String, String> codeForms) {
    this.documents = documents;
    this.services = services;
    this.oids = oids;
    this.sections = sections;
    this.bindings = bindings;
    this.codeSystemTables = codeSystemTables;
    this.codesetRefs = codesetRefs;
    this.codeForms = codeForms;
    Set<String> known = new LinkedHashSet<>(oids.keySet());
    for (Binding b : bindings) {
      known.addAll(b.codeSystems());
    }
    known.addAll(codeSystemTables.keySet());
    this.knownCodeSystems = Collections.unmodifiableSet(known);
  }

  /** The bundled catalogue. */
  public static Catalog standard() {
    return Holder.STANDARD;
  }

  /** The 53 document types in code order. */
  public List<DocumentType> documents() {
    return List.copyOf(documents.values());
  }

  /** The document type with {@code code} ({@code C0001}…), or {@code null}. */
  public DocumentType document(String code) {
    return code == null ? null : documents.get(code.trim().toUpperCase(Locale.ROOT));
  }

  /** All catalogued services in catalogue order (including those without a bundled XSD). */
  public List<ServiceSpec> services() {
    return List.copyOf(services.values());
  }

  /** The service with {@code code} (case-insensitive), or {@code null}. */
  public ServiceSpec service(String code) {
    if (code == null) {
      return null;
    }
    ServiceSpec s = services.get(code);
    if (s != null) {
      return s;
    }
    for (ServiceSpec x : services.values()) {
      if (x.code().equalsIgnoreCase(code.trim())) {
        return x;
      }
    }
    return null;
  }

  /** The HL7 v3 services with a bundled XSD that the 测评 requires at {@code level} or below. */
  public List<ServiceSpec> servicesRequiredAt(Level level) {
    List<ServiceSpec> out = new ArrayList<>();
    for (ServiceSpec s : services.values()) {
      if (s.hasSchema() && s.level() != null && level.includes(s.level())) {
        out.add(s);
      }
    }
    return out;
  }

  /** OIDs observed in public WS/T 500 documents and messages, with their meaning. */
  public Map<String, String> oids() {
    return oids;
  }

  /** Sections the document type contains in the standard's example, in document order. */
  List<Section> sections(String docCode) {
    return sections.getOrDefault(docCode, List.of());
  }

  List<Binding> bindings() {
    return bindings;
  }

  /** The national table behind a code system OID ({@code GB/T 2261.1}, {@code ICD-10}), or null. */
  String tableOf(String codeSystem) {
    return codeSystemTables.get(codeSystem);
  }

  /** The code tables of {@code org.shutong.codesets} behind each table name (column codesets). */
  Map<String, List<String>> codesetRefs() {
    return codesetRefs;
  }

  /**
   * The form of the codes a bundled table holds (column code_form), e.g. {@code [A-Z]{3}} for
   * GB/T 2659, whose bundled table has the alpha-3 codes only; codes of another form (the numeric
   * 156) are not checked. Null if any code is checked.
   */
  String codeForm(String table) {
    return codeForms.get(table);
  }

  /** Code system OIDs the catalogue knows (observed, bound or mapped to a table). */
  Set<String> knownCodeSystems() {
    return knownCodeSystems;
  }

  private static Catalog load() {
    Map<String, DocumentType> docs = new LinkedHashMap<>();
    for (Map<String, String> r : Resources.tsv("documents.tsv")) {
      docs.put(r.get("doc_code"), new DocumentType(r.get("doc_code"), r.get("title"), r.get("templateId_derived")));
    }
    Map<String, ServiceSpec> svcs = new LinkedHashMap<>();
    for (Map<String, String> r : Resources.tsv("services.tsv")) {
      String code = patchServiceCode(r.get("service_code"));
      String rank = r.get("rank");
      Level level = rank.isEmpty() || rank.equals("None") ? null : Level.parse(rank);
      String xsd = "schemas/services/" + code + ".xsd";
      String interaction = Resources.exists(xsd) ? rootElementOf(xsd) : null;
      svcs.put(
          code,
          new ServiceSpec(
              Integer.parseInt(r.get("queue")),
              code,
              r.get("service_name"),
              r.get("category"),
              level,
              "True".equals(r.get("is_v3")),
              "True".equals(r.get("is_lookup")),
              interaction));
    }
    patchDocumentServiceNames(svcs);
    Map<String, String> oids = new LinkedHashMap<>();
    for (Map<String, String> r : Resources.tsv("oids.tsv")) {
      oids.put(r.get("oid"), r.get("name_as_used"));
    }
    Map<String, List<Section>> sections = new LinkedHashMap<>();
    for (Map<String, String> r : Resources.tsv("rules/body-sections.tsv")) {
      sections
          .computeIfAbsent(r.get("doc_code"), k -> new ArrayList<>())
          .add(
              new Section(
                  r.get("doc_code"),
                  r.get("section_code"),
                  r.get("code_system"),
                  r.get("display_name"),
                  r.get("name_zh"),
                  r.get("source")));
    }
    sections.replaceAll((k, v) -> List.copyOf(v));
    List<Binding> bindings = new ArrayList<>();
    for (Map<String, String> r : Resources.tsv("rules/bindings.tsv")) {
      String[] path = r.get("element").split("/", -1);
      bindings.add(
          new Binding(
              path[0], path[1], List.of(r.get("code_systems").split("\\|", -1)), r.get("name"), r.get("source")));
    }
    Map<String, String> tables = new LinkedHashMap<>();
    Map<String, List<String>> refs = new LinkedHashMap<>();
    Map<String, String> forms = new LinkedHashMap<>();
    for (Map<String, String> r : Resources.tsv("rules/codesystems.tsv")) {
      tables.put(r.get("oid"), r.get("table"));
      refs.put(r.get("table"), List.of(r.get("codesets").split("\\|", -1)));
      if (!r.get("code_form").isEmpty()) {
        forms.put(r.get("table"), r.get("code_form"));
      }
    }
    return new Catalog(
        Collections.unmodifiableMap(docs),
        Collections.unmodifiableMap(svcs),
        Collections.unmodifiableMap(oids),
        Collections.unmodifiableMap(sections),
        List.copyOf(bindings),
        Collections.unmodifiableMap(tables),
        Collections.unmodifiableMap(refs),
        Collections.unmodifiableMap(forms));
  }

  /**
   * Patch step (documented in PROVENANCE.md): the catalogue's source truncated two service codes
   * at 15 and 32 characters ({@code DocumentRegiste}, {@code OutPatientAppointStatusInfoUpdat}).
   * A code that names no bundled XSD but is the prefix of exactly one XSD name is replaced by it.
   */
  static String patchServiceCode(String code) {
    if (Resources.exists("schemas/services/" + code + ".xsd")) {
      return code;
    }
    String match = null;
    for (String name : serviceSchemaNames()) {
      if (name.startsWith(code)) {
        if (match != null) {
          return code;
        }
        match = name;
      }
    }
    return match == null ? code : match;
  }

  /**
   * Patch step (documented in PROVENANCE.md): the catalogue names DocumentAccess
   * 电子病历文档调阅服务 and DocumentRetrieve 电子病历文档检索服务, but their XSDs and the published
   * samples say the opposite: DocumentAccess.xsd is RCMR_IN000029UV01, a search by patient, type
   * and time, which sample EMR-PL-15 calls 检索; DocumentRetrieve.xsd is RCMR_IN000031UV01, a fetch
   * by document id, which sample EMR-PL-16 calls 调阅. When the catalogue still has them that way
   * round, their names are swapped; codes, XSDs and levels are kept.
   */
  static void patchDocumentServiceNames(Map<String, ServiceSpec> svcs) {
    ServiceSpec access = svcs.get("DocumentAccess");
    ServiceSpec retrieve = svcs.get("DocumentRetrieve");
    if (access == null || retrieve == null
        || !"RCMR_IN000029UV01".equals(access.interaction()) || !"RCMR_IN000031UV01".equals(retrieve.interaction())
        || !access.name().contains("调阅") || !retrieve.name().contains("检索")) {
      return;
    }
    svcs.put("DocumentAccess", new ServiceSpec(access.queue(), access.code(), retrieve.name(), access.category(),
        access.level(), access.v3(), access.query(), access.interaction()));
    svcs.put("DocumentRetrieve", new ServiceSpec(retrieve.queue(), retrieve.code(), access.name(), retrieve.category(),
        retrieve.level(), retrieve.v3(), retrieve.query(), retrieve.interaction()));
  }

  private static final Pattern FIRST_ELEMENT = Pattern.compile("<xs:element\\s+name=\"([^\"]+)\"");

  private static String rootElementOf(String resource) {
    byte[] b = Resources.bytes(resource);
    String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.UTF_8);
    Matcher m = FIRST_ELEMENT.matcher(head);
    if (!m.find()) {
      throw new IllegalStateException("no root element in " + resource);
    }
    return m.group(1);
  }

  /** Names (without {@code .xsd}) of the bundled service schemas. */
  static List<String> serviceSchemaNames() {
    return SERVICE_SCHEMAS;
  }

  /** The bundled service XSDs (one per HL7 v3 service of the catalogue). */
  private static final List<String> SERVICE_SCHEMAS =
      List.of(Resources.text("schemas/services/index.txt").strip().split("\\s+", -1));
}
