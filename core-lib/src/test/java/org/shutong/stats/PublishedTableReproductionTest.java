package org.shutong.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.i18n.Lang;
import org.shutong.io.ReadOptions;
import org.shutong.report.FindingCollector;

/**
 * Builds a case-card extract of 467,973 counted cards (plus cards that must not count) whose counts are
 * those of the published November 2022 table (seed 002), tabulates it, and checks that every one of
 * the 49 rows comes out as published — AIDS deaths through the all-cause rule over cumulative cards —
 * and that the produced table verifies clean. Heavy: tagged e2e.
 */
@Tag("e2e")
class PublishedTableReproductionTest {
  @TempDir Path dir;

  /** Published disease rows (markers removed) with cases and deaths. */
  private static Map<String, long[]> published() throws IOException {
    Map<String, long[]> out = new LinkedHashMap<>();
    try (InputStream in = PublishedTableReproductionTest.class.getResourceAsStream("notifiable-2022-11-published.csv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
      for (int i = 1; i < lines.length; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        String[] c = lines[i].split(",", -1);
        out.put(c[0].replace("*", "").replace("#", "").strip(), new long[] {Long.parseLong(c[1].strip()),
            Long.parseLong(c[2].strip())});
      }
    }
    return out;
  }

  @Test
  void theNovember2022TableIsReproducedRowByRow() throws IOException {
    Map<String, long[]> pub = published();
    Path file = dir.resolve("cards-2022-11.csv");
    Random rnd = new Random(202211);
    long id = 0;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(CaseCardFile.HEADER);
      w.write('\n');
      for (Map.Entry<String, long[]> e : pub.entrySet()) {
        String label = e.getKey();
        if (label.endsWith("总计") || label.endsWith("合计") || label.equals("病毒性肝炎")) {
          continue;
        }
        long cases = e.getValue()[0];
        long deaths = e.getValue()[1];
        boolean aids = label.equals("艾滋病");
        for (long i = 0; i < cases; i++) {
          LocalDate day = LocalDate.of(2022, 11, 1 + rnd.nextInt(30));
          String death = !aids && i < deaths ? day.minusDays(1).toString() : "";
          w.write(line(++id, label, day, death));
        }
        if (aids) {
          // deaths of AIDS patients reported in earlier years, dated in November 2022
          for (long i = 0; i < deaths; i++) {
            LocalDate reviewed = LocalDate.of(2015 + rnd.nextInt(7), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            w.write(line(++id, label, reviewed, "2022-11-" + String.format("%02d", 1 + rnd.nextInt(30))));
          }
        }
        // a deleted card and a suspected case per disease: neither may count
        w.write(line(++id, label, LocalDate.of(2022, 11, 15), "").replace(",\n", ",2022-11-20 10:00:00\n"));
        w.write(line(++id, label, LocalDate.of(2022, 11, 15), "").replace("确诊病例", "疑似病例"));
      }
    }
    FindingCollector fc = new FindingCollector(1000);
    NotifiableResult r = NotifiableTabulator.tabulate(List.of(file), NotifiableOptions.of(
        ReportMonths.of(YearMonth.of(2022, 11))).withRead(ReadOptions.defaults().withProblems(fc)));
    NotifiableTable t = r.table();
    List<String> labels = new ArrayList<>(pub.keySet());
    assertEquals(labels.size(), t.rows().size());
    for (int i = 0; i < labels.size(); i++) {
      NotifiableTable.Row row = t.rows().get(i);
      String expected = labels.get(i).equals("斑疹伤寒") ? "流行性和地方性斑疹伤寒" : labels.get(i);
      assertEquals(expected, row.label(), "row " + i);
      assertEquals(pub.get(labels.get(i))[0], row.cases(), expected + " cases");
      assertEquals(pub.get(labels.get(i))[1], row.deaths(), expected + " deaths");
    }
    assertEquals(467_973, r.counts().counted());
    assertEquals(r.counts().records(), r.counts().accounted());
    assertEquals(0, fc.count(org.shutong.report.Severity.ERROR));
    Path csv = dir.resolve("table.csv");
    try (var os = Files.newOutputStream(csv)) {
      StatsWriters.csv(NotifiableReports.document(r, null, Lang.ZH).tables().get(0), os);
    }
    FindingCollector vc = new FindingCollector();
    TableVerifier.Result v = TableVerifier.verify(csv, DiseaseNames.bundled(NotifiableCatalogue.bundled()),
        ReadOptions.defaults().withProblems(vc));
    assertEquals(0, v.mismatches());
    assertEquals(List.of(), vc.findings());
  }

  private static String line(long id, String disease, LocalDate reviewed, String death) {
    return id + "," + disease + ",确诊病例," + reviewed.minusDays(3) + "," + reviewed.minusDays(1) + " 09:00:00,"
        + reviewed + " 10:30:00," + death + ",320402,\n";
  }
}
