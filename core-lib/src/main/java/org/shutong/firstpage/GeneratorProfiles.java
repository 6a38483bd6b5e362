package org.shutong.firstpage;

import java.util.List;

/**
 * The synthetic hospital the generator draws from: departments (RC023 codes) with the patients they
 * see, their principal diagnoses and procedures as ICD code prefixes (the codes and names themselves
 * come from the selected national tables), and lengths of stay. This is test-data modelling, not a
 * standard: the shares are plausible for a general hospital, not statistics.
 */
final class GeneratorProfiles {
  private GeneratorProfiles() {}

  /** A sex restriction of a department. */
  enum Sex { ANY, FEMALE }

  /** What a procedure is, for the details it gets. */
  enum OpKind { SURGERY, INTERVENTION, DIAGNOSTIC, THERAPEUTIC }

  /**
   * A procedure the department performs.
   *
   * @param prefix ICD-9-CM-3 code prefix
   * @param kind what it is
   * @param level 手术级别 (RC029)
   * @param share share of the department's patients who get it
   * @param forDx only with principal diagnoses starting with this prefix, or null
   * @param sex "M" for male patients only, or null
   */
  record Op(String prefix, OpKind kind, int level, double share, String forDx, String sex) {}

  /**
   * A department.
   *
   * @param code RC023 code
   * @param weight share of discharges
   * @param sex who it treats
   * @param minAge youngest patient (years; newborn departments use days)
   * @param maxAge oldest patient (years)
   * @param newborn whether patients are newborns (0–28 days)
   * @param los mean length of stay (days)
   * @param dx principal diagnosis prefixes (ICD-10)
   * @param ops procedures
   * @param injuryShare share of injuries (S/T principal diagnoses with an external cause)
   * @param icuShare share of patients with an ICU stay
   */
  record Dept(String code, double weight, Sex sex, int minAge, int maxAge, boolean newborn, double los,
      List<String> dx, List<Op> ops, double injuryShare, double icuShare) {}

  static final List<Dept> DEPARTMENTS = List.of(
      new Dept("0301", 8, Sex.ANY, 18, 95, false, 9,
          List.of("J18.9", "J44.1", "J20.9", "J44.9", "C34.9"),
          List.of(new Op("33.24", OpKind.DIAGNOSTIC, 2, 0.15, null, null),
              new Op("96.71", OpKind.THERAPEUTIC, 1, 0.03, null, null)), 0, 0.02),
      new Dept("0302", 6, Sex.ANY, 18, 90, false, 7,
          List.of("K29.7", "K92.2", "K80.5", "K76.0", "C16.9"),
          List.of(new Op("45.13", OpKind.DIAGNOSTIC, 2, 0.3, null, null),
              new Op("45.42", OpKind.THERAPEUTIC, 2, 0.1, null, null)), 0, 0),
      new Dept("0303", 7, Sex.ANY, 30, 95, false, 11,
          List.of("I63.9", "I61.9", "G40.9"),
          List.of(new Op("88.41", OpKind.DIAGNOSTIC, 3, 0.1, null, null)), 0, 0.03),
      new Dept("0304", 9, Sex.ANY, 35, 95, false, 7,
          List.of("I20.0", "I21.9", "I25.1", "I50.9", "I48.0"),
          List.of(new Op("36.07", OpKind.INTERVENTION, 4, 0.3, "I2", null),
              new Op("88.55", OpKind.DIAGNOSTIC, 3, 0.35, "I2", null)), 0, 0.05),
      new Dept("0307", 4, Sex.ANY, 18, 90, false, 8, List.of("E11.9"), List.of(), 0, 0),
      new Dept("0306", 3, Sex.ANY, 18, 90, false, 10,
          List.of("N18.5", "N39.0"),
          List.of(new Op("39.95", OpKind.THERAPEUTIC, 2, 0.3, "N18", null)), 0, 0),
      new Dept("0401", 8, Sex.ANY, 16, 90, false, 8,
          List.of("K35.8", "K80.2", "K40.9", "C16.9", "C18.9"),
          List.of(new Op("47.01", OpKind.SURGERY, 2, 0.95, "K35", null),
              new Op("51.23", OpKind.SURGERY, 2, 0.9, "K80", null),
              new Op("53.0", OpKind.SURGERY, 2, 0.9, "K40", null),
              new Op("43.7", OpKind.SURGERY, 4, 0.8, "C16", null),
              new Op("45.73", OpKind.SURGERY, 4, 0.8, "C18", null)), 0, 0.03),
      new Dept("0402", 3, Sex.ANY, 16, 90, false, 14,
          List.of("S06.0", "S06.5", "I61.9", "D32.9"),
          List.of(new Op("01.39", OpKind.SURGERY, 4, 0.5, "I61", null),
              new Op("01.24", OpKind.SURGERY, 4, 0.6, "S06.5", null),
              new Op("01.24", OpKind.SURGERY, 4, 0.8, "D32", null)), 0.5, 0.15),
      new Dept("0403", 7, Sex.ANY, 16, 95, false, 12,
          List.of("S72.0", "S82.2", "M17.9", "M51.2"),
          List.of(new Op("81.51", OpKind.SURGERY, 4, 0.7, "S72", null),
              new Op("79.35", OpKind.SURGERY, 3, 0.2, "S72", null),
              new Op("81.54", OpKind.SURGERY, 4, 0.6, "M17", null),
              new Op("80.51", OpKind.SURGERY, 3, 0.6, "M51", null)), 0.5, 0.01),
      new Dept("0404", 4, Sex.ANY, 18, 95, false, 7,
          List.of("N20.0", "N40", "C67.9"),
          List.of(new Op("56.0", OpKind.SURGERY, 3, 0.7, "N20", null),
              new Op("60.2", OpKind.SURGERY, 3, 0.7, "N40", "M"),
              new Op("57.49", OpKind.SURGERY, 3, 0.7, "C67", null)), 0, 0),
      new Dept("0405", 2, Sex.ANY, 30, 85, false, 10,
          List.of("C34.9"), List.of(new Op("32.4", OpKind.SURGERY, 4, 0.7, null, null)), 0, 0.05),
      new Dept("0501", 4, Sex.FEMALE, 18, 75, false, 6,
          List.of("D25.9", "N83.2", "C53.9"),
          List.of(new Op("68.4", OpKind.SURGERY, 3, 0.6, "D25", null),
              new Op("65.2", OpKind.SURGERY, 3, 0.6, "N83", null),
              new Op("68.4", OpKind.SURGERY, 4, 0.5, "C53", null)), 0, 0),
      new Dept("0502", 7, Sex.FEMALE, 20, 42, false, 4,
          List.of("O80.0", "O82.0"),
          List.of(new Op("73.59", OpKind.THERAPEUTIC, 1, 0.5, "O80", null),
              new Op("74.1", OpKind.SURGERY, 3, 1.0, "O82", null)), 0, 0),
      new Dept("0704", 5, Sex.ANY, 0, 14, false, 6, List.of("J18.9", "J20.9", "J06.9"), List.of(), 0, 0),
      new Dept("0703", 2, Sex.ANY, 0, 14, false, 5, List.of("A09.0"), List.of(), 0, 0),
      new Dept("0701", 3, Sex.ANY, 0, 0, true, 8, List.of("P07.3", "P59.9", "P22.9"), List.of(), 0, 0.1),
      new Dept("10", 3, Sex.ANY, 40, 95, false, 3,
          List.of("H25.9"), List.of(new Op("13.41", OpKind.SURGERY, 3, 0.9, null, null)), 0, 0),
      new Dept("11", 2, Sex.ANY, 5, 80, false, 5,
          List.of("J35.3", "J32.9"),
          List.of(new Op("28.2", OpKind.SURGERY, 2, 0.8, "J35", null),
              new Op("22.63", OpKind.SURGERY, 3, 0.7, "J32", null)), 0, 0),
      new Dept("19", 4, Sex.ANY, 30, 90, false, 6,
          List.of("C34.9", "C16.9", "C22.9", "C18.9", "C50.9"),
          List.of(new Op("99.25", OpKind.THERAPEUTIC, 1, 0.7, null, null)), 0, 0));

  /** Common comorbidities of adults over 40 (ICD-10 prefixes). */
  static final List<String> COMORBIDITIES = List.of("I10.x", "E11.9", "E78.5", "I25.1", "K76.0",
      "J44.9", "I48.0", "N18.9", "K29.7", "E03.9", "M81.9", "D64.9");

  /** Common conditions of children (ICD-10 prefixes). */
  static final List<String> CHILD_COMORBIDITIES = List.of("J06.9", "E55.9", "D50.9");

  /** External causes for injuries: falls and road traffic (ICD-10 prefixes, V00–Y99). */
  static final List<String> EXTERNAL_CAUSES = List.of("W19", "W01", "V89.2", "W10");

  /**
   * Morphology codes (ICD-O-3, written M + 5 digits / behaviour as in 国家临床版) with their names,
   * for neoplasm principal diagnoses: principal prefix, code, name.
   */
  static final List<List<String>> MORPHOLOGY = List.of(
      List.of("C34", "M81400/3", "腺癌"), List.of("C16", "M81400/3", "腺癌"),
      List.of("C18", "M81400/3", "腺癌"), List.of("C22", "M81700/3", "肝细胞癌"),
      List.of("C50", "M85000/3", "浸润性导管癌"), List.of("C53", "M80700/3", "鳞状细胞癌"),
      List.of("C67", "M81200/3", "移行细胞癌"), List.of("D25", "M88900/0", "平滑肌瘤"),
      List.of("D32", "M95300/0", "脑膜瘤"));
}
