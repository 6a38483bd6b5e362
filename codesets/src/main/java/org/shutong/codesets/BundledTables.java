package org.shutong.codesets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads the bundled tables named in {@code tables.csv}, applying the documented patch steps (see
 * {@code org/shutong/codesets/PROVENANCE.md}, section "Patch steps"). Every method checks the row
 * count against the manifest, so a damaged resource fails loudly instead of giving wrong answers.
 */
final class BundledTables {
  static final String MANIFEST = "tables.csv";
  static final String DOMAIN_TITLES = "domain-titles.csv";

  /** The id of the 医保版2.0 ICD-10 table that is patched from the all-levels file. */
  static final String ICD10_NHSA = "icd10-nhsa-2.0";
  static final String ICD10_NHSA_ALL_LEVELS = "icd10-nhsa-2.0-all-levels";
  static final String ICD9_NHSA = "icd9cm3-nhsa-2.0";
  static final String ICD9_MAP_WITH_NAMES = "map-icd9cm3-gb-clinical-3.0-to-nhsa-2.0";

  /** Reason recorded for the name corrections of {@link #ICD10_NHSA}. */
  static final String REASON_ICD10_QQ =
      "Source A replaced rare CJK characters by '??' (icd/PROVENANCE.md, Defects: ENCODING); spelling taken from "
          + ICD10_NHSA_ALL_LEVELS + " (Source B)";
  /** Reason recorded for the name corrections of {@link #ICD9_NHSA}. */
  static final String REASON_ICD9_QQ =
      "Source A replaced rare CJK characters by '??' (icd/PROVENANCE.md, Defects: ENCODING); spelling taken from the "
          + "医保 name column of " + ICD9_MAP_WITH_NAMES + " (Source B)";

  private BundledTables() {}

  /** The manifests of {@code tables.csv}, in file order. */
  static List<TableInfo> manifest() {
    List<TableInfo> out = new ArrayList<>();
    Csv.parse(Resources.text(MANIFEST), MANIFEST, (f, line) -> {
      if (line == 1) {
        return;
      }
      if (f.length != 13) {
        throw new IllegalStateException(MANIFEST + " line " + line + ": expected 13 columns, found " + f.length);
      }
      out.add(new TableInfo(f[0], TableKind.valueOf(f[1]), blankToNull(f[2]), f[3], f[4], f[5], f[6],
          Integer.parseInt(f[7]), f[8], blankToNull(f[9]), blankToNull(f[10]), f[11], f[12]));
    });
    return List.copyOf(out);
  }

  /** Value-domain titles by domain id, from {@code domain-titles.csv}. */
  static Map<String, String> domainTitles() {
    Map<String, String> out = new LinkedHashMap<>();
    Csv.parse(Resources.text(DOMAIN_TITLES), DOMAIN_TITLES, (f, line) -> {
      if (line > 1) {
        out.put(f[0], f[1]);
      }
    });
    return out;
  }

  /** One data row of a bundled file with the physical line where it starts. */
  static final class RawRow {
    private final String[] fields;
    private final int line;

    RawRow(String[] fields, int line) {
      this.fields = fields;
      this.line = line;
    }

    String[] f() {
      return fields;
    }

    int line() {
      return line;
    }
  }

  /** Reads a bundled file's data rows (header checked against {@code expectedHeader}). */
  static List<RawRow> rows(TableInfo info, String... expectedHeader) {
    List<RawRow> out = new ArrayList<>(info.rows());
    each(info, r -> out.add(r), expectedHeader);
    return out;
  }

  /** Streams a bundled file's data rows to {@code sink}, checking header, column count and row count. */
  static void each(TableInfo info, java.util.function.Consumer<RawRow> sink, String... expectedHeader) {
    int[] n = {0};
    Csv.parse(Resources.text(info.file()), info.file(), (f, line) -> {
      if (line == 1) {
        if (!List.of(f).equals(List.of(expectedHeader))) {
          throw new IllegalStateException(info.file() + ": header " + List.of(f) + ", expected " + List.of(expectedHeader));
        }
        return;
      }
      if (f.length != expectedHeader.length) {
        throw new IllegalStateException(info.file() + " line " + line + ": " + f.length + " columns");
      }
      n[0]++;
      sink.accept(new RawRow(f, line));
    });
    if (n[0] != info.rows()) {
      throw new IllegalStateException(info.file() + ": " + n[0] + " data rows, manifest says " + info.rows());
    }
  }

  /** A plain code table: every row a leaf. */
  static CodeTable plainCodeTable(TableInfo info) {
    CodeTable.Builder b = CodeTable.builder(info).expect(info.rows());
    each(info, r -> addOrFail(b, info, r, true), "code", "name");
    return b.build();
  }

  private static void addOrFail(CodeTable.Builder b, TableInfo info, RawRow r, boolean leaf) {
    if (!b.add(r.f()[0], r.f()[1], leaf)) {
      throw new IllegalStateException(info.file() + " line " + r.line() + ": duplicate code " + r.f()[0]);
    }
  }

  /**
   * The all-levels ICD-10 file: a row is a leaf when its code (before any dagger/asterisk part) has
   * the 医保 form {@code A00.000} (three digits after the dot), and a 类目/亚目 row otherwise
   * ({@code A00}, {@code A00.0}, {@code A17+}, {@code A99.9*}). The leaf rows are exactly the codes of
   * icd10-nhsa-2.0 (checked by a test).
   */
  static CodeTable allLevels(TableInfo info) {
    CodeTable.Builder b = CodeTable.builder(info).expect(info.rows());
    each(info, r -> addOrFail(b, info, r, isNhsaLeafCode(r.f()[0].strip())), "code", "name");
    return b.build();
  }

  /** Whether an ICD-10 医保版 code has the leaf form: letter, two digits, dot, three or more digits. */
  static boolean isNhsaLeafCode(String code) {
    int end = code.length();
    int plus = code.indexOf('+');
    if (plus >= 0) {
      end = plus;
    }
    while (end > 0 && (code.charAt(end - 1) == '*' || code.charAt(end - 1) == '+')) {
      end--;
    }
    return end >= 7 && code.charAt(3) == '.';
  }

  /**
   * ICD-10 医保版2.0 with its patch steps:
   * <ol>
   *   <li>names that contain {@code ?} (Source A's encoding defect) take the spelling of the same code
   *       in the all-levels file when that spelling has no {@code ?} (14 codes);</li>
   *   <li>the 类目/亚目 rows of the all-levels file are added after the leaves as non-leaf entries.</li>
   * </ol>
   */
  static CodeTable icd10Nhsa(TableInfo info, CodeTable allLevels) {
    return icd10Nhsa(info, java.util.concurrent.CompletableFuture.completedFuture(allLevels));
  }

  /** As {@link #icd10Nhsa(TableInfo, CodeTable)}, with the all-levels table still being read on another thread. */
  static CodeTable icd10Nhsa(TableInfo info, java.util.concurrent.CompletableFuture<CodeTable> pending) {
    CodeTable.Builder b = CodeTable.builder(info).expect(info.rows() + info.rows() / 2);
    List<String> codes = new ArrayList<>(info.rows());
    each(info, r -> {
      addOrFail(b, info, r, true);
      if (r.f()[1].indexOf('?') >= 0) {
        codes.add(r.f()[0].strip());
      }
    }, "code", "name");
    CodeTable allLevels = pending.join();
    patchGarbledNames(b, codes, allLevels::name, REASON_ICD10_QQ);
    for (CodeTable.Code c : allLevels.codes()) {
      if (!c.leaf() && !b.contains(c.code())) {
        b.add(c.code(), c.name(), false);
      }
    }
    return b.build();
  }

  /**
   * ICD-9-CM-3 医保版2.0 with its patch step: names that contain {@code ?} take the 医保 name of the
   * same code in the named crosswalk when that name has no {@code ?} (8 codes).
   */
  static CodeTable icd9Nhsa(TableInfo info, Crosswalk withNames) {
    CodeTable.Builder b = CodeTable.builder(info).expect(info.rows());
    List<String> codes = new ArrayList<>();
    each(info, r -> {
      addOrFail(b, info, r, true);
      if (r.f()[1].indexOf('?') >= 0) {
        codes.add(r.f()[0].strip());
      }
    }, "code", "name");
    patchGarbledNames(b, codes, code -> {
      for (Crosswalk.Mapping m : withNames.to(code)) {
        if (!m.toName().isEmpty() && m.toName().indexOf('?') < 0) {
          return m.toName();
        }
      }
      return null;
    }, REASON_ICD9_QQ);
    return b.build();
  }

  private static void patchGarbledNames(CodeTable.Builder b, List<String> codes,
      java.util.function.Function<String, String> spelling, String reason) {
    for (String code : codes) {
      String current = b.name(code);
      if (current == null || current.indexOf('?') < 0) {
        continue;
      }
      String fixed = spelling.apply(code);
      if (fixed != null && fixed.indexOf('?') < 0 && !fixed.equals(current)) {
        b.patchName(code, fixed, reason);
      }
    }
  }

  /** A crosswalk file: {@code gb_clinical_code,nhsa_code} or with the two name columns. */
  static Crosswalk crosswalk(TableInfo info) {
    List<Crosswalk.Mapping> rows = new ArrayList<>(info.rows());
    String text = Resources.text(info.file());
    boolean withNames = text.startsWith("gb_clinical_code,gb_clinical_name,");
    String[] header = withNames
        ? new String[] {"gb_clinical_code", "gb_clinical_name", "nhsa_code", "nhsa_name"}
        : new String[] {"gb_clinical_code", "nhsa_code"};
    for (RawRow raw : rows(info, header)) {
      String[] r = raw.f();
      rows.add(withNames
          ? new Crosswalk.Mapping(r[0].strip(), r[1].strip(), r[2].strip(), r[3].strip(), raw.line())
          : new Crosswalk.Mapping(r[0].strip(), "", r[1].strip(), "", raw.line()));
    }
    return Crosswalk.of(info, rows);
  }

  /** The value domains of a {@code domain,code,name} file, in first-appearance order. */
  static List<ValueDomain> valueDomains(TableInfo info, Map<String, String> titles) {
    Map<String, List<ValueDomain.Value>> byDomain = new LinkedHashMap<>();
    for (RawRow raw : rows(info, "domain", "code", "name")) {
      String[] r = raw.f();
      byDomain.computeIfAbsent(r[0].strip(), k -> new ArrayList<>()).add(new ValueDomain.Value(r[1].strip(), r[2].strip()));
    }
    List<ValueDomain> out = new ArrayList<>();
    byDomain.forEach((id, values) -> out.add(ValueDomain.of(id, titles.getOrDefault(id, ""), info, values)));
    return out;
  }

  /** The GB/T 2260 regions file. */
  static Regions regions(TableInfo info) {
    List<Region> out = new ArrayList<>(info.rows());
    for (RawRow raw : rows(info, "code", "name", "level", "parent")) {
      String[] r = raw.f();
      out.add(new Region(r[0].strip(), r[1].strip(), RegionLevel.valueOf(r[2].strip().toUpperCase(Locale.ROOT)),
          blankToNull(r[3].strip())));
    }
    return Regions.of(info, out);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
