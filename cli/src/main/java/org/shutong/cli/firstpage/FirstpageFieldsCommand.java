package org.shutong.cli.firstpage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.shutong.cli.GlobalOptions;
import org.shutong.cli.ReportOptions;
import org.shutong.firstpage.FieldDef;
import org.shutong.firstpage.FirstPageFields;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.report.Report;
import org.shutong.report.ReportTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shutong firstpage fields [CODE...]}: the first-page field dictionary. */
@Command(name = "fields", description = "病案首页字段字典：代码、名称、类型、必填、值域、所属重复组、别名与说明")
public final class FirstpageFieldsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ReportOptions report = new ReportOptions();

  @Parameters(arity = "0..*", paramLabel = "CODE", descriptionKey = "fields.codes", description = "只列出这些字段（代码或中文名）")
  List<String> codes = new ArrayList<>();

  @Option(names = "--notes", description = "同时列出每个字段的说明（来源与填写要求）")
  boolean notes;

  @Override
  public Integer call() {
    Lang lang = GlobalOptions.of(spec.commandLine()).lang();
    Messages m = Messages.of("org.shutong.cli.firstpage.messages", lang);
    FirstPageFields dict = FirstPageFields.standard();
    List<FieldDef> selected = new ArrayList<>();
    if (codes.isEmpty()) {
      selected.addAll(dict.fields());
    } else {
      for (String c : codes) {
        String code = dict.dictionary().resolve(c).orElseThrow(() -> new org.shutong.cli.UsageException(m.get("fields.unknown", c)));
        selected.add(dict.field(code).orElseThrow());
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    for (FieldDef f : selected) {
      List<Object> row = new ArrayList<>(List.of(f.code(), f.name() + (f.inferred() ? m.get("fields.inferred") : ""),
          f.type().label(), m.get("req." + f.requirement().name().toLowerCase(java.util.Locale.ROOT)),
          f.valueDomain() == null ? "" : f.valueDomain(),
          f.group() == null ? "" : f.group().label() + " " + f.slot() + " " + f.member(), String.join(" ", f.aliases())));
      if (notes) {
        row.add(f.notes());
      }
      rows.add(row);
    }
    List<String> cols = new ArrayList<>(List.of(m.get("col.code"), m.get("col.name"), m.get("col.type"),
        m.get("col.required"), m.get("col.domain"), m.get("col.group"), m.get("col.aliases")));
    if (notes) {
      cols.add(m.get("col.notes"));
    }
    Report.Builder b = Report.builder("firstpage fields");
    b.extra("fields", selected);
    b.table(new ReportTable("fields", m.get("fields.title", selected.size()), cols, rows, m.get("fields.note")));
    return report.emit(b.build(report.collector(), 0), spec.commandLine().getOut(), lang);
  }
}
