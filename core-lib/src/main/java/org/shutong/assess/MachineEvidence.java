package org.shutong.assess;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.shutong.assess.Answer.Conformity;
import org.shutong.assess.AssessmentModel.EvidenceRule;
import org.shutong.assess.AssessmentModel.Item;
import org.shutong.assess.AssessmentModel.Kind;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.report.Finding;
import org.shutong.report.FindingSink;
import org.shutong.report.Severity;

/**
 * Reads Shutong's own JSON reports as evidence and maps them to the items they prove, by the rules
 * the model file gives ({@code machineEvidence}): {@code conform check} data-set scores to the WS 445
 * data-set items, {@code interop validate} documents to the WS/T 500 document items,
 * {@code interop test} cases to the interaction-service items, {@code firstpage check} indicators to
 * EMR data quality. A report from another tool or command, or one that does not parse, is a finding
 * and is not used; one older than the allowed age is flagged and used.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MachineEvidence {
  private MachineEvidence() {}

  /**
   * How reports are judged.
   *
   * @param asOf the reference time for their age
   * @param maxAge the oldest a report may be before it is flagged, or {@code null} for no limit
   */
  public record Options(Instant asOf, Duration maxAge) {}

  /**
   * One report as used.
   *
   * @param file the report as named
   * @param command its command
   * @param ageDays its age in days
   * @param stale whether it is older than allowed
   * @param items the items it gave evidence for
   */
  public record ReportUse(String file, String command, long ageDays, boolean stale, List<String> items) {
    /** Copies the list. */
    public ReportUse {
      items = List.copyOf(items);
    }
  }

  /**
   * What the reports gave.
   *
   * @param answers evidence by item id (interop: conformity; EMR: data quality)
   * @param reports every report used, with the items it proved
   */
  public record Result(Map<String, Answer> answers, List<ReportUse> reports) {
    /** Copies the collections. */
    public Result {
      answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
      reports = List.copyOf(reports);
    }
  }

  /** Reads the report files (files, or directories of {@code *.json}) for {@code model}. */
  public static Result read(List<Path> inputs, AssessmentModel model, Options options, Lang lang, FindingSink findings) {
    Messages m = AssessText.messages(lang);
    List<ReportFiles.Loaded> loaded = ReportFiles.load(ReportFiles.expand(inputs, m), options.asOf(),
        options.maxAge(), m, findings);
    Map<String, Answer> answers = new LinkedHashMap<>();
    List<ReportUse> uses = new ArrayList<>();
    for (ReportFiles.Loaded r : loaded) {
      List<String> proved = new ArrayList<>();
      boolean anyRule = false;
      for (EvidenceRule rule : model.machineEvidence()) {
        if (!rule.command().equals(r.command())) {
          continue;
        }
        anyRule = true;
        JsonNode node = ReportFiles.at(r.root(), rule.path());
        if (node.isMissingNode() || node.isNull()) {
          // conform check without a data set, or a report with nothing under the key
          Severity sev = rule.path().startsWith("conformance.dataset") && r.root().path("conformance").isObject()
              ? Severity.INFO : Severity.ERROR;
          findings.accept(new Finding(sev == Severity.INFO ? AssessRules.REPORT_UNUSED : AssessRules.REPORT_SHAPE, sev,
              r.name(), 0, 0, rule.path(), null, m.get(sev == Severity.INFO ? "rep.noDataset" : "rep.shape", rule.path())));
          continue;
        }
        if (rule.full() != null) {
          single(r, rule, node, model, answers, proved, m, findings);
        } else if (!rule.passAll().isEmpty()) {
          grouped(r, rule, node, model, answers, proved, m, findings);
        } else if (rule.target() != null) {
          value(r, rule, node, model, answers, proved, m, findings);
        }
      }
      if (!anyRule) {
        findings.accept(new Finding(AssessRules.REPORT_UNUSED, Severity.INFO, r.name(), 0, 0, "command", r.command(),
            m.get("rep.unused", r.command(), model.id())));
      }
      uses.add(new ReportUse(r.name(), r.command(), r.ageDays(), r.stale(), proved));
    }
    return new Result(answers, uses);
  }

  /** One object (e.g. a data set's scores) → the items whose key matches its name. */
  private static void single(ReportFiles.Loaded r, EvidenceRule rule, JsonNode node, AssessmentModel model,
      Map<String, Answer> answers, List<String> proved, Messages m, FindingSink findings) {
    String value = node.path(rule.match()).asText("");
    List<Item> items = matching(model, rule.itemKey(), value);
    if (items.isEmpty()) {
      findings.accept(new Finding(AssessRules.REPORT_UNUSED, Severity.INFO, r.name(), 0, 0, rule.match(), value,
          m.get("rep.noItem", rule.match(), value, model.id())));
      return;
    }
    JsonNode full = node.path(rule.full().field());
    JsonNode partial = rule.partial() == null ? null : node.path(rule.partial().field());
    if (!full.isNumber() && !full.isNull() && !full.isMissingNode()) {
      findings.accept(new Finding(AssessRules.REPORT_SHAPE, Severity.ERROR, r.name(), 0, 0, rule.full().field(),
          full.asText(), m.get("rep.shape", rule.path() + "." + rule.full().field())));
      return;
    }
    Conformity c = full.isNumber() && full.asDouble() >= rule.full().min() - 1e-9 ? Conformity.FULL
        : partial != null && partial.isNumber() && partial.asDouble() >= rule.partial().min() ? Conformity.PARTIAL
        : Conformity.NONE;
    String raw = rule.full().field() + "=" + (full.isNumber() ? AssessText.num(full.asDouble()) : "—")
        + (partial != null ? ", " + rule.partial().field() + "=" + (partial.isNumber() ? AssessText.num(partial.asDouble()) : "—") : "");
    for (Item item : items) {
      put(answers, new Answer(item.id(), c, null, null, null, null, null, null, raw, null, null,
          r.name() + " " + rule.path()));
      proved.add(item.id());
    }
  }

  /** An array (documents, cases) grouped by the matched key → 完全符合 when every entry passes. */
  private static void grouped(ReportFiles.Loaded r, EvidenceRule rule, JsonNode node, AssessmentModel model,
      Map<String, Answer> answers, List<String> proved, Messages m, FindingSink findings) {
    if (!node.isArray()) {
      findings.accept(new Finding(AssessRules.REPORT_SHAPE, Severity.ERROR, r.name(), 0, 0, rule.path(), null,
          m.get("rep.shape", rule.path())));
      return;
    }
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (JsonNode e : node) {
      String key = e.path(rule.match()).asText("");
      if (key.isEmpty()) {
        continue;
      }
      boolean pass = true;
      for (Map.Entry<String, Object> want : rule.passAll().entrySet()) {
        JsonNode got = e.path(want.getKey());
        Object w = want.getValue();
        boolean eq = w instanceof Boolean b ? got.isBoolean() && got.booleanValue() == b
            : w instanceof Double d ? got.isNumber() && Math.abs(got.asDouble() - d) < 1e-9
            : got.asText("").equals(w.toString());
        pass &= eq;
      }
      int[] c = counts.computeIfAbsent(key, k -> new int[2]);
      c[0]++;
      if (pass) {
        c[1]++;
      }
    }
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      List<Item> items = matching(model, rule.itemKey(), e.getKey());
      int total = e.getValue()[0];
      int passed = e.getValue()[1];
      Conformity c = passed == total ? Conformity.FULL : Conformity.PARTIAL;
      for (Item item : items) {
        put(answers, new Answer(item.id(), c, null, null, null, null, null, null,
            m.get("rep.passed", passed, total), null, null, r.name() + " " + rule.path() + "[" + rule.match() + "="
            + e.getKey() + "]"));
        proved.add(item.id());
      }
    }
  }

  /** A value (an indicator) → the data quality of the listed items. */
  private static void value(ReportFiles.Loaded r, EvidenceRule rule, JsonNode node, AssessmentModel model,
      Map<String, Answer> answers, List<String> proved, Messages m, FindingSink findings) {
    JsonNode entry = null;
    if (node.isArray()) {
      for (JsonNode e : node) {
        boolean all = true;
        for (Map.Entry<String, String> s : rule.select().entrySet()) {
          all &= e.path(s.getKey()).asText("").equals(s.getValue());
        }
        if (all) {
          entry = e;
          break;
        }
      }
    } else {
      entry = node;
    }
    if (entry == null) {
      findings.accept(new Finding(AssessRules.REPORT_SHAPE, Severity.ERROR, r.name(), 0, 0, rule.path(), null,
          m.get("rep.noEntry", rule.path(), rule.select())));
      return;
    }
    JsonNode v = entry.path(rule.field());
    if (!v.isNumber()) {
      findings.accept(new Finding(AssessRules.REPORT_UNUSED, Severity.INFO, r.name(), 0, 0, rule.field(),
          v.isNull() || v.isMissingNode() ? null : v.asText(), m.get("rep.noValue", rule.path(), rule.select())));
      return;
    }
    double x = Math.max(0, Math.min(1, v.asDouble() * rule.scale()));
    if (model.kind() != Kind.EMR || !"dataQuality".equals(rule.target())) {
      return;
    }
    for (String id : rule.items()) {
      answers.put(id, new Answer(id, null, null, null, null, null, null, AssessText.round(x),
          rule.field() + "=" + AssessText.num(v.asDouble()), null, null, r.name() + " " + rule.path() + rule.select()));
      proved.add(id);
    }
  }

  /** Several reports for one item: the least favourable conformity wins. */
  private static void put(Map<String, Answer> answers, Answer a) {
    Answer old = answers.get(a.item());
    if (old == null || old.conformity() == null || worse(a.conformity()) > worse(old.conformity())) {
      answers.put(a.item(), a);
    }
  }

  /** How unfavourable a machine-evidence conformity is: none over partial over full. */
  private static int worse(Conformity c) {
    return switch (c) {
      case FULL, NOT_APPLICABLE -> 0;
      case PARTIAL -> 1;
      case NONE -> 2;
    };
  }

  private static List<Item> matching(AssessmentModel model, String key, String value) {
    String k = AssessText.key(value);
    List<Item> out = new ArrayList<>();
    for (Item i : model.items()) {
      for (String v : i.evidenceKeys().getOrDefault(key, List.of())) {
        if (AssessText.key(v).equals(k)) {
          out.add(i);
          break;
        }
      }
    }
    return out;
  }

  /**
   * The evidence to score: the workbook's answers, with machine evidence replacing the workbook's
   * conformity answers (a report is a measurement; a disagreement is a warning) and filling EMR
   * data quality the workbook left empty (a workbook value that differs by more than 0.05 is kept,
   * with a warning).
   */
  public static Map<String, Answer> merge(AssessmentModel model, Map<String, Answer> workbook, Result machine, Lang lang,
      FindingSink findings) {
    Messages m = AssessText.messages(lang);
    Map<String, Answer> out = new LinkedHashMap<>(workbook);
    Map<String, Item> byId = new HashMap<>();
    model.items().forEach(i -> byId.put(i.id(), i));
    for (Answer mach : machine.answers().values()) {
      Answer wb = workbook.get(mach.item());
      Item item = byId.get(mach.item());
      if (model.kind() == Kind.EMR) {
        if (wb == null) {
          out.put(mach.item(), mach);
        } else if (wb.dataQuality() == null) {
          out.put(mach.item(), wb.withDataQuality(mach.dataQuality(), mach.origin()));
        } else if (Math.abs(wb.dataQuality() - mach.dataQuality()) > 0.05) {
          findings.accept(new Finding(AssessRules.EVIDENCE_CONFLICT, Severity.WARNING, null, 0, 0, mach.item(),
              AssessText.num(wb.dataQuality()), m.get("ev.conflictDq", item.title(), AssessText.num(wb.dataQuality()),
              wb.origin(), AssessText.num(mach.dataQuality()), mach.origin())));
        }
        continue;
      }
      if (wb != null && item.answer() == AssessmentModel.AnswerType.CONFORMITY && wb.conformity() != mach.conformity()
          && !(wb.conformity() == Conformity.NOT_APPLICABLE)) {
        findings.accept(new Finding(AssessRules.EVIDENCE_CONFLICT, Severity.WARNING, null, 0, 0, mach.item(),
            wb.raw(), m.get("ev.conflict", item.title(), AnswerParsing.label(wb.conformity(), lang == Lang.EN),
            wb.origin(), AnswerParsing.label(mach.conformity(), lang == Lang.EN), mach.origin())));
      }
      if (wb != null && wb.conformity() == Conformity.NOT_APPLICABLE) {
        continue;
      }
      if (item.answer() == AssessmentModel.AnswerType.CONFORMITY) {
        out.put(mach.item(), wb == null ? mach : new Answer(mach.item(), mach.conformity(), null, null, null, null, null,
            null, mach.raw(), wb.comment(), wb.attachment(), mach.origin()));
      }
    }
    return out;
  }
}
