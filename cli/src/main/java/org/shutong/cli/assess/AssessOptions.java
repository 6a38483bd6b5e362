package org.shutong.cli.assess;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.shutong.assess.AssessmentModel;
import org.shutong.assess.AssessmentModels;
import org.shutong.assess.MachineEvidence;
import org.shutong.cli.UsageException;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import picocli.CommandLine.Option;

/** Options the assess commands share: extra model files, and how old a report may be. */
public final class AssessOptions {
  @Option(names = "--models", paramLabel = "FILE|DIR", descriptionKey = "models",
      description = "另外的评价模型文件，或含模型文件（*.json）的目录（可重复；同 id 覆盖内置模型）")
  List<Path> models = new ArrayList<>();

  @Option(names = "--max-age", paramLabel = "DAYS", defaultValue = "90", descriptionKey = "max-age",
      description = "报告最长可用天数，更早的报告给出警告（默认 90；0 表示不限）")
  int maxAge = 90;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", descriptionKey = "as-of",
      description = "计算报告天数的参照日期（默认今天）")
  LocalDate asOf;

  static Messages messages(Lang lang) {
    return Messages.of("org.shutong.cli.assess.messages", lang);
  }

  /** The bundled models plus {@code --models}. */
  AssessmentModels models(Lang lang) {
    return models.isEmpty() ? AssessmentModels.bundled() : AssessmentModels.bundled().with(models, lang);
  }

  /** The model {@code id}, or a usage error listing the known ids. */
  AssessmentModel model(String id, Lang lang) {
    AssessmentModels ms = models(lang);
    return ms.find(id).orElseThrow(() -> new UsageException(messages(lang).get("model.unknown", id,
        String.join(", ", ms.all().stream().map(AssessmentModel::id).toList()))));
  }

  MachineEvidence.Options evidenceOptions() {
    Instant ref = asOf == null ? Instant.now() : asOf.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
    return new MachineEvidence.Options(ref, maxAge <= 0 ? null : Duration.ofDays(maxAge));
  }
}
