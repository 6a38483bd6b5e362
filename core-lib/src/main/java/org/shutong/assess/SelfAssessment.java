package org.shutong.assess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.report.FindingCollector;
import org.shutong.report.FindingSink;
import org.shutong.report.InputSummary;
import org.shutong.report.Report;
import org.shutong.report.ReportTable;

/**
 * The standards self-assessment (标准化“自评价”): which national standards the institution's data
 * conforms to — WS/T 500, WS 445, WS 363/364, the interaction services, and the 四统一 (病案首页,
 * 疾病分类与代码, 手术操作分类与代码, 医学名词术语) — with the conformance figures from Shutong's
 * reports ({@code interop validate}, {@code conform check}, {@code interop test},
 * {@code firstpage check}, {@code code validate}). The list of standards is data
 * ({@code self-assessment.json}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SelfAssessment {
  private SelfAssessment() {}

  /**
   * One standard.
   *
   * @param id stable id
   * @param code the standard's number or name
   * @param title its title in the run's language
   * @param status {@code conforms}, {@code partial} or {@code no-evidence}
   * @param figures the conformance figures, in the run's language
   * @param checked values (documents, data sets, elements, codes ...) checked
   * @param conforming of them, conforming
   * @param reports the reports read for it
   */
  public record StandardResult(String id, String code, String title, String status, String figures, long checked,
      long conforming, List<String> reports) {
    /** Copies the list. */
    public StandardResult {
      reports = List.copyOf(reports);
    }
  }

  /**
   * The self-assessment.
   *
   * @param standards one result per standard, in the list's order
   * @param reports the reports read
   */
  public record Result(List<StandardResult> standards, List<MachineEvidence.ReportUse> reports) {
    /** Copies the lists. */
    public Result {
      standards = List.copyOf(standards);
      reports = List.copyOf(reports);
    }
  }

  /** Reads the reports (files, or directories of {@code *.json}) and assesses every standard. */
  public static Result run(List<Path> inputs, MachineEvidence.Options options, Lang lang, FindingSink findings) {
    Messages m = AssessText.messages(lang);
    List<ReportFiles.Loaded> loaded = ReportFiles.load(ReportFiles.expand(inputs, m), options.asOf(), options.maxAge(),
        m, findings);
    JsonNode list = list();
    List<StandardResult> out = new ArrayList<>();
    Map<String, Set<String>> usedBy = new LinkedHashMap<>();
    for (JsonNode s : list.path("standards")) {
      Set<String> commands = new HashSet<>();
      s.path("commands").forEach(c -> commands.add(c.asText()));
      List<ReportFiles.Loaded> mine = loaded.stream().filter(r -> commands.contains(r.command())).toList();
      long[] cc = new long[2];
      List<String> files = new ArrayList<>();
      String figures = measure(s, mine, cc, files, m);
      for (String f : files) {
        usedBy.computeIfAbsent(f, k -> new LinkedHashSet<>()).add(s.path("id").asText());
      }
      String status = files.isEmpty() || cc[0] == 0 ? "no-evidence" : cc[1] == cc[0] ? "conforms" : "partial";
      out.add(new StandardResult(s.path("id").asText(), s.path("code").asText(),
          lang == Lang.EN ? s.path("en").asText() : s.path("title").asText(), status, figures, cc[0], cc[1], files));
    }
    List<MachineEvidence.ReportUse> uses = new ArrayList<>();
    for (ReportFiles.Loaded r : loaded) {
      uses.add(new MachineEvidence.ReportUse(r.name(), r.command(), r.ageDays(), r.stale(),
          List.copyOf(usedBy.getOrDefault(r.name(), Set.of()))));
    }
    return new Result(out, uses);
  }

  private static JsonNode list() {
    try (InputStream in = SelfAssessment.class.getResourceAsStream("self-assessment.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fills {@code cc} with (checked, conforming) and {@code files} with the reports used; returns the figures text. */
  private static String measure(JsonNode s, List<ReportFiles.Loaded> reports, long[] cc, List<String> files, Messages m) {
    String measure = s.path("measure").asText();
    switch (measure) {
      case "documents" -> {
        Set<String> types = new LinkedHashSet<>();
        Set<String> badTypes = new HashSet<>();
        for (ReportFiles.Loaded r : reports) {
          JsonNode docs = r.root().path("documents");
          if (!docs.isArray()) {
            continue;
          }
          files.add(r.name());
          for (JsonNode d : docs) {
            cc[0]++;
            boolean ok = d.path("wellFormed").asBoolean(false) && d.path("schemaChecked").asBoolean(false)
                && d.path("errors").asLong(1) == 0;
            String t = d.path("docType").asText("");
            if (!t.isEmpty()) {
              types.add(t);
              if (!ok) {
                badTypes.add(t);
              }
            }
            if (ok) {
              cc[1]++;
            }
          }
        }
        return m.get("self.documents", cc[1], cc[0], types.size() - badTypes.size(), types.size());
      }
      case "datasets" -> {
        AssessmentModel model = AssessmentModels.bundled().find(s.path("model").asText()).orElseThrow();
        Set<String> matched = new LinkedHashSet<>();
        Set<String> full = new LinkedHashSet<>();
        for (ReportFiles.Loaded r : reports) {
          JsonNode ds = r.root().path("conformance").path("dataset");
          if (!ds.isObject()) {
            continue;
          }
          String name = AssessText.key(ds.path("name").asText(""));
          for (AssessmentModel.Item i : model.items()) {
            if (i.evidenceKeys().getOrDefault("datasetNames", List.of()).stream().anyMatch(n -> AssessText.key(n).equals(name))) {
              files.add(r.name());
              matched.add(i.id());
              if (ds.path("score").isNumber() && ds.path("score").asDouble() >= 1 - 1e-9) {
                full.add(i.id());
              }
            }
          }
        }
        matched.forEach(x -> cc[0]++);
        full.forEach(x -> cc[1]++);
        long subsets = model.items().stream().filter(i -> i.evidenceKeys().containsKey("datasetNames")).count();
        return m.get("self.datasets", cc[1], cc[0], subsets);
      }
      case "elements", "valueDomains" -> {
        boolean domains = measure.equals("valueDomains");
        long elements = 0;
        for (ReportFiles.Loaded r : reports) {
          JsonNode els = r.root().path("conformance").path("elements");
          if (!els.isArray()) {
            continue;
          }
          files.add(r.name());
          for (JsonNode e : els) {
            if (domains && (e.path("valueDomain").isNull() || e.path("valueDomain").isMissingNode()
                || !e.path("domainChecked").asBoolean(false))) {
              continue;
            }
            elements++;
            cc[0] += e.path("nonEmpty").asLong(0);
            cc[1] += e.path("conforming").asLong(0);
          }
        }
        return m.get(domains ? "self.valueDomains" : "self.elements", cc[1], cc[0], elements,
            cc[0] == 0 ? "—" : AssessText.pct((double) cc[1] / cc[0]));
      }
      case "services" -> {
        Map<String, boolean[]> services = new LinkedHashMap<>();
        for (ReportFiles.Loaded r : reports) {
          JsonNode cases = r.root().path("cases");
          if (!cases.isArray()) {
            continue;
          }
          files.add(r.name());
          for (JsonNode c : cases) {
            boolean[] ok = services.computeIfAbsent(c.path("service").asText("?"), k -> new boolean[] {true});
            ok[0] &= "PASS".equals(c.path("status").asText());
          }
        }
        cc[0] = services.size();
        cc[1] = services.values().stream().filter(b -> b[0]).count();
        return m.get("self.services", cc[1], cc[0]);
      }
      case "firstpage" -> {
        double mean = Double.NaN;
        for (ReportFiles.Loaded r : reports) {
          files.add(r.name());
          JsonNode sum = r.root().path("summary");
          long records = sum.path("records").asLong(0);
          cc[0] += records;
          cc[1] += Math.max(0, records - sum.path("recordsWithErrors").asLong(0));
          JsonNode ms = r.root().path("quality").path("meanScore");
          if (ms.isNumber()) {
            mean = ms.asDouble();
          }
        }
        return m.get("self.firstpage", cc[1], cc[0], Double.isNaN(mean) ? "—" : AssessText.num(mean));
      }
      case "codes" -> {
        List<String> systems = new ArrayList<>();
        s.path("systems").forEach(x -> systems.add(x.asText()));
        Set<String> seen = new LinkedHashSet<>();
        for (ReportFiles.Loaded r : reports) {
          String system = r.root().path("system").asText("");
          if (systems.stream().noneMatch(system::startsWith)) {
            continue;
          }
          files.add(r.name());
          seen.add(system);
          JsonNode c = r.root().path("counts");
          long valid = c.path("valid").asLong(0);
          long all = valid + c.path("normalized").asLong(0) + c.path("notLeaf").asLong(0) + c.path("unknown").asLong(0)
              + c.path("ambiguous").asLong(0) + c.path("malformed").asLong(0);
          cc[0] += all;
          cc[1] += valid;
        }
        return m.get("self.codes", cc[1], cc[0], seen.isEmpty() ? "—" : String.join(", ", seen));
      }
      default -> {
        return m.get("self.none");
      }
    }
  }

  /** The report of {@code assess self}. */
  public static Report report(Result r, Lang lang, FindingCollector findings) {
    Messages m = AssessText.messages(lang);
    Report.Builder b = Report.builder("assess self");
    for (MachineEvidence.ReportUse u : r.reports()) {
      b.input(new InputSummary(u.file(), 1, null));
    }
    b.rules(AssessRules.infos(AssessRules.REPORTS, lang));
    b.extra("standards", r.standards());
    b.extra("evidence", Map.of("reports", r.reports()));
    List<List<Object>> rows = new ArrayList<>();
    for (StandardResult s : r.standards()) {
      rows.add(List.of(s.code(), s.title(), m.get("self.status." + s.status()), s.figures(),
          String.join(", ", s.reports())));
    }
    b.table(new ReportTable("standards", m.get("self.title"), List.of(m.get("col.standard"), m.get("col.title"),
        m.get("col.status"), m.get("col.figures"), m.get("col.reports")), rows, m.get("self.note")));
    return b.build(findings, r.standards().size());
  }
}
