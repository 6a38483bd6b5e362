package org.shutong.examples.assess;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shutong.assess.Answer;
import org.shutong.assess.Assessment;
import org.shutong.assess.AssessmentModel;
import org.shutong.assess.AssessmentModels;
import org.shutong.assess.Assessor;
import org.shutong.assess.EvidenceTemplate;
import org.shutong.assess.EvidenceWorkbook;
import org.shutong.assess.MachineEvidence;
import org.shutong.i18n.Lang;
import org.shutong.io.AtomicOutput;
import org.shutong.io.ReadOptions;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;
import org.shutong.report.FindingCollector;
import org.shutong.report.ToolInfo;

/**
 * Library use of {@code org.shutong.assess}: what {@code shutong assess template} and {@code shutong
 * assess interop} do, in code — an evaluator writes the evidence workbook of the 互联互通标准化成熟度测评
 * (2020 hospital scheme), fills it (here from {@code 自评答复.csv}, as one would paste the answers
 * collected from the departments), and scores it together with Shutong's own JSON reports.
 */
public final class ScoreInterop {
  /** The bundled model of the 2020 hospital scheme. */
  public static final String MODEL = "interop-hospital-2020";
  /** The items sheet of a Chinese workbook and the columns the example fills. */
  private static final String ITEMS = "评价项目";

  private ScoreInterop() {}

  /** The bundled 互联互通 hospital model. */
  public static AssessmentModel model() {
    return AssessmentModels.bundled().find(MODEL).orElseThrow();
  }

  /** Writes the empty evidence workbook of the model (what {@code shutong assess template} writes). */
  public static void template(Path out, LocalDate date) {
    try (AtomicOutput o = AtomicOutput.create(out, true, Lang.ZH)) {
      EvidenceTemplate.write(model(), o.stream(), Lang.ZH, ToolInfo.version(), date);
      o.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Copies the workbook {@code template} to {@code out} with the answers of {@code answers} (a CSV
   * {@code 编号,回答,说明}) in the 回答 and 说明 columns of the items sheet.
   *
   * @return how many items were filled
   */
  public static int fill(Path template, Path answers, Path out) {
    Map<String, String[]> byItem = new HashMap<>();
    try (TableReader in = TableReaders.open(answers, ReadOptions.defaults())) {
      while (in.hasNext()) {
        org.shutong.io.Row r = in.next();
        byItem.put(r.get(0).strip(), new String[] {r.get(1), r.get(2)});
      }
    }
    int filled = 0;
    try (InputStream is = Files.newInputStream(template); Workbook wb = new XSSFWorkbook(is);
        AtomicOutput o = AtomicOutput.create(out, true, Lang.ZH)) {
      Sheet items = wb.getSheet(ITEMS);
      Row header = items.getRow(0);
      int id = column(header, "编号");
      int answer = column(header, "回答");
      int comment = column(header, "说明");
      for (int i = 1; i <= items.getLastRowNum(); i++) {
        Row row = items.getRow(i);
        String[] a = row == null || row.getCell(id) == null ? null : byItem.get(row.getCell(id).getStringCellValue());
        if (a != null) {
          cell(row, answer).setCellValue(a[0]);
          if (!a[1].isEmpty()) {
            cell(row, comment).setCellValue(a[1]);
          }
          filled++;
        }
      }
      wb.write(o.stream());
      o.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return filled;
  }

  /**
   * Scores a filled workbook and the JSON reports in {@code reports} (files or directories): the
   * reports' measurements replace the workbook's answers for the items they prove.
   */
  public static Assessment score(Path workbook, List<Path> reports, FindingCollector findings) {
    AssessmentModel model = model();
    EvidenceWorkbook.Result wb = EvidenceWorkbook.read(workbook, workbook.getFileName().toString(), model, Lang.ZH, findings);
    MachineEvidence.Result machine = MachineEvidence.read(reports, model,
        new MachineEvidence.Options(Instant.now(), Duration.ofDays(90)), Lang.ZH, findings);
    Map<String, Answer> answers = MachineEvidence.merge(model, wb.answers(), machine, Lang.ZH, findings);
    return Assessor.assess(model, answers, Lang.ZH);
  }

  private static int column(Row header, String name) {
    for (Cell c : header) {
      if (c.getStringCellValue().strip().equals(name)) {
        return c.getColumnIndex();
      }
    }
    throw new IllegalArgumentException("the items sheet has no column " + name);
  }

  private static Cell cell(Row row, int column) {
    Cell c = row.getCell(column);
    return c != null ? c : row.createCell(column);
  }

  /** {@code ScoreInterop DIR OUTDIR}: template, fill from DIR/自评答复.csv, score; prints level, total and gaps. */
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples/assess");
    Path outDir = Path.of(args.length > 1 ? args[1] : System.getProperty("java.io.tmpdir"));
    Path empty = outDir.resolve("互联互通证据.xlsx");
    Path filled = outDir.resolve("互联互通证据-已填.xlsx");
    template(empty, LocalDate.now(java.time.ZoneId.systemDefault()));
    System.out.printf("filled %d items into %s%n", fill(empty, dir.resolve("自评答复.csv"), filled), filled);
    FindingCollector findings = new FindingCollector();
    Assessment a = score(filled, List.of(), findings);
    System.out.printf("level %s (next %s), total %.2f of %.2f%n", a.level().name(), a.level().nextName(),
        a.total().score(), a.total().max());
    for (Assessment.Gap g : a.gaps()) {
      System.out.printf("  gap %s %s: %s — %s%n", g.item(), g.title(), g.required(), g.evidence());
    }
  }
}
