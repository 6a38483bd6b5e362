package org.shutong.assess;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.shutong.assess.Assessment.DomainResult;
import org.shutong.assess.Assessment.Gap;
import org.shutong.assess.Assessment.ItemResult;
import org.shutong.assess.Assessment.LevelResult;
import org.shutong.assess.AssessmentModel.Domain;
import org.shutong.assess.AssessmentModel.Kind;
import org.shutong.assess.AssessmentModel.Source;
import org.shutong.assess.AssessmentModel.SourceStatus;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;
import org.shutong.report.FindingSink;
import org.shutong.report.InputSummary;
import org.shutong.report.Report;
import org.shutong.report.ReportFigure;
import org.shutong.report.ReportTable;
import org.shutong.report.Severity;

/**
 * Turns an {@link Assessment} into a {@link Report}: the typed results under their JSON keys
 * ({@code model}, {@code level}, {@code score}, {@code domains}, {@code levels}, {@code gaps},
 * {@code items}, {@code evidence}), the same for people as tables (text, HTML, XLSX: the XLSX is the
 * item table as submitted), a radar chart of the domains and a level ladder (HTML). The CLI uses
 * these; so can a library user.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AssessmentReports {
  private AssessmentReports() {}

  /**
   * What the assessment read, for the report's inputs and its {@code evidence} key.
   *
   * @param workbook the workbook's result, or {@code null} when none was given
   * @param machine the reports' result, or {@code null} when none were given
   */
  public record Evidence(EvidenceWorkbook.Result workbook, MachineEvidence.Result machine) {}

  /**
   * Reports the model's own caveats as info findings: printed subtotals that its items do not add up
   * to, and unconfirmed parts. Call once per run before scoring.
   */
  public static void modelFindings(AssessmentModel model, Lang lang, FindingSink findings) {
    Messages m = AssessText.messages(lang);
    for (Domain d : model.domains()) {
      if (d.points() == null) {
        continue;
      }
      double sum = 0;
      boolean any = false;
      for (AssessmentModel.Item i : model.items()) {
        Domain top = domainChain(model, i.domain(), d.id());
        if (top != null && i.maxPointsOrNull() != null) {
          sum += i.maxPointsOrNull();
          any = true;
        }
      }
      if (any && Math.abs(sum - d.points()) > 1e-6) {
        findings.accept(new Finding(AssessRules.MODEL_SUM, Severity.INFO, null, 0, 0, d.id(), AssessText.num(sum),
            m.get("model.sum", d.id(), AssessText.domainName(d, lang), AssessText.num(d.points()), AssessText.num(sum),
                d.source())));
      }
    }
    for (Source s : model.sources()) {
      if (s.status() == SourceStatus.UNCONFIRMED) {
        findings.accept(new Finding(AssessRules.MODEL_UNCONFIRMED, Severity.INFO, null, 0, 0, s.id(), null,
            m.get("model.unconfirmed", model.id(), s.id(), s.citation())));
      }
    }
  }

  /** {@code d} if {@code domainId} is {@code ancestor} or lies under it, else {@code null}. */
  private static Domain domainChain(AssessmentModel model, String domainId, String ancestor) {
    String id = domainId;
    while (id != null) {
      if (id.equals(ancestor)) {
        String found = id;
        return model.domains().stream().filter(x -> x.id().equals(found)).findFirst().orElse(null);
      }
      String cur = id;
      id = model.domains().stream().filter(x -> x.id().equals(cur)).findFirst().map(Domain::parent).orElse(null);
    }
    return null;
  }

  /** The report of {@code assess interop} or {@code assess emr}. */
  public static Report build(String command, AssessmentModel model, Assessment a, Evidence evidence, Lang lang,
      FindingCollector findings) {
    Messages m = AssessText.messages(lang);
    Report.Builder b = Report.builder(command);
    if (evidence.workbook() != null) {
      b.input(new InputSummary(evidence.workbook().file(), evidence.workbook().rows(), null));
    }
    if (evidence.machine() != null) {
      for (MachineEvidence.ReportUse u : evidence.machine().reports()) {
        b.input(new InputSummary(u.file(), u.items().size(), null));
      }
    }
    b.rules(AssessRules.infos(AssessRules.WORKBOOK, lang));
    b.rules(AssessRules.infos(AssessRules.REPORTS, lang));
    b.rules(AssessRules.infos(AssessRules.MODEL, lang));

    b.extra("model", modelSummary(model, lang));
    b.extra("level", a.level());
    b.extra("score", a.total());
    b.extra("domains", a.domains());
    b.extra("levels", a.levels());
    b.extra("gaps", a.gaps());
    b.extra("items", a.items());
    Map<String, Object> ev = new LinkedHashMap<>();
    if (evidence.workbook() != null) {
      Map<String, Object> w = new LinkedHashMap<>();
      w.put("file", evidence.workbook().file());
      w.put("usable", evidence.workbook().usable());
      w.put("rows", evidence.workbook().rows());
      w.put("answers", evidence.workbook().answers().size());
      ev.put("workbook", w);
    }
    if (evidence.machine() != null) {
      ev.put("reports", evidence.machine().reports());
    }
    b.extra("evidence", ev);

    b.figure(ladder(a, model, m, lang));
    ReportFigure.Radar radar = radar(model, a, m, lang);
    if (radar != null) {
      b.figure(radar);
    }
    b.table(levelsTable(a, m));
    b.table(domainsTable(a, model, m));
    b.table(gapsTable(a, m));
    b.table(itemsTable(a, model, m));
    return b.build(findings, model.items().size());
  }

  static Map<String, Object> modelSummary(AssessmentModel model, Lang lang) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("id", model.id());
    s.put("family", model.family());
    s.put("version", model.version());
    s.put("kind", model.kind().name().toLowerCase(java.util.Locale.ROOT));
    s.put("title", lang == Lang.EN && model.titleEn() != null ? model.titleEn() : model.title());
    List<Map<String, Object>> sources = new ArrayList<>();
    for (Source src : model.sources()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("id", src.id());
      x.put("status", src.status().name().toLowerCase(java.util.Locale.ROOT));
      x.put("citation", src.citation());
      if (src.note() != null) {
        x.put("note", src.note());
      }
      sources.add(x);
    }
    s.put("sources", sources);
    s.put("notes", model.notes());
    s.put("unconfirmed", model.hasUnconfirmed());
    return s;
  }

  private static ReportFigure.Ladder ladder(Assessment a, AssessmentModel model, Messages m, Lang lang) {
    List<ReportFigure.Step> steps = new ArrayList<>();
    for (LevelResult l : a.levels()) {
      ReportFigure.StepState state;
      if ("reached".equals(l.state())) {
        state = ReportFigure.StepState.REACHED;
      } else if (l.id().equals(a.level().next())) {
        state = ReportFigure.StepState.NEXT;
      } else if ("possible".equals(l.state())) {
        state = ReportFigure.StepState.POSSIBLE;
      } else {
        state = ReportFigure.StepState.OPEN;
      }
      String detail = String.join("；", l.checks());
      steps.add(new ReportFigure.Step(l.name(), detail, state));
    }
    return new ReportFigure.Ladder("level-ladder", m.get("fig.ladder", lang == Lang.EN && model.titleEn() != null
        ? model.titleEn() : model.title()), steps, a.level().explanation());
  }

  private static ReportFigure.Radar radar(AssessmentModel model, Assessment a, Messages m, Lang lang) {
    List<ReportFigure.Axis> axes = new ArrayList<>();
    for (Domain d : model.topDomains()) {
      DomainResult r = a.domains().stream().filter(x -> x.id().equals(d.id())).findFirst().orElseThrow();
      if (r.max() == null || r.max() <= 0) {
        continue;
      }
      double v = Math.min(r.max(), Math.max(0, r.score()));
      axes.add(new ReportFigure.Axis(d.id() + " " + AssessText.domainName(d, lang), v, r.max(),
          AssessText.num(v) + " / " + AssessText.num(r.max())));
    }
    if (axes.size() < 3) {
      return null;
    }
    return new ReportFigure.Radar("domain-radar", m.get("fig.radar"), axes,
        m.get(model.kind() == Kind.EMR ? "fig.radarNoteEmr" : "fig.radarNote"));
  }

  private static ReportTable levelsTable(Assessment a, Messages m) {
    List<List<Object>> rows = new ArrayList<>();
    for (LevelResult l : a.levels()) {
      rows.add(List.of(l.name(), m.get("state." + l.state()), String.join("；", l.checks()),
          l.unmet().size() > 12 ? String.join(", ", l.unmet().subList(0, 12)) + m.get("tbl.more", l.unmet().size() - 12)
              : String.join(", ", l.unmet())));
    }
    return new ReportTable("levels", m.get("tbl.levels"), List.of(m.get("col.level"), m.get("col.state"),
        m.get("col.checks"), m.get("col.unmet")), rows, a.level().explanation());
  }

  private static ReportTable domainsTable(Assessment a, AssessmentModel model, Messages m) {
    List<List<Object>> rows = new ArrayList<>();
    for (DomainResult d : a.domains()) {
      List<Object> row = new ArrayList<>();
      row.add(d.id());
      row.add(d.name());
      row.add(d.score() == null ? "—" : d.score());
      row.add(d.max() == null ? "—" : d.max());
      row.add(d.printed() == null ? "—" : d.printed());
      row.add(d.score() == null || d.max() == null || d.max() == 0 ? "—" : AssessText.pct(d.score() / d.max()));
      row.add(d.answered() + " / " + d.items());
      row.add(d.derivation());
      rows.add(row);
    }
    Assessment.Total t = a.total();
    rows.add(new ArrayList<>(List.of("", m.get("tbl.total"), t.score() == null ? "—" : t.score(),
        t.max() == null ? "—" : t.max(), t.printed() == null ? "—" : t.printed(),
        t.score() == null || t.max() == null || t.max() == 0 ? "—" : AssessText.pct(t.score() / t.max()), "",
        t.derivation())));
    return new ReportTable("domains", m.get(model.kind() == Kind.EMR ? "tbl.roles" : "tbl.domains"),
        List.of(m.get("col.id"), m.get("col.domain"), m.get("col.score"), m.get("col.max"), m.get("col.printed"),
            m.get("col.share"), m.get("col.answered"), m.get("col.derivation")), rows, m.get("tbl.domainsNote"));
  }

  private static ReportTable gapsTable(Assessment a, Messages m) {
    List<List<Object>> rows = new ArrayList<>();
    for (Gap g : a.gaps()) {
      rows.add(new ArrayList<>(List.of(g.item(), g.title(), g.required(), g.evidence(), g.effortLabel(),
          g.gain() == null ? "—" : g.gain())));
    }
    String title = a.level().next() == null ? m.get("tbl.gapsTop") : m.get("tbl.gaps", a.level().nextName());
    return new ReportTable("gaps", title, List.of(m.get("col.id"), m.get("col.item"), m.get("col.required"),
        m.get("col.evidence"), m.get("col.effort"), m.get("col.gain")), rows, m.get("tbl.gapsNote"));
  }

  private static ReportTable itemsTable(Assessment a, AssessmentModel model, Messages m) {
    List<List<Object>> rows = new ArrayList<>();
    boolean emr = model.kind() == Kind.EMR;
    for (ItemResult i : a.items()) {
      List<Object> row = new ArrayList<>();
      row.add(i.id());
      row.add(i.domain());
      row.add(i.title());
      if (emr) {
        row.add(i.function() == null ? "" : i.function());
        row.add(i.application() == null ? "" : AssessText.pct(i.application()));
        row.add(i.dataQuality() == null ? "" : i.dataQuality());
      } else {
        row.add(i.answer() == null ? "" : i.answer());
      }
      row.add(i.score() == null ? "—" : i.score());
      row.add(i.max() == null ? "—" : i.max());
      if (!emr) {
        row.add(i.level() == null ? "" : levelName(model, i.level(), m.lang()));
        row.add(i.requiredFrom() == null ? "" : levelName(model, i.requiredFrom(), m.lang()));
      }
      row.add(m.get("status." + i.status()));
      row.add(i.comment() == null ? "" : i.comment());
      row.add(i.attachment() == null ? "" : i.attachment());
      row.add(i.origin() == null ? "" : i.origin());
      row.add(i.derivation());
      rows.add(row);
    }
    List<String> cols = new ArrayList<>(List.of(m.get("col.id"), m.get("col.domain"), m.get("col.item")));
    if (emr) {
      cols.addAll(List.of(m.get("col.function"), m.get("col.application"), m.get("col.dataQuality")));
    } else {
      cols.add(m.get("col.answer"));
    }
    cols.addAll(List.of(m.get("col.score"), m.get("col.max")));
    if (!emr) {
      cols.addAll(List.of(m.get("col.reached"), m.get("col.requiredFrom")));
    }
    cols.addAll(List.of(m.get("col.status"), m.get("col.comment"), m.get("col.attachment"), m.get("col.origin"),
        m.get("col.derivation")));
    return new ReportTable("items", m.get("tbl.items"), cols, rows, m.get("tbl.itemsNote"));
  }

  private static String levelName(AssessmentModel model, String id, Lang lang) {
    return model.level(id).map(l -> AssessText.levelName(l, lang)).orElse(id);
  }
}
