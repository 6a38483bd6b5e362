package org.shutong.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.report.Severity;

/**
 * Edits on a patient's coded record in the spirit of the Medicare Code Editor, each citing its source:
 * sex-specific diagnoses ({@code edits/sex-specific-icd10.csv}, from the HQMS validator) and procedures
 * (ICD-9-CM-3 genital and obstetric chapters), age conflicts (perinatal chapter P, newborn Z38,
 * maternity, adult neoplasms in children), codes not allowed as principal diagnosis (external causes
 * V01–Y98, asterisk codes, morphology M codes, B95–B97), an injury/poisoning principal diagnosis without
 * an external cause, neoplasms without (or with the wrong behaviour of) a morphology code, an
 * unspecified (.9 / 未特指) principal diagnosis, and a secondary diagnosis that repeats the principal.
 * Rules and sources: {@code org/shutong/coding/edits/edits.csv}; derivation: {@code docs/coding.md}.
 *
 * <p>Immutable and thread-safe; {@link #check(CodedRecord)} allocates only for the hits it returns and
 * the codes it has to normalise.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class CodeEdits {
  /** Default diagnosis system of the edits. */
  public static final String DEFAULT_DIAGNOSES = "icd10-nhsa-2.0";
  /** Default procedure system of the edits. */
  public static final String DEFAULT_PROCEDURES = "icd9cm3-nhsa-2.0";

  /**
   * One range rule of the edits file.
   *
   * @param id rule id
   * @param kind {@code SEX_MALE_ONLY}, {@code SEX_FEMALE_ONLY}, {@code PRINCIPAL_NOT_ALLOWED}, {@code AGE},
   *     {@code PROCEDURE_MALE_ONLY}, {@code PROCEDURE_FEMALE_ONLY}, {@code NEOPLASM}, {@code INJURY}
   * @param from first code of the range (category or subcategory, inclusive)
   * @param to last code of the range (inclusive)
   * @param minAgeDays lowest plausible age in days, or -1
   * @param maxAgeDays highest plausible age in days, or -1
   * @param behaviour expected morphology behaviour digit for neoplasms, or -1
   * @param severity severity of a hit
   * @param source where the rule comes from
   */
  public record Rule(String id, String kind, String from, String to, int minAgeDays, int maxAgeDays, int behaviour,
      Severity severity, String source) {
    boolean covers(String bareCode) {
      return inRange(bareCode, from, to);
    }
  }

  private final CodingSystem dx;
  private final CodingSystem px;
  private final List<Rule> rules;

  private CodeEdits(CodingSystem dx, CodingSystem px, List<Rule> rules) {
    this.dx = dx;
    this.px = px;
    this.rules = List.copyOf(rules);
  }

  static CodeEdits load(Coding coding) {
    List<Rule> rules = new ArrayList<>();
    for (String[] r : DataFiles.read("edits/sex-specific-icd10.csv")) {
      boolean male = r[0].equals("male-only");
      rules.add(new Rule(male ? "EDIT-SEX-MALE-ONLY" : "EDIT-SEX-FEMALE-ONLY", male ? "SEX_MALE_ONLY" : "SEX_FEMALE_ONLY",
          r[1], r[2], -1, -1, -1, Severity.ERROR, "firstpage sex-specific-icd10.csv: " + r[3]));
    }
    for (String[] r : DataFiles.read("edits/edits.csv")) {
      rules.add(new Rule(r[0], r[1], r[3], r[4], intOr(r[5]), intOr(r[6]), intOr(r[7]), Severity.parse(r[8]), r[9]));
    }
    return new CodeEdits(coding.system(DEFAULT_DIAGNOSES), coding.system(DEFAULT_PROCEDURES), rules);
  }

  private static int intOr(String s) {
    return s.isBlank() ? -1 : Integer.parseInt(s.strip());
  }

  /** The same edits over other diagnosis and procedure systems (e.g. the 国家临床版 tables). */
  public CodeEdits withSystems(CodingSystem diagnoses, CodingSystem procedures) {
    return new CodeEdits(diagnoses, procedures, rules);
  }

  /** The range rules, in file order (structural edits — asterisk, morphology, unspecified, duplicate — are built in). */
  public List<Rule> rules() {
    return rules;
  }

  /** The diagnosis system. */
  public CodingSystem diagnoses() {
    return dx;
  }

  /** The procedure system. */
  public CodingSystem procedures() {
    return px;
  }

  /** Runs every edit on one record. */
  public List<EditHit> check(CodedRecord r) {
    List<EditHit> hits = new ArrayList<>(2);
    String pdx = resolve(dx, r.principal());
    List<String> others = new ArrayList<>(r.others().size());
    for (String o : r.others()) {
      others.add(resolve(dx, o));
    }
    List<String> morph = new ArrayList<>(1);
    for (String m : r.morphologies()) {
      String c = morphology(m);
      if (c != null) {
        morph.add(c);
      }
    }
    boolean pdxIsMorphology = false;
    if (pdx == null && r.principal() != null) {
      String m = morphology(r.principal());
      if (m != null) {
        pdxIsMorphology = true;
        morph.add(m);
        hits.add(new EditHit("EDIT-PDX-MORPHOLOGY", Severity.ERROR, "principal", 0, m, ""));
      }
    }
    for (String o : r.others()) {
      String m = morphology(o);
      if (m != null) {
        morph.add(m);
      }
    }
    boolean hasExternal = false;
    for (String e : r.externalCauses()) {
      String c = resolve(dx, e);
      if (c != null && inRange(CodingSystem.bare(c), "V01", "Y98")) {
        hasExternal = true;
      }
    }
    for (String o : others) {
      if (o != null && inRange(CodingSystem.bare(o), "V01", "Y98")) {
        hasExternal = true;
      }
    }
    int age = r.ageInDays();
    if (pdx != null) {
      String b = CodingSystem.bare(pdx);
      diagnosisEdits(hits, r, "principal", 0, pdx, b, age, morph);
      for (Rule rule : rules) {
        if (rule.kind.equals("PRINCIPAL_NOT_ALLOWED") && rule.covers(b)) {
          hits.add(new EditHit(rule.id, rule.severity, "principal", 0, pdx, rule.from + "–" + rule.to));
        } else if (rule.kind.equals("INJURY") && !hasExternal && rule.covers(b)) {
          hits.add(new EditHit(rule.id, rule.severity, "principal", 0, pdx, rule.from + "–" + rule.to));
        }
      }
      if (dx.isAsterisk(pdx)) {
        hits.add(new EditHit("EDIT-PDX-ASTERISK", Severity.ERROR, "principal", 0, pdx, ""));
      }
      String name = dx.table().name(pdx);
      if ((b.length() >= 5 && b.charAt(4) == '9') || (name != null && name.contains("未特指"))) {
        hits.add(new EditHit("EDIT-PDX-UNSPECIFIED", Severity.WARNING, "principal", 0, pdx, name == null ? "" : name));
      }
    }
    for (int i = 0; i < others.size(); i++) {
      String o = others.get(i);
      if (o == null) {
        continue;
      }
      diagnosisEdits(hits, r, "other", i, o, CodingSystem.bare(o), age, morph);
      if (o.equals(pdx)) {
        hits.add(new EditHit("EDIT-DUPLICATE-PDX", Severity.WARNING, "other", i, o, ""));
      }
    }
    for (int i = 0; i < r.procedures().size(); i++) {
      String p = resolve(px, r.procedures().get(i));
      if (p == null) {
        continue;
      }
      String b = CodingSystem.bare(p);
      for (Rule rule : rules) {
        if (((rule.kind.equals("PROCEDURE_MALE_ONLY") && r.female()) || (rule.kind.equals("PROCEDURE_FEMALE_ONLY") && r.male()))
            && rule.covers(b)) {
          hits.add(new EditHit(rule.id, rule.severity, "procedure", i, p, rule.from + "–" + rule.to));
        }
      }
    }
    if (pdxIsMorphology && hits.isEmpty()) {
      return List.of();
    }
    return hits;
  }

  private void diagnosisEdits(List<EditHit> hits, CodedRecord r, String role, int pos, String code, String b, int age,
      List<String> morph) {
    boolean neoplasmDone = false;
    for (Rule rule : rules) {
      switch (rule.kind) {
        case "SEX_MALE_ONLY" -> {
          if (r.female() && rule.covers(b)) {
            hits.add(new EditHit(rule.id, rule.severity, role, pos, code, rule.from + "–" + rule.to));
          }
        }
        case "SEX_FEMALE_ONLY" -> {
          if (r.male() && rule.covers(b)) {
            hits.add(new EditHit(rule.id, rule.severity, role, pos, code, rule.from + "–" + rule.to));
          }
        }
        case "AGE" -> {
          if (age >= 0 && rule.covers(b)
              && ((rule.minAgeDays >= 0 && age < rule.minAgeDays) || (rule.maxAgeDays >= 0 && age > rule.maxAgeDays))) {
            hits.add(new EditHit(rule.id, rule.severity, role, pos, code, ageRange(rule)));
          }
        }
        case "NEOPLASM" -> {
          if (!neoplasmDone && rule.covers(b)) {
            neoplasmDone = true;
            if (morph.isEmpty()) {
              hits.add(new EditHit("EDIT-NEO-NO-MORPHOLOGY", rule.severity, role, pos, code, "/" + rule.behaviour));
            } else if (!hasBehaviour(morph, rule.behaviour)) {
              hits.add(new EditHit(rule.id, rule.severity, role, pos, code, "/" + rule.behaviour));
            }
          }
        }
        default -> {
          // principal-only and procedure rules are applied by check()
        }
      }
    }
  }

  private static boolean hasBehaviour(List<String> morph, int behaviour) {
    for (String m : morph) {
      if (m.charAt(m.length() - 1) - '0' == behaviour) {
        return true;
      }
    }
    return false;
  }

  private static String ageRange(Rule rule) {
    return (rule.minAgeDays >= 0 ? rule.minAgeDays : 0) + "–" + (rule.maxAgeDays >= 0 ? String.valueOf(rule.maxAgeDays) : "");
  }

  private static String resolve(CodingSystem s, String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return s.validate(code).code();
  }

  /** A morphology code cleaned ({@code m8140/3} → {@code M8140/3}), or {@code null} if it is not one. */
  static String morphology(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    Normalizer.Cleaned c = Normalizer.clean(code.replace('／', '/'), Family.MORPHOLOGY);
    return c.code() != null && Normalizer.morphologyShape(c.code()) ? c.code() : null;
  }

  /**
   * Whether a code's category (or subcategory, when the range is written with one) lies in a range:
   * {@code inRange("D07.5", "D07.4", "D07.6")}, {@code inRange("N71.000", "N70", "N98")},
   * {@code inRange("61.4200", "60", "64")}.
   */
  static boolean inRange(String bare, String from, String to) {
    int len = Math.max(from.length(), to.length());
    if (bare.length() < len) {
      return false;
    }
    String key = bare.substring(0, len);
    return key.compareTo(from) >= 0 && key.compareTo(to) <= 0;
  }

  /** The message of a hit in a language. */
  public String message(EditHit h, Lang lang) {
    Messages m = Messages.of("org.shutong.coding.messages", lang);
    String key = "edit." + h.ruleId();
    return m.has(key) ? m.get(key, h.code(), h.detail()) : h.ruleId().toLowerCase(Locale.ROOT) + " " + h.code();
  }
}
