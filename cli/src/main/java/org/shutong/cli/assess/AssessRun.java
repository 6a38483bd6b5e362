package org.shutong.cli.assess;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shutong.assess.Answer;
import org.shutong.assess.Assessment;
import org.shutong.assess.AssessmentModel;
import org.shutong.assess.AssessmentReports;
import org.shutong.assess.Assessor;
import org.shutong.assess.EvidenceWorkbook;
import org.shutong.assess.MachineEvidence;
import org.shutong.cli.ReportOptions;
import org.shutong.cli.UsageException;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.report.FindingCollector;
import org.shutong.report.Report;

/** What {@code assess interop} and {@code assess emr} share: choose the model, read, merge, score, report. */
final class AssessRun {
  private AssessRun() {}

  static Report run(String command, AssessmentModel.Kind kind, String defaultModel, String modelId, Path evidence,
      List<Path> reports, AssessOptions assess, ReportOptions report, Lang lang) {
    Messages m = AssessOptions.messages(lang);
    if (evidence == null && reports.isEmpty()) {
      throw new UsageException(m.get("nothing", command));
    }
    String id = modelId;
    if (id == null && evidence != null) {
      String fromWorkbook = EvidenceWorkbook.modelOf(evidence, evidence.toString(), lang);
      if (fromWorkbook != null && assess.models(lang).find(fromWorkbook).map(x -> x.kind() == kind).orElse(false)) {
        id = fromWorkbook;
      }
    }
    AssessmentModel model = assess.model(id == null ? defaultModel : id, lang);
    if (model.kind() != kind) {
      throw new UsageException(m.get("model.kind", model.id(), kind == AssessmentModel.Kind.EMR ? "assess interop"
          : "assess emr", command));
    }
    FindingCollector findings = report.collector();
    AssessmentReports.modelFindings(model, lang, findings);
    EvidenceWorkbook.Result wb = evidence == null ? null
        : EvidenceWorkbook.read(evidence, evidence.toString(), model, lang, findings);
    MachineEvidence.Result machine = reports.isEmpty() ? null
        : MachineEvidence.read(new ArrayList<>(reports), model, assess.evidenceOptions(), lang, findings);
    Map<String, Answer> answers = wb == null ? Map.of() : wb.answers();
    if (machine != null) {
      answers = MachineEvidence.merge(model, answers, machine, lang, findings);
    }
    Assessment a = Assessor.assess(model, answers, lang);
    return AssessmentReports.build(command, model, a, new AssessmentReports.Evidence(wb, machine), lang, findings);
  }
}
