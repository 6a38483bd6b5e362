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

/**
 * Deterministic, realistic grouping input for the DRG benchmarks, drawn from the CHS-DRG 1.1 tables:
 * principal diagnoses from the MDC lists (a few outside them), about four secondary diagnoses with
 * many MCC/CC codes, procedures for about 40% of cases, about 10% infants, about 0.5% invalid rows.
 * Writes the same records as a 病案首页 CSV with the columns a real export has around them.
 */
final class DrgData {
  private static final String TABLES = "/org/shutong/drg/chs-drg-1.1/";
  static final int DX_COLUMNS = 10;
  static final int PROC_COLUMNS = 5;

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

  /** The first-page header of the benchmark file: DRG fields among the usual neighbours. */
  static List<String> header() {
    List<String> h = new ArrayList<>(List.of("A48", "A11", "A12C", "A13", "A14", "A16", "A17",
        "A18x01", "B12", "B15", "B20", "B34C", "D01", "C03C", "C04N"));
    for (int i = 1; i <= DX_COLUMNS; i++) {
      h.add(String.format(Locale.ROOT, "C06x%02dC", i));
      h.add(String.format(Locale.ROOT, "C07x%02dN", i));
    }
    h.add("C14x01C");
    h.add("C15x01N");
    for (int i = 1; i <= PROC_COLUMNS; i++) {
      h.add(String.format(Locale.ROOT, "C35x%02dC", i));
      h.add(String.format(Locale.ROOT, "C36x%02dN", i));
    }
    return h;
  }

  /** Writes {@code n} cases as a first-page CSV (UTF-8). */
  void writeFirstPage(Path file, int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(String.join(",", header()));
      w.write('\n');
      StringBuilder sb = new StringBuilder(1024);
      for (int i = 0; i < n; i++) {
        Case c = next(r, i);
        sb.setLength(0);
        sb.append(c.id()).append(",患者").append(i % 1000).append(',').append(c.sex())
            .append(",1980-01-01,").append(c.age()).append(',').append(c.days()).append(',')
            .append(c.weight()).append(',').append(c.weight()).append(",2024-03-01 08:00:00,")
            .append("2024-03-09 10:00:00,8,1,").append(1000 + i % 50000).append(".50,");
        cell(sb, c.dx().get(0), dxNames);
        for (int k = 1; k <= DX_COLUMNS; k++) {
          sb.append(',');
          cell(sb, k < c.dx().size() ? c.dx().get(k) : null, dxNames);
        }
        for (int k = 0; k <= PROC_COLUMNS; k++) {
          sb.append(',');
          cell(sb, k < c.procs().size() ? c.procs().get(k) : null, procNames);
        }
        sb.append('\n');
        w.append(sb);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void cell(StringBuilder sb, String code, Map<String, String> names) {
    if (code == null) {
      sb.append(',');
      return;
    }
    String name = names.getOrDefault(code, "");
    sb.append(code).append(",\"").append(name.replace("\"", "\"\"")).append('"');
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
