package org.shutong.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shutong.i18n.Lang;

class TextReportRendererTest {
  private static String text(Report r, Lang lang, boolean colour) {
    return new String(
        Fixtures.bytes(ReportRenderer.of(ReportFormat.TEXT, RenderOptions.defaults().withColour(colour)), r, lang),
        StandardCharsets.UTF_8);
  }

  @Test
  void groupsByRuleMostSeriousFirstWithOneLinePerFindingAndTheSummaryLast() {
    String t = text(Fixtures.firstPage(), Lang.ZH, false);
    List<String> lines = t.lines().toList();
    int date = lines.indexOf("[FP-DATE-ORDER] 错误  2 条  出院时间不早于入院时间");
    int age = lines.indexOf("[FP-AGE-RANGE] 警告  1 条");
    int name = lines.indexOf("[FP-NAME-SPACE] 提示  1 条");
    assertTrue(date >= 0 && date < age && age < name, t);
    assertEquals("  17/18  B15  \"2024-01-01\" — 出院时间早于入院时间", lines.get(date + 1));
    assertEquals("  30/31  B15  \"2023-12-30\" — 出院时间早于入院时间", lines.get(date + 2));
    assertEquals("错误 2，警告 1，提示 1；有错误的记录 2 条", lines.get(lines.size() - 1));
    assertTrue(t.contains("检查规则 4 条，其中 1 条未发现问题"), t);
    assertTrue(lines.indexOf("  in.csv  100 条记录  GB18030") > name, t);
  }

  @Test
  void namesTheFileOnEachLineOnlyWhenThereAreSeveral() {
    assertFalse(text(Fixtures.firstPage(), Lang.ZH, false).contains("in.csv  17/18"));
    FindingCollector c = new FindingCollector();
    c.accept(new Finding("R", Severity.ERROR, "a.csv", 1, 2, "A", "x", "m"));
    c.accept(new Finding("R", Severity.ERROR, "b.csv", 3, 4, "A", "y", "m"));
    Report r = Report.builder("x").input(new InputSummary("a.csv", 1, null))
        .input(new InputSummary("b.csv", 3, null)).build(c);
    String t = text(r, Lang.EN, false);
    assertTrue(t.contains("  a.csv  1/2  A  \"x\" — m\n"), t);
    assertTrue(t.contains("  b.csv  3/4  A  \"y\" — m\n"), t);
    assertTrue(t.startsWith("file  record/line"), t);
  }

  @Test
  void aTableNoteOfSeveralLinesPrintsAsLinesAndControlsStayVisible() {
    Report r = Report.builder("x")
        .table(new ReportTable("t", "表", List.of("a"), List.of(List.of("1")), "注：第一行\n*：第二行\u0007"))
        .build(new FindingCollector());
    List<String> lines = text(r, Lang.ZH, false).lines().toList();
    int first = lines.indexOf("注：第一行");
    assertTrue(first >= 0, lines.toString());
    assertEquals("*：第二行\\u0007", lines.get(first + 1));
  }

  @Test
  void colourOnlyWhenAsked() {
    String plain = text(Fixtures.firstPage(), Lang.ZH, false);
    assertFalse(plain.contains("\u001b"), plain);
    String coloured = text(Fixtures.firstPage(), Lang.ZH, true);
    assertTrue(coloured.contains("\u001b[1;31m错误\u001b[0m"), coloured);
    assertTrue(coloured.contains("\u001b[33m警告\u001b[0m"), coloured);
    // the default renderer never colours
    assertFalse(Fixtures.render(ReportFormat.TEXT, Fixtures.firstPage(), Lang.ZH).contains("\u001b"));
  }

  @Test
  void controlCharactersInValuesCannotBreakLinesOrReachTheTerminal() {
    FindingCollector c = new FindingCollector();
    c.accept(new Finding("R", Severity.ERROR, "in.csv", 1, 2, "A", "a\nb\u001b[2Jc", "m\r\nx"));
    String t = text(Report.builder("x").input(new InputSummary("in.csv", 1, null)).build(c), Lang.EN, false);
    assertFalse(t.contains("\u001b"), t);
    assertTrue(t.contains("  1/2  A  \"a\\nb\\u001b[2Jc\" — m\\r\\nx\n"), t);
  }

  @Test
  void listsAtMostFiftyFindingsPerRuleAndCountsTheRest() {
    String t = text(Fixtures.many(120, 1), Lang.EN, false);
    assertEquals(50, t.lines().filter(l -> l.startsWith("  ") && l.contains(" — ")).count(), t);
    assertTrue(t.contains("  ... 70 more not listed"), t);
  }

  @Test
  void aFindingWithoutPlaceShowsADashAndMixedSeveritiesAreMarked() {
    FindingCollector c = new FindingCollector();
    c.accept(new Finding("R", Severity.ERROR, null, 0, 0, null, null, "whole file is wrong"));
    c.accept(new Finding("R", Severity.WARNING, null, 0, 7, null, null, "odd line"));
    String t = text(Report.builder("x").build(c), Lang.EN, false);
    assertTrue(t.contains("  - — whole file is wrong\n"), t);
    assertTrue(t.contains("  -/7 — warning: odd line\n"), t);
  }

  @Test
  void englishLabels() {
    String t = text(Fixtures.firstPage(), Lang.EN, false);
    assertTrue(t.contains("[FP-DATE-ORDER] error  2 finding(s)"), t);
    assertTrue(t.endsWith("errors 2, warnings 1, info 1; records with errors 2\n"), t);
  }

  @Test
  void tablesAreAlignedByDisplayWidthWithNumbersOnTheRight() {
    Report r = Report.builder("inspect").table(new ReportTable("columns", "列填充率", List.of("#", "列", "非空"),
        List.of(List.of(1, "姓名", 10L), List.of(12, "出院科别", 9L), List.of(3, "ab", 100L)), "注")).build(new FindingCollector());
    List<String> lines = text(r, Lang.ZH, false).lines().toList();
    int at = lines.indexOf("== 列填充率 ==");
    assertEquals(List.of(
        "#   列        非空",
        " 1  姓名        10",
        "12  出院科别     9",
        " 3  ab         100",
        "注"), lines.subList(at + 1, at + 6));
  }

  @Test
  void displayWidthCountsWideCharactersTwice() {
    assertEquals(4, TextReportRenderer.width("出院"));
    assertEquals(3, TextReportRenderer.width("a出"));
    assertEquals(2, TextReportRenderer.width("\uD840\uDC00"));
  }
}
