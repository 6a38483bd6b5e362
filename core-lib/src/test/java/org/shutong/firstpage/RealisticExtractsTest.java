package org.shutong.firstpage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shutong.io.ReadOptions;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;
import org.shutong.report.InputSummary;
import org.shutong.report.Severity;

/**
 * Whole files as hospital systems write them (see extracts/README.md): the same 20 generated
 * discharges in the forms found in real extracts must give the findings of the data, not of the form.
 */
class RealisticExtractsTest {
  static FirstPageChecker checker;

  @BeforeAll
  static void load() {
    checker = FirstPageChecker.builder().build();
  }

  static Path extract(String name) {
    try {
      return Path.of(Objects.requireNonNull(RealisticExtractsTest.class.getResource("extracts/" + name), name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  record Checked(InputSummary input, List<Finding> findings) {
    List<String> atLevel(Severity s) {
      return findings.stream().filter(f -> f.severity() == s)
          .map(f -> f.ruleId() + "@" + f.record() + ":" + f.field()).toList();
    }
  }

  static Checked check(String name) {
    FindingCollector fc = new FindingCollector();
    FirstPageChecker.Run run = checker.start(fc);
    InputSummary in = run.check(extract(name), ReadOptions.defaults().withProblems(fc),
        new FirstPageChecker.Run.Listener() {});
    run.finish();
    return new Checked(in, fc.findings());
  }

  /** GB18030 without BOM, CRLF, 年龄(岁) with ASCII brackets, Excel's empty rows as ",,,," and no final newline. */
  @Test
  void hisExportInGb18030WithExcelsEmptyRowsIsClean() {
    Checked c = check("his-gb18030-crlf.csv");
    assertEquals("GB18030", c.input().encoding());
    assertEquals(20, c.input().records());
    assertEquals(List.of(), c.findings());
  }

  /** Amounts as Excel's #,##0.00 writes them: readable (a warning), and the cost rules still run. */
  @Test
  void amountsWithThousandsSeparatorsAreReadAndChecked() {
    Checked c = check("excel-thousands.csv");
    assertEquals(20, c.input().records());
    // record 3's total is 100 yuan below the sum of its items: found although every amount has separators
    assertEquals(List.of("FP-COST-SUM-BELOW-ITEMS@3:D01"), c.atLevel(Severity.ERROR));
    List<Finding> warnings = c.findings().stream().filter(f -> f.severity() == Severity.WARNING).toList();
    assertTrue(warnings.size() > 20, "every grouped amount is reported: " + warnings.size());
    for (Finding w : warnings) {
      assertEquals("FP-FORMAT-NONSTANDARD", w.ruleId(), w.toString());
      assertTrue(w.field().startsWith("D") && w.value().contains(","), w.toString());
    }
  }

  /** 科别 0301 kept as a number in Excel becomes 301: still FP-DOMAIN, with the likely cause named. */
  @Test
  void aCodeThatLostItsLeadingZeroIsReportedWithTheHint() {
    Map<String, String> lost = Records.base();
    lost.put("B13C", "3");
    Map<String, String> wrong = Records.base();
    wrong.put("B13C", "9999");
    List<Finding> found = Records.check(checker, List.of(lost, wrong)).findings().stream()
        .filter(f -> f.ruleId().equals("FP-DOMAIN")).toList();
    assertEquals(List.of("1:B13C", "2:B13C"), found.stream().map(f -> f.record() + ":" + f.field()).toList());
    assertTrue(found.get(0).message().contains("前导零") && found.get(0).message().contains("“03”"), found.get(0).message());
    assertTrue(!found.get(1).message().contains("前导零"), found.get(1).message());
    assertEquals(Severity.ERROR, found.get(0).severity());
  }

  /** JSON Lines whose writer leaves out empty fields: a column first seen in record 2 is still checked. */
  @Test
  void jsonLinesLeavingOutEmptyFieldsLoseNoColumn() {
    Checked c = check("serialiser-omits-nulls.jsonl");
    assertEquals(20, c.input().records());
    assertEquals(List.of("FP-DX-CODE@5:C06x02C"), c.atLevel(Severity.ERROR));
    assertEquals(List.of(), c.atLevel(Severity.WARNING));
    // columns empty in every record are absent from the file: said once each, as for a CSV without them
    for (Finding f : c.findings()) {
      assertTrue(f.severity() != Severity.INFO || f.ruleId().equals("FP-RULE-SKIPPED"), f.toString());
    }
  }
}
