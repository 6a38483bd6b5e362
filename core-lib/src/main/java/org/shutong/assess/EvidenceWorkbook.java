package org.shutong.assess;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apiguardian.api.API;
import org.shutong.assess.Answer.Conformity;
import org.shutong.assess.AssessmentModel.Item;
import org.shutong.assess.AssessmentModel.Kind;
import org.shutong.assess.AssessmentModel.Option;
import org.shutong.assess.WorkbookLayout.Column;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.InputException;
import org.shutong.io.ReadOptions;
import org.shutong.io.Row;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;
import org.shutong.report.Finding;
import org.shutong.report.FindingSink;
import org.shutong.report.Severity;

/**
 * Reads a filled evidence workbook ({@link EvidenceTemplate}) for a model. Problems are findings
 * naming the sheet, the row and the item: a wrong template version, a workbook for another model,
 * missing sheets or columns (nothing is then taken from the workbook), unknown or duplicated items,
 * answers that are not numbers, percentages over 100, options the item does not have (that item is
 * then left unanswered: nothing is scored from evidence that failed to parse).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class EvidenceWorkbook {
  private EvidenceWorkbook() {}

  /**
   * What a workbook gave.
   *
   * @param file the workbook as the user named it
   * @param usable whether the workbook's structure was right (else {@code answers} is empty)
   * @param model the model id the workbook names, or {@code null}
   * @param rows item rows read
   * @param answers the answers that parsed, by item id
   */
  public record Result(String file, boolean usable, String model, int rows, Map<String, Answer> answers) {
    /** Copies the map. */
    public Result {
      answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }
  }

  /**
   * The model id a workbook names in its version cells, without reading its items; {@code null} if
   * it has no instructions sheet or no model cell.
   *
   * @throws InputException if the file is not a readable workbook
   */
  public static String modelOf(Path file, String name, Lang lang) {
    Messages m = AssessText.messages(lang);
    List<String> sheets = sheetNames(file, name, m);
    String meta = find(sheets, WorkbookLayout.META_ZH, WorkbookLayout.META_EN);
    if (meta == null) {
      return null;
    }
    return readMeta(file, name, meta, lang).get("model");
  }

  /**
   * Reads {@code file} for {@code model}.
   *
   * @param name the workbook as the user named it (for findings)
   * @throws InputException if the file is not a readable workbook at all
   */
  public static Result read(Path file, String name, AssessmentModel model, Lang lang, FindingSink findings) {
    Messages m = AssessText.messages(lang);
    List<String> sheets = sheetNames(file, name, m);
    String meta = find(sheets, WorkbookLayout.META_ZH, WorkbookLayout.META_EN);
    String itemsSheet = find(sheets, WorkbookLayout.ITEMS_ZH, WorkbookLayout.ITEMS_EN);
    if (meta == null || itemsSheet == null) {
      String missing = meta == null ? WorkbookLayout.META_ZH + "/" + WorkbookLayout.META_EN
          : WorkbookLayout.ITEMS_ZH + "/" + WorkbookLayout.ITEMS_EN;
      findings.accept(new Finding(AssessRules.WB_SHEET, Severity.ERROR, name, 0, 0, null, null,
          m.get("wb.sheetMissing", missing, String.join("、", sheets))));
      return new Result(name, false, null, 0, Map.of());
    }
    Map<String, String> kv = readMeta(file, name, meta, lang);
    String template = kv.get("template");
    if (!WorkbookLayout.TEMPLATE.equals(template)) {
      findings.accept(new Finding(AssessRules.WB_VERSION, Severity.ERROR, name, 0, 0, "template", template,
          m.get("wb.version", meta, template == null ? "—" : template, WorkbookLayout.TEMPLATE)));
      return new Result(name, false, kv.get("model"), 0, Map.of());
    }
    String wbModel = kv.get("model");
    if (!model.id().equals(wbModel)) {
      findings.accept(new Finding(AssessRules.WB_MODEL, Severity.ERROR, name, 0, 0, "model", wbModel,
          m.get("wb.model", meta, wbModel == null ? "—" : wbModel, model.id())));
      return new Result(name, false, wbModel, 0, Map.of());
    }
    return items(file, name, itemsSheet, model, lang, m, findings);
  }

  private static Map<String, String> readMeta(Path file, String name, String sheet, Lang lang) {
    Map<String, String> kv = new HashMap<>();
    ReadOptions o = ReadOptions.defaults().withSheet(sheet).withName(name).withLang(lang);
    try (TableReader r = TableReaders.open(file, o)) {
      // the header row is "键 | 值 | 说明"; a workbook whose first key is in the header row still works
      if (r.header().size() >= 2) {
        kv.putIfAbsent(r.header().get(0).strip(), r.header().get(1).strip());
      }
      while (r.hasNext()) {
        Row row = r.next();
        String k = row.get(0).strip();
        if (!k.isEmpty()) {
          kv.putIfAbsent(k, row.get(1).strip());
        }
      }
    }
    return kv;
  }

  private static Result items(Path file, String name, String sheet, AssessmentModel model, Lang lang, Messages m,
      FindingSink findings) {
    ReadOptions o = ReadOptions.defaults().withSheet(sheet).withName(name).withLang(lang).withProblems(findings);
    Map<String, Answer> answers = new LinkedHashMap<>();
    Map<String, Long> firstLine = new HashMap<>();
    Set<String> rejected = new HashSet<>();
    int rows = 0;
    try (TableReader r = TableReaders.open(file, o)) {
      Map<Column, Integer> at = new EnumMap<>(Column.class);
      for (Column c : WorkbookLayout.columns(model.kind())) {
        for (int i = 0; i < r.header().size(); i++) {
          if (c.matches(r.header().get(i))) {
            at.putIfAbsent(c, i);
          }
        }
      }
      List<String> missing = new ArrayList<>();
      for (Column c : WorkbookLayout.required(model.kind())) {
        if (!at.containsKey(c)) {
          missing.add(c.header(lang));
        }
      }
      if (!missing.isEmpty()) {
        findings.accept(new Finding(AssessRules.WB_COLUMN, Severity.ERROR, name, 0, 1, null, null,
            m.get("wb.columns", sheet, String.join("、", missing))));
        return new Result(name, false, model.id(), 0, Map.of());
      }
      Map<String, Item> byId = new HashMap<>();
      model.items().forEach(i -> byId.put(i.id(), i));
      RowReader rr = new RowReader(name, sheet, at, m, findings, lang);
      while (r.hasNext()) {
        Row row = r.next();
        String id = row.get(at.get(Column.ID)).strip();
        if (id.isEmpty()) {
          continue;
        }
        rows++;
        Item item = byId.get(id);
        if (item == null) {
          findings.accept(new Finding(AssessRules.WB_UNKNOWN_ITEM, Severity.ERROR, name, row.record(), row.line(), id,
              id, m.get("wb.unknownItem", sheet, row.line(), id, model.id())));
          continue;
        }
        Long first = firstLine.putIfAbsent(id, row.line());
        if (first != null) {
          findings.accept(new Finding(AssessRules.WB_DUPLICATE, Severity.ERROR, name, row.record(), row.line(), id, id,
              m.get("wb.duplicate", sheet, row.line(), id, first)));
          rejected.add(id);
          continue;
        }
        Answer a = rr.answer(item, row);
        if (a != null) {
          answers.put(id, a);
        }
      }
    }
    for (String id : rejected) {
      answers.remove(id);
    }
    for (Item i : model.items()) {
      if (!firstLine.containsKey(i.id())) {
        findings.accept(new Finding(AssessRules.WB_MISSING_ITEM, Severity.WARNING, name, 0, 0, i.id(), null,
            m.get("wb.missingItem", sheet, i.id(), i.title())));
      }
    }
    return new Result(name, true, model.id(), rows, answers);
  }

  /** Parses one item row; reports what does not parse and returns {@code null} for an unusable answer. */
  private static final class RowReader {
    final String file;
    final String sheet;
    final Map<Column, Integer> at;
    final Messages m;
    final FindingSink findings;
    final Lang lang;

    RowReader(String file, String sheet, Map<Column, Integer> at, Messages m, FindingSink findings, Lang lang) {
      this.file = file;
      this.sheet = sheet;
      this.at = at;
      this.m = m;
      this.findings = findings;
      this.lang = lang;
    }

    String cell(Row row, Column c) {
      Integer i = at.get(c);
      return i == null ? "" : row.get(i).strip();
    }

    String origin(Row row, Column c) {
      return file + "!" + sheet + " " + m.get("wb.row", row.line()) + (c == null ? "" : " " + c.header(lang));
    }

    void error(String rule, Row row, Item item, String value, String message) {
      findings.accept(new Finding(rule, Severity.ERROR, file, row.record(), row.line(), item.id(), value, message));
    }

    void warning(String rule, Row row, Item item, String value, String message) {
      findings.accept(new Finding(rule, Severity.WARNING, file, row.record(), row.line(), item.id(), value, message));
    }

    Answer answer(Item item, Row row) {
      String comment = blankToNull(cell(row, Column.COMMENT));
      String attachment = blankToNull(cell(row, Column.ATTACHMENT));
      if (item.answer() == AssessmentModel.AnswerType.EMR) {
        return emr(item, row, comment, attachment);
      }
      String raw = cell(row, Column.ANSWER);
      if (raw.isEmpty()) {
        return null;
      }
      String origin = origin(row, Column.ANSWER);
      switch (item.answer()) {
        case CONFORMITY -> {
          Conformity c = AnswerParsing.conformity(raw);
          if (c == null || (c == Conformity.NOT_APPLICABLE && !item.notApplicableAllowed())) {
            error(AssessRules.WB_CHOICE, row, item, raw, m.get("wb.choice", sheet, row.line(), item.id(), raw,
                String.join(" / ", EvidenceTemplate.allowed(item, lang))));
            return null;
          }
          return new Answer(item.id(), c, null, null, null, null, null, null, raw, comment, attachment, origin);
        }
        case YESNO -> {
          Boolean y = AnswerParsing.yesNo(raw);
          if (y == null) {
            error(AssessRules.WB_CHOICE, row, item, raw, m.get("wb.choice", sheet, row.line(), item.id(), raw,
                String.join(" / ", EvidenceTemplate.allowed(item, lang))));
            return null;
          }
          return new Answer(item.id(), null, y, null, null, null, null, null, raw, comment, attachment, origin);
        }
        case CHOICE -> {
          String key = AssessText.key(raw);
          for (Option o : item.options()) {
            if (AssessText.key(o.label()).equals(key)) {
              return new Answer(item.id(), null, null, o.label(), null, null, null, null, raw, comment, attachment, origin);
            }
          }
          error(AssessRules.WB_CHOICE, row, item, raw, m.get("wb.choice", sheet, row.line(), item.id(), raw,
              String.join(" / ", EvidenceTemplate.allowed(item, lang))));
          return null;
        }
        case COUNT -> {
          BigDecimal n = number(row, item, raw, Column.ANSWER);
          if (n == null) {
            return null;
          }
          if (n.signum() < 0 || n.stripTrailingZeros().scale() > 0) {
            error(AssessRules.WB_RANGE, row, item, raw, m.get("wb.count", sheet, row.line(), item.id(), raw));
            return null;
          }
          return new Answer(item.id(), null, null, null, n.longValueExact(), null, null, null, raw, comment, attachment,
              origin);
        }
        default -> throw new IllegalStateException(item.answer().name());
      }
    }

    private Answer emr(Item item, Row row, String comment, String attachment) {
      String f = cell(row, Column.FUNCTION);
      String a = cell(row, Column.APPLICATION);
      String q = cell(row, Column.DATA_QUALITY);
      AssessmentModel.EmrScope scope = item.emr();
      boolean needA = !scope.applicationByFunction();
      boolean needQ = !scope.dataQualityNone();
      if (f.isEmpty() && (!needA || a.isEmpty()) && (!needQ || q.isEmpty())) {
        return null;
      }
      boolean ok = true;
      Integer function = null;
      if (f.isEmpty()) {
        warning(AssessRules.WB_INCOMPLETE, row, item, null, m.get("wb.incomplete", sheet, row.line(), item.id(),
            Column.FUNCTION.header(lang)));
        ok = false;
      } else {
        BigDecimal n = number(row, item, f, Column.FUNCTION);
        if (n == null) {
          ok = false;
        } else if (n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.ZERO) < 0 || n.compareTo(BigDecimal.valueOf(8)) > 0) {
          error(AssessRules.WB_RANGE, row, item, f, m.get("wb.function", sheet, row.line(), item.id(), f));
          ok = false;
        } else {
          function = n.intValueExact();
          if (scope.absentLevels().contains(function)) {
            warning(AssessRules.WB_NO_LEVEL, row, item, f, m.get("wb.noLevel", sheet, row.line(), item.id(), function));
          }
        }
      }
      Double application = null;
      if (needA) {
        if (a.isEmpty()) {
          warning(AssessRules.WB_INCOMPLETE, row, item, null, m.get("wb.incomplete", sheet, row.line(), item.id(),
              Column.APPLICATION.header(lang)));
          ok = false;
        } else {
          BigDecimal n = number(row, item, a, Column.APPLICATION);
          if (n == null) {
            ok = false;
          } else if (n.signum() < 0 || n.compareTo(BigDecimal.valueOf(100)) > 0) {
            error(AssessRules.WB_RANGE, row, item, a, m.get("wb.percent", sheet, row.line(), item.id(), a));
            ok = false;
          } else {
            if (n.signum() > 0 && n.compareTo(BigDecimal.ONE) < 0) {
              warning(AssessRules.WB_FRACTION, row, item, a, m.get("wb.fraction", sheet, row.line(), item.id(), a));
            }
            application = n.doubleValue() / 100.0;
          }
        }
      }
      Double dq = null;
      if (needQ) {
        if (q.isEmpty()) {
          // left to machine evidence (e.g. a firstpage check report); scored as missing otherwise
          dq = null;
        } else {
          BigDecimal n = number(row, item, q, Column.DATA_QUALITY);
          if (n == null) {
            ok = false;
          } else if (n.signum() < 0 || n.compareTo(BigDecimal.ONE) > 0) {
            error(AssessRules.WB_RANGE, row, item, q, m.get("wb.index", sheet, row.line(), item.id(), q));
            ok = false;
          } else {
            dq = n.doubleValue();
          }
        }
      }
      if (!ok) {
        return null;
      }
      String raw = f + (needA ? " × " + a : "") + (needQ ? " × " + (q.isEmpty() ? "—" : q) : "");
      return new Answer(item.id(), null, null, null, null, function, application, dq, raw, comment, attachment,
          origin(row, null));
    }

    private BigDecimal number(Row row, Item item, String raw, Column c) {
      boolean[] percent = new boolean[1];
      BigDecimal n = AnswerParsing.number(raw, percent);
      if (n == null) {
        error(AssessRules.WB_NOT_NUMBER, row, item, raw, m.get("wb.notNumber", sheet, row.line(), item.id(),
            c.header(lang), raw));
        return null;
      }
      if (percent[0] && c != Column.APPLICATION) {
        // a percentage where the column wants an index (0.85, not 85%) or a count
        return c == Column.DATA_QUALITY ? n.movePointLeft(2) : n;
      }
      return n;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String find(List<String> sheets, String zh, String en) {
    for (String s : sheets) {
      if (AssessText.key(s).equals(AssessText.key(zh)) || AssessText.key(s).equals(AssessText.key(en))) {
        return s;
      }
    }
    return null;
  }

  /** Refuses an empty file or one that does not start as a ZIP archive (an XLSX workbook is one), in plain words. */
  private static void notAZip(Path file, String name, Messages m) {
    byte[] head = new byte[4];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new InputException(name, 0, 0, m.get("wb.notWorkbook", name, String.valueOf(e.getMessage())), e);
    }
    if (n == 0) {
      throw new InputException(name, m.get("wb.empty", name));
    }
    if (n < 4 || head[0] != 'P' || head[1] != 'K') {
      throw new InputException(name, m.get("wb.notZip", name));
    }
  }

  /** The workbook's sheet names, read from its workbook part only. */
  static List<String> sheetNames(Path file, String name, Messages m) {
    if (Files.isDirectory(file)) {
      throw new InputException(name, m.get("wb.directory", name));
    }
    if (!Files.isRegularFile(file)) {
      throw new InputException(name, m.get("wb.missingFile", name));
    }
    notAZip(file, name, m);
    List<String> names = new ArrayList<>();
    OPCPackage pkg = null;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
      while (it.hasNext()) {
        InputStream s = it.next();
        names.add(it.getSheetName());
        s.close();
      }
      return names;
    } catch (InvalidFormatException | IllegalArgumentException | org.apache.poi.ooxml.POIXMLException
        | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException e) {
      throw new InputException(name, 0, 0, m.get("wb.notWorkbook", name, String.valueOf(e.getMessage())), e);
    } catch (OpenXML4JException | IOException e) {
      throw new InputException(name, 0, 0, m.get("wb.notWorkbook", name, String.valueOf(e.getMessage())), e);
    } finally {
      if (pkg != null) {
        pkg.revert();
      }
    }
  }
}
