package org.shutong.cli.code;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shutong.cli.GlobalOptions;
import org.shutong.cli.ReportOptions;
import org.shutong.cli.UsageException;
import org.shutong.codesets.CodeTable;
import org.shutong.codesets.Codesets;
import org.shutong.codesets.TableInfo;
import org.shutong.codesets.TableKind;
import org.shutong.codesets.ValueDomain;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.report.Report;
import org.shutong.report.ReportTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shutong code info [ID...]}: the bundled tables with their manifests; with ids, the details of
 * those tables (patch steps, value domains) or the values of those value domains.
 */
@Command(name = "info", description = "列出内置编码表及其清单（名称、版本、发布机构、来源、行数、SHA-256）；给出 ID 时显示该表或值域的详情")
public final class CodeInfoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ReportOptions report = new ReportOptions();

  @Parameters(paramLabel = "ID", arity = "0..*", descriptionKey = "code.info.ids", description = "编码表 ID（如 icd10-nhsa-2.0）或值域 ID（如 RC032）")
  List<String> ids = new ArrayList<>();

  @Override
  public Integer call() {
    Lang lang = GlobalOptions.of(spec.commandLine()).lang();
    Messages m = Messages.of("org.shutong.cli.code.messages", lang);
    Codesets cs = Codesets.bundled();
    Report.Builder b = Report.builder("code info");
    List<TableInfo> tables = new ArrayList<>();
    List<Map<String, Object>> domains = new ArrayList<>();
    for (String id : ids) {
      if (cs.find(id).isPresent()) {
        tables.add(cs.info(id));
      } else if (cs.findValueDomain(id).isPresent()) {
        ValueDomain d = cs.valueDomain(id);
        domains.add(domainJson(d));
        List<List<Object>> rows = new ArrayList<>();
        for (ValueDomain.Value v : d.values()) {
          rows.add(List.of(v.code(), v.name()));
        }
        b.table(new ReportTable("domain-" + d.id(), m.get("info.domainTitle", d.id(), d.title(), d.table().id()),
            List.of(m.get("col.code"), m.get("col.name")), rows, null));
      } else {
        List<String> known = new ArrayList<>();
        for (TableInfo t : cs.tables()) {
          known.add(t.id());
        }
        throw new UsageException(m.get("info.unknownId", id, String.join(", ", known), String.join(", ", cs.valueDomainIds())));
      }
    }
    if (ids.isEmpty()) {
      tables.addAll(cs.tables());
    }
    if (!tables.isEmpty()) {
      List<List<Object>> rows = new ArrayList<>();
      for (TableInfo t : tables) {
        rows.add(List.of(t.id(), t.name(), t.version(), t.publisher(), t.rows(), t.sha256() == null ? "" : t.sha256(),
            t.source()));
      }
      b.table(new ReportTable("tables", m.get("info.title", tables.size()),
          List.of("ID", m.get("col.name"), m.get("col.version"), m.get("col.publisher"), m.get("col.rows"), "SHA-256",
              m.get("col.source")), rows, ids.isEmpty() ? m.get("info.note") : null));
      for (TableInfo t : ids.isEmpty() ? List.<TableInfo>of() : tables) {
        b.table(details(cs, t, m));
      }
      b.extra("tables", tables);
    }
    if (!domains.isEmpty()) {
      b.extra("valueDomains", domains);
    }
    return report.emit(b.build(report.collector(), 0), spec.commandLine().getOut(), lang);
  }

  private static Map<String, Object> domainJson(ValueDomain d) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", d.id());
    o.put("title", d.title());
    o.put("table", d.table().id());
    o.put("values", d.values());
    return o;
  }

  private static ReportTable details(Codesets cs, TableInfo t, Messages m) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of(m.get("col.kind"), t.kind().name()));
    if (t.system() != null) {
      rows.add(List.of(m.get("col.system"), t.system()));
    }
    rows.add(List.of(m.get("col.file"), t.file()));
    if (t.mapsFrom() != null) {
      rows.add(List.of(m.get("col.maps"), t.mapsFrom() + " → " + t.mapsTo()));
    }
    if (!t.notes().isEmpty()) {
      rows.add(List.of(m.get("col.notes"), t.notes()));
    }
    if (t.kind() == TableKind.CODE_TABLE) {
      CodeTable ct = cs.codeTable(t.id());
      rows.add(List.of(m.get("col.entries"), m.get("info.entries", ct.size(), ct.leafCount())));
      for (CodeTable.Patch p : ct.patches()) {
        rows.add(List.of(m.get("col.patch"), p.code() + ": " + p.before() + " → " + p.after()));
      }
    }
    if (t.kind() == TableKind.VALUE_DOMAINS) {
      for (ValueDomain d : cs.valueDomains()) {
        if (d.table().id().equals(t.id())) {
          rows.add(List.of(d.id(), d.title() + " (" + d.size() + ")"));
        }
      }
    }
    return new ReportTable("table-" + t.id(), t.id() + " — " + t.name() + " " + t.version(),
        List.of(m.get("col.item"), m.get("col.value")), rows, null);
  }
}
