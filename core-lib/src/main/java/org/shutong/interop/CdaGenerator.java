package org.shutong.interop;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * Writes synthetic WS/T 500-2016 documents that pass all five layers of {@link CdaValidator}: the
 * structure of the document type's XSD, the header of the 53-document table, the sections of the
 * standard's example with their data elements ({@code rules/body-sections.tsv}, {@code
 * rules/body-entries.tsv}), and code systems by {@code rules/bindings.tsv}. No real personal data:
 * names are placeholders, the 公民身份号码 is the example number of GB 11643-1999, identifiers
 * are sequence numbers. The same type and seed give the same document. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CdaGenerator {
  /** The example 公民身份号码 printed in GB 11643-1999 (valid check digit; no real person). */
  static final String EXAMPLE_RESIDENT_ID = "11010519491231002X";

  private static final CdaGenerator STANDARD = new CdaGenerator();
  private final Map<String, XsdModel> models = new ConcurrentHashMap<>();
  private final Map<String, List<Entry>> entries;

  private record Entry(String sectionKey, String code, String name) {}

  private CdaGenerator() {
    Map<String, List<Entry>> m = new LinkedHashMap<>();
    for (Map<String, String> r : Resources.tsv("rules/body-entries.tsv")) {
      String key = r.get("section_code").isEmpty() ? r.get("section_display") : r.get("section_code");
      m.computeIfAbsent(r.get("doc_code"), k -> new ArrayList<>()).add(new Entry(key, r.get("de_code"), r.get("de_name")));
    }
    this.entries = m;
  }

  /** The generator. */
  public static CdaGenerator standard() {
    return STANDARD;
  }

  /**
   * A document of type {@code docType} ({@code C0001}…{@code C0053}) as UTF-8 XML text.
   *
   * @throws IllegalArgumentException if the type is not one of the 53
   */
  public String generate(String docType, long seed) {
    DocumentType type = Catalog.standard().document(docType);
    if (type == null) {
      throw new IllegalArgumentException("unknown document type: " + docType);
    }
    XsdModel model =
        models.computeIfAbsent(
            type.code(),
            c -> XsdModel.parse(Resources.open("schemas/cda/" + c + ".xsd"), c + ".xsd"));
    return new Writer(model, type, seed).write();
  }

  private final class Writer extends InstanceWriter {
    private final DocumentType type;
    private final List<Catalog.Section> sections;
    private final List<Entry> docEntries;
    private final String ts;
    private Catalog.Section section;
    private List<Entry> sectionEntries = List.of();
    private Entry entry;

    Writer(XsdModel model, DocumentType type, long seed) {
      super(model, "cda", seed);
      this.type = type;
      this.sections = Catalog.standard().sections(type.code());
      this.docEntries = entries.getOrDefault(type.code(), List.of());
      LocalDateTime t = LocalDateTime.of(2024, 3, 15, 9, 30).plusMinutes(random.nextInt(60 * 24 * 300));
      this.ts = HlTime.format(t);
    }

    private boolean bodyComponent(XsdModel.Decl d) {
      return d.name().equals("component") && path.size() >= 2 && path.get(path.size() - 1).equals("structuredBody");
    }

    private boolean sectionEntry(XsdModel.Decl d) {
      return d.name().equals("entry") && !path.isEmpty() && path.get(path.size() - 1).equals("section");
    }

    @Override
    protected int occurrences(XsdModel.Decl d) {
      if (bodyComponent(d) && !sections.isEmpty()) {
        return sections.size();
      }
      if (sectionEntry(d)) {
        int n = Math.max(sectionEntries.size(), 1);
        return Math.max(n, d.min());
      }
      return super.occurrences(d);
    }

    @Override
    protected void enter(XsdModel.Decl d, int index) {
      if (bodyComponent(d) && !sections.isEmpty()) {
        section = sections.get(index);
        String key = section.code().isEmpty() ? section.displayName() : section.code();
        List<Entry> es = new ArrayList<>();
        for (Entry e : docEntries) {
          if (e.sectionKey().equals(key)) {
            es.add(e);
          }
        }
        sectionEntries = es;
        entry = null;
      } else if (sectionEntry(d)) {
        if (!sectionEntries.isEmpty()) {
          entry = sectionEntries.get(Math.min(index, sectionEntries.size() - 1));
        } else if (!docEntries.isEmpty()) {
          entry = docEntries.get(0);
        }
      }
    }

    @Override
    protected String placeholder(String name) {
      return switch (name) {
        case "docCode" -> type.code();
        case "docTitle" -> type.title();
        case "templateId" -> type.templateId();
        case "ts" -> ts;
        case "residentId" -> EXAMPLE_RESIDENT_ID;
        case "sectionCode" -> section == null || section.code().isEmpty() ? null : section.code();
        case "sectionSystem" -> section == null || section.codeSystem().isEmpty() ? null : section.codeSystem();
        case "sectionSystemName" -> section == null || section.codeSystem().isEmpty() ? null
            : section.codeSystem().equals("2.16.840.1.113883.6.1") ? "LOINC" : "卫生信息数据元目录";
        case "sectionDisplay" -> section == null ? null : section.displayName();
        case "sectionName" -> section == null ? null
            : section.nameZh().isEmpty() ? section.displayName() : section.nameZh();
        case "deCode" -> entry == null ? null : entry.code();
        case "deName" -> entry == null || entry.name().isEmpty() ? null : entry.name();
        case "codeSystem", "codeSystemName" -> binding(name.equals("codeSystem"));
        default -> null;
      };
    }

    private String binding(boolean oid) {
      if (path.size() < 2) {
        return null;
      }
      String el = path.get(path.size() - 1);
      String parent = path.get(path.size() - 2);
      for (Catalog.Binding b : Catalog.standard().bindings()) {
        if (b.element().equals(el) && b.parent().equals(parent)) {
          return oid ? b.codeSystems().get(0) : b.name().split(" \\| ", -1)[0];
        }
      }
      return null;
    }
  }
}
