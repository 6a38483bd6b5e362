package org.shutong.cli.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.cli.Cli;

class AssessCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** Sets the given columns of the rows of the given items, as an evaluator types them. */
  static void fill(Path workbook, Map<String, Map<String, Object>> values) throws Exception {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet sh = wb.getSheetAt(1);
      Map<String, Integer> col = new HashMap<>();
      for (Cell c : sh.getRow(0)) {
        col.put(c.getStringCellValue(), c.getColumnIndex());
      }
      for (Row r : sh) {
        Map<String, Object> v = r.getRowNum() == 0 ? null : values.get(r.getCell(0).getStringCellValue());
        if (v == null) {
          continue;
        }
        v.forEach((k, x) -> {
          Cell c = r.getCell(col.get(k)) == null ? r.createCell(col.get(k)) : r.getCell(col.get(k));
          if (x instanceof Number n) {
            c.setCellValue(n.doubleValue());
          } else {
            c.setCellValue(x.toString());
          }
        });
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      bytes = out.toByteArray();
    }
    Files.write(workbook, bytes);
  }

  /** Every item of the hospital template answered at its best, from the template's own lists. */
  static Map<String, Map<String, Object>> bestHospital(Path template) throws Exception {
    Map<String, Map<String, Object>> v = new HashMap<>();
    try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet sh = wb.getSheetAt(1);
      for (Row r : sh) {
        if (r.getRowNum() == 0) {
          continue;
        }
        String id = r.getCell(0).getStringCellValue();
        String type = r.getCell(7).getStringCellValue();
        String options = r.getCell(8).getStringCellValue();
        Object answer = switch (type) {
          case "符合性" -> "有且完全符合国家标准";
          case "是/否" -> "是";
          case "数量" -> 100;
          default -> best(options);
        };
        v.put(id, Map.of("回答", answer));
      }
    }
    return v;
  }

  /** The last option listed with a level is the best in the bundled model, except where "无" ends the list. */
  private static String best(String options) {
    List<String> os = new ArrayList<>(List.of(options.split(" / ", -1)));
    os.removeIf(o -> o.startsWith("无") || o.startsWith("未达到") || o.contains("以下") || o.contains("不足以"));
    return os.get(os.size() - 1);
  }

  @Test
  void modelsListsTheBundledModelsWithTheirSourceStatus() throws Exception {
    Cli.Result r = Cli.run("assess", "models", "-f", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode ms = JSON.readTree(r.out()).get("models");
    assertEquals(3, ms.size());
    assertEquals("interop-hospital-2020", ms.get(0).get("id").asText());
    assertTrue(ms.get(1).get("unconfirmed").asBoolean());
    Cli.Result t = Cli.run("assess", "models");
    assertTrue(t.out().contains("emr-2018") && t.out().contains("含未确认部分"), t.out());
  }

  @Test
  void templateWritesAWorkbookAndRefusesToOverwrite() throws Exception {
    Path f = dir.resolve("e.xlsx");
    Cli.Result r = Cli.run("assess", "template", "--model", "emr-2018", "-o", f.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("39"), r.err());
    assertTrue(Files.size(f) > 5000);
    assertEquals(2, Cli.run("assess", "template", "--model", "emr-2018", "-o", f.toString()).exit());
    assertEquals(0, Cli.run("--quiet", "assess", "template", "--model", "emr-2018", "-o", f.toString(), "--force").exit());
    Cli.Result bad = Cli.run("assess", "template", "--model", "emr-2099", "-o", f.toString(), "--force");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("emr-2018"), bad.err());
  }

  @Test
  void aFilledHospitalWorkbookAndReportsScoreToALevelWithGaps() throws Exception {
    Path f = dir.resolve("e.xlsx");
    assertEquals(0, Cli.run("-q", "assess", "template", "--model", "interop-hospital-2020", "-o", f.toString()).exit());
    Map<String, Map<String, Object>> v = bestHospital(f);
    v.put("3.1.2.1", Map.of("回答", "混合技术（单体系统或以单体系统为主体，非点对点）", "说明", "HIS 为单体系统", "附件", "架构图.pdf"));
    fill(f, v);
    Path reports = Files.createDirectories(dir.resolve("reports"));
    Files.writeString(reports.resolve("validate.json"), """
        {"tool": "shutong", "version": "0.1.0", "command": "interop validate", "inputs": [],
         "summary": {"records": 1, "recordsWithErrors": 1, "error": 2, "warning": 0, "info": 0}, "findings": [],
         "documents": [{"file": "c1.xml", "docType": "C0001", "wellFormed": true, "schemaChecked": true, "errors": 2, "warnings": 0}],
         "notes": []}
        """);
    Cli.Result r = Cli.run("assess", "interop", "--evidence", f.toString(), "--reports", reports.toString(), "-f", "json");
    assertEquals(0, r.exit(), r.err() + r.out().substring(0, Math.min(2000, r.out().length())));
    JsonNode j = JSON.readTree(r.out());
    assertEquals("assess interop", j.get("command").asText());
    // C0001 (三级) failed validation: the report beats the workbook's 完全符合, the level stops at 二级
    assertEquals("2", j.get("level").get("id").asText());
    assertEquals("2.2.1.1", j.get("gaps").get(0).get("item").asText());
    assertTrue(j.get("findings").findValuesAsText("ruleId").contains("ASSESS-EVIDENCE-CONFLICT"));
    JsonNode hybrid = null;
    for (JsonNode i : j.get("items")) {
      if (i.get("id").asText().equals("3.1.2.1")) {
        hybrid = i;
      }
    }
    assertEquals(2.3, hybrid.get("score").asDouble(), 1e-9);
    assertEquals("架构图.pdf", hybrid.get("attachment").asText());
    assertEquals(2, j.get("inputs").size());

    Path html = dir.resolve("r.html");
    assertEquals(0, Cli.run("assess", "interop", "--evidence", f.toString(), "-o", html.toString()).exit());
    String h = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(h.contains("figure-domain-radar") && h.contains("figure-level-ladder"));
    Path xlsx = dir.resolve("r.xlsx");
    assertEquals(0, Cli.run("assess", "interop", "--evidence", f.toString(), "-o", xlsx.toString()).exit());
    assertTrue(Files.size(xlsx) > 10_000);
    Cli.Result text = Cli.run("assess", "interop", "--evidence", f.toString());
    assertTrue(text.out().contains("== 等级 =="), text.out().substring(0, 300));
  }

  @Test
  void anEmrWorkbookScoresWithDataQualityFromAFirstPageReport() throws Exception {
    Path f = dir.resolve("emr.xlsx");
    assertEquals(0, Cli.run("-q", "assess", "template", "--model", "emr-2018", "-o", f.toString()).exit());
    fill(f, Map.of("01.01", Map.of("功能级别（0–8）", 4, "有效应用（%，0–100）", 92, "数据质量指数（0–1）", 0.9),
        "01.06", Map.of("功能级别（0–8）", 4, "有效应用（%，0–100）", 95)));
    Path fp = dir.resolve("fp.json");
    Files.writeString(fp, """
        {"tool": "shutong", "version": "0.1.0", "command": "firstpage check", "inputs": [],
         "summary": {"records": 10, "recordsWithErrors": 0, "error": 0, "warning": 0, "info": 0}, "findings": [],
         "indicators": [{"id": "completeness-items", "value": 98.5}]}
        """);
    Cli.Result r = Cli.run("assess", "emr", "--evidence", f.toString(), "--dq-report", fp.toString(), "-f", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode j = JSON.readTree(r.out());
    JsonNode item = j.get("items").get(5);
    assertEquals("01.06", item.get("id").asText());
    assertEquals(0.985, item.get("dataQuality").asDouble(), 1e-9);
    assertEquals(4 * 0.95 * 0.985, item.get("score").asDouble(), 1e-4);
    assertTrue(j.get("level").get("provisional").asBoolean(), "the bundled EMR model has no per-level classification");
    assertTrue(j.get("model").get("unconfirmed").asBoolean());
  }

  @Test
  void badEvidenceIsAFindingAndWrongUseIsAUsageError() throws Exception {
    Path f = dir.resolve("emr.xlsx");
    assertEquals(0, Cli.run("-q", "assess", "template", "--model", "emr-2018", "-o", f.toString()).exit());
    // an EMR workbook given to assess interop with an explicit model: every answer rejected
    Cli.Result r = Cli.run("assess", "interop", "--model", "interop-hospital-2020", "--evidence", f.toString(), "-f", "json");
    assertEquals(1, r.exit());
    assertTrue(JSON.readTree(r.out()).get("findings").findValuesAsText("ruleId").contains("ASSESS-WB-MODEL"));
    // the EMR model cannot be scored by assess interop
    Cli.Result k = Cli.run("assess", "interop", "--model", "emr-2018", "--evidence", f.toString());
    assertEquals(2, k.exit());
    assertTrue(k.err().contains("assess emr"), k.err());
    assertEquals(2, Cli.run("assess", "emr").exit());
    Path notXlsx = dir.resolve("x.xlsx");
    Files.writeString(notXlsx, "not a workbook");
    Cli.Result n = Cli.run("assess", "emr", "--evidence", notXlsx.toString());
    assertEquals(2, n.exit());
    assertTrue(n.err().contains("x.xlsx"), n.err());
    Path foreign = dir.resolve("other.json");
    Files.writeString(foreign, "{\"tool\": \"somebody\", \"command\": \"firstpage check\"}");
    Cli.Result fr = Cli.run("assess", "emr", "--evidence", f.toString(), "--dq-report", foreign.toString(), "-f", "json");
    assertEquals(1, fr.exit());
    assertTrue(JSON.readTree(fr.out()).get("findings").findValuesAsText("ruleId").contains("ASSESS-REPORT-FOREIGN"));
  }

  @Test
  void selfAssessmentListsEveryStandard() throws Exception {
    Files.writeString(dir.resolve("v.json"), """
        {"tool": "shutong", "version": "0.1.0", "command": "interop validate", "inputs": [], "summary": {}, "findings": [],
         "documents": [{"file": "a.xml", "docType": "C0002", "wellFormed": true, "schemaChecked": true, "errors": 0, "warnings": 1}]}
        """);
    Cli.Result r = Cli.run("assess", "self", "--reports", dir.toString(), "-f", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode s = JSON.readTree(r.out()).get("standards");
    assertEquals("WS/T 500-2016", s.get(0).get("code").asText());
    assertEquals("conforms", s.get(0).get("status").asText());
    assertEquals("no-evidence", s.get(1).get("status").asText());
    Cli.Result en = Cli.run("--lang", "en", "assess", "self", "--reports", dir.toString());
    assertTrue(en.out().contains("Standards self-assessment"), en.out());
  }

  @Test
  void helpIsInChineseAndEnglish() {
    Cli.Result zh = Cli.run("assess", "--help");
    assertTrue(zh.out().contains("互联互通") && zh.out().contains("template"), zh.out());
    Cli.Result en = Cli.run("--lang", "en", "assess", "interop", "--help");
    assertTrue(en.out().contains("Score the 互联互通"), en.out());
    assertFalse(en.out().contains("评价模型 ID"), en.out());
    // the scoring commands share --evidence and the assess options; each has its own report option
    String emr = Cli.run("assess", "emr", "--help").out();
    assertTrue(emr.contains("--evidence") && emr.contains("--dq-report") && emr.contains("--max-age")
        && emr.contains("emr-2018") && !emr.contains("--reports"), emr);
    String interop = Cli.run("assess", "interop", "--help").out();
    assertTrue(interop.contains("--evidence") && interop.contains("--reports") && interop.contains("--max-age")
        && interop.contains("interop-hospital-2020") && !interop.contains("--dq-report"), interop);
  }
}
