package org.shutong.drg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;
import org.shutong.io.ColumnDictionary;
import org.shutong.io.HeaderMapping;
import org.shutong.io.Row;
import org.shutong.report.Severity;

/**
 * Reads grouping records from 住院病案首页 rows, whatever the order of the columns and whether the
 * header uses the interface codes ({@code C03C}) or the Chinese names ({@code 出院主要诊断编码}):
 * sex A12C, age A14, age in days A16, newborn weight A18x01 (新生儿出生体重) when filled, else A17
 * (新生儿入院体重), principal diagnosis C03C then C06x01C..C06x40C, main procedure C14x01C then
 * C35x01C..C35x40C (in number order, empty cells skipped). Immutable.
 *
 * <p>A record without a principal diagnosis (C03C empty) gets no diagnoses, so the grouper reports
 * it rather than promoting a secondary one. A record with other procedures but no main procedure
 * uses the first other procedure as main, with a warning.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FirstPageDrgLayout implements DrgInputLayout {
  /** The columns without which no record can be grouped. */
  public static final List<String> REQUIRED = List.of("A12C", "A14", "C03C");

  private static final ColumnDictionary DICTIONARY = FirstPageColumns.dictionary();

  private final HeaderMapping mapping;
  private final int sex;
  private final int age;
  private final int ageDays;
  private final int birthWeight;
  private final int admitWeight;
  private final int caseId;
  private final int[] dxCols;
  private final String[] dxCodes;
  private final int[] procCols;
  private final String[] procCodes;

  private FirstPageDrgLayout(HeaderMapping mapping) {
    this.mapping = mapping;
    this.sex = mapping.column("A12C");
    this.age = mapping.column("A14");
    this.ageDays = mapping.column("A16");
    this.birthWeight = mapping.column("A18x01");
    this.admitWeight = mapping.column("A17");
    this.caseId = mapping.column("A48");
    List<String> dx = new ArrayList<>(List.of("C03C"));
    List<String> pr = new ArrayList<>(List.of("C14x01C"));
    for (int i = 1; i <= FirstPageColumns.REPEATS; i++) {
      dx.add(String.format(Locale.ROOT, "C06x%02dC", i));
      pr.add(String.format(Locale.ROOT, "C35x%02dC", i));
    }
    List<String> dxPresent = new ArrayList<>();
    List<String> prPresent = new ArrayList<>();
    for (String c : dx) {
      if (mapping.has(c)) {
        dxPresent.add(c);
      }
    }
    for (String c : pr) {
      if (mapping.has(c)) {
        prPresent.add(c);
      }
    }
    this.dxCodes = dxPresent.toArray(new String[0]);
    this.procCodes = prPresent.toArray(new String[0]);
    this.dxCols = columns(mapping, dxCodes);
    this.procCols = columns(mapping, procCodes);
  }

  private static int[] columns(HeaderMapping m, String[] codes) {
    int[] out = new int[codes.length];
    for (int i = 0; i < codes.length; i++) {
      out[i] = m.column(codes[i]);
    }
    return out;
  }

  /** The layout of an input with this header (codes, Chinese names or common aliases). */
  public static FirstPageDrgLayout of(List<String> header) {
    return new FirstPageDrgLayout(DICTIONARY.map(header));
  }

  /** How the header mapped to first-page codes (unknown and duplicate columns included). */
  public HeaderMapping mapping() {
    return mapping;
  }

  /** The {@link #REQUIRED} columns the input lacks, in that order. */
  public List<String> missingRequired() {
    List<String> out = new ArrayList<>();
    for (String c : REQUIRED) {
      if (!mapping.has(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The Chinese name of a first-page code the layout reads (for messages). */
  public static String name(String code) {
    return DICTIONARY.column(code).map(ColumnDictionary.Column::name).orElse(code);
  }

  @Override
  public DrgRecord record(Row row) {
    List<String> dx = new ArrayList<>(4);
    if (hasPrincipal(row)) {
      for (int c : dxCols) {
        String v = row.get(c);
        if (DrgRecord.isCode(v)) {
          dx.add(v);
        }
      }
    }
    List<String> pr = new ArrayList<>(2);
    for (int c : procCols) {
      String v = row.get(c);
      if (DrgRecord.isCode(v)) {
        pr.add(v);
      }
    }
    return new DrgRecord(row.get(sex), row.get(age), row.get(ageDays), weight(row), dx, pr);
  }

  private boolean hasPrincipal(Row row) {
    return dxCols.length > 0 && dxCodes[0].equals("C03C") && DrgRecord.isCode(row.get(dxCols[0]));
  }

  private String weight(Row row) {
    String w = row.get(birthWeight);
    return w.isBlank() ? row.get(admitWeight) : w;
  }

  @Override
  public String field(Row row, DrgField field, int index) {
    return switch (field) {
      case SEX -> "A12C";
      case AGE_YEARS -> "A14";
      case AGE_DAYS -> "A16";
      case WEIGHT -> !row.get(birthWeight).isBlank() || admitWeight < 0 || row.get(admitWeight).isBlank()
          ? "A18x01" : "A17";
      case DIAGNOSIS -> hasPrincipal(row) ? nth(row, dxCols, dxCodes, index, "C03C") : "C03C";
      case PROCEDURE -> nth(row, procCols, procCodes, index, "C14x01C");
    };
  }

  /** The code of the column holding the {@code index}-th filled code, or {@code fallback}. */
  private static String nth(Row row, int[] cols, String[] codes, int index, String fallback) {
    int n = 0;
    for (int i = 0; i < cols.length; i++) {
      if (DrgRecord.isCode(row.get(cols[i]))) {
        if (n++ == index) {
          return codes[i];
        }
      }
    }
    return fallback;
  }

  @Override
  public String caseId(Row row) {
    return row.get(caseId).strip();
  }

  @Override
  public List<DrgIssue> issues(Row row) {
    boolean hasMain = procCols.length > 0 && procCodes[0].equals("C14x01C");
    if (hasMain && DrgRecord.isCode(row.get(procCols[0]))) {
      return List.of();
    }
    for (int i = hasMain ? 1 : 0; i < procCols.length; i++) {
      String v = row.get(procCols[i]);
      if (DrgRecord.isCode(v)) {
        return List.of(new DrgIssue("DRG-MAINPROC-MISSING", Severity.WARNING, DrgField.PROCEDURE, 0,
            null, List.of(v.strip())));
      }
    }
    return List.of();
  }
}
