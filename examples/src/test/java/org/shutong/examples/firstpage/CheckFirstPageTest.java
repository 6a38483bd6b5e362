package org.shutong.examples.firstpage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shutong.i18n.Lang;
import org.shutong.report.Finding;
import org.shutong.report.Report;
import org.shutong.report.Severity;

/** The bundled example file: its answer key is what the check finds, and nothing else is an error. */
class CheckFirstPageTest {
  private static final Path DIR = Path.of("firstpage");

  @Test
  void theExampleShowsExactlyItsInjectedErrors() throws IOException {
    Report report = CheckFirstPage.check(DIR.resolve("discharges-2024-05.csv"), Lang.ZH);
    assertEquals(200, report.summary().records());
    List<String> answers = Files.readAllLines(DIR.resolve("answers.csv"), StandardCharsets.UTF_8);
    Set<Long> injected = new HashSet<>();
    for (String line : answers.subList(1, answers.size())) {
      String[] a = line.split(",", -1);
      long record = Long.parseLong(a[0]);
      injected.add(record);
      assertTrue(report.findings().stream().anyMatch(f -> f.record() == record && f.field().equals(a[2])
          && f.ruleId().equals(a[3])), "not found: " + line);
    }
    for (Finding f : report.findings()) {
      if (f.severity() != Severity.INFO) {
        assertTrue(injected.contains(f.record()), "finding on a clean record: " + f);
      }
    }
    assertTrue(report.extras().containsKey("indicators"));
  }
}
