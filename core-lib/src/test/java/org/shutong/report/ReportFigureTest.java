package org.shutong.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.shutong.i18n.Lang;

/** Radar charts and level ladders: drawn by the HTML renderer, left out by the others. */
class ReportFigureTest {
  static Report withFigures() {
    FindingCollector c = new FindingCollector();
    return Report.builder("assess interop")
        .figure(new ReportFigure.Radar("radar", "各领域得分", List.of(
            new ReportFigure.Axis("数据资源", 30, 30, "30 / 30"),
            new ReportFigure.Axis("互联互通", 17.5, 35, "17.5 / 35"),
            new ReportFigure.Axis("基础设施", 0, 18, "0 / 18"),
            new ReportFigure.Axis("<script>x</script>", 6, 12, "6 / 12")), "一条说明"))
        .figure(new ReportFigure.Ladder("ladder", "等级", List.of(
            new ReportFigure.Step("一级", "全部满足", ReportFigure.StepState.REACHED),
            new ReportFigure.Step("二级", null, ReportFigure.StepState.POSSIBLE),
            new ReportFigure.Step("三级", "缺 2 项", ReportFigure.StepState.NEXT),
            new ReportFigure.Step("四级乙等", null, ReportFigure.StepState.OPEN)), null))
        .build(c, 0);
  }

  @Test
  void theRadarDrawsASpokePerAxisAndThePolygonAtEachShare() {
    Document d = Jsoup.parse(Fixtures.render(ReportFormat.HTML, withFigures(), Lang.ZH));
    Element fig = d.selectFirst("figure#figure-radar");
    assertEquals("各领域得分", fig.selectFirst("figcaption").text());
    assertEquals(4, fig.select("line.spoke").size());
    assertEquals(4, fig.select("polygon.ring").size());
    String[] pts = fig.selectFirst("polygon.area").attr("points").split(" ", -1);
    assertEquals(4, pts.length);
    // centre (340, 250), radius 170: the first axis at 100% is straight up, the third at 0 in the centre
    assertEquals("340.0,80.0", pts[0]);
    assertEquals("340.0,250.0", pts[2]);
    // the second (right) at 50%: 85 to the right
    assertEquals("425.0,250.0", pts[1]);
    assertEquals("<script>x</script>", fig.select("text.axis-label tspan").get(6).text(), "labels are text, not markup");
    assertEquals("一条说明", fig.selectFirst("p.note").text());
  }

  @Test
  void theLadderListsTheLevelsHighestFirstWithTheirState() {
    Document d = Jsoup.parse(Fixtures.render(ReportFormat.HTML, withFigures(), Lang.ZH));
    List<String> labels = d.select("#figure-ladder li.step .step-label").eachText();
    assertEquals(List.of("四级乙等", "三级", "二级", "一级"), labels);
    assertEquals(List.of("open", "next", "possible", "reached"), d.select("#figure-ladder li.step").eachAttr("data-state"));
    assertEquals("下一级", d.selectFirst("#figure-ladder li.step-next .step-state").text());
    assertEquals("缺 2 项", d.selectFirst("#figure-ladder li.step-next .step-detail").text());
    Document en = Jsoup.parse(Fixtures.render(ReportFormat.HTML, withFigures(), Lang.EN));
    assertEquals("reached", en.selectFirst("#figure-ladder li.step-reached .step-state").text());
  }

  @Test
  void otherFormatsLeaveFiguresOutAndReportsWithoutFiguresHaveNoSection() {
    String text = Fixtures.render(ReportFormat.TEXT, withFigures(), Lang.ZH);
    assertFalse(text.contains("各领域得分"), text);
    String json = Fixtures.render(ReportFormat.JSON, withFigures(), Lang.ZH);
    assertFalse(json.contains("各领域得分"), json);
    Document d = Jsoup.parse(Fixtures.render(ReportFormat.HTML, Fixtures.firstPage(), Lang.ZH));
    assertTrue(d.select("#figures").isEmpty());
  }

  @Test
  void axesOutsideTheirRangeAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new ReportFigure.Axis("a", 5, 4, "5 / 4"));
    assertThrows(IllegalArgumentException.class, () -> new ReportFigure.Axis("a", -1, 4, "-1"));
    assertThrows(IllegalArgumentException.class, () -> new ReportFigure.Axis("a", 0, 0, "0"));
    assertEquals(0.25, new ReportFigure.Axis("a", 1, 4, "1 / 4").share());
  }
}
