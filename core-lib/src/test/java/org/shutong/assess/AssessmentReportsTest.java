package org.shutong.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.shutong.assess.Answer.Conformity;
import org.shutong.i18n.Lang;
import org.shutong.report.FindingCollector;
import org.shutong.report.Report;
import org.shutong.report.ReportFormat;
import org.shutong.report.ReportRenderer;

class AssessmentReportsTest {
  private static byte[] render(Report r, ReportFormat f, Lang lang) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportRenderer.of(f).render(r, out, lang);
    return out.toByteArray();
  }

  static Report hospitalReport(Lang lang) {
    AssessmentModel h = Evidence.hospital();
    Map<String, Answer> a = new HashMap<>(Evidence.best(h));
    a.put("3.1.2.1", Evidence.option("3.1.2.1", "混合技术（单体系统或以单体系统为主体，非点对点）"));
    a.put("2.2.9.1", Evidence.conformity("2.2.9.1", Conformity.PARTIAL));
    a.remove("5.2.1.1");
    FindingCollector c = new FindingCollector();
    AssessmentReports.modelFindings(h, lang, c);
    Assessment s = Assessor.assess(h, a, lang);
    return AssessmentReports.build("assess interop", h, s, new AssessmentReports.Evidence(null, null), lang, c);
  }

  @Test
  void theJsonCarriesTheConventionKeysThenTheAssessmentWithDerivations() throws IOException {
    JsonNode j = new ObjectMapper().readTree(render(hospitalReport(Lang.ZH), ReportFormat.JSON, Lang.ZH));
    List<String> keys = new ArrayList<>();
    j.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("tool", "version", "command", "inputs", "summary", "findings", "model", "level", "score",
        "domains", "levels", "gaps", "items", "evidence"), keys);
    assertEquals("assess interop", j.path("command").asText());
    assertEquals("2", j.path("level").path("id").asText(), "2.2.9.1 (三级) is only partly conformant");
    assertEquals("3", j.path("level").path("next").asText());
    assertEquals("interop-hospital-2020", j.path("model").path("id").asText());
    assertEquals("reproduced", j.path("model").path("sources").get(0).path("status").asText());
    assertTrue(j.path("score").path("derivation").asText().contains("/"));
    for (JsonNode i : j.path("items")) {
      assertFalse(i.path("derivation").asText().isBlank(), i.toString());
      assertFalse(i.path("source").asText().isBlank(), i.toString());
    }
    for (JsonNode d : j.path("domains")) {
      assertFalse(d.path("derivation").asText().isBlank(), d.toString());
    }
    assertEquals("2.2.9.1", j.path("gaps").get(0).path("item").asText());
    // the model's own caveats: subtotals its items do not add up to
    assertTrue(j.path("findings").findValuesAsText("ruleId").contains("ASSESS-MODEL-SUM"));
  }

  @Test
  void theHtmlHasTheRadarTheLadderAndTheGapList() throws IOException {
    Document d = Jsoup.parse(new String(render(hospitalReport(Lang.ZH), ReportFormat.HTML, Lang.ZH), StandardCharsets.UTF_8));
    assertEquals(4, d.select("#figure-domain-radar line.spoke").size());
    assertEquals(7, d.select("#figure-level-ladder li.step").size());
    assertEquals("二级", d.selectFirst("#figure-level-ladder li.step-reached .step-label").text());
    assertEquals("三级", d.selectFirst("#figure-level-ladder li.step-next .step-label").text());
    assertFalse(d.select("#table-gaps tbody tr").isEmpty());
    assertTrue(d.selectFirst("#table-gaps h2").text().contains("三级"));
    assertTrue(d.select("section.extra[data-key=gaps]").isEmpty(), "the gap list is shown once, as its table");
  }

  @Test
  void theXlsxIsTheItemTableAsSubmittedPlusLevelsDomainsAndGaps() throws IOException {
    byte[] x = render(hospitalReport(Lang.ZH), ReportFormat.XLSX, Lang.ZH);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x))) {
      List<String> sheets = new ArrayList<>();
      wb.forEach(s -> sheets.add(s.getSheetName()));
      assertTrue(sheets.containsAll(List.of("汇总", "等级", "领域得分", "评价项目")), sheets.toString());
      var items = wb.getSheet("评价项目");
      int last = Evidence.hospital().items().size() + 1; // title, header, one row per item
      assertEquals("5.2.2.5", items.getRow(last).getCell(0).getStringCellValue());
      assertEquals("2.1.1.1", items.getRow(2).getCell(0).getStringCellValue());
      assertEquals(0.19, items.getRow(2).getCell(4).getNumericCellValue(), 1e-9);
    }
  }

  @Test
  void theTextShowsTheLevelsAndTheGapsInEnglishToo() throws IOException {
    String t = new String(render(hospitalReport(Lang.EN), ReportFormat.TEXT, Lang.EN), StandardCharsets.UTF_8);
    assertTrue(t.contains("== Levels =="), t.substring(0, 400));
    assertTrue(t.contains("Gaps to Level 3"), t.substring(0, 400));
  }
}
