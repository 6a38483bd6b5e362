package org.shutong.drg;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.InputEncoding;
import org.shutong.io.InputException;
import org.shutong.io.ReadOptions;
import org.shutong.io.Row;
import org.shutong.io.TableFormat;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;
import org.shutong.report.FindingCollector;

/**
 * Reads one table set directory into a {@link DrgTables}, checking every reference between the
 * files (an ADRG's MDC, a DRG's ADRG, a list's ADRG), the evaluation orders, the rule tokens and the
 * row counts of the manifest. Any problem is an {@link InputException} naming the file and line.
 */
final class TableSetLoader {
  static final String MANIFEST = "manifest.properties";
  static final String MDC = "mdc.csv";
  static final String ADRG = "adrg.csv";
  static final String DRG = "drg.csv";
  static final String MDC_DX = "mdc-diagnoses.csv";
  static final String ADRG_DX = "adrg-diagnoses.csv";
  static final String ADRG_PROC = "adrg-procedures.csv";
  static final String CC_MCC = "cc-mcc.csv";
  static final String CC_EXCL = "cc-exclusions.csv";
  static final String OR_PROC = "or-procedures.csv";
  static final String DX_NAMES = "icd10-names.csv";
  static final String PROC_NAMES = "icd9cm3-names.csv";
  static final String DX_MAP = "icd10-map.csv";
  static final String PROC_MAP = "icd9cm3-map.csv";

  /** The files of a table set, in loading order. */
  static final List<String> FILES = List.of(MDC, MDC_DX, ADRG, ADRG_DX, ADRG_PROC, DRG, CC_MCC,
      CC_EXCL, OR_PROC, DX_NAMES, PROC_NAMES, DX_MAP, PROC_MAP);

  private final Path dir;
  private final String display;
  private final Messages m;

  private final Map<String, Dx> dx = new HashMap<>(1 << 16);
  private final Map<String, Proc> proc = new HashMap<>(1 << 15);
  private final Map<String, Long> rows = new LinkedHashMap<>();
  private final Map<String, Integer> tableIds = new HashMap<>();
  private final List<String> tableNames = new ArrayList<>(List.of(""));
  private final Map<String, Integer> regionIds = new HashMap<>();
  private final List<String> regionNames = new ArrayList<>(List.of(""));
  private final Map<String, Integer> dxLists = new LinkedHashMap<>(Map.of("DX", 0));
  private final Map<String, Integer> procLists = new LinkedHashMap<>(Map.of("PROC", 0));

  TableSetLoader(Path dir, String display, Lang lang) {
    this.dir = dir;
    this.display = display;
    this.m = Messages.of(Engine.BUNDLE, lang);
  }

  /**
   * A row of mdc.csv / adrg.csv / drg.csv kept until its children are known; {@code extra} is the
   * optional adrg_eval_order (MDC), drg_eval_order (ADRG) or mdc (DRG) column.
   */
  private record Head(String code, String name, String parent, int order, String rule,
      String extra, String file, long line) {}

  DrgTables load() {
    Properties man = manifest();

    // MDCs in evaluation order
    List<Head> mdcRows = new ArrayList<>();
    read(MDC, List.of("mdc", "eval_order", "name_zh", "entry_rule"), (r, c) -> mdcRows.add(
        new Head(code(r, c[0], MDC), r.get(c[2]).strip(), null, integer(r, c[1], MDC),
            r.get(c[3]), optional(r, "adrg_eval_order"), MDC, r.line())));
    mdcRows.sort(Comparator.comparingInt(Head::order));
    if (mdcRows.isEmpty() || mdcRows.size() > 64) {
      throw fail(MDC, 0, "tables.mdcCount", mdcRows.size());
    }
    Map<String, Integer> mdcIndex = new LinkedHashMap<>();
    for (Head h : mdcRows) {
      if (mdcIndex.put(h.code(), mdcIndex.size()) != null) {
        throw fail(MDC, h.line(), "tables.duplicate", h.code());
      }
    }
    checkUniqueOrder(mdcRows, MDC);

    // MDC principal-diagnosis lists and trauma regions
    long[] regionMdcs = {0};
    read(MDC_DX, List.of("mdc", "diagnosis_code"), (r, c) -> {
      Integer mdc = mdcIndex.get(r.get(c[0]).strip());
      if (mdc == null) {
        throw fail(MDC_DX, r.line(), "tables.unknownRef", "MDC", r.get(c[0]));
      }
      Dx d = dx(code(r, c[1], MDC_DX));
      d.mdcMask |= 1L << mdc;
      String region = optional(r, "mdcz_region");
      if (!region.isEmpty()) {
        int id = regionIds.computeIfAbsent(region, k -> {
          regionNames.add(k);
          return regionNames.size() - 1;
        });
        if (d.region != 0 && d.region != id) {
          throw fail(MDC_DX, r.line(), "tables.twoRegions", d.code, regionNames.get(d.region), region);
        }
        d.region = id;
        regionMdcs[0] |= 1L << mdc;
      }
    });

    // ADRGs: index by file order, evaluated in eval_order_in_mdc
    List<Head> adrgRows = new ArrayList<>();
    read(ADRG, List.of("mdc", "adrg", "eval_order_in_mdc", "entry_rule"), (r, c) -> {
      String name = optional(r, "name_zh");
      if (name.isEmpty()) {
        name = optional(r, "name_zh_derived");
      }
      adrgRows.add(new Head(code(r, c[1], ADRG), name, r.get(c[0]).strip(), integer(r, c[2], ADRG),
          r.get(c[3]), optional(r, "drg_eval_order"), ADRG, r.line()));
    });
    Map<String, Integer> adrgIndex = new HashMap<>();
    for (Head h : adrgRows) {
      if (!mdcIndex.containsKey(h.parent())) {
        throw fail(ADRG, h.line(), "tables.unknownRef", "MDC", h.parent());
      }
      if (adrgIndex.put(h.code(), adrgIndex.size()) != null) {
        throw fail(ADRG, h.line(), "tables.duplicate", h.code());
      }
    }
    int adrgCount = adrgRows.size();

    // ADRG diagnosis and procedure lists
    read(ADRG_DX, List.of("adrg", "list", "diagnosis_code"), (r, c) -> {
      int a = ref(adrgIndex, r, c[0], ADRG_DX, "ADRG");
      int list = listKind(dxLists, r.get(c[1]));
      dx(code(r, c[2], ADRG_DX)).addToList(list, a, adrgCount);
    });
    List<Map<String, Integer>> labelBits = new ArrayList<>();
    List<Map<String, Integer>> labelNames = new ArrayList<>();
    for (int i = 0; i < adrgCount; i++) {
      labelBits.add(new HashMap<>());
      labelNames.add(new LinkedHashMap<>());
    }
    read(ADRG_PROC, List.of("adrg", "list", "procedure_code"), (r, c) -> {
      int a = ref(adrgIndex, r, c[0], ADRG_PROC, "ADRG");
      int list = listKind(procLists, r.get(c[1]));
      String code = code(r, c[2], ADRG_PROC);
      proc(code).addToList(list, a, adrgCount);
      if (list == 0 && !labelBits.get(a).containsKey(code)) {
        String label = optional(r, "label");
        int bits = 0;
        if (!label.isEmpty()) {
          Map<String, Integer> names = labelNames.get(a);
          Integer bit = names.get(label);
          if (bit == null) {
            if (names.size() == 31) {
              throw fail(ADRG_PROC, r.line(), "tables.tooManyLabels", r.get(c[0]));
            }
            bit = names.size();
            names.put(label, bit);
          }
          bits = 1 << bit;
        }
        labelBits.get(a).put(code, bits);
      }
    });

    // rules need the lists and regions
    RuleParser parser = new RuleParser(Map.copyOf(dxLists), Map.copyOf(procLists),
        Map.copyOf(mdcIndex), regionMdcs[0]);

    // DRGs
    List<Head> drgRows = new ArrayList<>();
    read(DRG, List.of("drg", "name_zh", "adrg", "eval_order_in_adrg", "split_rule"), (r, c) -> {
      String mdc = optional(r, "mdc");
      drgRows.add(new Head(code(r, c[0], DRG), r.get(c[1]).strip(), r.get(c[2]).strip(),
          integer(r, c[3], DRG), r.get(c[4]), mdc, DRG, r.line()));
    });
    Drg[] drgs = new Drg[drgRows.size()];
    Map<String, Integer> drgIndex = new HashMap<>();
    List<List<Head>> drgsOf = new ArrayList<>();
    for (int i = 0; i < adrgCount; i++) {
      drgsOf.add(new ArrayList<>());
    }
    for (int i = 0; i < drgs.length; i++) {
      Head h = drgRows.get(i);
      Integer a = adrgIndex.get(h.parent());
      if (a == null) {
        throw fail(DRG, h.line(), "tables.unknownRef", "ADRG", h.parent());
      }
      String mdcOfAdrg = adrgRows.get(a).parent();
      if (!h.extra().isEmpty() && !h.extra().equals(mdcOfAdrg)) {
        throw fail(DRG, h.line(), "tables.wrongMdc", h.code(), h.extra(), h.parent(), mdcOfAdrg);
      }
      if (drgIndex.put(h.code(), i) != null) {
        throw fail(DRG, h.line(), "tables.duplicate", h.code());
      }
      drgs[i] = new Drg(i, h.code(), h.name(), a, rule(parser, h, RuleParser.Level.DRG, Map.of()));
      drgsOf.get(a).add(h);
    }

    Adrg[] adrgs = new Adrg[adrgCount];
    List<List<Head>> adrgsOf = new ArrayList<>();
    for (int i = 0; i < mdcRows.size(); i++) {
      adrgsOf.add(new ArrayList<>());
    }
    for (int i = 0; i < adrgCount; i++) {
      Head h = adrgRows.get(i);
      List<Head> ds = drgsOf.get(i);
      if (ds.isEmpty()) {
        throw fail(ADRG, h.line(), "tables.noChildren", h.code(), DRG);
      }
      ds.sort(Comparator.comparingInt(Head::order));
      checkUniqueOrder(ds, DRG);
      checkListedOrder(h, ds, ADRG, "drg_eval_order");
      int[] order = new int[ds.size()];
      for (int k = 0; k < order.length; k++) {
        order[k] = drgIndex.get(ds.get(k).code());
      }
      Map<String, Integer> names = labelNames.get(i);
      String[] labelArr = names.keySet().toArray(new String[0]);
      adrgs[i] = new Adrg(i, h.code(), h.name(), mdcIndex.get(h.parent()),
          rule(parser, h, RuleParser.Level.ADRG, names), order,
          names.isEmpty() ? Map.of() : Map.copyOf(labelBits.get(i)), labelArr);
      adrgsOf.get(mdcIndex.get(h.parent())).add(h);
    }

    Mdc[] mdcs = new Mdc[mdcRows.size()];
    for (int i = 0; i < mdcs.length; i++) {
      Head h = mdcRows.get(i);
      List<Head> as = adrgsOf.get(i);
      if (as.isEmpty()) {
        throw fail(MDC, h.line(), "tables.noChildren", h.code(), ADRG);
      }
      as.sort(Comparator.comparingInt(Head::order));
      checkUniqueOrder(as, ADRG);
      checkListedOrder(h, as, MDC, "adrg_eval_order");
      int[] order = new int[as.size()];
      for (int k = 0; k < order.length; k++) {
        order[k] = adrgIndex.get(as.get(k).code());
      }
      mdcs[i] = new Mdc(i, h.code(), h.name(), rule(parser, h, RuleParser.Level.MDC, Map.of()), order);
    }

    // severity and exclusions
    read(CC_MCC, List.of("diagnosis_code", "level", "exclusion_table"), (r, c) -> {
      Dx d = dx(code(r, c[0], CC_MCC));
      if (d.level != Dx.NONE) {
        throw fail(CC_MCC, r.line(), "tables.duplicate", d.code);
      }
      String level = r.get(c[1]).strip().toUpperCase(Locale.ROOT);
      d.level = switch (level) {
        case "MCC" -> Dx.MCC;
        case "CC" -> Dx.CC;
        default -> throw fail(CC_MCC, r.line(), "tables.badValue", "level", r.get(c[1]), "MCC|CC");
      };
      d.ccTable = table(r.get(c[2]));
    });
    read(CC_EXCL, List.of("principal_diagnosis_code", "exclusion_table"), (r, c) -> {
      Dx d = dx(code(r, c[0], CC_EXCL));
      if (d.pdxTable != 0) {
        throw fail(CC_EXCL, r.line(), "tables.duplicate", d.code);
      }
      d.pdxTable = table(r.get(c[1]));
    });
    read(OR_PROC, List.of("procedure_code"), (r, c) -> proc(code(r, c[0], OR_PROC)).or = true);

    // names; a code with only a name is still "known"
    read(DX_NAMES, List.of("diagnosis_code", "name_zh"), (r, c) -> {
      Dx d = dx(code(r, c[0], DX_NAMES));
      if (d.name == null) {
        d.name = r.get(c[1]).strip();
      }
    });
    read(PROC_NAMES, List.of("procedure_code", "name_zh"), (r, c) -> {
      Proc p = proc(code(r, c[0], PROC_NAMES));
      if (p.name == null) {
        p.name = r.get(c[1]).strip();
      }
    });

    // optional code maps (TRANS_CODE)
    Map<String, Dx> dxMap = new HashMap<>(1 << 16);
    read(DX_MAP, List.of("input_code", "grouper_code"), (r, c) ->
        dxMap.put(code(r, c[0], DX_MAP), dx(code(r, c[1], DX_MAP))));
    Map<String, Proc> procMap = new HashMap<>(1 << 15);
    read(PROC_MAP, List.of("input_code", "grouper_code"), (r, c) ->
        procMap.put(code(r, c[0], PROC_MAP), proc(code(r, c[1], PROC_MAP))));

    checkRows(man);
    DrgTables.Manifest manifest = new DrgTables.Manifest(
        man.getProperty("id", dir.getFileName() == null ? display : dir.getFileName().toString()),
        man.getProperty("name", ""), man.getProperty("version", ""),
        man.getProperty("publisher", ""), man.getProperty("source", ""),
        man.getProperty("licence", ""), display, rows);
    return new DrgTables(manifest, mdcs, adrgs, drgs, Map.copyOf(dx), Map.copyOf(proc),
        Map.copyOf(dxMap), Map.copyOf(procMap), tableNames.toArray(new String[0]),
        regionNames.toArray(new String[0]));
  }

  private Properties manifest() {
    Path p = dir.resolve(MANIFEST);
    Properties man = new Properties();
    try (Reader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      man.load(in);
    } catch (NoSuchFileException e) {
      throw new InputException(name(MANIFEST), m.get("tables.noManifest", display, MANIFEST));
    } catch (IOException e) {
      throw new InputException(name(MANIFEST), 0, 0,
          m.get("tables.unreadable", name(MANIFEST), e.getMessage()), e);
    }
    return man;
  }

  private void checkRows(Properties man) {
    for (String f : FILES) {
      String want = man.getProperty("rows." + f);
      if (want == null) {
        continue;
      }
      long got = rows.getOrDefault(f, 0L);
      if (!want.strip().equals(Long.toString(got))) {
        throw fail(MANIFEST, 0, "tables.rowCount", f, want.strip(), got);
      }
    }
  }

  private Rule rule(RuleParser parser, Head h, RuleParser.Level level, Map<String, Integer> labels) {
    try {
      return parser.parse(h.rule(), level, labels);
    } catch (IllegalArgumentException e) {
      throw fail(h.file(), h.line(), "tables.badRule", h.code(), e.getMessage());
    }
  }

  private void checkUniqueOrder(List<Head> sorted, String file) {
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).order() == sorted.get(i - 1).order()) {
        throw fail(file, sorted.get(i).line(), "tables.sameOrder", sorted.get(i - 1).code(),
            sorted.get(i).code(), sorted.get(i).order());
      }
    }
  }

  /** The optional {@code A|B|C} order column of the parent must agree with the children's order. */
  private void checkListedOrder(Head parent, List<Head> children, String file, String column) {
    if (parent.extra() == null || parent.extra().isBlank()) {
      return;
    }
    List<String> want = new ArrayList<>();
    for (Head c : children) {
      want.add(c.code());
    }
    String listed = parent.extra().strip();
    if (!listed.equals(String.join("|", want))) {
      throw fail(file, parent.line(), "tables.orderMismatch", parent.code(), column, listed,
          String.join("|", want));
    }
  }

  private int table(String raw) {
    String t = raw.strip();
    if (t.isEmpty()) {
      return 0;
    }
    return tableIds.computeIfAbsent(t, k -> {
      tableNames.add(k);
      return tableNames.size() - 1;
    });
  }

  private static int listKind(Map<String, Integer> kinds, String raw) {
    String k = raw.strip().toUpperCase(Locale.ROOT);
    Integer i = kinds.get(k);
    if (i == null) {
      i = kinds.size();
      kinds.put(k, i);
    }
    return i;
  }

  private Dx dx(String code) {
    return dx.computeIfAbsent(code, Dx::new);
  }

  private Proc proc(String code) {
    return proc.computeIfAbsent(code, Proc::new);
  }

  private int ref(Map<String, Integer> index, Row r, int col, String file, String what) {
    Integer i = index.get(r.get(col).strip());
    if (i == null) {
      throw fail(file, r.line(), "tables.unknownRef", what, r.get(col));
    }
    return i;
  }

  private String code(Row r, int col, String file) {
    String v = r.get(col).strip();
    if (v.isEmpty()) {
      throw fail(file, r.line(), "tables.emptyCode", col + 1);
    }
    return v;
  }

  private int integer(Row r, int col, String file) {
    String v = r.get(col).strip();
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw fail(file, r.line(), "tables.badValue", "#" + (col + 1), v, "integer");
    }
  }

  /** The current row's value of an optional column, or "". */
  private String optional(Row r, String column) {
    Integer i = current.get(column);
    return i == null ? "" : r.get(i).strip();
  }

  private Map<String, Integer> current = Map.of();

  /** Receives the rows of a file with the indices of the wanted columns. */
  @FunctionalInterface
  private interface RowHandler {
    void row(Row r, int[] columns);
  }

  private void read(String file, List<String> columns, RowHandler handler) {
    FindingCollector problems = new FindingCollector(1);
    ReadOptions o = ReadOptions.defaults().withFormat(TableFormat.CSV).withDelimiter(',')
        .withEncoding(InputEncoding.AUTO).withProblems(problems).withName(name(file))
        .withLang(m.lang());
    try (TableReader r = TableReaders.open(dir.resolve(file), o)) {
      Map<String, Integer> byName = new HashMap<>();
      List<String> header = r.header();
      for (int i = 0; i < header.size(); i++) {
        byName.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
      }
      int[] idx = new int[columns.size()];
      for (int i = 0; i < idx.length; i++) {
        Integer c = byName.get(columns.get(i));
        if (c == null) {
          throw fail(file, 1, "tables.noColumn", columns.get(i), String.join(",", header));
        }
        idx[i] = c;
      }
      current = byName;
      long n = 0;
      while (r.hasNext()) {
        Row row = r.next();
        n++;
        handler.row(row, idx);
      }
      if (!problems.findings().isEmpty()) {
        var f = problems.findings().get(0);
        throw new InputException(name(file), f.line(), 0, f.message(), null);
      }
      rows.put(file, n);
    } finally {
      current = Map.of();
    }
  }

  private String name(String file) {
    return display + "/" + file;
  }

  private InputException fail(String file, long line, String key, Object... args) {
    String where = line > 0 ? name(file) + ":" + line : name(file);
    Object[] all = new Object[args.length + 1];
    all[0] = where;
    System.arraycopy(args, 0, all, 1, args.length);
    return new InputException(name(file), line, 0, m.get(key, all), null);
  }
}
