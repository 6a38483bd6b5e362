package org.shutong.coding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;
import org.shutong.i18n.Messages;
import org.shutong.io.ColumnDictionary;
import org.shutong.io.FileInput;
import org.shutong.io.InputException;
import org.shutong.io.ReadOptions;
import org.shutong.io.Row;
import org.shutong.io.TableInput;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;
import org.shutong.report.Finding;
import org.shutong.report.FindingSink;
import org.shutong.report.Severity;

/**
 * Runs the {@link CodeEdits} over a table of patient records. Columns are found by the 住院病案首页 codes
 * or their Chinese names: sex {@code A12C}/性别, age {@code A14}/年龄, age in days {@code A16}, principal
 * diagnosis {@code C03C}/主要诊断编码, other diagnoses {@code C06x01C…}/其他诊断编码…, external cause
 * {@code C12C}, pathology morphology {@code C09C}/病理诊断编码, procedures {@code C14x01C}, {@code C35x01C…}/
 * 手术操作编码…; English names ({@code sex}, {@code age}, {@code principal}, {@code others},
 * {@code procedures}) too. A cell may hold several codes separated by {@code ;}, {@code |}, {@code 、} or
 * {@code ,}. Codes that do not validate are reported like {@link BatchValidation} does.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class EditsFile {
  /**
   * What a run read and found.
   *
   * @param records data rows read
   * @param encoding the encoding used
   * @param hits edits that fired
   */
  public record Result(long records, String encoding, long hits) {}

  private enum Role { SEX, AGE, AGE_DAYS, PRINCIPAL, OTHER, EXTERNAL, MORPHOLOGY, PROCEDURE }

  private EditsFile() {}

  /**
   * Checks every record of {@code file}.
   *
   * @throws InputException if the file cannot be read or has no diagnosis or procedure column
   */
  public static Result run(CodeEdits edits, Path file, ReadOptions options, FindingSink sink) {
    return run(edits, file, options, sink, () -> { });
  }

  /** As {@link #run(CodeEdits, Path, ReadOptions, FindingSink)}, calling {@code tick} once per record. */
  public static Result run(CodeEdits edits, Path file, ReadOptions options, FindingSink sink, Runnable tick) {
    return run(edits, new FileInput(file), options, sink, tick);
  }

  /** As {@link #run(CodeEdits, Path, ReadOptions, FindingSink, Runnable)} for a file or a database table or query. */
  public static Result run(CodeEdits edits, TableInput input, ReadOptions options, FindingSink sink, Runnable tick) {
    Messages m = Messages.of("org.shutong.coding.messages", options.lang());
    try (TableReader r = TableReaders.open(input, options)) {
      String name = r.source().name();
      List<String> header = r.header();
      Role[] roles = new Role[header.size()];
      boolean any = false;
      for (int i = 0; i < roles.length; i++) {
        roles[i] = role(ColumnDictionary.key(header.get(i)));
        any |= roles[i] == Role.PRINCIPAL || roles[i] == Role.OTHER || roles[i] == Role.PROCEDURE;
      }
      if (!any) {
        throw new InputException(name, 1, 0, m.get("edits.noColumns", name, String.join(", ", header)), null);
      }
      BatchValidation dxCheck = BatchValidation.checker(edits.diagnoses(), sink, options.lang());
      BatchValidation pxCheck = BatchValidation.checker(edits.procedures(), sink, options.lang());
      long hits = 0;
      while (r.hasNext()) {
        Row row = r.next();
        tick.run();
        String sex = null;
        Integer years = null;
        Integer days = null;
        String principal = null;
        String principalField = null;
        List<String> others = new ArrayList<>();
        List<String> otherFields = new ArrayList<>();
        List<String> external = new ArrayList<>();
        List<String> morph = new ArrayList<>();
        List<String> px = new ArrayList<>();
        List<String> pxFields = new ArrayList<>();
        for (int i = 0; i < roles.length; i++) {
          if (roles[i] == null) {
            continue;
          }
          String v = row.get(i).strip();
          if (v.isEmpty() || v.equals("-")) {
            continue;
          }
          switch (roles[i]) {
            case SEX -> sex = v;
            case AGE -> years = intOrNull(v);
            case AGE_DAYS -> days = intOrNull(v);
            case PRINCIPAL -> {
              principal = v;
              principalField = header.get(i);
              dxOrMorph(dxCheck, v, name, row, header.get(i));
            }
            case OTHER, EXTERNAL, MORPHOLOGY, PROCEDURE -> {
              for (String code : split(v)) {
                if (roles[i] == Role.OTHER) {
                  others.add(code);
                  otherFields.add(header.get(i));
                  dxOrMorph(dxCheck, code, name, row, header.get(i));
                } else if (roles[i] == Role.EXTERNAL) {
                  external.add(code);
                  dxCheck.check(code, name, row.record(), row.line(), header.get(i));
                } else if (roles[i] == Role.MORPHOLOGY) {
                  morph.add(code);
                } else {
                  px.add(code);
                  pxFields.add(header.get(i));
                  pxCheck.check(code, name, row.record(), row.line(), header.get(i));
                }
              }
            }
          }
        }
        CodedRecord rec = new CodedRecord(sex, years, days, principal, others, external, morph, px);
        for (EditHit h : edits.check(rec)) {
          String field = switch (h.role()) {
            case "principal" -> principalField;
            case "other" -> h.position() < otherFields.size() ? otherFields.get(h.position()) : null;
            case "procedure" -> h.position() < pxFields.size() ? pxFields.get(h.position()) : null;
            default -> null;
          };
          sink.accept(new Finding(h.ruleId(), h.severity(), name, row.record(), row.line(), field, h.code(),
              edits.message(h, options.lang())));
          hits++;
        }
      }
      return new Result(r.recordsRead(), r.source().encodingName(), hits);
    }
  }

  private static void dxOrMorph(BatchValidation check, String code, String file, Row row, String field) {
    if (CodeEdits.morphology(code) == null) {
      check.check(code, file, row.record(), row.line(), field);
    }
  }

  private static Integer intOrNull(String v) {
    try {
      return Integer.valueOf(v.replace("岁", "").replace("天", "").strip());
    } catch (NumberFormatException e) {
      return null; // not a number: the age edits do not apply; the first-page checks report the field
    }
  }

  private static List<String> split(String v) {
    List<String> out = new ArrayList<>(2);
    int start = 0;
    for (int i = 0; i <= v.length(); i++) {
      if (i == v.length() || ";；|、,，".indexOf(v.charAt(i)) >= 0) {
        String p = v.substring(start, i).strip();
        if (!p.isEmpty()) {
          out.add(p);
        }
        start = i + 1;
      }
    }
    return out;
  }

  private static Role role(String k) {
    String key = k.replace("、", "").replace("（", "(").replace("）", ")").toLowerCase(Locale.ROOT);
    switch (key) {
      case "a12c", "性别", "sex", "gender" -> {
        return Role.SEX;
      }
      case "a14", "年龄", "年龄(岁)", "age", "age_years" -> {
        return Role.AGE;
      }
      case "a16", "年龄不足1周岁(天)", "年龄不足1周岁的年龄(天)", "age_days" -> {
        return Role.AGE_DAYS;
      }
      case "c03c", "主要诊断编码", "出院主要诊断编码", "主要诊断疾病编码", "principal", "pdx" -> {
        return Role.PRINCIPAL;
      }
      case "c12c", "损伤中毒外部原因编码", "损伤中毒的外部原因编码", "external_cause", "external" -> {
        return Role.EXTERNAL;
      }
      case "c09c", "病理诊断编码", "morphology" -> {
        return Role.MORPHOLOGY;
      }
      case "others", "other_diagnoses", "其他诊断编码" -> {
        return Role.OTHER;
      }
      case "procedures", "procedure", "手术操作编码", "手术及操作编码", "主要手术操作编码" -> {
        return Role.PROCEDURE;
      }
      default -> {
        // repeat groups: C06x01C…C06x40C, C14x01C, C35x01C…, 其他诊断编码1…, 手术及操作编码1…
        if (key.matches("c06x\\d+c") || key.matches("其他诊断编码\\d+")) {
          return Role.OTHER;
        }
        if (key.matches("c14x\\d+c") || key.matches("c35x\\d+c") || key.matches("(其他)?手术(及)?操作编码\\d+")) {
          return Role.PROCEDURE;
        }
        return null;
      }
    }
  }
}
