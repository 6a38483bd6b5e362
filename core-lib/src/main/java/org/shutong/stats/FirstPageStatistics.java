package org.shutong.stats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.shutong.codesets.CodeTable;
import org.shutong.codesets.ValueDomain;
import org.shutong.firstpage.FieldGroup;
import org.shutong.firstpage.FirstPageLayout;
import org.shutong.firstpage.FirstPageRecord;
import org.shutong.i18n.Messages;
import org.shutong.io.HeaderMapping;
import org.shutong.io.Row;
import org.shutong.io.FileInput;
import org.shutong.io.TableInput;
import org.shutong.io.TableReader;
import org.shutong.io.TextNumbers;
import org.shutong.report.Finding;
import org.shutong.report.FindingSink;
import org.shutong.report.InputSummary;
import org.shutong.report.Severity;

/**
 * Monthly statistics of the 住院病案首页: discharges by department and in total, average length of
 * stay, in-hospital mortality, surgery, day-case discharges (whole stay within 24 hours,
 * 《医疗机构日间医疗质量管理暂行规定》第二条) and day surgery, the most frequent principal-diagnosis
 * ICD-10 categories, the cost structure by the first page's ten cost classes (卫医政发〔2011〕84号), and
 * the 离院方式 distribution. Each figure carries its definition and source ({@code figures.csv}).
 *
 * <p>Inputs are read with the first-page field dictionary, so columns may be headed by code or
 * Chinese name as for {@code shutong firstpage check}; records failing the check's errors
 * ({@link RecordScreen}) are excluded and counted by reason. One streaming pass; memory grows with the
 * report months' record count only for the cost medians (8 bytes a record).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FirstPageStatistics {
  static final String ICD10_CATEGORIES = "icd10-nhsa-2.0-all-levels";
  private static final String[] DRUGS = {"D23", "D24", "D25"};
  private static final String[] CONSUMABLES = {"D31", "D32", "D33"};

  private FirstPageStatistics() {}

  /** The figure definitions, in report order. */
  static List<ResourceCsv.Line> definitions() {
    return Defs.FIGURES;
  }

  /** The cost classes. */
  static List<ResourceCsv.Line> costClasses() {
    return Defs.COSTS;
  }

  private static final class Defs {
    static final List<ResourceCsv.Line> FIGURES = ResourceCsv.read("/org/shutong/stats/firstpage/figures.csv");
    static final List<ResourceCsv.Line> COSTS = ResourceCsv.read("/org/shutong/stats/firstpage/cost-categories.csv");
  }

  /**
   * Computes the statistics of {@code inputs}. Findings go to the problem sink of
   * {@link FirstPageStatsOptions#read()}.
   *
   * @throws org.shutong.io.InputException if an input cannot be read at all
   */
  public static FirstPageStatsResult compute(List<Path> inputs, FirstPageStatsOptions options) {
    return compute(inputs, options, ReadListener.none());
  }

  /** As {@link #compute(List, FirstPageStatsOptions)}, telling {@code listener} about each file and record. */
  public static FirstPageStatsResult compute(List<Path> inputs, FirstPageStatsOptions options, ReadListener listener) {
    List<TableInput> in = new ArrayList<>();
    for (Path p : inputs) {
      in.add(new FileInput(p));
    }
    return new Run(options, listener).run(in);
  }

  /**
   * As {@link #compute(List, FirstPageStatsOptions, ReadListener)} for files or database tables and queries
   * ({@link org.shutong.io.DatabaseInput}).
   */
  public static FirstPageStatsResult computeInputs(List<TableInput> inputs, FirstPageStatsOptions options, ReadListener listener) {
    return new Run(options, listener).run(inputs);
  }

  /** Counts of one month (or one department). */
  static final class Acc {
    long discharges;
    long bedDays;
    long deaths;
    long surgery;
    long operations;
    long dayCases;
    long daySurgeries;
    long dayUndetermined;
    long excluded;
    long costCount;
    double costSum;
    double drugSum;
    double consumableSum;
    double[] classSums;
    double[] costs = new double[0];

    void addCost(double v) {
      if (costCount == costs.length) {
        costs = Arrays.copyOf(costs, Math.max(64, costs.length * 2));
      }
      costs[(int) costCount] = v;
      costCount++;
      costSum += v;
    }

    double median() {
      if (costCount == 0) {
        return Double.NaN;
      }
      double[] c = Arrays.copyOf(costs, (int) costCount);
      Arrays.sort(c);
      int n = c.length;
      return n % 2 == 1 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2;
    }
  }

  private static final class Run {
    private final FirstPageStatsOptions o;
    private final FindingSink sink;
    private final Messages m;
    private final long[] bounds;
    private final Acc[] months;
    private final Map<String, Acc> departments = new TreeMap<>();
    private final Map<String, long[]> diagnoses = new HashMap<>();
    private final Map<String, Long> modes = new TreeMap<>();
    private final Map<String, long[]> exclusions = new LinkedHashMap<>();
    private final Map<String, String> exclusionMessages = new HashMap<>();
    private final List<InputSummary> inputs = new ArrayList<>();
    private final List<ResourceCsv.Line> classes = Defs.COSTS;
    private long outside;
    private long unplaceable;

    private final ReadListener listener;

    Run(FirstPageStatsOptions o, ReadListener listener) {
      this.o = o;
      this.listener = listener;
      this.sink = o.read().problems();
      this.m = Messages.of("org.shutong.stats.messages", o.read().lang());
      this.bounds = o.months().bounds();
      this.months = new Acc[o.months().months().size()];
      for (int i = 0; i < months.length; i++) {
        months[i] = new Acc();
        months[i].classSums = new double[classes.size()];
      }
    }

    private int monthOf(long epochDay) {
      for (int k = 0; k < months.length; k++) {
        if (epochDay >= bounds[2 * k] && epochDay <= bounds[2 * k + 1]) {
          return k;
        }
      }
      return -1;
    }

    /** Column positions of one file. */
    private static final class Cols {
      int admitted;
      int discharged;
      int los;
      int department;
      int mode;
      int principal;
      int total;
      /** The columns of every cost item read (D11 … D34), each parsed once per record. */
      int[] costCols;
      /** Positions in {@link #costCols} of the drug items, the consumable items, and each class's items. */
      int[] drugs;
      int[] consumables;
      int[][] classFields;
      int[] levels;
      double[] costValues;
    }

    FirstPageStatsResult run(List<TableInput> paths) {
      for (TableInput p : paths) {
        readFile(p);
      }
      int report = months.length - 1;
      for (int k = 0; k < months.length; k++) {
        if (months[k].discharges == 0) {
          sink.accept(new Finding("STATS-NO-RECORDS", Severity.WARNING, null, 0, 0, null,
              o.months().months().get(k).toString(), m.get("fp.noRecords", o.months().months().get(k))));
        }
      }
      List<List<FirstPageStatsResult.Figure>> figures = new ArrayList<>();
      for (Acc a : months) {
        figures.add(figures(a));
      }
      ValueDomain rc023 = domain("RC023");
      List<FirstPageStatsResult.Department> depts = new ArrayList<>();
      for (Map.Entry<String, Acc> e : departments.entrySet()) {
        Acc a = e.getValue();
        String name = e.getKey().isEmpty() ? "" : rc023 == null ? "" : orEmpty(rc023.name(e.getKey()));
        depts.add(new FirstPageStatsResult.Department(e.getKey(), name, a.discharges, a.bedDays, a.deaths,
            a.surgery, a.dayCases, a.costSum, a.costCount));
      }
      List<Map.Entry<String, long[]>> ds = new ArrayList<>(diagnoses.entrySet());
      ds.sort((x, y) -> {
        int c = Long.compare(y.getValue()[0], x.getValue()[0]);
        return c != 0 ? c : x.getKey().compareTo(y.getKey());
      });
      CodeTable icd = icd10();
      List<FirstPageStatsResult.DiagnosisGroup> top = new ArrayList<>();
      int rank = 0;
      for (Map.Entry<String, long[]> e : ds) {
        if (e.getKey().isEmpty()) {
          continue;
        }
        if (++rank > o.top()) {
          break;
        }
        String name = icd == null ? "" : icd.find(e.getKey()).map(CodeTable.Code::name).orElse("");
        top.add(new FirstPageStatsResult.DiagnosisGroup(rank, e.getKey(), name, e.getValue()[0], e.getValue()[1],
            e.getValue()[2]));
      }
      long[] noCategory = diagnoses.get("");
      if (noCategory != null) {
        top.add(new FirstPageStatsResult.DiagnosisGroup(0, "", "", noCategory[0], noCategory[1], noCategory[2]));
      }
      int categories = (int) diagnoses.keySet().stream().filter(k -> !k.isEmpty()).count();
      List<FirstPageStatsResult.CostClass> costs = new ArrayList<>();
      for (int i = 0; i < classes.size(); i++) {
        ResourceCsv.Line l = classes.get(i);
        costs.add(new FirstPageStatsResult.CostClass(l.get("id"), l.get("label"), l.get("label_en"),
            List.of(l.get("fields").split(";", -1)), months[report].classSums[i]));
      }
      ValueDomain rc019 = domain("RC019");
      List<FirstPageStatsResult.Share> ms = new ArrayList<>();
      for (Map.Entry<String, Long> e : modes.entrySet()) {
        String name = e.getKey().isEmpty() || rc019 == null ? "" : orEmpty(rc019.name(e.getKey()));
        ms.add(new FirstPageStatsResult.Share(e.getKey(), name, e.getValue()));
      }
      List<FirstPageStatsResult.Exclusion> ex = new ArrayList<>();
      for (Map.Entry<String, long[]> e : exclusions.entrySet()) {
        ex.add(new FirstPageStatsResult.Exclusion(e.getKey(), exclusionMessages.get(e.getKey()), e.getValue()[0]));
      }
      return new FirstPageStatsResult(o.months(), figures, depts, top, categories, costs, ms, ex, outside,
          unplaceable, inputs);
    }

    private static String orEmpty(String s) {
      return s == null ? "" : s;
    }

    private ValueDomain domain(String id) {
      return o.codes().findValueDomain(id).orElse(null);
    }

    private CodeTable icd10() {
      return o.codes().find(ICD10_CATEGORIES).isPresent() ? o.codes().codeTable(ICD10_CATEGORIES) : null;
    }

    private List<FirstPageStatsResult.Figure> figures(Acc a) {
      Map<String, double[]> v = new LinkedHashMap<>();
      // value, numerator, denominator (NaN where not a ratio)
      double n = (double) a.discharges;
      double bed = (double) a.bedDays;
      double deaths = (double) a.deaths;
      double surgery = (double) a.surgery;
      double day = (double) a.dayCases;
      double undetermined = (double) a.dayUndetermined;
      double daySurgery = (double) a.daySurgeries;
      double costN = (double) a.costCount;
      v.put("discharges", new double[] {n, Double.NaN, Double.NaN});
      v.put("bedDays", new double[] {bed, Double.NaN, Double.NaN});
      v.put("alos", ratio(bed, n, 1));
      v.put("deaths", new double[] {deaths, Double.NaN, Double.NaN});
      v.put("mortality", ratio(deaths, n, 1));
      v.put("surgeryPatients", new double[] {surgery, Double.NaN, Double.NaN});
      v.put("surgeryRate", ratio(surgery, n, 1));
      v.put("operations", new double[] {(double) a.operations, Double.NaN, Double.NaN});
      v.put("dayCases", new double[] {day, Double.NaN, Double.NaN});
      v.put("dayCaseShare", ratio(day, n - undetermined, 1));
      v.put("dayUndetermined", new double[] {undetermined, Double.NaN, Double.NaN});
      v.put("daySurgeries", new double[] {daySurgery, Double.NaN, Double.NaN});
      v.put("daySurgeryShare", ratio(daySurgery, surgery, 1));
      v.put("costMean", ratio(a.costSum, costN, 1));
      v.put("costMedian", new double[] {a.median(), Double.NaN, Double.NaN});
      v.put("drugShare", ratio(a.drugSum, a.costSum, 1));
      v.put("consumableShare", ratio(a.consumableSum, a.costSum, 1));
      v.put("excluded", new double[] {(double) a.excluded, Double.NaN, Double.NaN});
      List<FirstPageStatsResult.Figure> out = new ArrayList<>();
      for (ResourceCsv.Line l : Defs.FIGURES) {
        double[] x = v.get(l.get("id"));
        if (x == null) {
          throw new IllegalStateException("figure without value: " + l.get("id"));
        }
        out.add(new FirstPageStatsResult.Figure(l.get("id"), l.get("label"), l.get("label_en"), l.get("unit"),
            Double.isNaN(x[0]) ? null : x[0], Double.isNaN(x[1]) ? null : x[1], Double.isNaN(x[2]) ? null : x[2],
            l.get("definition"), l.get("definition_en"), l.get("source")));
      }
      return out;
    }

    private static double[] ratio(double num, double den, double scale) {
      return new double[] {den > 0 ? num / den * scale : Double.NaN, num, den};
    }

    private void readFile(TableInput path) {
      try (TableReader r = path.open(o.read().withName(path.name()))) {
        listener.opened(r);
        try {
          readOpened(r);
        } finally {
          listener.closed(r);
        }
      }
    }

    private void readOpened(TableReader r) {
      String file = r.source().name();
      HeaderMapping h = o.fields().dictionary().map(r.header());
      FirstPageLayout layout = FirstPageLayout.of(h);
      for (Map.Entry<String, List<Integer>> e : h.duplicates().entrySet()) {
        sink.accept(new Finding("STATS-COLUMN-DUPLICATE", Severity.WARNING, file, 0, 1, e.getKey(), null,
            m.get("n.columnDuplicate", e.getKey(), e.getValue().size())));
      }
      if (!h.has("B15") || !h.has("B12")) {
        for (String f : List.of("B15", "B12")) {
          if (!h.has(f)) {
            sink.accept(new Finding("STATS-COLUMN-MISSING", Severity.ERROR, file, 0, 1, f, null,
                m.get("fp.columnRequired", f, name(f))));
          }
        }
        while (r.hasNext()) {
          r.next();
          listener.record();
        }
        inputs.add(new InputSummary(file, r.recordsRead(), r.source().encodingName()));
        return;
      }
      for (String f : List.of("B20", "B16C", "B34C", "C03C", "D01")) {
        if (!h.has(f)) {
          sink.accept(new Finding("STATS-COLUMN-MISSING", Severity.WARNING, file, 0, 1, f, null,
              m.get("fp.column." + f, f, name(f))));
        }
      }
      Cols c = new Cols();
      c.admitted = h.column("B12");
      c.discharged = h.column("B15");
      c.los = h.column("B20");
      c.department = h.column("B16C");
      c.mode = h.column("B34C");
      c.principal = h.column("C03C");
      c.total = h.column("D01");
      List<String> items = new ArrayList<>();
      for (ResourceCsv.Line l : classes) {
        for (String f : l.get("fields").split(";", -1)) {
          if (!items.contains(f)) {
            items.add(f);
          }
        }
      }
      for (String f : DRUGS) {
        if (!items.contains(f)) {
          items.add(f);
        }
      }
      for (String f : CONSUMABLES) {
        if (!items.contains(f)) {
          items.add(f);
        }
      }
      c.costCols = columns(h, items.toArray(new String[0]));
      c.costValues = new double[items.size()];
      c.drugs = positions(items, DRUGS);
      c.consumables = positions(items, CONSUMABLES);
      c.classFields = new int[classes.size()][];
      for (int i = 0; i < classes.size(); i++) {
        c.classFields[i] = positions(items, classes.get(i).get("fields").split(";", -1));
      }
      List<FieldGroup.Slot> slots = layout.slots(FieldGroup.PROCEDURE);
      int levelMember = FieldGroup.PROCEDURE.member("level");
      List<Integer> lv = new ArrayList<>();
      for (FieldGroup.Slot s : slots) {
        int col = h.column(s.field(levelMember));
        if (col >= 0) {
          lv.add(col);
        }
      }
      c.levels = lv.stream().mapToInt(Integer::intValue).toArray();
      if (c.levels.length == 0) {
        sink.accept(new Finding("STATS-COLUMN-MISSING", Severity.WARNING, file, 0, 1, "C17x01", null,
            m.get("fp.column.levels")));
      }
      while (r.hasNext()) {
        record(layout.view(r.next()), c, file);
        listener.record();
      }
      inputs.add(new InputSummary(file, r.recordsRead(), r.source().encodingName()));
    }

    private String name(String code) {
      return o.fields().field(code).map(f -> f.name()).orElse(code);
    }

    private static int[] positions(List<String> items, String[] codes) {
      int[] out = new int[codes.length];
      for (int i = 0; i < codes.length; i++) {
        out[i] = items.indexOf(codes[i]);
      }
      return out;
    }

    private static int[] columns(HeaderMapping h, String[] codes) {
      int[] out = new int[codes.length];
      for (int i = 0; i < codes.length; i++) {
        out[i] = h.column(codes[i]);
      }
      return out;
    }

    private void finding(String rule, Severity s, String file, Row row, String field, String value, String msg) {
      sink.accept(new Finding(rule, s, file, row.record(), row.line(), field, value, msg));
    }

    private void record(FirstPageRecord rec, Cols c, String file) {
      Row row = rec.row();
      String dischargedRaw = row.get(c.discharged);
      long discharged = DateStamps.parse(dischargedRaw);
      if (!DateStamps.valid(discharged)) {
        unplaceable++;
        finding("STATS-FP-DISCHARGE", Severity.WARNING, file, row, "B15",
            dischargedRaw.isBlank() ? null : dischargedRaw.strip(),
            m.get(discharged == DateStamps.EMPTY ? "fp.dischargeMissing" : "fp.dischargeInvalid"));
        return;
      }
      int k = monthOf(DateStamps.epochDay(discharged));
      if (k < 0) {
        outside++;
        finding("STATS-OUTSIDE-MONTH", Severity.INFO, file, row, "B15", dischargedRaw.strip(),
            m.get("fp.outsideMonth", monthsText()));
        return;
      }
      Acc a = months[k];
      List<Finding> errors = o.screen().errors(rec);
      if (!errors.isEmpty()) {
        a.excluded++;
        Finding first = errors.get(0);
        exclusions.computeIfAbsent(first.ruleId(), x -> new long[1])[0]++;
        exclusionMessages.putIfAbsent(first.ruleId(), first.message());
        finding("STATS-FP-EXCLUDED", Severity.WARNING, file, row, first.field(), first.value(),
            m.get("fp.excluded", first.ruleId(), first.message()));
        return;
      }
      long admitted = DateStamps.parse(row.get(c.admitted));
      boolean report = k == months.length - 1;
      // length of stay: B20, else the days between the dates (a same-day stay counts one day)
      long los = -1;
      if (c.los >= 0) {
        double d = number(row.get(c.los));
        if (!Double.isNaN(d) && d >= 0 && d == Math.rint(d)) {
          los = (long) d;
        }
      }
      if (los < 0) {
        los = Math.max(1, DateStamps.epochDay(discharged) - DateStamps.epochDay(admitted));
      }
      String mode = c.mode < 0 ? "" : clean(row.get(c.mode));
      boolean died = mode.equals("5");
      int operations = 0;
      for (int col : c.levels) {
        if (!clean(row.get(col)).isEmpty()) {
          operations++;
        }
      }
      boolean surgery = operations > 0;
      int day = 0; // 1 day case, 0 not, -1 undetermined
      if (DateStamps.hasTime(admitted) && DateStamps.hasTime(discharged)) {
        long secs = DateStamps.epochSecond(discharged) - DateStamps.epochSecond(admitted);
        day = secs <= 24L * 3600 ? 1 : 0;
      } else {
        day = -1;
      }
      double total = Double.NaN;
      if (c.total >= 0) {
        String raw = row.get(c.total);
        total = number(raw);
        if (!clean(raw).isEmpty() && (Double.isNaN(total) || total < 0)) {
          finding("STATS-FP-COST", Severity.WARNING, file, row, "D01", raw.strip(), m.get("fp.costInvalid"));
          total = Double.NaN;
        }
      }
      if (!Double.isNaN(total)) {
        parseCosts(row, c);
      }
      add(a, los, died, surgery, operations, day, total, c);
      if (report) {
        String dept = c.department < 0 ? "" : clean(row.get(c.department));
        Acc d = departments.computeIfAbsent(dept, x -> new Acc());
        add(d, los, died, surgery, operations, day, Double.NaN, c);
        if (!Double.isNaN(total)) {
          d.costSum += total;
          d.costCount++;
        }
        modes.merge(mode, 1L, Long::sum);
        String cat = c.principal < 0 ? "" : category(row.get(c.principal));
        long[] g = diagnoses.computeIfAbsent(cat, x -> new long[3]);
        g[0]++;
        g[1] += died ? 1 : 0;
        g[2] += los;
      }
    }

    private void add(Acc a, long los, boolean died, boolean surgery, int operations, int day, double total, Cols c) {
      a.discharges++;
      a.bedDays += los;
      a.deaths += died ? 1 : 0;
      a.surgery += surgery ? 1 : 0;
      a.operations += operations;
      if (day < 0) {
        a.dayUndetermined++;
      } else if (day == 1) {
        a.dayCases++;
        a.daySurgeries += surgery ? 1 : 0;
      }
      if (!Double.isNaN(total) && a.classSums != null) {
        a.addCost(total);
        double[] v = c.costValues;
        a.drugSum += sum(v, c.drugs);
        a.consumableSum += sum(v, c.consumables);
        for (int i = 0; i < c.classFields.length; i++) {
          a.classSums[i] += sum(v, c.classFields[i]);
        }
      }
    }

    /** Parses the record's cost items into {@code c.costValues} (0 where empty, invalid or negative). */
    private static void parseCosts(Row row, Cols c) {
      for (int i = 0; i < c.costCols.length; i++) {
        int col = c.costCols[i];
        double v = col < 0 ? Double.NaN : number(row.get(col));
        c.costValues[i] = Double.isNaN(v) || v < 0 ? 0 : v;
      }
    }

    private static double sum(double[] values, int[] positions) {
      double s = 0;
      for (int p : positions) {
        s += values[p];
      }
      return s;
    }

    private String monthsText() {
      List<java.time.YearMonth> ms = o.months().months();
      return ms.size() == 1 ? ms.get(0).toString() : ms.get(0) + ".." + ms.get(ms.size() - 1);
    }
  }

  /** The value without surrounding spaces; empty for blank or the empty-box mark {@code -}. */
  static String clean(String v) {
    String s = v.strip();
    return s.equals("-") || s.equals("\uFF0D") ? "" : s;
  }

  /** The ICD-10 category (3 characters, upper case) of a code, or empty when it is not one. */
  static String category(String code) {
    String s = clean(code);
    if (s.length() < 3) {
      return "";
    }
    char a = Character.toUpperCase(s.charAt(0));
    char b = s.charAt(1);
    char d = s.charAt(2);
    if (a < 'A' || a > 'Z' || b < '0' || b > '9' || d < '0' || d > '9') {
      return "";
    }
    return "" + a + b + d;
  }

  /**
   * A plain decimal ({@code 1234.50}), or one with thousands separators or full-width digits
   * ({@link TextNumbers}); NaN when blank or not a number.
   */
  static double number(String v) {
    String s = clean(v);
    if (s.isEmpty()) {
      return Double.NaN;
    }
    int n = s.length();
    long whole = 0;
    long frac = 0;
    int fracDigits = 0;
    int i = 0;
    boolean neg = false;
    if (s.charAt(0) == '-' || s.charAt(0) == '+') {
      neg = s.charAt(0) == '-';
      i++;
    }
    int digits = 0;
    for (; i < n; i++) {
      char ch = s.charAt(i);
      if (ch >= '0' && ch <= '9') {
        if (digits++ > 15) {
          return slow(s);
        }
        whole = whole * 10 + (ch - '0');
      } else {
        break;
      }
    }
    if (i < n && s.charAt(i) == '.') {
      for (i++; i < n; i++) {
        char ch = s.charAt(i);
        if (ch < '0' || ch > '9') {
          return TextNumbers.parse(s);
        }
        if (fracDigits < 9) {
          frac = frac * 10 + (ch - '0');
          fracDigits++;
        }
      }
    }
    if (i != n || (digits == 0 && fracDigits == 0)) {
      // thousands separators (Excel's #,##0.00) or full-width digits: the same number
      return TextNumbers.parse(s);
    }
    double r = whole + (fracDigits == 0 ? 0 : frac / POW10[fracDigits]);
    return neg ? -r : r;
  }

  private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};

  private static double slow(String s) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** For tests and reports: whether a figure is a share (shown as a percentage). */
  static boolean isShare(String unit) {
    return "%".equals(unit);
  }
}
