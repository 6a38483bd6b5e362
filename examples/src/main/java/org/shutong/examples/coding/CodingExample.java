package org.shutong.examples.coding;

import java.nio.file.Path;
import java.util.List;
import org.shutong.coding.BatchMapping;
import org.shutong.coding.BatchValidation;
import org.shutong.coding.CodeCheck;
import org.shutong.coding.CodeInfo;
import org.shutong.coding.Coding;
import org.shutong.coding.CodingSystem;
import org.shutong.coding.CrosswalkService;
import org.shutong.coding.SearchHit;
import org.shutong.i18n.Lang;
import org.shutong.io.ReadOptions;
import org.shutong.report.FindingCollector;

/**
 * Library use of {@code org.shutong.coding}: what {@code shutong code lookup / validate / search /
 * map} do, in code — for a coder checking codes typed into the HIS, and for the 国临版 → 医保版
 * conversion before a 医保结算清单 upload. Run with the directory of {@code examples/coding}.
 */
public final class CodingExample {
  /** The ICD-10 医保版 2.0 table, as uploaded to 医保. */
  public static final String NHSA = "icd10-nhsa-2.0";
  /** The ICD-10 国家临床版 2.0 table, as coded in most hospitals' 病案系统. */
  public static final String GB_CLINICAL = "icd10-gb-clinical-2.0";

  private static final Coding CODING = Coding.bundled();

  private CodingExample() {}

  /** The 医保版 2.0 diagnosis system. */
  public static CodingSystem diagnoses() {
    return CODING.system(NHSA);
  }

  /** Validates one code as typed: exact, normalised (with the steps taken), not a leaf, unknown, malformed. */
  public static CodeCheck validate(String typed) {
    return diagnoses().validate(typed);
  }

  /** Name, level, chapter and 类目 of a code (normalised first), if it is one. */
  public static CodeInfo lookup(String code) {
    return diagnoses().lookup(code).orElseThrow(() -> new IllegalArgumentException("not a code: " + code));
  }

  /** The best {@code limit} codes for a Chinese word, an abbreviation or 拼音首字母. */
  public static List<SearchHit> search(String text, int limit) {
    return diagnoses().search(text, limit);
  }

  /** Validates a file of codes, one per line ({@code column} null) or one column of a table; findings go to {@code findings}. */
  public static BatchValidation.Result validateFile(Path file, String column, FindingCollector findings) {
    return BatchValidation.run(diagnoses(), file, column, ReadOptions.defaults().withLang(Lang.ZH), findings, 100);
  }

  /** Maps a column of 国临版 2.0 codes to 医保版 2.0 through the published crosswalks only. */
  public static BatchMapping.Result crosswalk(Path file, String column, FindingCollector findings) {
    CrosswalkService x = CODING.crosswalk(GB_CLINICAL, NHSA);
    return BatchMapping.run(x, file, column, ReadOptions.defaults().withLang(Lang.ZH), findings, 1000);
  }

  /** Prints a lookup, a search, the validation of {@code 诊断编码.txt} and the crosswalk of {@code 国临版诊断.csv}. */
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples/coding");
    CodeInfo info = lookup("i21 .900");
    System.out.printf("lookup: %s %s (chapter %s, 类目 %s)%n", info.code(), info.name(), info.chapter().number(),
        info.category().code());
    for (SearchHit h : search("急性心梗", 3)) {
      System.out.printf("search 急性心梗: %s %s%n", h.code(), h.name());
    }
    FindingCollector findings = new FindingCollector();
    BatchValidation.Result v = validateFile(dir.resolve("诊断编码.txt"), null, findings);
    System.out.printf("validate: %d codes, %d valid, %d normalised, %d not leaf, %d unknown, %d malformed%n",
        v.records(), v.counts().valid(), v.counts().normalized(), v.counts().notLeaf(), v.counts().unknown(),
        v.counts().malformed());
    findings.findings().forEach(f -> System.out.printf("  line %d %s %s: %s%n", f.line(), f.ruleId(), f.value(), f.message()));
    BatchMapping.Result m = crosswalk(dir.resolve("国临版诊断.csv"), "出院主要诊断编码", new FindingCollector());
    for (BatchMapping.Mapped r : m.mappings()) {
      System.out.printf("map: %s → %s %s%n", r.result().input(), r.result().status(), r.result().targets());
    }
  }
}
