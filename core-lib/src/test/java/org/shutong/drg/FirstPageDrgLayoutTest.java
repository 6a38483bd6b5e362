package org.shutong.drg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shutong.i18n.Lang;
import org.shutong.io.Row;
import org.shutong.report.Finding;

/** First-page columns to grouping records, and where each value came from. */
class FirstPageDrgLayoutTest {
  static Row row(String... values) {
    return new Row("in.csv", 1, 2, values);
  }

  @Test
  void aRecordsFindingsNameTheFirstPageFieldsAndTheNoteSaysWhyItIsNotGrouped() {
    Grouper grouper = Grouper.of(DrgTables.builtIn(DrgTables.DEFAULT_VERSION));
    FirstPageDrgLayout l = FirstPageDrgLayout.of(List.of("A12C", "A14", "C03C", "C06x01C", "C14x01C", "C35x01C"));
    // grouped, with a warning of the layout (operation in C35x01C but no main operation) and of the grouper
    Row grouped = new Row("in.csv", 4, 5, new String[] {"1", "5", "Z51.800x953", "XYZ.123", "", "99.9999"});
    DrgResult g = grouper.group(l.record(grouped));
    assertEquals(DrgStatus.GROUPED, g.status());
    assertNull(g.note(Lang.ZH));
    List<Finding> fs = findings(l, grouped, g);
    assertEquals(List.of("DRG-MAINPROC-MISSING", "DRG-DX-UNKNOWN", "DRG-PROC-UNKNOWN"),
        fs.stream().map(Finding::ruleId).toList());
    // the missing main operation is reported on the operation found instead of it
    assertEquals(List.of("C35x01C", "C06x01C", "C35x01C"), fs.stream().map(Finding::field).toList());
    assertTrue(fs.stream().allMatch(f -> f.file().equals("in.csv") && f.record() == 4 && f.line() == 5), fs.toString());
    // ungroupable: one warning on the principal diagnosis, and the note is its cause
    Row appendicitis = new Row("in.csv", 6, 7, new String[] {"1", "5", "K35.800", "", "", ""});
    DrgResult u = grouper.group(l.record(appendicitis));
    assertEquals(DrgStatus.UNGROUPABLE, u.status());
    Finding why = findings(l, appendicitis, u).stream().filter(f -> f.ruleId().equals("DRG-UNGROUPABLE"))
        .findFirst().orElseThrow();
    assertEquals("DRG-UNGROUPABLE", why.ruleId());
    assertEquals("C03C", why.field());
    assertEquals("K35.800", why.value());
    assertEquals(u.cause().message(Lang.EN), u.note(Lang.EN));
    assertEquals(why.message(), u.note(Lang.ZH));
    // invalid: the note is the first error, not a warning
    Row bad = new Row("in.csv", 8, 9, new String[] {"9", "abc", "", "", "", ""});
    DrgResult v = grouper.group(l.record(bad));
    assertEquals(DrgStatus.INVALID, v.status());
    assertEquals(v.issues().get(0).message(Lang.ZH), v.note(Lang.ZH));
    assertEquals(List.of("A12C", "A14", "C03C"), findings(l, bad, v).stream().map(Finding::field).toList());
  }

  private static List<Finding> findings(FirstPageDrgLayout l, Row row, DrgResult r) {
    List<Finding> out = new java.util.ArrayList<>();
    l.findings("in.csv", row, r, Lang.ZH, out::add);
    return out;
  }

  @Test
  void chineseNamesAndCodesMapToTheSameFields() {
    FirstPageDrgLayout byName = FirstPageDrgLayout.of(List.of("性别", "年龄(岁)", "主要诊断编码",
        "其他诊断编码2", "出院其他诊断编码1", "主要手术操作编码", "病案号"));
    assertEquals(List.of(), byName.missingRequired());
    DrgRecord r = byName.record(row("1", "45", "K91.800x602", "I50.900x009", "E11.900", "42.6403", "BA001"));
    assertEquals(List.of("K91.800x602", "E11.900", "I50.900x009"), r.diagnoses());
    assertEquals(List.of("42.6403"), r.procedures());
    assertEquals("BA001", byName.caseId(row("1", "45", "K91.800x602", "", "", "", "BA001")));
  }

  @Test
  void emptyCellsAreSkippedAndFieldsNamedByTheirColumn() {
    FirstPageDrgLayout l = FirstPageDrgLayout.of(List.of("C03C", "C06x01C", "C06x02C", "C14x01C",
        "C35x01C", "C35x02C", "A12C", "A14"));
    Row row = row("A07.000", "", "I50.900x009", "42.6403", "-", "45.1300", "1", "88");
    DrgRecord r = l.record(row);
    assertEquals(List.of("A07.000", "I50.900x009"), r.diagnoses());
    assertEquals(List.of("42.6403", "45.1300"), r.procedures());
    assertEquals("C06x02C", l.field(row, DrgField.DIAGNOSIS, 1));
    assertEquals("C35x02C", l.field(row, DrgField.PROCEDURE, 1));
    assertEquals("A12C", l.field(row, DrgField.SEX, 0));
    assertTrue(l.issues(row).isEmpty());
  }

  @Test
  void noPrincipalMeansNoDiagnosesAndNoMainProcedureIsAWarning() {
    FirstPageDrgLayout l = FirstPageDrgLayout.of(List.of("A12C", "A14", "C03C", "C06x01C", "C14x01C", "C35x01C"));
    Row row = row("1", "45", "", "I50.900x009", "", "45.1300");
    DrgRecord r = l.record(row);
    assertEquals(List.of(), r.diagnoses());
    assertEquals(List.of("45.1300"), r.procedures());
    assertEquals("C03C", l.field(row, DrgField.DIAGNOSIS, 0));
    DrgIssue w = l.issues(row).get(0);
    assertEquals("DRG-MAINPROC-MISSING", w.ruleId());
    assertEquals(List.of("45.1300"), w.args());
  }

  @Test
  void birthWeightFirstThenAdmissionWeight() {
    FirstPageDrgLayout l = FirstPageDrgLayout.of(List.of("A12C", "A14", "A16", "新生儿入院体重（克）",
        "新生儿出生体重(克)", "C03C"));
    Row both = row("2", "0", "3", "2600", "1200", "P07.200");
    Row admit = row("2", "0", "3", "2600", "", "P07.200");
    assertEquals("1200", l.record(both).weight());
    assertEquals("A18x01", l.field(both, DrgField.WEIGHT, 0));
    assertEquals("2600", l.record(admit).weight());
    assertEquals("A17", l.field(admit, DrgField.WEIGHT, 0));
  }

  @Test
  void requiredColumnsAreListed() {
    assertEquals(List.of("A12C", "A14", "C03C"), FirstPageDrgLayout.of(List.of("姓名", "A16")).missingRequired());
  }
}
