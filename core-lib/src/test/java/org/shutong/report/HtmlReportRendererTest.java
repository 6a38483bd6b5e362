package org.shutong.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.shutong.i18n.Lang;

class HtmlReportRendererTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Document html(Report r, Lang lang) {
    return Jsoup.parse(Fixtures.render(ReportFormat.HTML, r, lang));
  }

  private static JsonNode data(Document d) throws Exception {
    return JSON.readTree(d.getElementById("shutong-findings").data());
  }

  @Test
  void summaryCardsShowTheCounts() {
    Document d = html(Fixtures.firstPage(), Lang.ZH);
    assertEquals("zh-CN", d.selectFirst("html").attr("lang"));
    assertEquals("100", d.selectFirst(".card[data-card=records] .value").text());
    assertEquals("2", d.selectFirst(".card[data-card=records-with-errors] .value").text());
    assertEquals("2.0%", d.selectFirst(".card[data-card=records-with-errors] .sub").text());
    assertEquals("2", d.selectFirst(".card[data-card=error] .value").text());
    assertEquals("1", d.selectFirst(".card[data-card=warning] .value").text());
    assertEquals("1", d.selectFirst(".card[data-card=info] .value").text());
    assertEquals("错误", d.selectFirst(".card[data-card=error] .label").text());
  }

  @Test
  void chartsHaveABarPerRuleAndPerFieldStackedBySeverity() {
    Document d = html(Fixtures.firstPage(), Lang.ZH);
    List<String> rules = d.select("#chart-rules g.bar").eachAttr("data-key");
    assertEquals(List.of("FP-DATE-ORDER", "FP-AGE-RANGE", "FP-NAME-SPACE"), rules);
    Element date = d.selectFirst("#chart-rules g.bar[data-key=FP-DATE-ORDER]");
    assertEquals(1, date.select("rect.sev-error").size());
    assertEquals("2", date.selectFirst("text.value").text());
    assertEquals(List.of("B15", "A14", "A02"), d.select("#chart-fields g.bar").eachAttr("data-key"));
    // the longest bar spans the chart's bar area, the others in proportion
    double full = Double.parseDouble(date.selectFirst("rect").attr("width"));
    double half = Double.parseDouble(d.selectFirst("#chart-rules g.bar[data-key=FP-AGE-RANGE] rect").attr("width"));
    assertEquals(full / 2, half, 0.1);
  }

  @Test
  void commandChartsAreGroupedAndEscaped() {
    Report r = Report.builder("conform profile")
        .chart(new ReportChart("c1-top", "性别", "最常见的值", List.of(
            new ReportChart.Bar("1", 60, "60"), new ReportChart.Bar("<script>x</script>", 30, "30")), "计数为下限"))
        .chart(new ReportChart("c1-len", "性别", "长度分布", List.of(new ReportChart.Bar("1", 90, "90")), null))
        .chart(new ReportChart("c2-top", "姓名", "最常见的值", List.of(), null))
        .build(new FindingCollector());
    Document d = html(r, Lang.ZH);
    assertEquals(List.of("性别", "姓名"), d.select("#command-charts .chart-group summary h3").eachText());
    assertEquals(2, d.select("#command-charts .chart-group").get(0).select("figure.command-chart").size());
    Element top = d.getElementById("chart-c1-top");
    assertEquals(2, top.select("g.bar").size());
    assertEquals("<script>x</script>", top.select("g.bar text.label").get(1).text());
    assertTrue(d.select("script").stream().noneMatch(s -> s.data().contains("<script>x")));
    double full = Double.parseDouble(top.select("rect.plain").get(0).attr("width"));
    double half = Double.parseDouble(top.select("rect.plain").get(1).attr("width"));
    assertEquals(full / 2, half, 0.1);
    assertEquals("计数为下限", top.selectFirst("p.note").text());
    assertNull(d.getElementById("chart-c2-top").selectFirst("rect"));
    assertTrue(d.select("details.chart-group").get(0).hasAttr("open"));
  }

  @Test
  void manyChartGroupsAreFoldedAfterTheFirst() {
    Report.Builder b = Report.builder("conform profile");
    for (int i = 0; i < 20; i++) {
      b.chart(new ReportChart("c" + i, "column " + i, "top", List.of(new ReportChart.Bar("a", 1, "1")), null));
    }
    Document d = html(b.build(new FindingCollector()), Lang.EN);
    assertEquals(20, d.select("details.chart-group").size());
    assertEquals(HtmlReportRenderer.OPEN_CHART_GROUPS, d.select("details.chart-group[open]").size());
    assertEquals("Charts", d.selectFirst("#command-charts h2").text());
  }

  @Test
  void noCommandChartsNoSection() {
    assertNull(html(Fixtures.firstPage(), Lang.ZH).getElementById("command-charts"));
  }

  @Test
  void manyKeysAreCutToTheLimitWithOneBarForTheRest() {
    Document d = html(Fixtures.many(300, 60), Lang.EN);
    assertEquals(HtmlReportRenderer.MAX_BARS, d.select("#chart-rules g.bar").size());
    assertEquals("21 more", d.selectFirst("#chart-rules g.bar.others text.label").text());
  }

  @Test
  void rulesTableListsCleanRulesAsPassed() {
    Document d = html(Fixtures.firstPage(), Lang.EN);
    Element sex = d.select("#rules tbody tr").stream()
        .filter(tr -> tr.child(0).text().equals("FP-SEX-CODE")).findFirst().orElseThrow();
    assertEquals("性别代码符合 GB/T 2261.1", sex.child(1).text());
    assertEquals("passed", sex.child(5).text());
  }

  @Test
  void findingsAreEmbeddedAsDataWithDictionariesAndFilterOptions() throws Exception {
    Document d = html(Fixtures.firstPage(), Lang.ZH);
    JsonNode data = data(d);
    assertEquals(4, data.get("rows").size());
    JsonNode first = data.get("rows").get(0);
    assertEquals("FP-DATE-ORDER", data.get("rules").get(first.get(0).asInt()).asText());
    assertEquals(0, first.get(1).asInt());
    assertEquals(17, first.get(3).asLong());
    assertEquals(18, first.get(4).asLong());
    assertEquals("B15", data.get("fields").get(first.get(5).asInt()).asText());
    assertEquals("2024-01-01", first.get(6).asText());
    assertEquals("出院时间早于入院时间", first.get(7).asText());
    assertEquals(List.of("", "0", "1", "2"), d.select("#f-sev option").eachAttr("value"));
    assertEquals(List.of("全部规则", "FP-DATE-ORDER", "FP-AGE-RANGE", "FP-NAME-SPACE"), d.select("#f-rule option").eachText());
    assertEquals("4", d.getElementById("f-count").text());
    // one input file: no file column
    assertTrue(d.select("#findings-table th[data-col=file]").isEmpty());
  }

  @Test
  void markupInUserValuesIsEscapedEverywhere() throws Exception {
    String evil = "</script><script>window.pwned=1</script><img src=x onerror=alert(1)>";
    FindingCollector c = new FindingCollector();
    c.accept(new Finding("R<b>", Severity.ERROR, "in.csv", 1, 2, "F\"><script>", evil, evil));
    Report r = Report.builder("x <script>")
        .input(new InputSummary("a<script>.csv", 1, null))
        .table(new ReportTable("t", evil, List.of(evil), List.<List<Object>>of(List.of(evil)), evil))
        .extra("k", List.of(java.util.Map.of("c", evil)))
        .build(c);
    String raw = Fixtures.render(ReportFormat.HTML, r, Lang.EN);
    assertFalse(raw.contains("<script>window"), raw);
    assertFalse(raw.contains("<img"), raw);
    Document d = Jsoup.parse(raw);
    // exactly our three scripts, none from the data
    assertEquals(3, d.select("script").size());
    assertEquals(1, d.select("script:not([type])").size());
    assertTrue(d.select("img").isEmpty());
    // and the values come back intact as text and data
    assertEquals(evil, d.selectFirst("section.report-table td").text());
    assertEquals(evil, d.selectFirst("section.extra td").text());
    assertEquals(evil, data(d).get("rows").get(0).get(6).asText());
    assertEquals("R<b>", d.selectFirst("#chart-rules g.bar").attr("data-key"));
  }

  @Test
  void onlyTheReportsOwnScriptMayRunAndNothingIsFetched() throws Exception {
    Document d = html(Fixtures.firstPage(), Lang.ZH);
    String csp = d.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertTrue(csp.startsWith("default-src 'none';"), csp);
    String script = d.selectFirst("script:not([type])").data();
    String hash = Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
    assertTrue(csp.contains("script-src 'sha256-" + hash + "'"), csp);
    assertTrue(d.select("[src], link[href], [href^=http], [xlink:href]").isEmpty());
    assertFalse(d.outerHtml().contains("http://") && !d.outerHtml().contains("http://www.w3.org/2000/svg"));
  }

  @Test
  void reportTablesAndExtrasAreRenderedGenerically() {
    Document d = html(Fixtures.withExtras(), Lang.ZH);
    Element table = d.getElementById("table-columns");
    assertEquals("列填充率", table.selectFirst("h2").text());
    assertEquals(List.of("#", "列", "非空"), table.select("th").eachText());
    assertEquals("注：非空指去掉空白后不为空", table.selectFirst("p.note").text());
    assertEquals("num", table.selectFirst("td").className());

    Element ind = d.getElementById("extra-indicators");
    assertEquals(List.of("code", "name", "value"), ind.select("th").eachText());
    assertEquals(List.of("I-02", "平均住院日", "8.25"), ind.select("tbody tr").get(1).select("td").eachText());
    assertEquals("1,234", ind.select("tbody tr").get(0).child(2).text());

    Element score = d.getElementById("extra-score");
    assertNotNull(score.selectFirst("table.fields"));
    assertEquals("四级甲等", d.selectFirst("#extra-level p.scalar").text());
    Element risk = d.getElementById("extra-risk");
    assertEquals(java.util.Set.of("k", "n"), java.util.Set.copyOf(risk.select("table.data th").eachText()));
    // an extra whose key is a table's id is shown once, as that table
    assertNull(d.getElementById("extra-columns"));
  }

  @Test
  void englishLabelsAndNoFindings() {
    Document d = html(Report.builder("inspect").input(new InputSummary("in.csv", 3, "UTF-8"))
        .build(new FindingCollector()), Lang.EN);
    assertEquals("en", d.selectFirst("html").attr("lang"));
    assertEquals("Shutong data quality report", d.selectFirst("h1").text());
    assertEquals("No findings.", d.getElementById("no-findings").text());
    assertNull(d.getElementById("charts"));
    assertNull(d.getElementById("f-text"));
  }

  @Test
  void embeddedFindingsAreCappedAndTheCutIsSaid() throws Exception {
    FindingCollector c = new FindingCollector(HtmlReportRenderer.MAX_EMBEDDED_FINDINGS + 10);
    for (int i = 0; i < HtmlReportRenderer.MAX_EMBEDDED_FINDINGS + 15; i++) {
      c.accept(Fixtures.error("R", i + 1, "A", null, "m"));
    }
    Document d = html(Report.builder("x").input(new InputSummary("in.csv", 1, null)).build(c), Lang.EN);
    assertEquals(HtmlReportRenderer.MAX_EMBEDDED_FINDINGS, data(d).get("rows").size());
    assertEquals("100,000 findings are listed; 15 more are not in this file. Export JSON or CSV for the full list.",
        d.selectFirst("#findings p.note").text());
  }

  @Test
  void severalFilesGetAFileColumn() {
    FindingCollector c = new FindingCollector();
    c.accept(new Finding("R", Severity.ERROR, "a.csv", 1, 2, "A", "x", "m"));
    c.accept(new Finding("R", Severity.ERROR, "b.csv", 1, 2, "A", "x", "m"));
    Document d = html(Report.builder("x").build(c), Lang.EN);
    assertEquals(1, d.select("#findings-table th[data-col=file]").size());
  }

  @Test
  void shortenCountsWideCharactersTwice() {
    assertEquals("ABC", HtmlReportRenderer.shorten("ABC", 4));
    assertEquals("出院…", HtmlReportRenderer.shorten("出院时间早于入院", 6));
  }
}
