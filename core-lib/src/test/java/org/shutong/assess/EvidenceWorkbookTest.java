package org.shutong.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.assess.Answer.Conformity;
import org.shutong.i18n.Lang;
import org.shutong.io.InputException;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;
import org.shutong.report.Severity;

class EvidenceWorkbookTest {
  @TempDir Path dir;

  private final AssessmentModel h = Evidence.hospital();
  private final AssessmentModel e = Evidence.emr();

  private static List<String> rules(FindingCollector c) {
    return c.findings().stream().map(Finding::ruleId).toList();
  }

  private static Finding only(FindingCollector c, String rule) {
    List<Finding> fs = c.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    assertEquals(1, fs.size(), c.findings().toString());
    return fs.get(0);
  }

  @Test
  void theTemplateHasTheVersionCellsARowPerItemAndDataValidation() throws IOException {
    Path t = Evidence.template(h, dir.resolve("e.xlsx"), Lang.ZH);
    try (InputStream in = Files.newInputStream(t); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertEquals("说明", wb.getSheetName(0));
      assertEquals("评价项目", wb.getSheetName(1));
      assertTrue(wb.isSheetHidden(2));
      Sheet meta = wb.getSheetAt(0);
      assertEquals("template", meta.getRow(1).getCell(0).getStringCellValue());
      assertEquals("shutong-assess-evidence/1", meta.getRow(1).getCell(1).getStringCellValue());
      assertEquals("interop-hospital-2020", meta.getRow(2).getCell(1).getStringCellValue());
      XSSFSheet items = wb.getSheetAt(1);
      assertEquals(h.items().size() + 1, items.getPhysicalNumberOfRows());
      Row first = items.getRow(1);
      assertEquals("2.1.1.1", first.getCell(0).getStringCellValue());
      List<String> head = java.util.stream.StreamSupport.stream(items.getRow(0).spliterator(), false)
          .map(Cell::getStringCellValue).toList();
      assertTrue(head.containsAll(List.of("编号", "回答", "说明", "附件", "回答类型")), head.toString());
      List<XSSFDataValidation> vs = items.getDataValidations();
      assertEquals(h.items().size(), vs.size(), "one validation per answer cell");
      XSSFDataValidation v = vs.stream().filter(x -> x.getRegions().getCellRangeAddress(0).getFirstRow() == 1)
          .findFirst().orElseThrow();
      assertTrue(List.of(v.getValidationConstraint().getExplicitListValues()).contains("有且完全符合国家标准"));
    }
  }

  @Test
  void aFilledTemplateReadsBackAsAnswers() throws IOException {
    Path t = Evidence.template(h, dir.resolve("e.xlsx"), Lang.ZH);
    Evidence.fill(t, Map.of(
        "2.1.1.1", Map.of("回答", "有且完全符合国家标准", "说明", "CDR 导出核对", "附件", "数据集核对.pdf"),
        "2.1.1.2", Map.of("回答", "部分符合"),
        "2.2.5.1", Map.of("回答", "无此业务"),
        "3.1.3.1", Map.of("回答", "是"),
        "3.1.2.1", Map.of("回答", "总线技术（ESB或消息中间件）"),
        "4.4.1.1", Map.of("回答", 23),
        "3.1.5.1", Map.of("回答", "７")));
    FindingCollector c = new FindingCollector();
    EvidenceWorkbook.Result r = EvidenceWorkbook.read(t, "e.xlsx", h, Lang.ZH, c);
    assertTrue(r.usable());
    assertEquals(h.items().size(), r.rows());
    assertEquals(List.of(), rules(c));
    assertEquals(Conformity.FULL, r.answers().get("2.1.1.1").conformity());
    assertEquals("CDR 导出核对", r.answers().get("2.1.1.1").comment());
    assertEquals("数据集核对.pdf", r.answers().get("2.1.1.1").attachment());
    assertTrue(r.answers().get("2.1.1.1").origin().contains("评价项目"), r.answers().get("2.1.1.1").origin());
    assertEquals(Conformity.PARTIAL, r.answers().get("2.1.1.2").conformity());
    assertEquals(Conformity.NOT_APPLICABLE, r.answers().get("2.2.5.1").conformity());
    assertEquals(Boolean.TRUE, r.answers().get("3.1.3.1").yes());
    assertEquals("总线技术（ESB或消息中间件）", r.answers().get("3.1.2.1").option());
    assertEquals(23L, r.answers().get("4.4.1.1").count());
    assertEquals(7L, r.answers().get("3.1.5.1").count(), "full-width digits");
    assertEquals(7, r.answers().size());
    assertEquals("interop-hospital-2020", EvidenceWorkbook.modelOf(t, "e.xlsx", Lang.ZH));
  }

  @Test
  void anEnglishTemplateReadsTheSame() throws IOException {
    Path t = Evidence.template(h, dir.resolve("en.xlsx"), Lang.EN);
    Evidence.fill(t, Map.of("2.1.1.1", Map.of("Answer", "fully conformant"), "3.1.3.1", Map.of("Answer", "yes")));
    FindingCollector c = new FindingCollector();
    EvidenceWorkbook.Result r = EvidenceWorkbook.read(t, "en.xlsx", h, Lang.ZH, c);
    assertEquals(List.of(), rules(c));
    assertEquals(Conformity.FULL, r.answers().get("2.1.1.1").conformity());
    assertEquals(Boolean.TRUE, r.answers().get("3.1.3.1").yes());
  }

  @Test
  void badAnswersAreFindingsNamingSheetRowAndItemAndAreNotScored() throws IOException {
    Path t = Evidence.template(h, dir.resolve("e.xlsx"), Lang.ZH);
    Evidence.fill(t, Map.of(
        "4.4.1.1", Map.of("回答", "二十多个"),
        "4.4.2.1", Map.of("回答", "12.5"),
        "3.1.3.1", Map.of("回答", "也许"),
        "3.1.2.1", Map.of("回答", "微服务"),
        "2.1.1.1", Map.of("回答", "无此业务")));
    FindingCollector c = new FindingCollector();
    EvidenceWorkbook.Result r = EvidenceWorkbook.read(t, "e.xlsx", h, Lang.ZH, c);
    assertTrue(r.usable());
    assertTrue(r.answers().isEmpty(), r.answers().toString());
    Finding nan = only(c, AssessRules.WB_NOT_NUMBER);
    assertEquals("4.4.1.1", nan.field());
    assertEquals("二十多个", nan.value());
    assertEquals(Severity.ERROR, nan.severity());
    int row = 1 + h.items().stream().map(AssessmentModel.Item::id).toList().indexOf("4.4.1.1") + 1;
    assertEquals(row, nan.line());
    assertTrue(nan.message().contains("评价项目") && nan.message().contains("第 " + row + " 行")
        && nan.message().contains("4.4.1.1"), nan.message());
    assertEquals("4.4.2.1", only(c, AssessRules.WB_RANGE).field());
    assertEquals(3, c.findings().stream().filter(f -> f.ruleId().equals(AssessRules.WB_CHOICE)).count(),
        "也许, 微服务, and 无此业务 for an item that is not optional");
  }

  @Test
  void duplicatedAndUnknownItemsAreRejected() throws IOException {
    Path t = Evidence.template(h, dir.resolve("e.xlsx"), Lang.ZH);
    try (InputStream in = Files.newInputStream(t); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet s = wb.getSheetAt(1);
      int ans = 9;
      s.getRow(1).getCell(ans).setCellValue("完全符合");          // 2.1.1.1
      Row dup = s.createRow(s.getLastRowNum() + 1);
      dup.createCell(0).setCellValue("2.1.1.1");
      dup.createCell(ans).setCellValue("部分符合");
      Row unknown = s.createRow(s.getLastRowNum() + 1);
      unknown.createCell(0).setCellValue("9.9.9.9");
      unknown.createCell(ans).setCellValue("是");
      s.removeRow(s.getRow(2));                                   // 2.1.1.2 deleted
      try (OutputStream out = Files.newOutputStream(t)) {
        wb.write(out);
      }
    }
    FindingCollector c = new FindingCollector();
    EvidenceWorkbook.Result r = EvidenceWorkbook.read(t, "e.xlsx", h, Lang.ZH, c);
    assertNull(r.answers().get("2.1.1.1"), "both rows of a duplicated item are dropped");
    Finding d = only(c, AssessRules.WB_DUPLICATE);
    assertTrue(d.message().contains("第 2 行"), d.message());
    assertEquals("9.9.9.9", only(c, AssessRules.WB_UNKNOWN_ITEM).field());
    assertEquals("2.1.1.2", only(c, AssessRules.WB_MISSING_ITEM).field());
  }

  @Test
  void aWrongTemplateVersionOrModelOrMissingSheetUsesNothing() throws IOException {
    Path t = Evidence.template(h, dir.resolve("e.xlsx"), Lang.ZH);
    Evidence.fill(t, Map.of("2.1.1.1", Map.of("回答", "完全符合")));
    FindingCollector c = new FindingCollector();
    EvidenceWorkbook.Result r = EvidenceWorkbook.read(t, "e.xlsx", e, Lang.ZH, c);
    assertFalse(r.usable());
    assertTrue(r.answers().isEmpty());
    assertTrue(only(c, AssessRules.WB_MODEL).message().contains("--model interop-hospital-2020"));

    try (InputStream in = Files.newInputStream(t); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      wb.getSheetAt(0).getRow(1).getCell(1).setCellValue("shutong-assess-evidence/0");
      try (OutputStream out = Files.newOutputStream(t)) {
        wb.write(out);
      }
    }
    c = new FindingCollector();
    r = EvidenceWorkbook.read(t, "e.xlsx", h, Lang.ZH, c);
    assertFalse(r.usable());
    assertEquals("shutong-assess-evidence/0", only(c, AssessRules.WB_VERSION).value());

    try (InputStream in = Files.newInputStream(t); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      wb.removeSheetAt(1);
      try (OutputStream out = Files.newOutputStream(t)) {
        wb.write(out);
      }
    }
    c = new FindingCollector();
    r = EvidenceWorkbook.read(t, "e.xlsx", h, Lang.ZH, c);
    assertFalse(r.usable());
    assertTrue(only(c, AssessRules.WB_SHEET).message().contains("评价项目"));
  }

  @Test
  void aFileThatIsNoWorkbookCannotBeRead() throws IOException {
    Path f = dir.resolve("e.xlsx");
    Files.writeString(f, "编号,回答\n2.1.1.1,是\n");
    InputException ex = assertThrows(InputException.class, () -> EvidenceWorkbook.read(f, "e.xlsx", h, Lang.ZH,
        new FindingCollector()));
    assertTrue(ex.getMessage().startsWith("e.xlsx"), ex.getMessage());
  }

  @Test
  void emrRowsReadFunctionApplicationAndDataQualityWithTheirRanges() throws IOException {
    Path t = Evidence.template(e, dir.resolve("emr.xlsx"), Lang.ZH);
    Evidence.fill(t, Map.of(
        "01.01", Map.of("功能级别（0–8）", 5, "有效应用（%，0–100）", "85%", "数据质量指数（0–1）", 0.92),
        "01.02", Map.of("功能级别（0–8）", 4, "有效应用（%，0–100）", 120, "数据质量指数（0–1）", 0.9),
        "01.03", Map.of("功能级别（0–8）", 4, "有效应用（%，0–100）", 90, "数据质量指数（0–1）", 1.2),
        "01.04", Map.of("功能级别（0–8）", 9, "有效应用（%，0–100）", 90, "数据质量指数（0–1）", 0.9),
        "01.05", Map.of("功能级别（0–8）", 2, "有效应用（%，0–100）", 0.9, "数据质量指数（0–1）", 0.9),
        "01.06", Map.of("功能级别（0–8）", 4, "有效应用（%，0–100）", 95),
        "08.02", Map.of("功能级别（0–8）", 6),
        "02.01", Map.of("功能级别（0–8）", 4)));
    FindingCollector c = new FindingCollector();
    EvidenceWorkbook.Result r = EvidenceWorkbook.read(t, "emr.xlsx", e, Lang.ZH, c);
    Answer a = r.answers().get("01.01");
    assertEquals(5, a.function());
    assertEquals(0.85, a.application(), 1e-9);
    assertEquals(0.92, a.dataQuality(), 1e-9);
    assertNull(r.answers().get("01.02"), "percentage over 100");
    assertNull(r.answers().get("01.03"), "index over 1");
    assertNull(r.answers().get("01.04"), "function level 9");
    assertEquals(3, c.findings().stream().filter(f -> f.ruleId().equals(AssessRules.WB_RANGE)).count());
    // 0.9 in a percentage column: read as 0.9 %, with a warning; level 2 is not defined for 01.05
    assertEquals(0.009, r.answers().get("01.05").application(), 1e-12);
    assertEquals("01.05", only(c, AssessRules.WB_FRACTION).field());
    assertEquals("01.05", only(c, AssessRules.WB_NO_LEVEL).field());
    assertNull(r.answers().get("01.06").dataQuality(), "left to machine evidence");
    assertEquals(6, r.answers().get("08.02").function(), "scored by function: no application needed");
    assertNull(r.answers().get("02.01"), "effective application missing");
    assertEquals("02.01", only(c, AssessRules.WB_INCOMPLETE).field());
  }
}
