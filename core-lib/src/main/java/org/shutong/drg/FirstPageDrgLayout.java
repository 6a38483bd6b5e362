package org.shutong.drg;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.shutong.firstpage.FieldDef;
import org.shutong.firstpage.FieldGroup;
import org.shutong.firstpage.FirstPageFields;
import org.shutong.firstpage.FirstPageLayout;
import org.shutong.io.Row;
import org.shutong.report.Severity;

/**
 * Reads grouping records from 住院病案首页 rows with the column handling of
 * {@code org.shutong.firstpage} ({@link FirstPageLayout}: any column order, headers by interface code
 * {@code C03C}, Chinese name {@code 出院主要诊断编码}, short name {@code 主要诊断编码} or a user alias):
 * sex A12C, age A14, age in days A16, newborn weight A18x01 (新生儿出生体重) when filled, else A17
 * (新生儿入院体重), principal diagnosis C03C then the other diagnoses C06xNNC, main procedure
 * C14x01C then the other procedures C35xNNC (in slot order, empty cells skipped). Immutable.
 *
 * <p>A record without a principal diagnosis (C03C empty) gets no diagnoses, so the grouper reports
 * it rather than promoting a secondary one. A record with other procedures but no main procedure
 * uses the first other procedure as main, with a warning.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FirstPageDrgLayout implements DrgInputLayout {
  /** The columns without which no record can be grouped. */
  public static final List<String> REQUIRED = List.of("A12C", "A14", "C03C");

  private final FirstPageLayout layout;
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

  private FirstPageDrgLayout(FirstPageLayout layout) {
    this.layout = layout;
    this.sex = layout.column("A12C");
    this.age = layout.column("A14");
    this.ageDays = layout.column("A16");
    this.birthWeight = layout.column("A18x01");
    this.admitWeight = layout.column("A17");
    this.caseId = layout.column("A48");
    this.dxCodes = codeFields(layout, FieldGroup.DIAGNOSIS);
    this.procCodes = codeFields(layout, FieldGroup.PROCEDURE);
    this.dxCols = columns(layout, dxCodes);
    this.procCols = columns(layout, procCodes);
  }

  /** The code fields of a group's slots that the input has, in slot order (principal/main first). */
  private static String[] codeFields(FirstPageLayout layout, FieldGroup group) {
    List<String> out = new ArrayList<>();
    for (FieldGroup.Slot s : layout.slots(group)) {
      if (layout.has(s.field(0))) {
        out.add(s.field(0));
      }
    }
    return out.toArray(new String[0]);
  }

  private static int[] columns(FirstPageLayout layout, String[] codes) {
    int[] out = new int[codes.length];
    for (int i = 0; i < codes.length; i++) {
      out[i] = layout.column(codes[i]);
    }
    return out;
  }

  /** The layout of a first-page input, as {@code org.shutong.firstpage} maps its header. */
  public static FirstPageDrgLayout of(FirstPageLayout layout) {
    return new FirstPageDrgLayout(layout);
  }

  /**
   * The layout of an input with this header, mapped by the national first-page dictionary (codes,
   * Chinese names, common aliases).
   */
  public static FirstPageDrgLayout of(List<String> header) {
    return of(FirstPageLayout.of(FirstPageFields.standard().dictionary().map(header)));
  }

  /** The first-page layout underneath (header mapping, present slots). */
  public FirstPageLayout layout() {
    return layout;
  }

  /** The {@link #REQUIRED} columns the input lacks, in that order. */
  public List<String> missingRequired() {
    List<String> out = new ArrayList<>();
    for (String c : REQUIRED) {
      if (!layout.has(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The Chinese name of a first-page field code (for messages), or the code itself. */
  public static String name(String code) {
    return FirstPageFields.standard().field(code).map(FieldDef::name).orElse(code);
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
