package org.shutong.firstpage;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apiguardian.api.API;
import org.shutong.codesets.CodeTable;
import org.shutong.codesets.Codesets;
import org.shutong.codesets.Region;
import org.shutong.codesets.RegionLevel;
import org.shutong.identifier.Identifiers;

/**
 * Writes realistic synthetic 住院病案首页 records for tests, demos and benchmarks: patients whose age
 * and sex fit their department, principal and other diagnoses and procedures with codes and names
 * from the selected national tables, consistent dates, lengths of stay, ICU stays, newborns and
 * deliveries, deaths and transfers, readmissions of the same patient, and costs whose items add up.
 * All 811 columns of the dictionary are written, headed by field code (or Chinese name).
 *
 * <p>With an error rate, that share of records gets one known error from a catalogue that covers the
 * rule categories of the bundled rule set (completeness, formats, value domains, codes, pairing,
 * sex, injury, obstetrics, newborns, age, dates, stay, identifiers, operations, discharge, costs and
 * the cross-record rules); each is reported as an {@link Answer}. Records without an answer are
 * clean: the bundled rules find no error and no warning in them. Deterministic for a seed.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FirstPageGenerator {
  /**
   * What to generate.
   *
   * @param count number of records
   * @param seed random seed (the same seed gives the same file)
   * @param errorRate share of records (0–1) that get one injected error
   * @param coding which code tables the codes and names come from
   * @param month the month of discharge
   * @param chineseHeader head the columns by Chinese name instead of field code
   */
  public record Options(long count, long seed, double errorRate, IcdTables coding, YearMonth month,
      boolean chineseHeader) {
    /** Checks the values. */
    public Options {
      if (count < 0) {
        throw new IllegalArgumentException("count < 0");
      }
      if (!(errorRate >= 0 && errorRate <= 1)) {
        throw new IllegalArgumentException("error rate must be between 0 and 1");
      }
      Objects.requireNonNull(coding, "coding");
      Objects.requireNonNull(month, "month");
    }

    /** {@code count} clean records, seed 1, 医保版 codes, discharges in May 2024, code headers. */
    public static Options of(long count) {
      return new Options(count, 1, 0, IcdTables.NHSA, YearMonth.of(2024, 5), false);
    }

    /** With another seed. */
    public Options withSeed(long s) {
      return new Options(count, s, errorRate, coding, month, chineseHeader);
    }

    /** With an error rate. */
    public Options withErrorRate(double r) {
      return new Options(count, seed, r, coding, month, chineseHeader);
    }

    /** With other code tables. */
    public Options withCoding(IcdTables c) {
      return new Options(count, seed, errorRate, c, month, chineseHeader);
    }

    /** With Chinese column names. */
    public Options withChineseHeader(boolean b) {
      return new Options(count, seed, errorRate, coding, month, b);
    }
  }

  /**
   * One injected error: the rule that must find it, where.
   *
   * @param record 1-based record number
   * @param line the line of the record in a CSV file written with one header line
   * @param field the field the finding names
   * @param ruleId the rule that must report it
   * @param severity the rule's severity in the bundled set
   * @param note what was changed
   */
  public record Answer(long record, long line, String field, String ruleId, String severity, String note) {}

  /** Receives the generated records in order. */
  @FunctionalInterface
  public interface Sink {
    /**
     * One record: its values in {@link #header()} order (do not keep the array; it is reused), and
     * the errors injected into it (empty for a clean record).
     */
    void record(String[] values, List<Answer> answers);
  }

  private static final FirstPageFields FIELDS = FirstPageFields.standard();
  private static final DateTimeFormatter DT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
  private static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于"
      + "蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤").split("");
  private static final String[] GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国玉兰文斌志强红梅海燕凤英"
      + "晓东建华春梅永强宇浩宁欣怡子涵梓萱雨泽思远佳琪博文俊杰丹丹婷婷雪梅").split("");

  private final Options options;
  private final Codesets codesets;
  private final CodeTable dx;
  private final CodeTable op;
  private final Map<String, List<CodeTable.Code>> byPrefix = new HashMap<>();
  private final List<Region> counties;
  private final String orgCode;
  private final List<String> header;

  private FirstPageGenerator(Options options, Codesets codesets) {
    this.options = options;
    this.codesets = codesets;
    this.dx = codesets.codeTable(options.coding().diagnosisTable());
    this.op = codesets.codeTable(options.coding().procedureTable());
    this.counties = codesets.regions().all().stream().filter(r -> r.level() == RegionLevel.COUNTY).toList();
    String base = "124401004553503";
    this.orgCode = base + "71" + Identifiers.socialCreditCheckCharacter(base + "71");
    List<String> h = new ArrayList<>();
    for (FieldDef f : FIELDS.fields()) {
      h.add(options.chineseHeader() ? f.name() : f.code());
    }
    this.header = List.copyOf(h);
  }

  /** A generator over the bundled tables. */
  public static FirstPageGenerator create(Options options) {
    return create(options, Codesets.bundled());
  }

  /** A generator over the given tables. */
  public static FirstPageGenerator create(Options options, Codesets codesets) {
    return new FirstPageGenerator(options, codesets);
  }

  /** The column headers: all fields, in the standard's order. */
  public List<String> header() {
    return header;
  }

  /** Generates all records into {@code sink}. */
  public void generate(Sink sink) {
    new Run(sink).run();
  }

  // ---------------------------------------------------------------------------------------------

  private static int idx(String code) {
    return FIELDS.field(code).orElseThrow(() -> new IllegalArgumentException(code)).order() - 1;
  }

  /** Leaf codes of a table starting with a prefix (no dagger/asterisk pairs), cached. */
  private List<CodeTable.Code> codes(CodeTable t, String prefix) {
    return byPrefix.computeIfAbsent(t.id() + "|" + prefix, k -> {
      List<CodeTable.Code> out = new ArrayList<>();
      for (CodeTable.Code c : t.codes()) {
        if (c.leaf() && c.code().startsWith(prefix) && c.code().indexOf('+') < 0 && c.code().indexOf('*') < 0
            && !c.name().contains("?") && !c.name().isBlank()) {
          out.add(c);
          if (out.size() == 6) {
            break;
          }
        }
      }
      return out;
    });
  }

  /** A patient kept for readmissions. */
  private record Patient(String id, String name, String sex, LocalDate birth, String caseNo, int count,
      long lastDischarge, long lastAdmission, int home, boolean clean, int slot) {}

  /** Per-run state. */
  private final class Run {
    private final Sink sink;
    private final SplittableRandom rnd;
    private final String[] v = new String[FIELDS.fields().size()];
    private final List<Answer> answers = new ArrayList<>();
    private final Patient[] recent = new Patient[4096];
    private int recentCount;
    private long record;
    private long patientCounter;
    private final double deptTotal;
    // the record being built
    private GeneratorProfiles.Dept dept;
    private String sex;
    private LocalDate birth;
    private long admit;
    private long discharge;
    private int los;
    private int ageYears;
    private int ageDays;
    private int dxSlots;
    /** Diagnosis codes already on this record (the principal included): none is listed twice. */
    private final java.util.Set<String> listedDx = new java.util.HashSet<>();
    private int opSlots;
    private boolean delivery;
    private boolean injury;
    private boolean newborn;
    private boolean icu;
    private boolean ventilated;
    private Patient patient;
    private Patient previous;

    FirstPageGenerator outer() {
      return FirstPageGenerator.this;
    }

    Run(Sink sink) {
      this.sink = sink;
      this.rnd = new SplittableRandom(options.seed());
      double t = 0;
      for (GeneratorProfiles.Dept d : GeneratorProfiles.DEPARTMENTS) {
        t += d.weight();
      }
      this.deptTotal = t;
    }

    void run() {
      for (record = 1; record <= options.count(); record++) {
        Arrays.fill(v, "");
        answers.clear();
        boolean inject = rnd.nextDouble() < options.errorRate();
        build(inject);
        if (inject && answers.isEmpty()) {
          injectOne();
        }
        remember(answers.isEmpty());
        sink.record(v, List.copyOf(answers));
      }
    }

    private void set(String code, String value) {
      v[idx(code)] = value;
    }

    private String get(String code) {
      return v[idx(code)];
    }

    private int between(int lo, int hi) {
      return lo + rnd.nextInt(hi - lo + 1);
    }

    private <T> T pick(List<T> list) {
      return list.get(rnd.nextInt(list.size()));
    }

    private String fmt(long seconds) {
      return DT.format(LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC));
    }

    private long epoch(LocalDate d) {
      return d.toEpochDay() * 86400L;
    }

    private String name() {
      String s = SURNAMES[rnd.nextInt(SURNAMES.length)];
      int n = rnd.nextInt(10) < 7 ? 2 : 1;
      StringBuilder b = new StringBuilder(s);
      for (int i = 0; i < n; i++) {
        b.append(GIVEN[rnd.nextInt(GIVEN.length)]);
      }
      return b.toString();
    }

    private GeneratorProfiles.Dept pickDept() {
      double x = rnd.nextDouble() * deptTotal;
      for (GeneratorProfiles.Dept d : GeneratorProfiles.DEPARTMENTS) {
        x -= d.weight();
        if (x < 0) {
          return d;
        }
      }
      return GeneratorProfiles.DEPARTMENTS.get(0);
    }

    // ----------------------------------------------------------------- a clean record

    private void build(boolean inject) {
      previous = null;
      int crossError = -1;
      // readmission of a recent patient (about 4 %), or a new patient
      if (recentCount > 0 && rnd.nextInt(100) < 4) {
        Patient p = recent[rnd.nextInt(Math.min(recentCount, recent.length))];
        p = recent[p.slot()];
        if (p.clean()) {
          previous = p;
        }
      }
      if (previous != null && inject && rnd.nextInt(4) == 0) {
        crossError = rnd.nextInt(3);
      }
      // department fitting the patient
      for (int tries = 0; ; tries++) {
        dept = pickDept();
        if (previous == null) {
          break;
        }
        if (fits(dept, previous) || tries > 20) {
          if (!fits(dept, previous)) {
            previous = null;
          }
          break;
        }
      }
      if (previous == null) {
        crossError = -1;
      }
      newborn = dept.newborn();
      // dates: discharge in the month (or after the previous stay for a readmission)
      los = stayLength();
      YearMonth m = options.month();
      if (previous != null) {
        long gap = crossError == 1 ? -86400L * between(1, 2) : 86400L * between(3, 40);
        long start = Math.max(previous.lastDischarge(), previous.lastAdmission() + 86400L) + gap;
        if (crossError == 1) {
          long hours = Math.max(1, (previous.lastDischarge() - previous.lastAdmission()) / 3600L - 1);
          start = previous.lastAdmission() + 3600L * between(1, (int) Math.min(hours, 48));
        }
        admit = start - Math.floorMod(start, 3600L);
        if (admit <= previous.lastAdmission()) {
          admit = previous.lastAdmission() + 3600;
        }
      } else {
        LocalDate d = m.atDay(between(1, m.lengthOfMonth())).minusDays(los);
        admit = epoch(d) + 3600L * between(0, 23) + 60L * 5 * between(0, 11);
      }
      if (los == 0) {
        discharge = admit + 3600L * between(4, 20);
      } else {
        long dday = Math.floorDiv(admit, 86400L) + los;
        discharge = dday * 86400L + 3600L * between(8, 16) + 60L * 10 * between(0, 5);
      }
      int stayDays = (int) (Math.floorDiv(discharge, 86400L) - Math.floorDiv(admit, 86400L));
      LocalDate admitDate = LocalDate.ofEpochDay(Math.floorDiv(admit, 86400L));
      // the patient
      if (previous != null) {
        sex = previous.sex();
        birth = previous.birth();
      } else {
        sex = dept.sex() == GeneratorProfiles.Sex.FEMALE ? "2" : rnd.nextBoolean() ? "1" : "2";
        if (newborn) {
          birth = admitDate.minusDays(between(0, 28));
        } else {
          int years = age(dept);
          birth = admitDate.minusYears(years).minusDays(between(0, 364));
        }
      }
      ageYears = (int) Compute.years(birth, admitDate);
      ageDays = (int) (admitDate.toEpochDay() - birth.toEpochDay());
      String id;
      String nm;
      String caseNo;
      int count;
      int home;
      if (previous != null) {
        id = previous.id();
        nm = previous.name();
        caseNo = previous.caseNo();
        count = crossError == 0 ? previous.count() : crossError == 2 ? previous.count() - 1 : previous.count() + 1;
        home = previous.home();
        if (crossError == 2 && count < 1) {
          count = previous.count() + 1;
          crossError = -1;
        }
      } else {
        patientCounter++;
        home = (int) (patientCounter % counties.size());
        id = ageYears < 1 ? "-" : residentId(home, birth, sex, patientCounter);
        nm = name();
        caseNo = String.format(Locale.ROOT, "BA%08d", patientCounter);
        count = rnd.nextInt(10) < 7 ? 1 : between(2, 6);
      }
      patient = new Patient(id, nm, sex, birth, caseNo, count, discharge, admit, home, true,
          previous != null ? previous.slot() : recentCount % recent.length);
      // basic information
      set("A01", orgCode);
      set("A02", "书同示范医院");
      set("A48", caseNo);
      set("A49", String.valueOf(count));
      set("B12", fmt(admit));
      set("B15", fmt(discharge));
      set("A47", "-");
      set("A46C", pick(List.of("1.1", "1.1", "1.2", "2.1", "2.1", "2.2", "3.1", "4", "5", "7", "8", "9")));
      set("A11", nm);
      set("A12C", sex);
      set("A13", birth.toString());
      set("A14", String.valueOf(ageYears));
      set("A15C", "156");
      set("A21C", ageYears < 20 ? "1" : pick(List.of("1", "2", "2", "2", "2", "3", "4")));
      set("A38C", ageYears < 18 ? "31" : ageYears >= 60 ? "80" : pick(List.of("11", "13", "17", "21", "24", "27", "51", "54", "70", "90")));
      set("A19C", rnd.nextInt(10) < 9 ? "1" : String.valueOf(between(2, 56)));
      set("A20N", "-".equals(id) ? "-" : "1");
      set("A20", id);
      String address = address(home);
      set("A22", address);
      set("A23C", String.valueOf(between(1, 35)));
      set("A24", address);
      set("A25C", postcode());
      set("A26", address);
      set("A27", mobile());
      set("A28C", postcode());
      set("A29", ageYears < 18 || ageYears >= 60 ? "-" : "书同示范公司");
      set("A30", "-");
      set("A31C", "-");
      set("A32", name());
      set("A33C", pick(List.of("1", "2", "3", "5", "7")));
      set("A34", address);
      set("A35", mobile());
      set("B11C", pick(List.of("1", "2", "2", "2", "3")));
      set("B13C", dept.code());
      set("B14", dept.code() + "病区");
      set("B21C", "-");
      set("B16C", dept.code());
      set("B17", dept.code() + "病区");
      set("B20", String.valueOf(Math.max(1, stayDays)));
      set("B38", los == 0 ? "1" : "0");
      // diagnoses
      diagnoses();
      // pathology, injury, allergy, staff, quality, blood type
      injuryAndPathology();
      set("C24C", rnd.nextInt(10) < 9 ? "1" : "2");
      set("C25", "1".equals(get("C24C")) ? "-" : "青霉素");
      for (String f : List.of("B22", "B23", "B24", "B25", "B26", "B29", "B31", "B32")) {
        set(f, name());
      }
      set("B27", "-");
      set("B28", "-");
      set("B30C", rnd.nextInt(20) < 19 ? "1" : "2");
      set("B33", LocalDate.ofEpochDay(Math.floorDiv(discharge, 86400L) + between(1, 5)).toString());
      set("C26C", pick(List.of("1", "2", "3", "4", "5", "6")));
      set("C27C", pick(List.of("1", "2", "2", "2", "3", "4")));
      // procedures and ICU
      procedures();
      icuStay();
      // newborn weights
      if (newborn || (ageYears == 0 && ageDays <= 28)) {
        set("A16", String.valueOf(ageDays));
        set("A17", String.valueOf(10 * between(150, 400)));
        set("A18x01", String.valueOf(10 * between(150, 420)));
      } else if (ageYears == 0) {
        set("A16", String.valueOf(ageDays));
      }
      // discharge
      dischargeMode();
      set("B36C", rnd.nextInt(10) < 9 ? "1" : "2");
      set("B37", "1".equals(get("B36C")) ? "-" : pick(List.of("化疗", "复查", "择期手术")));
      // newer export columns
      set("F01", pick(List.of("1", "2", "3", "3", "3")));
      set("F02C", get("C03C"));
      set("F03N", get("C04N"));
      set("F04", LocalDate.ofEpochDay(Math.floorDiv(admit, 86400L) + Math.min(stayDays, between(0, 2))).toString());
      set("F05", "5".equals(get("B34C")) ? "4" : pick(List.of("1", "2", "2", "3")));
      nursing(stayDays);
      costs();
      if (crossError >= 0) {
        String rule = switch (crossError) {
          case 0 -> "FP-DUPLICATE-STAY";
          case 1 -> "FP-OVERLAPPING-STAYS";
          default -> "FP-ADMISSION-COUNT-ORDER";
        };
        String field = switch (crossError) {
          case 0 -> "A48";
          case 1 -> "B12";
          default -> "A49";
        };
        if (crossError != 1 || ("1".equals(get("A20N")) && !"-".equals(id))) {
          answer(field, rule, "readmission of record's patient: " + rule);
        }
      }
    }

    private boolean fits(GeneratorProfiles.Dept d, Patient p) {
      if (d.newborn() || (d.sex() == GeneratorProfiles.Sex.FEMALE && !"2".equals(p.sex()))) {
        return false;
      }
      int years = (int) Compute.years(p.birth(), LocalDate.ofEpochDay(Math.floorDiv(p.lastDischarge(), 86400L)));
      return years >= d.minAge() && years + 1 <= d.maxAge() && years >= 1;
    }

    private int age(GeneratorProfiles.Dept d) {
      int lo = d.minAge();
      int hi = d.maxAge();
      if (hi <= 14) {
        return between(lo, hi);
      }
      // older patients are more frequent: the larger of two draws
      return Math.max(between(lo, hi), between(lo, hi));
    }

    private int stayLength() {
      if ("10".equals(dept.code()) && rnd.nextInt(10) < 3) {
        return 0;
      }
      double x = -Math.log(1 - rnd.nextDouble()) * dept.los();
      return Math.max(1, Math.min(60, (int) Math.round(x)));
    }

    private String residentId(int home, LocalDate b, String s, long n) {
      String region = counties.get(home).code();
      int seq = (int) ((n / counties.size()) % 499) * 2 + 1 + ("2".equals(s) ? 1 : 0);
      String first = region + String.format(Locale.ROOT, "%04d%02d%02d%03d", b.getYear(), b.getMonthValue(),
          b.getDayOfMonth(), seq);
      return first + Identifiers.residentIdCheckCharacter(first);
    }

    private final Map<Integer, String> addresses = new HashMap<>();

    private String address(int home) {
      return addresses.computeIfAbsent(home, h -> {
        Region county = counties.get(h);
        StringBuilder b = new StringBuilder();
        List<Region> up = new ArrayList<>(codesets.regions().ancestors(county.code()));
        java.util.Collections.reverse(up);
        for (Region r : up) {
          b.append(r.name());
        }
        return b.append(county.name()).toString();
      });
    }

    private String postcode() {
      return String.format(Locale.ROOT, "%06d", between(100000, 859999));
    }

    private String mobile() {
      return pick(List.of("138", "139", "150", "186", "133")) + String.format(Locale.ROOT, "%08d", between(0, 99999999));
    }

    // ----------------------------------------------------------------- diagnoses

    private CodeTable.Code dxCode(String prefix) {
      List<CodeTable.Code> c = codes(dx, prefix);
      if (c.isEmpty()) {
        return null;
      }
      CodeTable.Code code = rnd.nextInt(3) == 0 ? pick(c) : c.get(0);
      if (!sexFits(code.code())) {
        return null;
      }
      return code;
    }

    private boolean sexFits(String code) {
      SexSpecificCodes s = SexSpecificCodes.bundled();
      return !("1".equals(sex) && s.femaleOnly.contains(code)) && !("2".equals(sex) && s.maleOnly.contains(code));
    }

    private void diagnoses() {
      CodeTable.Code principal = null;
      for (int tries = 0; principal == null && tries < 20; tries++) {
        String prefix = pick(dept.dx());
        if (ageYears < 12 && (prefix.startsWith("C5") || prefix.startsWith("C6") || prefix.startsWith("D2"))) {
          continue;
        }
        principal = dxCode(prefix);
      }
      if (principal == null) {
        principal = codes(dx, "J18.9").get(0);
      }
      injury = principal.code().startsWith("S") || principal.code().startsWith("T");
      delivery = principal.code().startsWith("O80") || principal.code().startsWith("O82");
      set("C01C", principal.code());
      set("C02N", principal.name());
      set("C03C", principal.code());
      set("C04N", principal.name());
      set("C05C", pick(List.of("1", "1", "1", "2", "3")));
      dxSlots = 0;
      listedDx.clear();
      listedDx.add(principal.code());
      if (delivery) {
        CodeTable.Code z = codes(dx, "Z37.0").get(0);
        otherDx(z, "1");
        set("A18x01", String.valueOf(10 * between(250, 420)));
      }
      int n;
      if (ageYears >= 40) {
        n = Math.min(8, (int) Math.round(-Math.log(1 - rnd.nextDouble()) * 2.5));
      } else if (ageYears < 14) {
        n = rnd.nextInt(4) == 0 ? 1 : 0;
      } else {
        n = rnd.nextInt(3) == 0 ? 1 : 0;
      }
      List<String> pool = ageYears < 14 ? GeneratorProfiles.CHILD_COMORBIDITIES : GeneratorProfiles.COMORBIDITIES;
      List<String> used = new ArrayList<>();
      used.add(principal.code().substring(0, 3));
      for (int i = 0; i < n; i++) {
        String prefix = pick(pool);
        if (used.contains(prefix.substring(0, 3))) {
          continue;
        }
        CodeTable.Code c = dxCode(prefix);
        if (c != null) {
          used.add(prefix.substring(0, 3));
          otherDx(c, pick(List.of("1", "1", "1", "2", "3", "4")));
        }
      }
      // a rare long list: up to all 40 slots (about 1 record in 2,000)
      if (ageYears >= 60 && rnd.nextInt(2000) == 0) {
        for (CodeTable.Code c : codes(dx, "I10.x")) {
          if (dxSlots < 40) {
            otherDx(c, "1");
          }
        }
        for (String p : List.of("E11.9", "E78.5", "I25.1", "K76.0", "J44.9", "N18.9", "K29.7", "E03.9", "D64.9")) {
          for (CodeTable.Code c : codes(dx, p)) {
            if (dxSlots < 40 && sexFits(c.code())) {
              otherDx(c, "1");
            }
          }
        }
      }
    }

    private void otherDx(CodeTable.Code c, String condition) {
      if (dxSlots >= 40 || !listedDx.add(c.code())) {
        return;
      }
      dxSlots++;
      String nn = String.format(Locale.ROOT, "%02d", dxSlots);
      set("C06x" + nn + "C", c.code());
      set("C07x" + nn + "N", c.name());
      set("C08x" + nn + "C", condition);
      set("F06x" + nn, pick(List.of("1", "2", "2", "3")));
    }

    private void injuryAndPathology() {
      if (injury) {
        CodeTable.Code ext = null;
        for (int t = 0; ext == null && t < 10; t++) {
          List<CodeTable.Code> c = codes(dx, pick(GeneratorProfiles.EXTERNAL_CAUSES));
          ext = c.isEmpty() ? null : c.get(0);
        }
        if (ext != null) {
          set("C12C", ext.code());
          set("C13N", ext.name());
        }
        if (get("C03C").startsWith("S06")) {
          set("C28", "0");
          set("C29", String.valueOf(between(0, 23)));
          set("C30", String.valueOf(between(0, 59)));
          set("C31", "0");
          set("C32", "0");
          set("C33", String.valueOf(between(0, 59)));
        }
      } else {
        set("C12C", "-");
        set("C13N", "-");
      }
      String pdx = get("C03C");
      for (List<String> m : GeneratorProfiles.MORPHOLOGY) {
        if (pdx.startsWith(m.get(0))) {
          set("C09C", m.get(1));
          set("C10N", m.get(2));
          set("C11", String.format(Locale.ROOT, "P%d%06d", options.month().getYear(), record % 1_000_000));
          return;
        }
      }
      set("C09C", "-");
      set("C10N", "-");
      set("C11", "-");
    }

    // ----------------------------------------------------------------- procedures and ICU

    private void procedures() {
      opSlots = 0;
      String pdx = get("C03C");
      boolean first = true;
      for (GeneratorProfiles.Op o : dept.ops()) {
        if (o.forDx() != null && !pdx.startsWith(o.forDx())) {
          continue;
        }
        if (o.sex() != null && !"1".equals(sex)) {
          continue;
        }
        if (rnd.nextDouble() >= o.share()) {
          continue;
        }
        List<CodeTable.Code> c = codes(op, o.prefix());
        if (c.isEmpty()) {
          continue;
        }
        CodeTable.Code code = rnd.nextInt(3) == 0 ? pick(c) : c.get(0);
        addOp(code, o, first);
        first = false;
      }
    }

    private void addOp(CodeTable.Code code, GeneratorProfiles.Op o, boolean main) {
      String[] f;
      if (main) {
        f = new String[] {"C14x01C", "C15x01N", "C16x01", "C17x01", "C18x01", "C19x01", "C20x01",
            "C21x01C", "C22x01C", "C23x01", "F13", "F15"};
      } else {
        opSlots++;
        String nn = String.format(Locale.ROOT, "%02d", opSlots);
        f = new String[] {"C35x" + nn + "C", "C36x" + nn + "N", "C37x" + nn, "C38x" + nn, "C39x" + nn,
            "C40x" + nn, "C41x" + nn, "C42x" + nn + "C", "C43x" + nn + "C", "C44x" + nn, "F14x" + nn,
            "F16x" + nn};
      }
      long latest = Math.max(admit, discharge - 3600L * 2);
      long when = admit + 3600 + (latest - admit - 3600 <= 0 ? 0 : (long) (rnd.nextDouble() * (latest - admit - 3600)));
      when -= Math.floorMod(when, 600L);
      set(f[0], code.code());
      set(f[1], code.name());
      set(f[2], fmt(when));
      set(f[3], String.valueOf(o.level()));
      set(f[4], name());
      boolean surgery = o.kind() == GeneratorProfiles.OpKind.SURGERY;
      set(f[5], surgery || o.kind() == GeneratorProfiles.OpKind.INTERVENTION ? name() : "-");
      set(f[6], surgery && o.level() >= 3 ? name() : "-");
      set(f[7], surgery ? pick(List.of("1", "1", "1", "4", "0")) : o.kind() == GeneratorProfiles.OpKind.INTERVENTION ? "0" : "-");
      set(f[8], surgery ? pick(List.of("01", "0101", "0103", "020103", "0201")) : "-");
      set(f[9], surgery ? name() : "-");
      set(f[10], surgery ? String.format(Locale.ROOT, "%.2f", 0.5 + rnd.nextDouble() * 4) : "-");
      set(f[11], surgery ? pick(List.of("1", "2", "2", "3")) : "-");
    }

    private void icuStay() {
      icu = rnd.nextDouble() < dept.icuShare() && los >= 2;
      ventilated = false;
      if (!icu) {
        return;
      }
      long in = admit + 3600L * between(1, 12);
      long out = Math.min(discharge - 3600L * 2, in + 3600L * between(12, 24 * Math.max(1, los - 1)));
      if (out <= in) {
        icu = false;
        return;
      }
      set("C48x01C", newborn ? "04" : pick(List.of("01", "03", "06", "07")));
      set("C49x01", fmt(in - Math.floorMod(in, 600L)));
      set("C50x01", fmt(out - Math.floorMod(out, 600L)));
      if (!newborn && rnd.nextBoolean() && opSlots < 40) {
        List<CodeTable.Code> vent = codes(op, "96.71");
        if (!vent.isEmpty()) {
          ventilated = true;
          long hours = Math.max(2, Math.min(90, (out - in) / 3600L - 1));
          addOp(vent.get(0), new GeneratorProfiles.Op("96.71", GeneratorProfiles.OpKind.THERAPEUTIC, 1, 1, null, null),
              get("C14x01C").isEmpty());
          set("C47", String.valueOf(hours));
        }
      }
    }

    // ----------------------------------------------------------------- discharge, nursing, costs

    private void dischargeMode() {
      int x = rnd.nextInt(1000);
      String mode = x < 12 && ageYears >= 50 ? "5" : x < 40 ? "2" : x < 50 ? "3" : x < 80 ? "4" : "1";
      set("B34C", mode);
      set("B35", "2".equals(mode) || "3".equals(mode) ? "某市第一人民医院" : "-");
      set("C34C", "5".equals(mode) ? pick(List.of("1", "2", "2", "2")) : "-");
    }

    private void nursing(int stayDays) {
      int days = Math.max(1, stayDays);
      int first = icu ? Math.min(days, between(1, 3)) : 0;
      int second = between(0, days - first);
      int third = days - first - second;
      set("F17", "0");
      set("F18", String.valueOf(first));
      set("F19", String.valueOf(second));
      set("F20", String.valueOf(third));
    }

    private void costs() {
      boolean surgical = !get("C14x01C").isEmpty();
      long total = 100L * (1500 + 900L * Math.max(1, los) + (surgical ? between(8000, 40000) : between(0, 3000))
          + (icu ? between(10000, 50000) : 0));
      total += between(0, 99);
      long[] share = new long[24];
      // 1 一般医疗服务 … 24 其他
      int[] pct = {6, 5, 3, 1, 1, 12, 8, 3, 5, surgical ? 15 : 0, 1, 1, 25, 3, 1, 1, 0, 0, 0, 0, 3, 5, surgical ? 12 : 0, 1};
      int pctSum = Arrays.stream(pct).sum();
      long left = total;
      for (int i = 0; i < 24; i++) {
        share[i] = i == 23 ? left : total * pct[i] / pctSum;
        left -= i == 23 ? 0 : share[i];
      }
      String[] items = {"D11", "D12", "D13", "D14", "D15", "D16", "D17", "D18", "D19", "D20", "D21", "D22",
          "D23", "D24", "D25", "D26", "D27", "D28", "D29", "D30", "D31", "D32", "D33", "D34"};
      for (int i = 0; i < 24; i++) {
        set(items[i], money(share[i]));
      }
      set("D19x01", money(share[8] / 3));
      set("D20x01", money(share[9] / 4));
      set("D20x02", money(share[9] / 2));
      set("D23x01", money(share[12] / 5));
      set("D01", money(total));
      long self = "7".equals(get("A46C")) ? total : total * between(10, 40) / 100;
      set("D09", money(self));
    }

    private String money(long cents) {
      return (cents / 100) + "." + String.format(Locale.ROOT, "%02d", cents % 100);
    }

    /**
     * Keeps the patient for readmissions: a new patient takes the next ring slot, a readmitted one
     * overwrites its own slot, so that the ring always holds a patient's latest stay.
     */
    private void remember(boolean clean) {
      boolean readmitted = previous != null;
      Patient p = new Patient(patient.id(), patient.name(), patient.sex(), patient.birth(), patient.caseNo(),
          patient.count(), discharge, admit, patient.home(),
          clean && !"-".equals(patient.id()) && (!readmitted || previous.clean()), patient.slot());
      recent[p.slot()] = p;
      if (!readmitted) {
        recentCount++;
      }
    }

    // ----------------------------------------------------------------- injected errors

    private void answer(String field, String rule, String note) {
      String sev = RuleSet.standard().rule(rule).map(r -> r.severity().label()).orElse("error");
      answers.add(new Answer(record, record + 1, field, rule, sev, note));
    }

    private void injectOne() {
      for (int tries = 0; tries < 40 && answers.isEmpty(); tries++) {
        Injection[] all = Injection.values();
        all[rnd.nextInt(all.length)].apply(this);
      }
    }

    /** The filled other-diagnosis slots (1-based). */
    private List<Integer> dxSlotsFilled() {
      List<Integer> out = new ArrayList<>();
      for (int i = 1; i <= dxSlots; i++) {
        if (!get(String.format(Locale.ROOT, "C06x%02dC", i)).isEmpty()) {
          out.add(i);
        }
      }
      return out;
    }

    private String nn(int i) {
      return String.format(Locale.ROOT, "%02d", i);
    }

  }

  /** The error catalogue: each entry changes a clean record and says which rule must find what. */
  private enum Injection {
    REQUIRED {
      @Override
      void apply(Run r) {
        String f = r.pick(List.of("A11", "A02", "B22", "B23", "B24", "B25", "B26", "B31", "B32", "C26C",
            "C27C", "A21C", "B11C", "B30C"));
        r.set(f, r.rnd.nextBoolean() ? "" : "-");
        r.answer(f, "FP-REQUIRED", "emptied");
      }
    },
    FORMAT {
      @Override
      void apply(Run r) {
        switch (r.rnd.nextInt(4)) {
          case 0 -> {
            r.set("B15", r.get("B15").substring(0, 5) + "13" + r.get("B15").substring(7));
            r.answer("B15", "FP-FORMAT", "month 13");
          }
          case 1 -> {
            r.set("A13", r.get("A13").substring(0, 8) + "32");
            r.answer("A13", "FP-FORMAT", "day 32");
          }
          case 2 -> {
            String d = r.get("D16");
            long cents = Math.round(Double.parseDouble(d) * 100);
            r.set("D16", String.format(Locale.ROOT, "%,d.%02d", cents / 100, cents % 100).replace(",", "，") + "元");
            r.answer("D16", "FP-FORMAT", "amount with unit");
          }
          default -> {
            r.set("B20", r.get("B20") + "天");
            r.answer("B20", "FP-FORMAT", "days with unit");
          }
        }
      }
    },
    FORMAT_NONSTANDARD {
      @Override
      void apply(Run r) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(Values.parseDateTime(r.get("B12")), 0, ZoneOffset.UTC);
        r.set("B12", String.format(Locale.ROOT, "%d/%d/%d %d:%02d", t.getYear(), t.getMonthValue(),
            t.getDayOfMonth(), t.getHour(), t.getMinute()));
        r.answer("B12", "FP-FORMAT-NONSTANDARD", "yyyy/M/d H:mm");
      }
    },
    DOMAIN {
      @Override
      void apply(Run r) {
        String f = r.pick(List.of("A21C", "C05C", "B11C", "C26C", "B34C"));
        String bad = switch (f) {
          case "A21C" -> "5";
          case "C05C" -> "5";
          case "B11C" -> "4";
          case "C26C" -> "7";
          default -> "6";
        };
        if ("B34C".equals(f) && !"1".equals(r.get("B34C"))) {
          return;
        }
        r.set(f, bad);
        r.answer(f, "FP-DOMAIN", "value outside the domain");
      }
    },
    DOMAIN_LEGACY {
      @Override
      void apply(Run r) {
        String a = r.get("A46C");
        if (a.length() == 3 && a.charAt(1) == '.') {
          r.set("A46C", a.substring(0, 1));
          r.answer("A46C", "FP-DOMAIN-LEGACY", "2011 payment code");
        }
      }
    },
    DX_CODE {
      @Override
      void apply(Run r) {
        List<Integer> s = r.dxSlotsFilled();
        String f = s.isEmpty() ? "C03C" : "C06x" + r.nn(r.pick(s)) + "C";
        String code = r.get(f);
        String bad = code.length() >= 7 ? code.substring(0, 5) + "98" : code + "98";
        if (r.outer().dx.get(bad) == null && r.outer().dx.get(bad.substring(0, 5)) == null) {
          r.set(f, bad);
          r.answer(f, "FP-DX-CODE", "code not in the table");
        }
      }
    },
    DX_NAME {
      @Override
      void apply(Run r) {
        List<Integer> s = r.dxSlotsFilled();
        if (s.isEmpty()) {
          return;
        }
        String f = "C07x" + r.nn(r.pick(s)) + "N";
        r.set(f, r.get(f) + "（待查）");
        r.answer(f, "FP-DX-NAME", "name differs from the table");
      }
    },
    OP_CODE {
      @Override
      void apply(Run r) {
        if (r.get("C14x01C").isEmpty()) {
          return;
        }
        String code = r.get("C14x01C");
        String bad = code.substring(0, 5) + "98";
        if (r.outer().op.get(bad) != null) {
          return;
        }
        r.set("C14x01C", bad);
        r.answer("C14x01C", "FP-OP-CODE", "code not in the table");
      }
    },
    OP_NAME {
      @Override
      void apply(Run r) {
        if (r.get("C14x01C").isEmpty()) {
          return;
        }
        r.set("C15x01N", "手术" + r.get("C15x01N"));
        r.answer("C15x01N", "FP-OP-NAME", "name differs from the table");
      }
    },
    DX_VY {
      @Override
      void apply(Run r) {
        if (r.dxSlots >= 40 || r.injury) {
          return;
        }
        List<CodeTable.Code> c = r.outer().codes(r.outer().dx, "W19");
        if (c.isEmpty()) {
          return;
        }
        r.otherDx(c.get(0), "1");
        r.answer("C06x" + r.nn(r.dxSlots) + "C", "FP-DX-VY", "external cause as a diagnosis");
      }
    },
    DX_PAIRING {
      @Override
      void apply(Run r) {
        List<Integer> s = r.dxSlotsFilled();
        if (s.isEmpty()) {
          return;
        }
        String nn = r.nn(r.pick(s));
        switch (r.rnd.nextInt(3)) {
          case 0 -> {
            r.set("C07x" + nn + "N", "");
            r.answer("C07x" + nn + "N", "FP-DX-NAME-MISSING", "name emptied");
          }
          case 1 -> {
            r.set("C06x" + nn + "C", "");
            r.answer("C06x" + nn + "C", "FP-DX-CODE-MISSING", "code emptied");
          }
          default -> {
            r.set("C08x" + nn + "C", "");
            r.answer("C08x" + nn + "C", "FP-DX-CONDITION-MISSING", "condition emptied");
          }
        }
      }
    },
    SEX_DX {
      @Override
      void apply(Run r) {
        if (r.dxSlots >= 40 || r.delivery) {
          return;
        }
        boolean male = "1".equals(r.sex);
        List<CodeTable.Code> c = r.outer().codes(r.outer().dx, male ? "D25.9" : "N40");
        if (c.isEmpty()) {
          return;
        }
        r.otherDx(c.get(0), "1");
        r.answer("C06x" + r.nn(r.dxSlots) + "C", male ? "FP-SEX-DX-FEMALE-ONLY" : "FP-SEX-DX-MALE-ONLY",
            "diagnosis of the other sex");
      }
    },
    INJURY {
      @Override
      void apply(Run r) {
        if (!r.injury || r.get("C12C").isEmpty() || "-".equals(r.get("C12C"))) {
          return;
        }
        if (r.rnd.nextBoolean()) {
          r.set("C12C", "");
          r.answer("C12C", "FP-EXT-CODE-REQUIRED", "external cause code emptied");
        } else {
          r.set("C12C", r.get("C03C"));
          r.set("C13N", r.get("C04N"));
          r.answer("C12C", "FP-EXT-CODE-RANGE", "injury code as external cause");
        }
      }
    },
    DELIVERY {
      @Override
      void apply(Run r) {
        if (!r.delivery) {
          return;
        }
        if (r.rnd.nextBoolean()) {
          r.set("C06x01C", "");
          r.set("C07x01N", "");
          r.set("C08x01C", "");
          r.set("F06x01", "");
          r.answer("C06x01C", "FP-DELIVERY-Z37", "Z37 outcome removed");
        } else {
          r.set("A18x01", "");
          r.answer("A18x01", "FP-NEWBORN-WEIGHT-Z37", "birth weight emptied");
        }
      }
    },
    NEWBORN {
      @Override
      void apply(Run r) {
        if (r.get("A17").isEmpty()) {
          return;
        }
        switch (r.rnd.nextInt(4)) {
          case 0 -> {
            r.set("A17", "");
            r.answer("A17", "FP-NEWBORN-ADMIT-WEIGHT-REQUIRED", "admission weight emptied");
          }
          case 1 -> {
            r.set("A18x01", "");
            r.answer("A18x01", "FP-NEWBORN-WEIGHT-REQUIRED", "birth weight emptied");
          }
          case 2 -> {
            r.set("A18x01", "12000");
            r.answer("A18x01", "FP-NEWBORN-WEIGHT-RANGE", "12 kg");
          }
          default -> {
            r.set("A16", String.valueOf(r.ageDays + 3));
            r.answer("A16", "FP-AGE-DAYS", "days + 3");
          }
        }
      }
    },
    PERINATAL {
      @Override
      void apply(Run r) {
        if (r.ageYears < 1 || r.dxSlots >= 40 || r.get("A16").length() > 0) {
          return;
        }
        List<CodeTable.Code> c = r.outer().codes(r.outer().dx, "P10.0");
        if (c.isEmpty()) {
          return;
        }
        r.otherDx(c.get(0), "1");
        r.answer("A16", "FP-PERINATAL-P10-P15", "birth injury of an older patient");
      }
    },
    AGE {
      @Override
      void apply(Run r) {
        if (r.ageYears < 2) {
          return;
        }
        r.set("A14", String.valueOf(r.ageYears + (r.rnd.nextBoolean() ? 1 : -1)));
        r.answer("A14", "FP-AGE", "age off by one");
      }
    },
    DATES {
      @Override
      void apply(Run r) {
        switch (r.rnd.nextInt(3)) {
          case 0 -> {
            r.set("B15", r.fmt(r.admit - 86400L));
            r.answer("B15", "FP-DATE-ADMIT-DISCHARGE", "discharge before admission");
          }
          case 1 -> {
            r.set("A13", LocalDate.ofEpochDay(Math.floorDiv(r.admit, 86400L) + 10).toString());
            r.answer("A13", "FP-DATE-BIRTH-ADMIT", "born after admission");
          }
          default -> {
            r.set("F04", LocalDate.ofEpochDay(Math.floorDiv(r.discharge, 86400L) + 3).toString());
            r.answer("F04", "FP-DATE-CONFIRM", "diagnosed after discharge");
          }
        }
      }
    },
    OPERATION {
      @Override
      void apply(Run r) {
        if (r.get("C14x01C").isEmpty()) {
          return;
        }
        switch (r.rnd.nextInt(3)) {
          case 0 -> {
            r.set("C16x01", r.fmt(r.discharge + 2 * 86400L));
            r.answer("C16x01", "FP-DATE-OPERATION", "operated after discharge");
          }
          case 1 -> {
            r.set("C15x01N", "");
            r.answer("C15x01N", "FP-OP-NAME-MISSING", "name emptied");
          }
          default -> {
            r.set("C16x01", "");
            r.answer("C16x01", "FP-OP-DATE-MISSING", "date emptied");
          }
        }
      }
    },
    ICU {
      @Override
      void apply(Run r) {
        if (!r.icu) {
          return;
        }
        if (r.ventilated && r.rnd.nextBoolean()) {
          r.set("C47", "120");
          r.answer("C47", "FP-VENTILATION-LT96", "120 hours with 96.71");
          return;
        }
        String in = r.get("C49x01");
        r.set("C49x01", r.get("C50x01"));
        r.set("C50x01", in);
        r.answer("C50x01", "FP-ICU-ORDER", "entry and exit swapped");
      }
    },
    STAY {
      @Override
      void apply(Run r) {
        switch (r.rnd.nextInt(3)) {
          case 0 -> {
            r.set("B20", String.valueOf(Integer.parseInt(r.get("B20")) + r.between(1, 3)));
            r.answer("B20", "FP-LOS", "length of stay off");
          }
          case 1 -> {
            if (r.los < 2) {
              return;
            }
            r.set("B38", "1");
            r.answer("B15", "FP-DAY-CASE", "day case of several days");
          }
          default -> {
            r.set("F19", String.valueOf(Integer.parseInt(r.get("B20")) + 2));
            r.answer("B20", "FP-NURSING-DAYS", "more nursing days than stay");
          }
        }
      }
    },
    IDENTIFIERS {
      @Override
      void apply(Run r) {
        String id = r.get("A20");
        switch (r.rnd.nextInt(4)) {
          case 0 -> {
            if (id.length() != 18) {
              return;
            }
            char c = id.charAt(17) == '0' ? '1' : '0';
            r.set("A20", id.substring(0, 17) + c);
            r.answer("A20", "FP-ID-NUMBER", "check digit changed");
          }
          case 1 -> {
            r.set("A25C", r.get("A25C").substring(1));
            r.answer("A25C", "FP-POSTCODE", "5 digits");
          }
          case 2 -> {
            r.set("A49", "0");
            r.answer("A49", "FP-ADMISSION-COUNT", "count 0");
          }
          default -> {
            if (id.length() != 18 || r.ageYears < 2) {
              return;
            }
            LocalDate b = LocalDate.parse(r.get("A13")).plusDays(r.rnd.nextBoolean() ? 1 : -1);
            r.set("A13", b.toString());
            r.set("A14", String.valueOf(Compute.years(b, LocalDate.ofEpochDay(Math.floorDiv(r.admit, 86400L)))));
            r.answer("A13", "FP-ID-BIRTH", "birth date one day off the ID");
          }
        }
      }
    },
    PATHOLOGY {
      @Override
      void apply(Run r) {
        String m = r.get("C09C");
        if (m.isEmpty() || "-".equals(m)) {
          return;
        }
        r.set("C09C", r.get("C03C"));
        r.answer("C09C", "FP-MORPHOLOGY-CODE", "diagnosis code as morphology code");
      }
    },
    DISCHARGE {
      @Override
      void apply(Run r) {
        switch (r.rnd.nextInt(4)) {
          case 0 -> {
            if (!"1".equals(r.get("B34C"))) {
              return;
            }
            r.set("B34C", "2");
            r.set("B35", "");
            r.answer("B35", "FP-TRANSFER-RECEIVER", "transfer without receiver");
          }
          case 1 -> {
            if ("5".equals(r.get("B34C"))) {
              return;
            }
            r.set("C34C", "2");
            r.answer("C34C", "FP-DEATH-AUTOPSY", "autopsy of a living patient");
          }
          case 2 -> {
            r.set("B36C", "2");
            r.set("B37", "");
            r.answer("B37", "FP-READMISSION-PURPOSE", "plan without purpose");
          }
          default -> {
            r.set("C29", "25");
            r.answer("C29", "FP-COMA-HOURS", "25 hours");
          }
        }
      }
    },
    COSTS {
      @Override
      void apply(Run r) {
        long total = Math.round(Double.parseDouble(r.get("D01")) * 100);
        switch (r.rnd.nextInt(6)) {
          case 0 -> {
            r.set("D01", r.money(total - 10000));
            r.answer("D01", "FP-COST-SUM-BELOW-ITEMS", "total 100 below the items");
          }
          case 1 -> {
            r.set("D01", r.money(total + 10000));
            r.set("D09", r.money(Math.min(total, Math.round(Double.parseDouble(r.get("D09")) * 100))));
            r.answer("D01", "FP-COST-SUM-ABOVE-ITEMS", "total 100 above the items");
          }
          case 2 -> {
            r.set("D16", "-" + r.get("D16"));
            r.answer("D16", "FP-COST-ITEM-NEGATIVE", "negative item");
          }
          case 3 -> {
            long d23 = Math.round(Double.parseDouble(r.get("D23")) * 100);
            r.set("D23x01", r.money(d23 + 5000));
            r.answer("D23x01", "FP-COST-SUBITEM-ANTIBIOTIC", "antibiotics above drugs");
          }
          case 4 -> {
            r.set("D09", r.money(total + 10000));
            r.answer("D09", "FP-COST-SELF-PAID", "self-paid above total");
          }
          default -> {
            r.set("D01", "0");
            r.answer("D01", "FP-COST-TOTAL-POSITIVE", "total 0");
          }
        }
      }
    };

    abstract void apply(Run r);
  }

  /** Calendar helpers. */
  private static final class Compute {
    private Compute() {}

    static long years(LocalDate birth, LocalDate at) {
      long y = (long) at.getYear() - birth.getYear();
      if (at.getMonthValue() < birth.getMonthValue()
          || (at.getMonthValue() == birth.getMonthValue() && at.getDayOfMonth() < birth.getDayOfMonth())) {
        y--;
      }
      return y;
    }
  }
}
