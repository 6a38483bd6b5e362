package org.shutong.cli.assess;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shutong.assess.AssessmentModel;
import org.shutong.assess.AssessmentModels;
import org.shutong.cli.GlobalOptions;
import org.shutong.cli.ReportOptions;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.report.FindingCollector;
import org.shutong.report.Report;
import org.shutong.report.ReportTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code shutong assess models}: the models available, with their versions and how sure their sources are. */
@Command(name = "models", description = "列出可用的评价模型：ID、方案、版本、项目数、等级数、来源可信度与出处")
public final class AssessModelsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin AssessOptions assess = new AssessOptions();
  @Mixin ReportOptions report = new ReportOptions();

  @Override
  public Integer call() {
    Lang lang = GlobalOptions.of(spec.commandLine()).lang();
    Messages m = AssessOptions.messages(lang);
    AssessmentModels ms = assess.models(lang);
    List<Map<String, Object>> out = new ArrayList<>();
    List<List<Object>> rows = new ArrayList<>();
    for (AssessmentModel x : ms.all()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("id", x.id());
      o.put("family", x.family());
      o.put("version", x.version());
      o.put("kind", x.kind().name().toLowerCase(java.util.Locale.ROOT));
      o.put("title", lang == Lang.EN && x.titleEn() != null ? x.titleEn() : x.title());
      o.put("items", x.items().size());
      o.put("levels", x.levels().size());
      o.put("unconfirmed", x.hasUnconfirmed());
      o.put("origin", ms.origin(x.id()));
      List<String> statuses = x.sources().stream()
          .map(s -> s.id() + ":" + s.status().name().toLowerCase(java.util.Locale.ROOT)).toList();
      o.put("sources", statuses);
      out.add(o);
      rows.add(List.of(x.id(), o.get("title"), x.version(), x.items().size(), x.levels().size(),
          x.hasUnconfirmed() ? m.get("models.unconfirmed") : m.get("models.sourced"), String.join(", ", statuses),
          ms.origin(x.id())));
    }
    Report.Builder b = Report.builder("assess models");
    b.extra("models", out);
    b.table(new ReportTable("models", m.get("models.title"), List.of(m.get("col.id"), m.get("col.title"),
        m.get("col.version"), m.get("col.items"), m.get("col.levels"), m.get("col.status"), m.get("col.sources"),
        m.get("col.origin")), rows, m.get("models.note")));
    return report.emit(b.build(new FindingCollector(), 0), spec.commandLine().getOut(), lang);
  }
}
