package org.shutong.bench.drg;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.shutong.drg.DrgRecord;
import org.shutong.firstpage.FieldDef;
import org.shutong.firstpage.FieldGroup;
import org.shutong.firstpage.FirstPageFields;

/**
 * Deterministic, realistic grouping input for the DRG benchmarks, drawn from the CHS-DRG 1.1 tables:
 * principal diagnoses from the MDC lists (a few outside them), about four secondary diagnoses with
 * many MCC/CC codes, procedures for about 40% of cases, about 10% infants, about 0.5% invalid rows.
 * Writes the same records as a 病案首页 CSV in the national interface's column layout.
 */
final class DrgData {
  private static final String TABLES = "/org/shutong/drg/chs-drg-1.1/";
  static final int DX_COLUMNS = 10;

  private final List<String> mdcDx = codes("mdc-diagnoses.csv", 2);
  private final List<String> ccDx = codes("cc-mcc.csv", 0);
  private final List<String> adrgProc = codes("adrg-procedures.csv", 3);
  private final List<String> orProc = codes("or-procedures.csv", 0);
  private final Map<String, String> dxNames = names("icd10-names.csv");
  private final Map<String, String> procNames = names("icd9cm3-names.csv");
  private final List<String> allDx = new ArrayList<>(dxNames.keySet());

  /** One generated case. */
  record Case(String id, String sex, String age, String days, String weight, List<String> dx,
      List<String> procs) {
    DrgRecord record() {
      return new DrgRecord(sex, age, days, weight, dx, procs);
    }
  }

  List<Case> cases(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Case> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(next(r, i));
    }
    return out;
  }

  private Case next(SplittableRandom r, int i) {
    String pdx = r.nextInt(100) < 95 ? pick(r, mdcDx) : pick(r, allDx);
    List<String> dx = new ArrayList<>();
    dx.add(pdx);
    int secondaries = Math.min(DX_COLUMNS, r.nextInt(9));
    for (int k = 0; k < secondaries; k++) {
      dx.add(r.nextInt(100) < 45 ? pick(r, ccDx) : pick(r, allDx));
    }
    List<String> procs = new ArrayList<>();
    if (r.nextInt(100) < 40) {
      procs.add(r.nextInt(100) < 75 ? pick(r, adrgProc) : pick(r, orProc));
      int more = r.nextInt(3);
      for (int k = 0; k < more; k++) {
        procs.add(pick(r, adrgProc));
      }
    }
    String sex = r.nextInt(1000) < 5 ? "" : Integer.toString(1 + r.nextInt(2));
    String age;
    String days = "";
    String weight = "";
    if (r.nextInt(100) < 10) {
      age = "0";
      int d = r.nextInt(100) < 60 ? r.nextInt(29) : 29 + r.nextInt(336);
      days = Integer.toString(d);
      if (d <= 28) {
        weight = Integer.toString(600 + 10 * r.nextInt(400));
      }
    } else {
      age = Integer.toString(1 + r.nextInt(95));
    }
    return new Case(String.format(Locale.ROOT, "BA%07d", i), sex, age, days, weight, dx, procs);
  }

  private static String pick(SplittableRandom r, List<String> from) {
    return from.get(r.nextInt(from.size()));
  }

  /**
   * Writes {@code n} cases as a first-page CSV (UTF-8) in the national interface's layout: every
   * field of {@link FirstPageFields#standard()} in its order (811 columns), filled as a hospital
   * export fills them (patient, admission and staff fields, costs, diagnosis names and admission
   * conditions, operation details), the rest empty.
   */
  void writeFirstPage(Path file, int n, long seed) {
    List<FieldDef> fields = FirstPageFields.standard().fields();
    SplittableRandom r = new SplittableRandom(seed);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      StringBuilder sb = new StringBuilder(4096);
      for (int i = 0; i < fields.size(); i++) {
        sb.append(i == 0 ? "" : ",").append(fields.get(i).code());
      }
      w.append(sb).append('\n');
      for (int i = 0; i < n; i++) {
        Case c = next(r, i);
        sb.setLength(0);
        for (int f = 0; f < fields.size(); f++) {
          if (f > 0) {
            sb.append(',');
          }
          cell(sb, value(fields.get(f), c, i));
        }
        sb.append('\n');
        w.append(sb);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Map<String, String> FIXED = Map.ofEntries(
      Map.entry("A01", "12110000400000000A"), Map.entry("A02", "某市第一人民医院"),
      Map.entry("A15C", "156"), Map.entry("A19C", "01"), Map.entry("A21C", "2"),
      Map.entry("A22", "北京市海淀区"), Map.entry("A23C", "110000"),
      Map.entry("A24", "北京市海淀区中关村大街1号"), Map.entry("A25C", "100080"),
      Map.entry("A26", "北京市海淀区中关村大街1号院2号楼301"), Map.entry("A27", "13800138000"),
      Map.entry("A28C", "100080"), Map.entry("A29", "某某科技有限公司"), Map.entry("A30", "010-62345678"),
      Map.entry("A31C", "100080"), Map.entry("A32", "张某"), Map.entry("A33C", "1"),
      Map.entry("A34", "北京市海淀区中关村大街1号"), Map.entry("A35", "13900139000"),
      Map.entry("A38C", "17"), Map.entry("A46C", "1"), Map.entry("A49", "1"), Map.entry("B11C", "2"),
      Map.entry("B12", "2024-03-01 08:30:00"), Map.entry("B13C", "03"), Map.entry("B14", "3病区"),
      Map.entry("B15", "2024-03-09 10:00:00"), Map.entry("B16C", "03"), Map.entry("B17", "3病区"),
      Map.entry("B20", "8"), Map.entry("B22", "王主任"), Map.entry("B23", "李主任医师"),
      Map.entry("B24", "赵主治"), Map.entry("B25", "钱住院"), Map.entry("B26", "孙护士"),
      Map.entry("B29", "周编码员"), Map.entry("B30C", "1"), Map.entry("B31", "吴质控"),
      Map.entry("B32", "郑质控"), Map.entry("B33", "2024-03-12"), Map.entry("B34C", "1"),
      Map.entry("B36C", "1"), Map.entry("C01C", "J18.900"), Map.entry("C02N", "肺炎"),
      Map.entry("C24C", "1"), Map.entry("C26C", "1"), Map.entry("C27C", "2"), Map.entry("C34C", "2"));

  /** The value of one field for one case, or {@code null} for an empty cell. */
  private String value(FieldDef f, Case c, int i) {
    String code = f.code();
    switch (code) {
      case "A48":
        return c.id();
      case "A11":
        return "患者" + (i % 997);
      case "A12C":
        return c.sex();
      case "A13":
        return "1980-01-01";
      case "A14":
        return c.age();
      case "A16":
        return c.days();
      case "A17":
      case "A18x01":
        return c.weight();
      case "A20":
        return "11010819800101" + String.format(Locale.ROOT, "%04d", i % 10000);
      default:
        break;
    }
    String fixed = FIXED.get(code);
    if (fixed != null) {
      return fixed;
    }
    if (code.startsWith("D")) {
      return (100 + i % 5000) + ".50";
    }
    if (f.group() == FieldGroup.DIAGNOSIS && f.slot() < c.dx().size()) {
      String dx = c.dx().get(f.slot());
      return switch (f.member()) {
        case "code" -> dx;
        case "name" -> dxNames.getOrDefault(dx, "");
        case "condition" -> "1";
        default -> null;
      };
    }
    if (f.group() == FieldGroup.PROCEDURE && f.slot() < c.procs().size()) {
      String p = c.procs().get(f.slot());
      return switch (f.member()) {
        case "code" -> p;
        case "name" -> procNames.getOrDefault(p, "");
        case "date" -> "2024-03-02 09:00:00";
        case "level" -> "3";
        case "surgeon" -> "刘术者";
        case "assistant1" -> "陈一助";
        case "incision" -> "11";
        case "anaesthesia" -> "01";
        case "anaesthetist" -> "杨麻醉";
        default -> null;
      };
    }
    return null;
  }

  private static void cell(StringBuilder sb, String v) {
    if (v == null || v.isEmpty()) {
      return;
    }
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0) {
      sb.append('"').append(v.replace("\"", "\"\"")).append('"');
    } else {
      sb.append(v);
    }
  }

  private static List<String> codes(String file, int column) {
    List<String> out = new ArrayList<>();
    for (String[] f : lines(file)) {
      out.add(f[column]);
    }
    return out;
  }

  private static Map<String, String> names(String file) {
    Map<String, String> out = new HashMap<>();
    for (String[] f : lines(file)) {
      out.put(f[0], f.length > 1 ? f[1] : "");
    }
    return out;
  }

  /** Rows of a table-set CSV; only the first column of the names files may be followed by quotes. */
  private static List<String[]> lines(String file) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = DrgData.class.getResourceAsStream(TABLES + file);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.readLine();
      String line;
      while ((line = r.readLine()) != null) {
        if (file.endsWith("-names.csv")) {
          int comma = line.indexOf(',');
          if (comma < 0) {
            continue;
          }
          String name = line.substring(comma + 1);
          if (name.startsWith("\"")) {
            name = name.endsWith("\"") ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name.substring(1);
          }
          out.add(new String[] {line.substring(0, comma), name});
        } else {
          out.add(line.split(",", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
