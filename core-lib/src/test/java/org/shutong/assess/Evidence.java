package org.shutong.assess;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shutong.assess.Answer.Conformity;
import org.shutong.i18n.Lang;

/** Test helpers: models, templates filled as an evaluator would, answers built in code. */
final class Evidence {
  private Evidence() {}

  static AssessmentModel hospital() {
    return AssessmentModels.bundled().find("interop-hospital-2020").orElseThrow();
  }

  static AssessmentModel emr() {
    return AssessmentModels.bundled().find("emr-2018").orElseThrow();
  }

  /** Writes the model's template to {@code file}. */
  static Path template(AssessmentModel model, Path file, Lang lang) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      EvidenceTemplate.write(model, out, lang, "0.1.0", LocalDate.of(2026, 11, 23));
    }
    return file;
  }

  /**
   * Fills cells of the items sheet, as an evaluator types them: {@code values} maps an item id to
   * the values of the named columns (header text as in the template).
   */
  static void fill(Path workbook, Map<String, Map<String, Object>> values) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet sh = wb.getSheetAt(1);
      Row head = sh.getRow(0);
      Map<String, Integer> col = new HashMap<>();
      for (Cell c : head) {
        col.put(c.getStringCellValue(), c.getColumnIndex());
      }
      for (Row r : sh) {
        if (r.getRowNum() == 0 || r.getCell(0) == null) {
          continue;
        }
        Map<String, Object> v = values.get(r.getCell(0).getStringCellValue());
        if (v == null) {
          continue;
        }
        for (Map.Entry<String, Object> e : v.entrySet()) {
          Integer c = col.get(e.getKey());
          if (c == null) {
            throw new IllegalArgumentException("no column " + e.getKey());
          }
          Cell cell = r.getCell(c) == null ? r.createCell(c) : r.getCell(c);
          if (e.getValue() instanceof Number n) {
            cell.setCellValue(n.doubleValue());
          } else {
            cell.setCellValue(e.getValue().toString());
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      bytes = out.toByteArray();
    }
    Files.write(workbook, bytes);
  }

  static Answer conformity(String item, Conformity c) {
    return new Answer(item, c, null, null, null, null, null, null, c.name(), null, null, "test");
  }

  static Answer yes(String item, boolean yes) {
    return new Answer(item, null, yes, null, null, null, null, null, yes ? "是" : "否", null, null, "test");
  }

  static Answer option(String item, String label) {
    return new Answer(item, null, null, label, null, null, null, null, label, null, null, "test");
  }

  static Answer count(String item, long n) {
    return new Answer(item, null, null, null, n, null, null, null, Long.toString(n), null, null, "test");
  }

  static Answer emr(String item, int function, double application, double dataQuality) {
    return new Answer(item, null, null, null, null, function, application, dataQuality, "", null, null, "test");
  }

  /** The best answer to every item of an interop model: every item at its highest step. */
  static Map<String, Answer> best(AssessmentModel model) {
    Map<String, Answer> a = new HashMap<>();
    for (AssessmentModel.Item i : model.items()) {
      switch (i.answer()) {
        case CONFORMITY -> a.put(i.id(), conformity(i.id(), Conformity.FULL));
        case YESNO -> a.put(i.id(), yes(i.id(), true));
        case CHOICE -> {
          AssessmentModel.Option best = i.options().stream()
              .max(java.util.Comparator.comparingDouble(AssessmentModel.Option::points)).orElseThrow();
          a.put(i.id(), option(i.id(), best.label()));
        }
        case COUNT -> a.put(i.id(), count(i.id(), 1000));
        default -> throw new IllegalStateException();
      }
    }
    return a;
  }
}
